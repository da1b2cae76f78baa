/**
 * The in-page half of the benchmark. Bundled (with the scanner, the renderer,
 * the engine and mark.js) into one IIFE by bundle.ts and injected into each
 * benchmark page, where it is reachable as `window.__ccBench`. run.ts calls
 * these functions with string expressions, so nothing here is serialised by
 * the test runner.
 */
import Mark from 'mark.js';
import { extraParagraphText } from './page.ts';

/** The slice of the scanner's interface the benchmark relies on. */
export interface BenchScanner {
  scanAll(): Promise<unknown>;
  rescan(nodes: Node[]): unknown;
  findings(): unknown[];
  dispose(): void;
}
export interface BenchDeps {
  /** Builds a scanner over `root` with the real renderer and engine. */
  createScanner(root: Element): BenchScanner;
  /** What is measured, for the report. */
  kind: string;
}

export interface ScanFigures {
  ms: number;
  findings: number;
  /** Longest main-thread stretch between two of the scanner's yields. */
  longestSliceMs: number;
  slices: number;
  /** Sum of the slices: main-thread time the scan used, without the time spent waiting between slices. */
  busyMs: number;
  /** Longest task the browser reported as a longtask (>= 50 ms) during the scan; 0 if none. */
  longestLongTaskMs: number;
  longTasks: number;
  /**
   * From the end of the scan to the end of the next rendered frame: the
   * browser's own work to style and paint the registered highlights.
   */
  paintMs: number;
  /** Extra facts from the scanner's result, e.g. per-phase timings, if it returns any. */
  result: unknown;
}

let deps: BenchDeps | undefined;
let scanner: BenchScanner | undefined;
/**
 * The bundle's entry imports this module first, so the time from here to
 * install() is the evaluation of the scanner's modules, the lexicon and the
 * engine's one-off compilation: start-up cost paid on every page.
 */
const loaded = performance.now();
let startupMs = NaN;

/** Called once by the bundle's entry with the scanner to measure. */
export function install(d: BenchDeps) {
  startupMs = performance.now() - loaded;
  deps = d;
}

/** Time from this module's evaluation to install(): the scanner's modules loading and compiling. */
export function startup(): number {
  return startupMs;
}

/** The floor: one TreeWalker pass reading every text node's data. */
export function floor(): { ms: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { ms: performance.now() - t0, chars };
}

/**
 * Records how long the main thread runs between the scanner's yields, by
 * wrapping the ways a script can yield (setTimeout, scheduler.yield/postTask,
 * requestIdleCallback, requestAnimationFrame, MessageChannel). Work the
 * browser does in its own tasks (style, paint) is not in these slices; the
 * longtask observer covers it.
 */
function sliceRecorder() {
  const slices: number[] = [];
  let resumed = performance.now();
  let active = true;
  // A slice ends at the last yield call before the code is called back: code
  // may schedule a frame callback (the highlight window does) and carry on
  // working, which is not a yield.
  let lastMark: number | undefined;
  const mark = () => {
    if (active) lastMark = performance.now();
  };
  const resume = () => {
    if (active && lastMark !== undefined) slices.push(lastMark - resumed);
    lastMark = undefined;
    resumed = performance.now();
  };
  const w = window as unknown as Record<string, unknown>;
  const restore: Array<() => void> = [];
  const wrapCallback = (name: string, index: number) => {
    const original = w[name] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') return;
    w[name] = (...args: unknown[]) => {
      mark();
      const cb = args[index] as (...a: unknown[]) => unknown;
      if (typeof cb === 'function') args[index] = (...a: unknown[]) => (resume(), cb(...a));
      return original.apply(window, args);
    };
    restore.push(() => (w[name] = original));
  };
  wrapCallback('setTimeout', 0);
  wrapCallback('requestIdleCallback', 0);
  wrapCallback('requestAnimationFrame', 0);
  const sched = (globalThis as unknown as { scheduler?: Record<string, (...a: unknown[]) => Promise<unknown>> }).scheduler;
  for (const name of ['yield', 'postTask'] as const) {
    const original = sched?.[name];
    if (!sched || !original) continue;
    sched[name] = (...args: unknown[]) => {
      mark();
      return original.apply(sched, args).then((v) => (resume(), v));
    };
    restore.push(() => (sched[name] = original));
  }
  // A message-channel post is a yield too: the slice ends at the post and the
  // next one starts when the other port's handler runs.
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
    mark();
    return (post as (...a: unknown[]) => void).apply(this, args);
  };
  restore.push(() => (MessagePort.prototype.postMessage = post));
  const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    ...onmessage,
    set(this: MessagePort, handler: ((e: MessageEvent) => void) | null) {
      onmessage.set!.call(this, handler && ((e: MessageEvent) => (resume(), handler.call(this, e))));
    },
  });
  restore.push(() => Object.defineProperty(MessagePort.prototype, 'onmessage', onmessage));
  return {
    stop() {
      if (active) slices.push(performance.now() - resumed);
      active = false;
      restore.forEach((r) => r());
      return slices;
    },
  };
}

function longTaskRecorder(since: number) {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  return {
    /** Waits one task so the last entries are delivered, then stops. */
    async stop() {
      await new Promise((r) => setTimeout(r, 0));
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return entries.filter((e) => e.startTime + e.duration >= since).map((e) => e.duration);
    },
  };
}

/** Resolves after the next frame has been rendered (rAF, then a task after it). */
function nextFrame(): Promise<void> {
  return new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
}

/** ClinicCheck's full scan of the page: blocks, detection, ranges, highlights. */
export async function scan(): Promise<ScanFigures> {
  if (!deps) throw new Error('harness not installed');
  // Start on a page the browser has finished rendering, as a content script at document_idle would.
  await nextFrame();
  await nextFrame();
  const t0 = performance.now();
  const longTasks = longTaskRecorder(t0);
  const slices = sliceRecorder();
  scanner = deps.createScanner(document.body);
  const result = await scanner.scanAll();
  const ms = performance.now() - t0;
  const sliceList = slices.stop();
  const end = performance.now();
  await nextFrame();
  const paintMs = performance.now() - end;
  const tasks = await longTasks.stop();
  return {
    ms,
    findings: scanner.findings().length,
    longestSliceMs: Math.max(0, ...sliceList),
    slices: sliceList.length,
    busyMs: sliceList.reduce((a, b) => a + b, 0),
    paintMs,
    longestLongTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    result: JSON.parse(JSON.stringify(result ?? null)),
  };
}

/**
 * Appends one paragraph (a claim split by a <b>) after a full scan and times
 * the scanner's rescan of just that paragraph. Waits for the page to render
 * the full scan's highlights first, so that work is not charged to the rescan.
 */
export async function appendAndRescan(): Promise<{ ms: number; busyMs: number; slices: number; findingsBefore: number; findingsAfter: number }> {
  if (!scanner) throw new Error('scan() first');
  const [a, b, c] = extraParagraphText();
  const p = document.createElement('p');
  const bold = document.createElement('b');
  bold.textContent = b!;
  p.append(a!, bold, c!);
  const findingsBefore = scanner.findings().length;
  await nextFrame();
  await nextFrame();
  const slices = sliceRecorder();
  const t0 = performance.now();
  document.querySelector('main')!.append(p);
  await scanner.rescan([p]);
  const ms = performance.now() - t0;
  const sliceList = slices.stop();
  return { ms, busyMs: sliceList.reduce((a, b) => a + b, 0), slices: sliceList.length, findingsBefore, findingsAfter: scanner.findings().length };
}

/**
 * The same full scan once more on the same page (after the rescan, so that
 * figure is not helped by it), the engine's code optimised by then. Not a
 * target: every fresh page starts the content script cold, so scan() is what
 * people get; the gap between the two is what cold (unoptimised) code costs.
 */
export async function warmScan(): Promise<number> {
  if (!scanner) throw new Error('scan() first');
  await nextFrame();
  const t0 = performance.now();
  await scanner.scanAll();
  return performance.now() - t0;
}

/** mark.js highlighting the same phrases on the same page. */
export function markJs(phrases: string[]): Promise<{ ms: number; marks: number }> {
  return new Promise((done) => {
    const t0 = performance.now();
    let marks = 0;
    new Mark(document.body).mark(phrases, {
      accuracy: 'exactly',
      separateWordSearch: false,
      acrossElements: true,
      each: () => void marks++,
      done: () => done({ ms: performance.now() - t0, marks }),
    });
  });
}

/** Which scanner the bundle holds. */
export function kind(): string {
  return deps?.kind ?? 'none';
}
