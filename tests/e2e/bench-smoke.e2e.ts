import { expect, test } from 'vitest';
import { runBench } from '../bench/bench.ts';
import { benchMarksIn, buildExtension } from '../bench/extension.ts';
import { formatReport } from '../bench/report.ts';
import { EXTENSION_DIR } from './browser.ts';

// The benchmark is not a timed test; this runs its whole code path once on the
// 10 KB page so `npm run bench` cannot rot, and checks every figure is there.
// EXTENSION_DIR is the production build global-setup made; the bench build
// (content script marks) goes beside it, so parallel runs and npm run bench
// (.output-bench) do not share one.
test('the benchmark produces every figure on the small page', async () => {
  const benchExtensionDir = buildExtension(`${process.env.CLINICCHECK_OUT_DIR ?? '.output'}-bench-smoke`, { bench: true });
  const result = await runBench({
    plans: [{ name: '10KB', chars: 10_000, runs: 1, markRuns: 1, markTimeoutMs: 30_000, rescan: true }],
    popupRuns: 1,
    extensionDir: EXTENSION_DIR,
    benchExtensionDir,
  });
  const [page] = result.pages;
  for (const figure of [page!.floorMs, page!.isolatedFloorMs, page!.startupMs, page!.scanMs, page!.busyMs, page!.paintMs, page!.navScanMs, page!.navBusyMs, page!.longestSliceMs, page!.longestLongTaskMs, page!.longestNonRenderMs,
    page!.startupLongTaskMs, page!.cold.startupMs, page!.cold.scanMs, page!.cold.longestSliceMs, page!.markMs, page!.rescanMs, page!.rescanBusyMs, page!.rescanLongestMs, page!.rescanAgainBusyMs,
    result.popup.headingMs, result.popup.fcpMs]) {
    expect(figure).toBeTypeOf('number');
    expect(Number.isFinite(figure)).toBe(true);
  }
  expect(page!.textChars).toBeGreaterThan(9_000);
  expect(page!.findings).toBeGreaterThan(0);
  expect(page!.cold.findings).toBe(page!.findings);
  expect(page!.marks).toBeGreaterThan(0);
  expect(page!.rescanFindingsAdded).toBeGreaterThan(0);
  // The service worker was stopped before the cold load and ran for the warm one.
  expect(page!.cold.workerStopped).toBe(1);
  expect(page!.workerRunning).toBe(1);
  // The scanner's own result reaches the bench (its phases, whatever their names).
  expect(page!.scanResult!.durationMs).toBe(page!.scanMs);
  expect(Object.keys(page!.scanResult!).some((k) => k.startsWith('phases.'))).toBe(true);
  expect(result.sizes.content.bytes).toBeGreaterThan(0);
  expect(result.sizes.background.bytes).toBeGreaterThan(0);
  expect(result.sizes.popup.files).toContain('popup.html');
  // The production build carries no bench code; the bench build does.
  expect(result.benchMarksInProduction).toEqual([]);
  expect(benchMarksIn(benchExtensionDir)).toContain('cliniccheck:start');

  const report = formatReport(result).split('\n');
  expect(report.some((line) => /^10KB\s/.test(line))).toBe(true);
  const json = JSON.parse(report.at(-1)!);
  expect(json.pages[0].scanMs).toBe(page!.scanMs);
  expect(json.targets.map((t: { name: string }) => t.name)).toContain('10 KB full scan < 5 ms');
}, 180_000);
