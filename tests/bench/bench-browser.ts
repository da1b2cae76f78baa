/**
 * The benchmark's browser: headless Chromium with a bench build of the
 * extension loaded (as tests/e2e/browser.ts launches it), and the controls
 * the benchmark needs around it: the scanning switch, stopping the
 * extension's service worker, and a main-world recorder of the content
 * script's marks (components/content/bench-marks.ts), long tasks and long
 * animation frames.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './measure.ts';

/** One mark of the content script as the page saw it (times in ms since navigation start). */
export interface SeenMark {
  name: string;
  at: number;
  detail: unknown;
  /** When the first frame after the mark had been rendered (null until then). */
  frameAt: number | null;
}

/** What the recorder holds in the page (`window.__ccObs`). */
export interface Observed {
  marks: SeenMark[];
  /** [startTime, duration] of every longtask (>= 50 ms) on the page's main thread, content scripts' included. */
  longtasks: Array<[number, number]>;
  /**
   * [startTime, duration, renderStart] of every long animation frame: from
   * renderStart (0 if the frame rendered nothing) to its end the browser ran
   * rAF callbacks, style, layout and paint.
   */
  frames: Array<[number, number, number]>;
}

/**
 * Runs in the main world of every page before its own scripts. Content
 * scripts run in an isolated world but share the document's performance
 * timeline, so their marks (with their detail) and their long tasks are
 * seen here (long animation frames list no isolated-world scripts, but their
 * renderStart still tells the browser's rendering from the rest).
 */
const RECORDER = `(() => {
  const o = { marks: [], longtasks: [], frames: [] };
  Object.defineProperty(window, '__ccObs', { value: o });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) o.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) o.frames.push([e.startTime, e.duration, e.renderStart]);
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.name.startsWith('cliniccheck:')) continue;
      const m = { name: e.name, at: e.startTime, detail: e.detail, frameAt: null };
      o.marks.push(m);
      requestAnimationFrame(() => setTimeout(() => {
        m.frameAt = performance.now();
        console.debug('cliniccheck-bench-frame ' + e.name);
      }, 0));
    }
  }).observe({ type: 'mark', buffered: true });
})();`;

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Turns scanning on or off everywhere (the popup's off switch: the `settings` record). */
  setScanning(on: boolean): Promise<void>;
  /** Stops every service worker; resolves true once the extension's is gone. */
  stopWorkers(): Promise<boolean>;
  /** Whether the extension's service worker is running. */
  workerRunning(): Promise<boolean>;
  /** Waits until the page has seen `count` marks named `name` and a frame after the last; returns them. */
  waitForMarks(page: Page, name: string, count: number, timeoutMs: number): Promise<Observed>;
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir: string): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'cliniccheck-bench-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The install-time first-run tab (as tests/e2e/browser.ts closes it).
  await worker.evaluate(async () => {
    for (let i = 0; i < 100 && !(await chrome.storage.local.get('welcome')).welcome; i++) await new Promise((ok) => setTimeout(ok, 50));
    const tabs = await chrome.tabs.query({ url: chrome.runtime.getURL('welcome.html') });
    await chrome.tabs.remove(tabs.map((t: { id: number }) => t.id));
  });
  await context.addInitScript(RECORDER);
  // Frames seen after each mark, by page and mark name, from the recorder's console line. Waiting on these
  // rather than polling the page with waitForFunction keeps Playwright's injected script (about 330 KB,
  // 10-12 ms to compile on this machine) off the page's main thread while the scanner works.
  const framesSeen = new WeakMap<Page, Map<string, number>>();
  const waiters = new Set<() => void>();
  context.on('console', (message) => {
    const [tag, name] = message.text().split(' ');
    const page = message.page();
    if (tag !== 'cliniccheck-bench-frame' || !name || !page) return;
    const counts = framesSeen.get(page) ?? framesSeen.set(page, new Map()).get(page)!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const wake of waiters) wake();
  });
  // A blank tab kept open for DevTools protocol calls that are not about one page.
  const control = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  const workerTargets = async () =>
    ((await cdp.send('Target.getTargets')).targetInfos as Array<{ type: string; url: string }>)
      .filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  return {
    context,
    extensionId,
    async setScanning(on) {
      // An extension page, not the worker: the worker may be stopped, and a page
      // writing storage does not wake it.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.evaluate((enabled) => chrome.storage.local.set({ settings: { enabled, pausedSites: [] } }), on);
      await page.close();
    },
    async stopWorkers() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (let i = 0; i < 40; i++) {
        if ((await workerTargets()).length === 0) return true;
        await new Promise((ok) => setTimeout(ok, 50));
      }
      return false;
    },
    async workerRunning() {
      return (await workerTargets()).length > 0;
    },
    async waitForMarks(page, name, count, timeoutMs) {
      const ready = () => (framesSeen.get(page)?.get(name) ?? 0) >= count;
      if (!ready()) {
        await new Promise<void>((resolve, reject) => {
          const done = (error?: Error) => {
            waiters.delete(wake);
            clearTimeout(timer);
            if (error) reject(error);
            else resolve();
          };
          const wake = () => ready() && done();
          const timer = setTimeout(() => done(new Error(`no frame after ${count} "${name}" mark(s) within ${timeoutMs} ms`)), timeoutMs);
          waiters.add(wake);
        });
      }
      return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __ccObs: Observed }).__ccObs)) as Observed);
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
