/**
 * Turns the benchmark's results into the printed table, the targets of the
 * benchmarks issue with pass/miss, and one JSON line for tracking.
 */
import type { BuiltSizes } from './extension.ts';
import type { SizeResult } from './measure.ts';

export interface BenchResult {
  date: string;
  browser: string;
  /** Load averages (1 min) at the start and end: timings on a busy machine are inflated. */
  load: { start: number; end: number; cpus: number };
  /** What was measured (components/content/scanner.ts). */
  scanner: string;
  phrases: number;
  pages: SizeResult[];
  sizes: BuiltSizes;
  popup: { headingMs: number; fcpMs: number };
  /**
   * One full scan under the CPU profiler (so slower than the timed runs):
   * inclusive ms per phase and self ms per source file.
   */
  profile?: { page: string; scanMs: number; phases: Record<string, number>; selfByFile: Record<string, number> };
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

export function targets(r: BenchResult): Target[] {
  const mb = r.pages.find((p) => p.name === '1MB');
  const small = r.pages.find((p) => p.name === '10KB');
  const out: Target[] = [];
  if (mb) {
    const floor = ratio(mb.scanMs, mb.floorMs);
    out.push({ name: '1 MB full scan <= 4x floor', value: `${floor.toFixed(1)}x`, pass: floor <= 4 });
    const mark = markRatio(mb);
    if (mark) {
      out.push({ name: '1 MB mark.js >= 100x ClinicCheck', value: `${mark.lowerBound ? '>' : ''}${mark.value.toFixed(1)}x`, pass: mark.value >= 100 });
    }
    // The scanner's own cost: the wall time also holds the frame the browser renders while the rescan yields.
    if (mb.rescanBusyMs !== undefined) {
      out.push({ name: '1 MB incremental rescan <= 2 ms (main-thread time)', value: `${ms(mb.rescanBusyMs)} ms (wall ${ms(mb.rescanMs)} ms)`, pass: mb.rescanBusyMs <= 2 });
    }
  }
  const worst = Math.max(...r.pages.map((p) => Math.max(p.worstSliceMs, p.longestLongTaskMs)));
  out.push({ name: 'no task > 50 ms while scanning (slices and longtasks, all pages)', value: `${ms(worst)} ms`, pass: worst <= 50 });
  if (small) out.push({ name: '10 KB full scan < 5 ms', value: `${ms(small.scanMs)} ms`, pass: small.scanMs < 5 });
  // What every page loads; the on-demand UI is listed apart in the sizes table.
  out.push({ name: 'content script <= 60 KB minified (every page)', value: kb(r.sizes.content.bytes), pass: r.sizes.content.bytes <= 60 * 1024 });
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The human-readable report, ending with the JSON line. */
export function formatReport(r: BenchResult): string {
  const pages = table([
    ['page', 'text', 'floor ms', 'start-up ms', 'ClinicCheck ms', 'CC/floor', 'CC busy ms', 'paint ms', 'warm scan ms', 'mark.js ms', 'mark/CC', 'longest slice', 'longtask', 'findings', 'marks'],
    ...r.pages.map((p) => {
      const mark = markRatio(p);
      return [p.name, kb(p.textChars), ms(p.floorMs), ms(p.startupMs), ms(p.scanMs), `${ratio(p.scanMs, p.floorMs).toFixed(1)}x`,
        `${ms(p.busyMs)} (${p.slices} sl.)`, ms(p.paintMs), ms(p.warmScanMs), markCell(p),
        mark ? `${mark.lowerBound ? '>' : ''}${mark.value.toFixed(1)}x` : '-', `${ms(p.longestSliceMs)} (max ${ms(p.worstSliceMs)})`,
        p.longTasks ? `${ms(p.longestLongTaskMs)} (${p.longTasks})` : 'none', String(p.findings), String(p.marks)];
    }),
  ]);
  const rescans = r.pages.filter((p) => p.rescanMs !== undefined).map((p) =>
    `Incremental rescan, one paragraph appended to the ${p.name} page: ${ms(p.rescanMs)} ms from append to done, ` +
    `${ms(p.rescanBusyMs)} ms of it on the main thread in ${p.rescanSlices} slice(s) (${p.rescanFindingsAdded} findings added)`);
  const phases = r.pages.filter((p) => p.scanResult).map((p) =>
    `${p.name} scanAll() result (medians): ${Object.entries(p.scanResult!).map(([k, v]) => `${k}=${v}`).join(', ')}`);
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
    'Medians of fresh-page runs. "start-up ms" is evaluating the scanner, lexicon and engine (compilation included) in a fresh page;',
    '"ClinicCheck ms" is scanAll() start to end; "CC busy ms" is the main-thread time inside it (sum of its slices);',
    '"paint ms" is from the end of the scan to the next rendered frame (the browser styling and painting the highlights);',
    '"longest slice" is the longest stretch between the scanner\'s yields (median, and worst run);',
    '"longtask" is the longest PerformanceObserver longtask (>= 50 ms) in any run;',
    '"warm scan ms" is a second full scan of the same page, its code optimised by then: not a target (every page starts',
    '  the content script cold), but the gap to "ClinicCheck ms" is what cold code costs.',
    '',
    pages,
    '',
    ...rescans,
    ...phases,
    ...(r.profile
      ? [
          `Profiled full scan of the ${r.profile.page} page (${ms(r.profile.scanMs)} ms under the profiler), inclusive ms per phase: ` +
            Object.entries(r.profile.phases).map(([k, v]) => `${k} ${ms(v)}`).join(', '),
          `  self ms by source: ${Object.entries(r.profile.selfByFile).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`,
        ]
      : []),
    `Popup: heading in the DOM after ${ms(r.popup.headingMs)} ms, first contentful paint ${ms(r.popup.fcpMs)} ms (from navigation start)`,
    '',
    sizes,
    '',
    'Targets:',
    ...checks,
    '',
    JSON.stringify({ ...r, targets: targets(r) }),
  ].join('\n');
}
