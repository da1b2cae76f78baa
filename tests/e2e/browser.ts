import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';

export const EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.CLINICCHECK_OUT_DIR ?? '.output',
  'chrome-mv3',
);
const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker: `worker.evaluate(() => chrome.storage...)`. */
  worker: Worker;
  extensionId: string;
  /** Origin of the fixture server, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Opens an extension page (`popup.html`, `options.html`...). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the built extension loaded. */
export async function launchWithExtension(
  options: {
    userDataDir?: string;
    /** Keep the first-run tab that opens on install (closed by default so tests start clean). */
    keepWelcome?: boolean;
    /** Fixture server origin, for scripts that run outside vitest (tests/tools/screenshots.ts). */
    origin?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'cliniccheck-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (!options.keepWelcome) await closeWelcomeTab(worker);
  return {
    context,
    worker,
    extensionId,
    origin: options.origin ?? inject('fixtureOrigin'),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the install-time first-run tab has been opened (install.ts
 * records it in `local:welcome`) and closes it. On a reused profile the record
 * is already there and nothing opens.
 */
async function closeWelcomeTab(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (let i = 0; i < 100 && !(await chrome.storage.local.get('welcome')).welcome; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const tabs = await chrome.tabs.query({ url: chrome.runtime.getURL('welcome.html') });
    await chrome.tabs.remove(tabs.map((t: { id: number }) => t.id));
  });
}

/**
 * The id of the tab showing `url`. Without the `tabs` permission the worker
 * cannot read tab URLs, so it asks each tab's content script where it is
 * (retrying while a page is still loading).
 */
export function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  return ext.worker.evaluate(async (u) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      for (const tab of await chrome.tabs.query({})) {
        const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'cliniccheck:findings/get' }).catch(() => undefined);
        if (answer?.url === u) return tab.id!;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab shows ${u}`);
  }, url);
}

/** The toolbar badge text for the tab showing `url`. */
export async function badgeText(ext: ExtensionBrowser, url: string): Promise<string> {
  const tabId = await tabIdOf(ext, url);
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Writes the scanner settings (the popup's switch and paused sites) as the extension keeps them. */
export async function setSettings(ext: ExtensionBrowser, settings: { enabled: boolean; pausedSites: string[] }): Promise<void> {
  await ext.worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

/**
 * Runs axe-core in `page` (optionally inside a shadow root host selector) and
 * returns the violations, shortened for readable assertion failures.
 */
export async function axeViolations(page: Page, include?: string) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    // @ts-expect-error axe is injected above
    const result = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return (result.violations as Array<{ id: string; nodes: Array<{ target: unknown }> }>).map((v) => ({
      id: v.id,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, include);
}
