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

export interface Target {
  name: string;
  value: string;
  pass: boolean;
}

const ms = (v: number | null | undefined) => (v == null ? '-' : v < 10 ? v.toFixed(3) : v.toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);

/** mark.js time, or the timeout as a lower bound ("timeout >60s"). */
function markCell(p: SizeResult): string {
  if (p.markMs != null) return ms(p.markMs) + (p.markTimedOut ? ` (+${p.markTimedOut} timeout)` : '');
  return p.markRuns + p.markTimedOut === 0 ? 'not run' : `timeout >${p.markTimeoutMs / 1000}s`;
}

/** mark.js / ClinicCheck; a timeout gives a lower bound. */
export function markRatio(p: SizeResult): { value: number; lowerBound: boolean } | undefined {
  if (p.markMs != null) return { value: ratio(p.markMs, p.scanMs), lowerBound: false };
  if (p.markTimedOut) return { value: ratio(p.markTimeoutMs, p.scanMs), lowerBound: true };
  return undefined;
}

const cold = (warm: number, c: number, unit = 'ms') => `${unit === 'x' ? warm.toFixed(1) + 'x' : ms(warm) + ' ms'} (cold worker: ${unit === 'x' ? c.toFixed(1) + 'x' : ms(c) + ' ms'})`;

/** The issue's targets, on the warm-worker figures; the cold-worker figure is printed beside each scan target. */
export function targets(r: BenchResult): Target[] {
  const mb = r.pages.find((p) => p.name === '1MB');
  const small = r.pages.find((p) => p.name === '10KB');
  const out: Target[] = [];
  if (mb) {
    const floor = ratio(mb.scanMs, mb.floorMs);
    out.push({ name: '1 MB full scan <= 4x floor', value: cold(floor, ratio(mb.cold.scanMs, mb.floorMs), 'x'), pass: floor <= 4 });
    const mark = markRatio(mb);
    if (mark) {
      const coldMark = markRatio({ ...mb, scanMs: mb.cold.scanMs })!;
      out.push({ name: '1 MB mark.js >= 100x ClinicCheck', value: `${mark.lowerBound ? '>' : ''}${cold(mark.value, coldMark.value, 'x')}`, pass: mark.value >= 100 });
    }
    // The scanner's own cost, as before detection moved: its main-thread time; the wall time also holds the background's round trip.
    if (mb.rescanMs !== undefined) {
      const busy = Number.isFinite(mb.rescanBusyMs) ? mb.rescanBusyMs! : mb.rescanMs;
      out.push({ name: '1 MB incremental rescan <= 2 ms (main-thread time)', value: `${ms(busy)} ms (wall ${ms(mb.rescanMs)} ms, longestTaskMs ${ms(mb.rescanLongestMs)} ms)`, pass: busy <= 2 });
    }
  }
  const worst = (f: (p: SizeResult) => ScanFigures) => Math.max(...r.pages.map((p) => Math.max(f(p).worstSliceMs, f(p).longestLongTaskMs)));
  const worstWarm = worst((p) => p);
  const noRender = Math.max(...r.pages.map((p) => p.longestNonRenderMs));
  out.push({ name: 'no task > 50 ms while scanning (slices and longtasks, all pages)', value: `${cold(worstWarm, worst((p) => p.cold))}; longest longtask less its rendering ${ms(noRender)} ms`, pass: worstWarm <= 50 });
  if (small) out.push({ name: '10 KB full scan < 5 ms', value: cold(small.scanMs, small.cold.scanMs), pass: small.scanMs < 5 });
  // What every page loads; the on-demand UI is listed apart in the sizes table.
  out.push({ name: 'content script <= 60 KB minified (every page)', value: kb(r.sizes.content.bytes), pass: r.sizes.content.bytes <= 60 * 1024 });
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

const busyCell = (v: number) => (Number.isFinite(v) ? ms(v) : '-');
const longtask = (f: ScanFigures) => (f.longTasks ? `${ms(f.longestLongTaskMs)} (${f.longTasks}), ${ms(f.longestNonRenderMs)}` : 'none');
const slice = (f: ScanFigures) => `${ms(f.longestSliceMs)} (max ${ms(f.worstSliceMs)})`;
const phaseLine = (label: string, result?: Record<string, number>) =>
  result ? [`  ${label}: ${Object.entries(result).map(([k, v]) => `${k}=${v}`).join(', ')}`] : [];

/** The human-readable report, ending with the JSON line. */
export function formatReport(r: BenchResult): string {
  const speed = table([
    ['page', 'text', 'floor ms', 'scan ms', 'scan/floor', 'busy ms', 'cold: scan ms', 'cold: /floor', 'cold: busy', 'mark.js ms', 'mark/scan', 'findings', 'marks'],
    ...r.pages.map((p) => {
      const mark = markRatio(p);
      return [p.name, kb(p.textChars), ms(p.floorMs), ms(p.scanMs), `${ratio(p.scanMs, p.floorMs).toFixed(1)}x`, busyCell(p.busyMs),
        ms(p.cold.scanMs), `${ratio(p.cold.scanMs, p.floorMs).toFixed(1)}x`, busyCell(p.cold.busyMs), markCell(p),
        mark ? `${mark.lowerBound ? '>' : ''}${mark.value.toFixed(1)}x` : '-', String(p.findings), String(p.marks)];
    }),
  ]);
  const detail = table([
    ['page', 'start-up ms', 'cold: start-up', 'paint ms', 'after nav. ms', 'longest slice', 'cold: slice', 'longtask (n), w/o render', 'cold: longtask', 'start-up longtask'],
    ...r.pages.map((p) => [p.name, ms(p.startupMs), ms(p.cold.startupMs), ms(p.paintMs), ms(p.navScanMs), slice(p), slice(p.cold),
      longtask(p), longtask(p.cold), p.startupLongTaskMs || p.cold.startupLongTaskMs ? ms(Math.max(p.startupLongTaskMs, p.cold.startupLongTaskMs)) : 'none']),
  ]);
  const stopped = r.pages.map((p) => `${p.name} ${p.cold.workerStopped}/${p.runs}`).join(', ');
  const running = r.pages.map((p) => `${p.name} ${p.workerRunning}/${p.runs}`).join(', ');
  const rescans = r.pages.filter((p) => p.rescanMs !== undefined).map((p) =>
    `Incremental rescan, one paragraph appended to the ${p.name} page (warm): ${ms(p.rescanMs)} ms from its start until its highlights ` +
    `were registered, ${busyCell(p.rescanBusyMs ?? NaN)} ms of it on the main thread, the scanner's longestTaskMs ${ms(p.rescanLongestMs)} ms (${p.rescanFindingsAdded} findings added)`);
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
  const checks = targets(r).map((t) => `${t.pass ? 'pass' : 'MISS'}  ${t.name}: ${t.value}`);
  return [
    `ClinicCheck benchmark, ${r.date}, ${r.browser}, measuring ${r.scanner}; mark.js given ${r.phrases} phrases`,
    `Machine: ${r.load.cpus} CPUs, load average ${r.load.start.toFixed(1)} at start, ${r.load.end.toFixed(1)} at end` +
      (Math.max(r.load.start, r.load.end) > r.load.cpus ? ' (busy: timings are inflated; compare ratios, or rerun on an idle machine)' : ''),
    'Medians of fresh page loads with the extension loaded; the figures come from the content script\'s own marks.',
    '"scan ms": the scanner\'s durationMs, from the scan\'s start until its highlights are registered, on a page loaded while the',
    `  extension's service worker runs (warm; running at load in ${running} runs). "cold:" the same page loaded just after every`,
    `  service worker was stopped (stop confirmed in ${stopped} runs). The floor and mark.js run in the page's main world with scanning off.`,
    '"busy ms": the scanner\'s busyMs, its main-thread time (slices added up, without the pauses and the wait for the background);',
    '"start-up ms": from the content script\'s start to the scan\'s start (settings read, session module load);',
    '"paint ms": from the scan\'s end to the next rendered frame, as the page saw it; "after nav. ms": a full scan of the warm',
    '  page again after an in-page navigation (history.pushState): the scanner\'s code warm too, not a target;',
    '"longest slice": the scanner\'s longestTaskMs (median, and worst run); "longtask": the longest PerformanceObserver',
    '  longtask (>= 50 ms, any script on the main thread) from the scan\'s start to its painted frame, in any run (how many in one run),',
    '  then the longest one less the browser\'s rendering in it (long-animation-frame renderStart on): script, GC, messaging;',
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
    'Targets (warm worker; the cold-worker figure beside):',
    ...checks,
    '',
    JSON.stringify({ ...r, targets: targets(r) }),
  ].join('\n');
}
