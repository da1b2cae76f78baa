// `npm run screenshots`: builds ClinicCheck, loads it into Debian's Chromium
// with the same harness as the real-browser tests, and saves the README's
// pictures into assets/screenshots/. Each picture is its own function; one
// that cannot be made is reported and the others still are. Exits non-zero if
// any failed. `--no-build` reuses the current build; `--only name,name`.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/browser.ts';
import { startFixtureServer } from './fixture-server.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'assets/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

/**
 * The tab id of `page` as the extension sees it (for `popup.html?tab=`).
 * Chromium hides tab URLs from extensions whose only host access comes from
 * content-script matches, so the page is brought to the front and the active
 * tab is asked for instead of querying by URL.
 */
async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

/** Opens the bundled demo clinic page and waits until its claims are highlighted. */
async function openDemo(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${ext.origin}/screenshots/clinic.html`);
  await page.waitForFunction(() => (globalThis.CSS?.highlights?.size ?? 0) > 0, null, { timeout: 10_000 });
  return page;
}

/** Sends a message to the content script of the tab showing `page`. */
async function tellTab(ext: ExtensionBrowser, page: Page, message: object): Promise<unknown> {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

const SHOTS: Record<string, (ext: ExtensionBrowser) => Promise<void>> = {
  /** The demo page with its claims highlighted and the card of one open. */
  async 'highlighted-page'(ext) {
    const page = await openDemo(ext);
    const { findings } = (await tellTab(ext, page, { type: 'cliniccheck:findings/get' })) as {
      findings: Array<{ id: string; status: string; quote: string }>;
    };
    const active = findings.filter((f) => f.status === 'active');
    // A regulatory claim makes the clearest example; any active finding will do.
    const shown = active.find((f) => /FDA/.test(f.quote)) ?? active[0];
    if (!shown) throw new Error('the demo page has no active finding');
    // Tall enough for the card below a claim revealed mid-page.
    await page.setViewportSize({ width: VIEWPORT.width, height: 1000 });
    await tellTab(ext, page, { type: 'cliniccheck:findings/reveal', id: shown.id });
    await page.waitForTimeout(800);
    await page.screenshot({ path: resolve(outDir, 'highlighted-page.png') });
  },

  /** The popup's checklist for the demo clinic, page findings first. */
  async 'popup-checklist'(ext) {
    const demo = await openDemo(ext);
    const popup = await ext.openExtensionPage(`popup.html?tab=${await tabIdOf(ext, demo)}`);
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByRole('tab', { name: 'Checklist' }).click();
    await popup.waitForTimeout(500);
    if (/coming soon/i.test(await popup.locator('[role=tabpanel]').innerText())) {
      throw new Error('the checklist tab is still a placeholder');
    }
    await popup.screenshot({ path: resolve(outDir, 'popup-checklist.png') });
  },

  /** The comparison page with two clinics side by side. */
  async 'compare'(ext) {
    // TODO(ship): seed two clinics (through the checklist's own import, once it
    // lands) and open its comparison page.
    void ext;
    throw new Error('the comparison page is not built yet');
  },

  /** The flag form open on a selected claim, filled in. */
  async 'flag-form'(ext) {
    const page = await openDemo(ext);
    await page.evaluate((phrase) => {
      // Select exactly `phrase`, as a reviewer would with the mouse.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        node.parentElement!.scrollIntoView({ block: 'center' });
        return;
      }
      throw new Error(`"${phrase}" is not on the demo page`);
    }, 'Results are guaranteed.');
    await tellTab(ext, page, { type: 'cliniccheck:flags/start', via: 'command' });
    await page.getByLabel(/^Note/).fill('A guarantee of medical results; ask what happens if it does not work.');
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(outDir, 'flag-form.png') });
  },
};

const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
await mkdir(outDir, { recursive: true });
const server = await startFixtureServer(0);
server.serve('/screenshots/clinic.html', await readFile(resolve(root, 'assets/demo/clinic.html'), 'utf8'));
const failed: string[] = [];
try {
  for (const [name, shoot] of Object.entries(SHOTS)) {
    if (only && !only.includes(name)) continue;
    // A fresh browser per picture, so one picture's state never leaks into the next.
    const ext = await launchWithExtension({ origin: server.origin });
    try {
      await shoot(ext);
      console.log(`saved assets/screenshots/${name}.png`);
    } catch (error) {
      failed.push(name);
      console.error(`could not make ${name}: ${(error as Error).message}`);
    } finally {
      await ext.close();
    }
  }
} finally {
  await server.close();
}
if (failed.length) process.exit(1);
