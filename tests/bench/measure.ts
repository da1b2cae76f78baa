/**
 * Drives headless Chromium through the page benchmarks. For each page size:
 * the floor and mark.js in fresh pages with scanning switched off (a bundle
 * in the page's main world), then ClinicCheck's real content script, read
 * through its bench marks (components/content/bench-marks.ts): a page loaded
 * just after the extension's service worker was stopped ('cold'), the same
 * page loaded again with it running ('warm'), and on the warm page a rescan
 * of one appended paragraph and a full scan after an in-page navigation.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser.ts';
import { figures, scanRun, type ScanFigures, type ScanRun } from './scan-figures.ts';
import { extraParagraphText, generatePage } from './page.ts';
import { median, round } from './stats.ts';

/** The flags tests/e2e/browser.ts starts Chromium with (closed network, no sandbox as root). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SizePlan {
  name: string;
  chars: number;
  /** Cold and warm page loads (one of each per run), and floor runs. */
  runs: number;
  markRuns: number;
  /** mark.js runs on the main thread and cannot be interrupted: a run longer than this is abandoned. */
  markTimeoutMs: number;
  /** Also time a rescan after appending one paragraph (on each warm page). */
  rescan?: boolean;
}

export interface SizeResult extends ScanFigures {
  name: string;
  textChars: number;
  runs: number;
  /** The floor in the page's main world (as the issue defines it), and in an isolated world like a content script's, medians. */
  floorMs: number;
  isolatedFloorMs: number;
  /** Warm page loads that found the extension's service worker running (it may stop when idle). */
  workerRunning: number;
  /** Page loads just after every service worker was stopped; `workerStopped` counts the runs where that was confirmed. */
  cold: ScanFigures & { workerStopped: number };
  /** Median full scan of the warm page again after an in-page navigation (history.pushState): the scanner's code warm too. */
  navScanMs: number;
  /**
   * Its main-thread time: set against busyMs, what a page's first scan pays for running for the first time in
   * the page (compiling, the isolated world's first use of each DOM interface).
   */
  navBusyMs: number;
  /** Median mark.js time, or null when every run timed out (see markTimeoutMs). */
  markMs: number | null;
  markRuns: number;
  markTimedOut: number;
  markTimeoutMs: number;
  marks: number;
  /**
   * The first rescan after the page's full scan (one paragraph appended):
   * durationMs (start until highlights registered), busyMs (main-thread
   * time) and longestTaskMs, medians. Its code runs for the first time on
   * the page.
   */
  rescanMs?: number;
  rescanBusyMs?: number;
  rescanLongestMs?: number;
  rescanFindingsAdded?: number;
  /** busyMs of a second such rescan on the same page (its code run once already), median. */
  rescanAgainBusyMs?: number;
}

type Log = (line: string) => void;

async function load(bb: BenchBrowser, url: string): Promise<Page> {
  const page = await bb.context.newPage();
  await page.goto(url, { timeout: 180_000, waitUntil: 'load' });
  return page;
}

/** A fresh page with the floor / mark.js bundle, scanning off. */
async function bundlePage(bb: BenchBrowser, url: string, bundle: string): Promise<Page> {
  const page = await load(bb, url);
  await page.addScriptTag({ content: bundle });
  // Let the load's own tasks settle so they are not counted against the measurement.
  await page.evaluate('new Promise((r) => setTimeout(r, 50))');
  return page;
}

async function markOnce(bb: BenchBrowser, url: string, bundle: string, phrases: string[], timeoutMs: number) {
  const page = await bundlePage(bb, url, bundle);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((ok) => (timer = setTimeout(() => ok(null), timeoutMs)));
  const run = page.evaluate(`__ccBench.markJs(${JSON.stringify(phrases)})`) as Promise<{ ms: number; marks: number }>;
  const result = await Promise.race([run, timeout]);
  clearTimeout(timer);
  run.catch(() => undefined);
  // A renderer still busy in mark.js is killed with its page.
  await Promise.race([page.close({ runBeforeUnload: false }), new Promise((ok) => setTimeout(ok, 10_000))]);
  return result;
}

/**
 * The floor in an isolated world of its own on a fresh page, as a content
 * script runs: there each DOM node the script touches gets a wrapper of that
 * world's own, so the same walk costs more than in the page's main world.
 */
async function isolatedFloor(bb: BenchBrowser, url: string, bundle: string): Promise<number> {
  const page = await load(bb, url);
  const cdp = await bb.context.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'cliniccheck-bench-floor' });
  await cdp.send('Runtime.evaluate', { expression: bundle, contextId });
  await cdp.send('Runtime.evaluate', { expression: 'new Promise((r) => setTimeout(r, 50))', contextId, awaitPromise: true });
  const { result } = await cdp.send('Runtime.evaluate', { expression: '__ccBench.floor()', contextId, returnByValue: true });
  await page.close();
  return (result.value as { ms: number }).ms;
}

/** The floor and mark.js on fresh pages, with scanning switched off so the content script does not compete. */
async function floorAndMark(bb: BenchBrowser, url: string, bundle: string, phrases: string[], plan: SizePlan, log: Log) {
  await bb.setScanning(false);
  const floors: number[] = [];
  const isolatedFloors: number[] = [];
  let textChars = 0;
  for (let i = 0; i < plan.runs; i++) {
    const page = await bundlePage(bb, url, bundle);
    const f = (await page.evaluate('__ccBench.floor()')) as { ms: number; chars: number };
    floors.push(f.ms);
    textChars = f.chars;
    await page.close();
    isolatedFloors.push(await isolatedFloor(bb, url, bundle));
  }
  log(`  ${plan.name} floor: ${floors.map((f) => f.toFixed(2)).join(', ')} ms; in an isolated world: ${isolatedFloors.map((f) => f.toFixed(2)).join(', ')} ms`);
  const markTimes: number[] = [];
  let marks = 0;
  let markTimedOut = 0;
  for (let i = 0; i < plan.markRuns; i++) {
    const m = await markOnce(bb, url, bundle, phrases, plan.markTimeoutMs);
    if (m) {
      markTimes.push(m.ms);
      marks = m.marks;
    } else markTimedOut++;
    log(`  ${plan.name} mark.js run ${i + 1}/${plan.markRuns}: ${m ? `${m.ms.toFixed(1)} ms` : `timeout >${plan.markTimeoutMs / 1000}s`}`);
  }
  await bb.setScanning(true);
  return { floorMs: round(median(floors)), isolatedFloorMs: round(median(isolatedFloors)), textChars, markMs: markTimes.length ? round(median(markTimes)) : null, markRuns: markTimes.length, markTimedOut, marks };
}

/** Appends one paragraph (a claim split by a <b>) in the page's main world. */
function appendParagraph(page: Page): Promise<void> {
  return page.evaluate(([a, b, c]) => {
    const p = document.createElement('p');
    const bold = document.createElement('b');
    bold.textContent = b!;
    p.append(a!, bold, c!);
    document.querySelector('main')!.append(p);
  }, extraParagraphText());
}

/** Runs every figure for one page size. */
async function benchSize(bb: BenchBrowser, url: string, bundle: string, phrases: string[], plan: SizePlan, log: Log): Promise<SizeResult> {
  const base = await floorAndMark(bb, url, bundle, phrases, plan, log);
  const colds: ScanRun[] = [];
  const warms: ScanRun[] = [];
  const navScans: number[] = [];
  const navBusy: number[] = [];
  const rescans: ScanRun[] = [];
  const rescansAgain: ScanRun[] = [];
  let workerStopped = 0;
  let workerRunning = 0;
  const timeout = 120_000;
  for (let i = 0; i < plan.runs; i++) {
    if (await bb.stopWorkers()) workerStopped++;
    const cold = await load(bb, url);
    colds.push(scanRun(await bb.waitForMarks(cold, 'cliniccheck:scan', 1, timeout)));
    await cold.close();
    // Checked before the load: the page's own messages would wake a stopped worker.
    const worker = await bb.workerRunning();
    if (worker) workerRunning++;
    const warm = await load(bb, url);
    warms.push(scanRun(await bb.waitForMarks(warm, 'cliniccheck:scan', 1, timeout)));
    if (plan.rescan) {
      await appendParagraph(warm);
      rescans.push(scanRun(await bb.waitForMarks(warm, 'cliniccheck:rescan', 1, timeout), 0, 'cliniccheck:rescan'));
      await appendParagraph(warm);
      rescansAgain.push(scanRun(await bb.waitForMarks(warm, 'cliniccheck:rescan', 2, timeout), 1, 'cliniccheck:rescan'));
    }
    await warm.evaluate(() => history.pushState(null, '', '?again'));
    const again = scanRun(await bb.waitForMarks(warm, 'cliniccheck:scan', 2, timeout), 1);
    navScans.push(again.scanMs);
    navBusy.push(again.busyMs);
    await warm.close();
    log(`  ${plan.name} run ${i + 1}/${plan.runs}: cold ${colds.at(-1)!.scanMs.toFixed(2)} ms, warm ${warms.at(-1)!.scanMs.toFixed(2)} ms` +
      `${worker ? '' : ' (worker was not running)'}, after navigation ${navScans.at(-1)!.toFixed(2)} ms` +
      (plan.rescan ? `, rescan ${rescans.at(-1)!.scanMs.toFixed(3)} ms (main thread ${rescans.at(-1)!.busyMs.toFixed(3)}, again ${rescansAgain.at(-1)!.busyMs.toFixed(3)})` : ''));
  }
  return {
    name: plan.name,
    textChars: base.textChars,
    runs: plan.runs,
    floorMs: base.floorMs,
    isolatedFloorMs: base.isolatedFloorMs,
    ...figures(warms),
    workerRunning,
    cold: { ...figures(colds), workerStopped },
    navScanMs: round(median(navScans)),
    navBusyMs: round(median(navBusy)),
    markMs: base.markMs,
    markRuns: base.markRuns,
    markTimedOut: base.markTimedOut,
    markTimeoutMs: plan.markTimeoutMs,
    marks: base.marks,
    ...(plan.rescan
      ? {
          rescanMs: round(median(rescans.map((r) => r.scanMs))),
          rescanBusyMs: round(median(rescans.map((r) => r.busyMs))),
          rescanLongestMs: round(median(rescans.map((r) => r.longestSliceMs))),
          rescanFindingsAdded: rescans[0]!.findings - warms[0]!.findings,
          rescanAgainBusyMs: round(median(rescansAgain.map((r) => r.busyMs))),
        }
      : {}),
  };
}

/**
 * Serves the generated pages on 127.0.0.1, cross-origin isolated (COOP +
 * COEP) so performance.now() has 5 us resolution instead of 100 us: the
 * small-page and rescan figures are fractions of a millisecond.
 */
export async function pageServer(pages: Map<string, string>) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pages.get(path);
    if (page === undefined) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': `${path.endsWith('.js') ? 'text/javascript' : 'text/html'}; charset=utf-8`,
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(page);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Benchmarks each page size in turn in one headless Chromium with the bench build of the extension at `extensionDir`. */
export async function benchPages(extensionDir: string, bundle: string, phrases: string[], plans: SizePlan[], log: Log): Promise<SizeResult[]> {
  // No highlight sheet in the page: the extension brings its own (manifest CSS).
  const pages = new Map(plans.map((p) => [`/bench-${p.name}.html`, generatePage(p.chars)]));
  const server = await pageServer(pages);
  const bb = await launchBenchBrowser(extensionDir);
  try {
    const results: SizeResult[] = [];
    for (const plan of plans) {
      log(`${plan.name}: ${plan.runs} runs (floor, cold and warm scans), mark.js ${plan.markRuns}`);
      results.push(await benchSize(bb, `${server.origin}/bench-${plan.name}.html`, bundle, phrases, plan, log));
    }
    return results;
  } finally {
    await bb.close();
    await server.close();
  }
}
