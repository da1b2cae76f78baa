/**
 * Turns the benchmark's results into the printed table, the targets of the
 * benchmarks issue with pass/miss, and one JSON line for tracking.
 */
import type { BuiltSizes } from './extension.ts';
import type { SizeResult } from './measure.ts';
import type { ScanFigures } from './scan-figures.ts';

export interface BenchResult {
  date: string;
  browser: string;
  /** Load averages (1 min) at the start and end: timings on a busy machine are inflated. */
  load: { start: number; end: number; cpus: number };
  /** What was measured. */
  scanner: string;
  phrases: number;
  pages: SizeResult[];
  /** Sizes of the production build. */
  sizes: BuiltSizes;
  /** Bench mark names found in the production build's content script: must be empty. */
  benchMarksInProduction: string[];
  popup: { headingMs: number; fcpMs: number };
}

/**
 * One of the issue's targets. The scan targets are judged twice: on the
 * page's main-thread time (`busyMs`: what the scanner costs the page, what
 * a person feels as jank; detection itself runs in the background) and on
 * the wall time until the highlights are registered (which also holds the
 * background's work and the waits for it). `pass` only when both are met.
 */
export interface Target {
  name: string;
  value: string;
  page: boolean;
  wall: boolean;
  pass: boolean;
}

const ms = (v: number | null | undefined) => (v == null ? '-' : v < 10 ? v.toFixed(3) : v.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);
const x = (v: number) => `${v.toFixed(1)}x`;

/** mark.js time, or the timeout as a lower bound ("timeout >60s"). */
function markCell(p: SizeResult): string {
  if (p.markMs != null) return ms(p.markMs) + (p.markTimedOut ? ` (+${p.markTimedOut} timeout)` : '');
  return p.markRuns + p.markTimedOut === 0 ? 'not run' : `timeout >${p.markTimeoutMs / 1000}s`;
}

/** mark.js / ClinicCheck (`scanMs` by default); a timeout gives a lower bound. */
export function markRatio(p: SizeResult, scanMs = p.scanMs): { value: number; lowerBound: boolean } | undefined {
  if (p.markMs != null) return { value: ratio(p.markMs, scanMs), lowerBound: false };
  if (p.markTimedOut) return { value: ratio(p.markTimeoutMs, scanMs), lowerBound: true };
  return undefined;
}

/** The main-thread figure where the scan reported one, else its wall time (an older build). */
const busyOr = (busy: number | undefined, wall: number) => (busy !== undefined && Number.isFinite(busy) ? busy : wall);

const judged = (name: string, value: string, page: boolean, wall: boolean): Target => ({ name, value, page, wall, pass: page && wall });

/** The issue's targets, on the warm-worker figures; the cold-worker figure is printed beside each scan target. */
export function targets(r: BenchResult): Target[] {
  const mb = r.pages.find((p) => p.name === '1MB');
  const small = r.pages.find((p) => p.name === '10KB');
  const out: Target[] = [];
  if (mb) {
    const busy = busyOr(mb.busyMs, mb.scanMs);
    const [page, wall, coldWall] = [ratio(busy, mb.floorMs), ratio(mb.scanMs, mb.floorMs), ratio(mb.cold.scanMs, mb.floorMs)];
    const isolated = mb.isolatedFloorMs ? `; against the floor in an isolated world (${ms(mb.isolatedFloorMs)} ms): page ${x(ratio(busy, mb.isolatedFloorMs))}` : '';
    out.push(judged('1 MB full scan <= 4x floor', `page ${x(page)} (${ms(busy)} ms), wall ${x(wall)} (cold worker: page ${x(ratio(busyOr(mb.cold.busyMs, mb.cold.scanMs), mb.floorMs))}, wall ${x(coldWall)})${isolated}`, page <= 4, wall <= 4));
    const markPage = markRatio(mb, busy);
    const markWall = markRatio(mb);
    if (markPage && markWall) {
      const more = markWall.lowerBound ? '>' : '';
      const coldWallMark = markRatio(mb, mb.cold.scanMs)!;
      out.push(judged('1 MB mark.js >= 100x ClinicCheck', `page ${more}${x(markPage.value)}, wall ${more}${x(markWall.value)} (cold worker: wall ${more}${x(coldWallMark.value)})`, markPage.value >= 100, markWall.value >= 100));
    }
    if (mb.rescanMs !== undefined) {
      const rescanBusy = busyOr(mb.rescanBusyMs, mb.rescanMs);
      out.push(judged('1 MB incremental rescan <= 2 ms', `page ${ms(rescanBusy)} ms, wall ${ms(mb.rescanMs)} ms (longest task ${ms(mb.rescanLongestMs)} ms)`, rescanBusy <= 2, mb.rescanMs <= 2));
    }
  }
  const worst = (f: (p: SizeResult) => ScanFigures) => Math.max(...r.pages.map((p) => Math.max(f(p).worstSliceMs, f(p).longestLongTaskMs)));
  const worstWarm = worst((p) => p);
  const noRender = Math.max(...r.pages.map((p) => p.longestNonRenderMs));
  const unframed = Math.max(...r.pages.map((p) => p.unframedLongTasks ?? 0));
  const fits = worstWarm <= 50;
  const unknown = unframed ? `; ${unframed} longtask(s) in a run that no long animation frame covers (what filled them is unknown)` : '';
  out.push(judged('no task > 50 ms while scanning (slices and longtasks, all pages)', `${ms(worstWarm)} ms (cold worker: ${ms(worst((p) => p.cold))} ms); longest longtask less its rendering ${ms(noRender)} ms${unknown}`, fits, fits));
  if (small) {
    const busy = busyOr(small.busyMs, small.scanMs);
    out.push(judged('10 KB full scan < 5 ms', `page ${ms(busy)} ms, wall ${ms(small.scanMs)} ms (cold worker: page ${ms(busyOr(small.cold.busyMs, small.cold.scanMs))} ms, wall ${ms(small.cold.scanMs)} ms)`, busy < 5, small.scanMs < 5));
  }
  // What every page loads; the on-demand UI is listed apart in the sizes table.
  const small60 = r.sizes.content.bytes <= 60 * 1024;
  out.push(judged('content script <= 60 KB minified (every page)', kb(r.sizes.content.bytes), small60, small60));
  return out;
}

/** "pass" / "MISS" on the page's main-thread time and on the wall time (one verdict where they are the same figure). */
export function verdict(t: Target): string {
  const word = (ok: boolean) => (ok ? 'pass' : 'MISS');
  return (t.page === t.wall ? word(t.pass) : `page ${word(t.page)}, wall ${word(t.wall)}`).padEnd(20);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

const busyCell = (v: number) => (Number.isFinite(v) ? ms(v) : '-');
const longtask = (f: ScanFigures) =>
  f.longTasks ? `${ms(f.longestLongTaskMs)} (${f.longTasks}), ${f.unframedLongTasks ? `${f.unframedLongTasks} unframed` : ms(f.longestNonRenderMs)}` : 'none';
const slice = (f: ScanFigures) => `${ms(f.longestSliceMs)} (max ${ms(f.worstSliceMs)})`;
const phaseLine = (label: string, result?: Record<string, number>) =>
  result ? [`  ${label}: ${Object.entries(result).map(([k, v]) => `${k}=${v}`).join(', ')}`] : [];

/** The human-readable report, ending with the JSON line. */
export function formatReport(r: BenchResult): string {
  const speed = table([
    ['page', 'text', 'floor ms', 'isolated floor', 'scan ms', 'scan/floor', 'busy ms', 'busy/floor', 'cold: scan ms', 'cold: /floor', 'cold: busy', 'mark.js ms', 'mark/scan', 'findings', 'marks'],
    ...r.pages.map((p) => {
      const mark = markRatio(p);
      return [p.name, kb(p.textChars), ms(p.floorMs), ms(p.isolatedFloorMs), ms(p.scanMs), `${ratio(p.scanMs, p.floorMs).toFixed(1)}x`, busyCell(p.busyMs), x(ratio(busyOr(p.busyMs, p.scanMs), p.floorMs)),
        ms(p.cold.scanMs), `${ratio(p.cold.scanMs, p.floorMs).toFixed(1)}x`, busyCell(p.cold.busyMs), markCell(p),
        mark ? `${mark.lowerBound ? '>' : ''}${mark.value.toFixed(1)}x` : '-', String(p.findings), String(p.marks)];
    }),
  ]);
  const detail = table([
    ['page', 'start-up ms', 'cold: start-up', 'paint ms', 'after nav. ms', 'after nav. busy', 'longest slice', 'cold: slice', 'longtask (n), w/o render', 'cold: longtask', 'start-up longtask'],
    ...r.pages.map((p) => [p.name, ms(p.startupMs), ms(p.cold.startupMs), ms(p.paintMs), ms(p.navScanMs), busyCell(p.navBusyMs), slice(p), slice(p.cold),
      longtask(p), longtask(p.cold), p.startupLongTaskMs || p.cold.startupLongTaskMs ? ms(Math.max(p.startupLongTaskMs, p.cold.startupLongTaskMs)) : 'none']),
  ]);
  const stopped = r.pages.map((p) => `${p.name} ${p.cold.workerStopped}/${p.runs}`).join(', ');
  const running = r.pages.map((p) => `${p.name} ${p.workerRunning}/${p.runs}`).join(', ');
  const rescans = r.pages.filter((p) => p.rescanMs !== undefined).map((p) =>
    `Incremental rescan, one paragraph appended to the ${p.name} page (warm): ${ms(p.rescanMs)} ms from its start until its highlights ` +
    `were registered, ${busyCell(p.rescanBusyMs ?? NaN)} ms of it on the main thread, the scanner's longestTaskMs ${ms(p.rescanLongestMs)} ms (${p.rescanFindingsAdded} findings added); ` +
    `a second paragraph after it: ${busyCell(p.rescanAgainBusyMs ?? NaN)} ms on the main thread (the rescan's code run once already)`);
  const phases = r.pages.flatMap((p) => [`${p.name} scan result (medians):`, ...phaseLine('warm worker', p.scanResult), ...phaseLine('cold worker', p.cold.scanResult)]);
  const sizes = table([
    ['built file', 'minified', 'gzip', 'files'],
    ...(
      [
        ['content (every page)', r.sizes.content],
        ['content on demand (card, flags)', r.sizes.contentOnDemand],
        ['background', r.sizes.background],
        ['popup', r.sizes.popup],
      ] as const
    ).map(([name, size]) => [name, kb(size.bytes), kb(size.gzip), name.startsWith('content') ? size.files.join(' ') : '']),
  ]);
  const checks = targets(r).map((t) => `${verdict(t)}  ${t.name}: ${t.value}`);
  return [
    `ClinicCheck benchmark, ${r.date}, ${r.browser}, measuring ${r.scanner}; mark.js given ${r.phrases} phrases`,
    `Machine: ${r.load.cpus} CPUs, load average ${r.load.start.toFixed(1)} at start, ${r.load.end.toFixed(1)} at end` +
      (Math.max(r.load.start, r.load.end) > r.load.cpus ? ' (busy: timings are inflated; compare ratios, or rerun on an idle machine)' : ''),
    'Medians of fresh page loads with the extension loaded; the figures come from the content script\'s own marks.',
    '"scan ms": the scanner\'s durationMs, from the scan\'s start until its highlights are registered, on a page loaded while the',
    `  extension's service worker runs (warm; running at load in ${running} runs). "cold:" the same page loaded just after every`,
    `  service worker was stopped (stop confirmed in ${stopped} runs). The floor and mark.js run in the page's main world with scanning off;`,
    '  "isolated floor": the same walk in an isolated world of its own, as a content script runs (its DOM wrappers are its own);',
    '"busy ms": the scanner\'s busyMs, its main-thread time (its slices and its handling of the background\'s replies added up, without',
    '  the pauses and the waits); "mark/scan": mark.js\'s time (all on the main thread) over scan ms;',
    '"start-up ms": from the content script\'s start to the scan\'s start (settings read, the scanning bundle\'s import, the wait for the page\'s next frame);',
    '"paint ms": from the scan\'s end to the next rendered frame, as the page saw it; "after nav. ms": a full scan of the warm',
    '  page again after an in-page navigation (history.pushState): the scanner\'s code warm too, not a target; "after nav. busy": its',
    '  main-thread time (against "busy ms", what the first scan pays for running in the page for the first time);',
    '"longest slice": the scanner\'s longestTaskMs (median, and worst run); "longtask": the longest PerformanceObserver',
    '  longtask (>= 50 ms, any script on the main thread) from the scan\'s start to its painted frame, in any run (how many in one run),',
    '  then the longest one less the browser\'s rendering in it (long-animation-frame renderStart on): script, GC, messaging',
    '  ("n unframed": longtasks no long animation frame covers, so what filled them is unknown);',
    '"start-up longtask": the longest between the content script\'s start and the scan\'s start.',
    '',
    speed,
    '',
    detail,
    '',
    ...rescans,
    ...phases,
    `Popup: heading in the DOM after ${ms(r.popup.headingMs)} ms, first contentful paint ${ms(r.popup.fcpMs)} ms (from navigation start)`,
    '',
    sizes,
    `Production build: ${r.benchMarksInProduction.length ? `BENCH CODE FOUND: ${r.benchMarksInProduction.join(', ')}` : 'no bench marks in the content script'}`,
    '',
    'Targets (warm worker; the cold-worker figure beside). Scan targets are judged on the page\'s main-thread time ("page": busy ms,',
    '  what the scanner costs the page while detection runs in the background) and on the wall time until the highlights are up ("wall"):',
    ...checks,
    '',
    JSON.stringify({ ...r, targets: targets(r) }),
  ].join('\n');
}
