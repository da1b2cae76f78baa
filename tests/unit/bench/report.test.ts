import { expect, test } from 'vitest';
import type { SizeResult } from '../../bench/measure.ts';
import { targets, verdict, type BenchResult } from '../../bench/report.ts';

/** A page's figures: warm and cold alike, only what the targets read. */
function size(name: string, scanMs: number, busyMs: number, extra: Partial<SizeResult> = {}): SizeResult {
  const figures = { scanMs, busyMs, worstSliceMs: 10, longestLongTaskMs: 0 };
  return { name, floorMs: 10, markMs: 20_000, markTimedOut: 0, longestNonRenderMs: 0, ...figures, cold: figures, ...extra } as unknown as SizeResult;
}

const result = (pages: SizeResult[]) =>
  ({ pages, sizes: { content: { bytes: 30_000 } } }) as unknown as BenchResult;

test('scan targets are judged on main-thread time and on wall time, and pass only when both are met', () => {
  const all = targets(result([size('10KB', 20, 4), size('1MB', 300, 35, { rescanMs: 4, rescanBusyMs: 1.5, rescanLongestMs: 1 })]));
  const byName = Object.fromEntries(all.map((t) => [t.name, t]));
  // 1 MB: 35 ms of main-thread time is 3.5x the floor, 300 ms of wall time 30x.
  expect(byName['1 MB full scan <= 4x floor']).toMatchObject({ page: true, wall: false, pass: false });
  expect(byName['1 MB mark.js >= 100x ClinicCheck']).toMatchObject({ page: true, wall: false });
  expect(byName['1 MB incremental rescan <= 2 ms']).toMatchObject({ page: true, wall: false });
  expect(byName['10 KB full scan < 5 ms']).toMatchObject({ page: true, wall: false });
  expect(byName['content script <= 60 KB minified (every page)']).toMatchObject({ page: true, wall: true, pass: true });
  expect(verdict(byName['10 KB full scan < 5 ms']!).trim()).toBe('page pass, wall MISS');
  expect(verdict(byName['content script <= 60 KB minified (every page)']!).trim()).toBe('pass');
});

test('a scan that reported no main-thread time is judged on its wall time both ways', () => {
  const [floor] = targets(result([size('1MB', 30, Number.NaN)]));
  expect(floor).toMatchObject({ name: '1 MB full scan <= 4x floor', page: true, wall: true, pass: true });
});
