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
export async function launchWithExtension(options: { userDataDir?: string } = {}): Promise<ExtensionBrowser> {
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
  return {
    context,
    worker,
    extensionId,
    origin: inject('fixtureOrigin'),
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

/** The toolbar badge text for the tab showing `url`. */
export async function badgeText(ext: ExtensionBrowser, url: string): Promise<string> {
  return ext.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, url);
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
