import { expect, test } from 'vitest';
import { runBench } from '../bench/bench.ts';
import { formatReport } from '../bench/report.ts';
import { EXTENSION_DIR } from './browser.ts';

// The benchmark is not a timed test; this runs its whole code path once on the
// 10 KB page so `npm run bench` cannot rot, and checks every figure is there.
test('the benchmark produces every figure on the small page', async () => {
  const result = await runBench({
    plans: [{ name: '10KB', chars: 10_000, runs: 1, markRuns: 1, markTimeoutMs: 30_000, rescan: true }],
    popupRuns: 1,
    extensionDir: EXTENSION_DIR,
    profile: { name: '10KB', chars: 10_000 },
  });
  const [page] = result.pages;
  for (const figure of [page!.floorMs, page!.startupMs, page!.scanMs, page!.busyMs, page!.paintMs, page!.warmScanMs, page!.longestSliceMs, page!.longestLongTaskMs, page!.markMs, page!.rescanMs, page!.rescanBusyMs,
    result.popup.headingMs, result.popup.fcpMs]) {
    expect(figure).toBeTypeOf('number');
    expect(Number.isFinite(figure)).toBe(true);
  }
  expect(page!.textChars).toBeGreaterThan(9_000);
  expect(page!.findings).toBeGreaterThan(0);
  expect(page!.marks).toBeGreaterThan(0);
  expect(page!.rescanFindingsAdded).toBeGreaterThan(0);
  expect(result.profile!.phases.detect).toBeGreaterThan(0);
  expect(result.sizes.content.bytes).toBeGreaterThan(0);
  expect(result.sizes.background.bytes).toBeGreaterThan(0);
  expect(result.sizes.popup.files).toContain('popup.html');

  const report = formatReport(result).split('\n');
  expect(report.some((line) => /^10KB\s/.test(line))).toBe(true);
  const json = JSON.parse(report.at(-1)!);
  expect(json.pages[0].scanMs).toBe(page!.scanMs);
  expect(json.targets.map((t: { name: string }) => t.name)).toContain('10 KB full scan < 5 ms');
}, 180_000);
