import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';

// Detection runs in the extension's service worker, which the browser stops
// when idle. These tests stop it on purpose (so they have a browser of their
// own: the worker handle other tests use would go stale).
let ext: ExtensionBrowser;
let cdp: CDPSession;
beforeAll(async () => {
  ext = await launchWithExtension();
  cdp = await ext.context.newCDPSession(await ext.context.newPage());
  await cdp.send('ServiceWorker.enable');
});
afterAll(() => ext?.close());

/** Every claim painted, as text, read in the page's main world (Range or StaticRange). */
function painted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('cliniccheck-')) return;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
    });
    return texts.sort();
  });
}

/** How many service workers of the extension are running. */
async function workersRunning(): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')).length;
}

/** Stops the extension's service worker, as the browser does after it idles, and waits until it is gone. */
async function stopWorker() {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(workersRunning).toBe(0);
}

test('a page opened while the worker is stopped wakes it and gets its findings', async () => {
  await stopWorker();
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/scanner/clinic.html`);
  await expect.poll(() => painted(page), { timeout: 10_000 }).toContain('stem cell facial');
  await page.close();
});

test('content added after the worker stopped is still found (its request wakes the worker)', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/scanner/dynamic.html`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThanOrEqual(0);
  await page.waitForTimeout(500);
  await stopWorker();
  await page.evaluate(() => (window as unknown as { addLater(): void }).addLater());
  await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual(['no side effects']);
  await page.close();
});

test('a page of several texts is read again over a new port after the worker stopped', async () => {
  const page = await ext.context.newPage();
  await page.goto(`${ext.origin}/scanner/medium.html`);
  await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual(['permanent results']);
  await stopWorker();
  // So much new content that the page is scanned again in full: its texts go over a port, which has to be opened anew.
  await page.evaluate(() => (window as unknown as { nextIssue(): void }).nextIssue());
  await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual(['no side effects']);
  await page.close();
});

test("other tabs' loads and title changes do not wake the stopped worker", async () => {
  // A page no content script runs in: only a listener of the worker's own could wake it.
  const page = await ext.context.newPage();
  await stopWorker();
  await page.goto('about:blank');
  for (const title of ['one', 'two', 'three']) await page.evaluate((t) => (document.title = t), title);
  await page.reload();
  await page.waitForTimeout(1500);
  expect(await workersRunning()).toBe(0);
  await page.close();
});
