/**
 * Drives headless Chromium through the page benchmarks: for each page size,
 * fresh pages for the floor, ClinicCheck's full scan (plus the incremental
 * rescan where asked) and mark.js, each repeated and reduced to medians.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScanFigures } from './harness.ts';
import { generatePage } from './page.ts';
import { highlightSheet } from './highlight-sheet.ts';
import { median, medianFields, round } from './stats.ts';

/** The flags tests/e2e/browser.ts starts Chromium with (closed network, no sandbox as root). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SizePlan {
  name: string;
  chars: number;
  runs: number;
  markRuns: number;
  /** mark.js runs on the main thread and cannot be interrupted: a run longer than this is abandoned. */
  markTimeoutMs: number;
  /** Also time a rescan after appending one paragraph. */
  rescan?: boolean;
}

export interface SizeResult {
  name: string;
  textChars: number;
  runs: number;
  floorMs: number;
  /** Median evaluation time of the scanner's modules (lexicon, engine compilation) in a fresh page. */
  startupMs: number;
  scanMs: number;
  /** Main-thread time of the scan (sum of its slices), without the waits between slices. */
  busyMs: number;
  slices: number;
  /** Median time from the end of the scan to the next rendered frame (styling and painting the highlights). */
  paintMs: number;
  /** Median of a second full scan on the same page (engine code optimised by then): not a target, see harness warmScan(). */
  warmScanMs: number;
  findings: number;
  /** Median over runs of the longest stretch between the scanner's yields, and the worst run. */
  longestSliceMs: number;
  worstSliceMs: number;
  /** Longest longtask (>= 50 ms) seen in any run; 0 when there was none. */
  longestLongTaskMs: number;
  longTasks: number;
  /** Median mark.js time, or null when every run timed out (see markTimeoutMs). */
  markMs: number | null;
  markRuns: number;
  markTimedOut: number;
  markTimeoutMs: number;
  marks: number;
  /** Append-to-done wall time of the rescan, and its main-thread time (slices) without the yields. */
  rescanMs?: number;
  rescanBusyMs?: number;
  rescanSlices?: number;
  rescanFindingsAdded?: number;
  /** Medians of any numbers the scanner's scanAll() result holds (e.g. per-phase timings). */
  scanResult?: Record<string, number>;
}

type Log = (line: string) => void;

async function freshPage(browser: Browser, url: string, bundle: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { timeout: 180_000, waitUntil: 'load' });
  await page.addScriptTag({ content: bundle });
  // Let the load's own tasks settle so they are not counted against the scan.
  await page.evaluate('new Promise((r) => setTimeout(r, 50))');
  return page;
}

async function markOnce(browser: Browser, url: string, bundle: string, phrases: string[], timeoutMs: number) {
  const page = await freshPage(browser, url, bundle);
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

/** Runs every figure for one page size. */
async function benchSize(browser: Browser, url: string, bundle: string, phrases: string[], plan: SizePlan, log: Log): Promise<SizeResult> {
  const floors: number[] = [];
  const startups: number[] = [];
  const scans: ScanFigures[] = [];
  const warmScans: number[] = [];
  const rescans: Array<{ ms: number; busyMs: number; slices: number; findingsBefore: number; findingsAfter: number }> = [];
  let textChars = 0;
  for (let i = 0; i < plan.runs; i++) {
    const floorPage = await freshPage(browser, url, bundle);
    const f = (await floorPage.evaluate('__ccBench.floor()')) as { ms: number; chars: number };
    floors.push(f.ms);
    startups.push((await floorPage.evaluate('__ccBench.startup()')) as number);
    textChars = f.chars;
    await floorPage.close();
    const scanPage = await freshPage(browser, url, bundle);
    scans.push((await scanPage.evaluate('__ccBench.scan()')) as ScanFigures);
    if (plan.rescan) rescans.push((await scanPage.evaluate('__ccBench.appendAndRescan()')) as (typeof rescans)[number]);
    warmScans.push((await scanPage.evaluate('__ccBench.warmScan()')) as number);
    await scanPage.close();
    log(`  ${plan.name} run ${i + 1}/${plan.runs}: floor ${f.ms.toFixed(2)} ms, scan ${scans.at(-1)!.ms.toFixed(2)} ms` +
      (plan.rescan ? `, rescan ${rescans.at(-1)!.ms.toFixed(3)} ms` : ''));
  }
  const markTimes: number[] = [];
  let marks = 0;
  let markTimedOut = 0;
  for (let i = 0; i < plan.markRuns; i++) {
    const m = await markOnce(browser, url, bundle, phrases, plan.markTimeoutMs);
    if (m) {
      markTimes.push(m.ms);
      marks = m.marks;
    } else markTimedOut++;
    log(`  ${plan.name} mark.js run ${i + 1}/${plan.markRuns}: ${m ? `${m.ms.toFixed(1)} ms` : `timeout >${plan.markTimeoutMs / 1000}s`}`);
  }
  return {
    name: plan.name,
    textChars,
    runs: plan.runs,
    floorMs: round(median(floors)),
    startupMs: round(median(startups)),
    scanMs: round(median(scans.map((s) => s.ms))),
    busyMs: round(median(scans.map((s) => s.busyMs))),
    slices: scans[0]!.slices,
    paintMs: round(median(scans.map((s) => s.paintMs))),
    warmScanMs: round(median(warmScans)),
    findings: scans[0]!.findings,
    longestSliceMs: round(median(scans.map((s) => s.longestSliceMs))),
    worstSliceMs: round(Math.max(...scans.map((s) => s.longestSliceMs))),
    longestLongTaskMs: round(Math.max(...scans.map((s) => s.longestLongTaskMs))),
    longTasks: Math.max(...scans.map((s) => s.longTasks)),
    markMs: markTimes.length ? round(median(markTimes)) : null,
    markRuns: markTimes.length,
    markTimedOut,
    markTimeoutMs: plan.markTimeoutMs,
    marks,
    ...(plan.rescan
      ? {
          rescanMs: round(median(rescans.map((r) => r.ms))),
          rescanBusyMs: round(median(rescans.map((r) => r.busyMs))),
          rescanSlices: rescans[0]!.slices,
          rescanFindingsAdded: rescans[0]!.findingsAfter - rescans[0]!.findingsBefore,
        }
      : {}),
    scanResult: medianFields(scans.map((s) => s.result)),
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

/** Benchmarks each page size in turn in one headless Chromium. */
export async function benchPages(bundle: string, phrases: string[], plans: SizePlan[], log: Log): Promise<SizeResult[]> {
  const pages = new Map(plans.map((p) => [`/bench-${p.name}.html`, generatePage(p.chars, 1, highlightSheet())]));
  const server = await pageServer(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  try {
    const results: SizeResult[] = [];
    for (const plan of plans) {
      log(`${plan.name}: ${plan.runs} runs, mark.js ${plan.markRuns}`);
      results.push(await benchSize(browser, `${server.origin}/bench-${plan.name}.html`, bundle, phrases, plan, log));
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
