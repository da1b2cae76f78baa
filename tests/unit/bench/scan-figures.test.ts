import { describe, expect, test } from 'vitest';
import type { Observed } from '../../bench/bench-browser.ts';
import { figures, scanRun } from '../../bench/scan-figures.ts';

const detail = (durationMs: number, extra = {}) => ({ findings: 7, active: 6, runs: 9, chars: 500, durationMs, longestTaskMs: 12, ...extra });

/** Content script start at 100; scan from 150 to 300 (durationMs 150), its frame rendered at 320. */
function observed(over: Partial<Observed> = {}): Observed {
  return {
    marks: [
      { name: 'cliniccheck:start', at: 100, detail: null, frameAt: 101 },
      { name: 'cliniccheck:scan', at: 300, detail: detail(150, { phases: { readMs: 40 } }), frameAt: 320 },
    ],
    longtasks: [],
    frames: [],
    ...over,
  };
}

describe('scanRun', () => {
  test('times come from the marks: start-up to the scan start, the scan, then its frame', () => {
    const run = scanRun(observed());
    expect(run).toMatchObject({ startupMs: 50, scanMs: 150, paintMs: 20, longestSliceMs: 12, findings: 7, longTasks: 0, longestLongTaskMs: 0 });
    expect(run.result).toMatchObject({ phases: { readMs: 40 } });
    // busyMs when the scanner reports it, else NaN (shown as '-').
    expect(run.busyMs).toBeNaN();
    const obs = observed();
    obs.marks[1]!.detail = detail(150, { busyMs: 33 });
    expect(scanRun(obs).busyMs).toBe(33);
  });

  test.each([
    ['before the content script started', [10, 60], 0, 0],
    ['in start-up', [90, 55], 0, 55],
    ['in the scan', [200, 70], 70, 0],
    ['across the scan start', [120, 60], 60, 60],
    ['after the frame', [330, 80], 0, 0],
  ])('a longtask %s', (_, task, inScan, inStartup) => {
    const run = scanRun(observed({ longtasks: [task as [number, number]] }));
    expect(run.longestLongTaskMs).toBe(inScan);
    expect(run.longTasks).toBe(inScan ? 1 : 0);
    expect(run.startupLongTaskMs).toBe(inStartup);
  });

  test("a longtask's rendering part (a long animation frame from renderStart on) is left out of longestNonRenderMs", () => {
    const longtasks: Array<[number, number]> = [[200, 70]];
    expect(scanRun(observed({ longtasks, frames: [[190, 100, 250]] })).longestNonRenderMs).toBe(50);
    // A frame that rendered nothing (renderStart 0) takes nothing off.
    expect(scanRun(observed({ longtasks, frames: [[190, 100, 0]] })).longestNonRenderMs).toBe(70);
    expect(scanRun(observed({ longtasks, frames: [[190, 100, 200]] })).longestNonRenderMs).toBe(0);
  });

  test('a longtask no long animation frame covers is counted apart, not taken for script', () => {
    const run = scanRun(observed({ longtasks: [[200, 70]], frames: [[280, 60, 300]] }));
    expect(run).toMatchObject({ longestLongTaskMs: 70, longTasks: 1, longestNonRenderMs: 0, unframedLongTasks: 1 });
    expect(scanRun(observed({ longtasks: [[200, 70]], frames: [[190, 100, 250]] })).unframedLongTasks).toBe(0);
  });

  test('the n-th mark of a kind, and a clear error when a mark is missing', () => {
    const obs = observed();
    obs.marks.push({ name: 'cliniccheck:scan', at: 900, detail: detail(20), frameAt: 905 });
    expect(scanRun(obs, 1).scanMs).toBe(20);
    expect(() => scanRun(obs, 0, 'cliniccheck:rescan')).toThrow(/no cliniccheck:rescan mark/);
    expect(() => scanRun(observed({ marks: [] }))).toThrow(/no cliniccheck:start mark .*bench build/);
  });
});

test('figures: medians, the worst slice and longtask of any run, and the result medians by field', () => {
  const runs = [150, 90, 120].map((ms, i) => ({ ...scanRun(observed()), scanMs: ms, longestSliceMs: 10 + i, longestLongTaskMs: i * 30, result: detail(ms) }));
  const f = figures(runs);
  expect(f).toMatchObject({ scanMs: 120, longestSliceMs: 11, worstSliceMs: 12, longestLongTaskMs: 60 });
  expect(f.scanResult).toMatchObject({ durationMs: 120, findings: 7 });
});
