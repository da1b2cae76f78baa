/**
 * The figures of one scan, read from what the page recorded (the content
 * script's bench marks and the longtasks, tests/bench/bench-browser.ts), and
 * their medians over runs.
 */
import type { Observed } from './bench-browser.ts';
import { median, medianFields, round } from './stats.ts';

/** One full scan by the content script, from its marks (ms). */
export interface ScanRun {
  /** From the content script's start (main()) to the scan's start: settings read, the scanning bundle's import, the wait for the page's next frame. */
  startupMs: number;
  /** The scanner's durationMs: scan start until its highlights are registered. */
  scanMs: number;
  /** The scanner's busyMs, its main-thread time (its slices and its handling of the background's replies, without the pauses and the waits); NaN if not reported. */
  busyMs: number;
  /** The scanner's longestTaskMs: longest main-thread stretch between its yields. */
  longestSliceMs: number;
  /** From the scan's end to the next rendered frame (the browser styling and painting the highlights; approximate). */
  paintMs: number;
  /** Longest longtask overlapping the scan (start to painted frame), 0 if none, and how many. */
  longestLongTaskMs: number;
  longTasks: number;
  /**
   * The same without the browser's rendering: each longtask less the part of
   * it in a long animation frame's rendering phase (style, layout, paint),
   * so what is left is script, garbage collection and messaging.
   */
  longestNonRenderMs: number;
  /**
   * Longtasks in the scan that no long animation frame covers, so nothing
   * tells what filled them (no rendering; script of the page's or ours, or
   * garbage collection): they are left out of longestNonRenderMs.
   */
  unframedLongTasks: number;
  /** Longest longtask between the content script's start and the scan's start. */
  startupLongTaskMs: number;
  findings: number;
  /** The scanner's whole result (phases included). */
  result: unknown;
}

/**
 * A set of scan runs in the figures of one (see ScanRun): medians, except
 * the longtask figures (longest*, longTasks, unframedLongTasks,
 * startupLongTaskMs), which are the worst run's; plus the worst run's slice,
 * and the medians of every number the scanner's result holds (phases
 * included, whatever their names).
 */
export interface ScanFigures extends Omit<ScanRun, 'result'> {
  worstSliceMs: number;
  scanResult?: Record<string, number>;
}

interface Detail {
  durationMs: number;
  busyMs?: number;
  longestTaskMs: number;
  findings: number;
}

/** How much of [from, to] falls in a long animation frame's rendering phase. */
function renderingIn(obs: Observed, from: number, to: number): number {
  let ms = 0;
  for (const [start, duration, renderStart] of obs.frames ?? []) {
    if (renderStart > 0) ms += Math.max(0, Math.min(to, start + duration) - Math.max(from, renderStart));
  }
  return ms;
}

/** The figures of the `index`-th full scan the page recorded. */
export function scanRun(obs: Observed, index = 0, kind = 'cliniccheck:scan'): ScanRun {
  const start = obs.marks.find((m) => m.name === 'cliniccheck:start');
  const mark = obs.marks.filter((m) => m.name === kind)[index];
  if (!start || !mark) throw new Error(`the page recorded no ${start ? kind : 'cliniccheck:start'} mark (is this a bench build?)`);
  const d = mark.detail as Detail;
  const scanStart = mark.at - d.durationMs;
  const end = mark.frameAt ?? mark.at;
  const overlapping = (from: number, to: number) => obs.longtasks.filter(([t, ms]) => t < to && t + ms > from);
  const within = (from: number, to: number) => overlapping(from, to).map(([, ms]) => ms);
  const tasks = within(scanStart, end);
  const framed = overlapping(scanStart, end).filter(([t, ms]) => (obs.frames ?? []).some(([f, d]) => f < t + ms && f + d > t));
  const nonRender = framed.map(([t, ms]) => ms - renderingIn(obs, t, t + ms));
  return {
    startupMs: scanStart - start.at,
    scanMs: d.durationMs,
    busyMs: typeof d.busyMs === 'number' ? d.busyMs : NaN,
    longestSliceMs: d.longestTaskMs,
    paintMs: end - mark.at,
    longestLongTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    longestNonRenderMs: Math.max(0, ...nonRender),
    unframedLongTasks: tasks.length - framed.length,
    startupLongTaskMs: Math.max(0, ...within(start.at, scanStart)),
    findings: d.findings,
    result: d,
  };
}

export function figures(runs: ScanRun[]): ScanFigures {
  const mid = (pick: (r: ScanRun) => number) => round(median(runs.map(pick)));
  return {
    startupMs: mid((r) => r.startupMs),
    scanMs: mid((r) => r.scanMs),
    busyMs: mid((r) => r.busyMs),
    paintMs: mid((r) => r.paintMs),
    longestSliceMs: mid((r) => r.longestSliceMs),
    worstSliceMs: round(Math.max(...runs.map((r) => r.longestSliceMs))),
    longestLongTaskMs: round(Math.max(...runs.map((r) => r.longestLongTaskMs))),
    longTasks: Math.max(...runs.map((r) => r.longTasks)),
    longestNonRenderMs: round(Math.max(...runs.map((r) => r.longestNonRenderMs))),
    unframedLongTasks: Math.max(...runs.map((r) => r.unframedLongTasks)),
    startupLongTaskMs: round(Math.max(...runs.map((r) => r.startupLongTaskMs))),
    findings: runs[0]!.findings,
    scanResult: medianFields(runs.map((r) => r.result)),
  };
}

