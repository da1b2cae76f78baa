import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ScanResult } from './scanner.ts';

const result: ScanResult = { findings: 3, active: 2, runs: 4, chars: 120, durationMs: 5.5, longestTaskMs: 2.5, busyMs: 4 };

/** The module fresh, so its build flag is read under the env of the test. */
async function marks(bench: string | undefined) {
  vi.resetModules();
  if (bench !== undefined) vi.stubEnv('WXT_CLINICCHECK_BENCH', bench);
  return import('./bench-marks.ts');
}

describe('bench marks', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    performance.clearMarks();
  });

  test('a bench build marks the start and each scan with its result as detail', async () => {
    const { markStart, markWhenDone } = await marks('1');
    markStart();
    markWhenDone('scan', Promise.resolve(result));
    markWhenDone('rescan', Promise.resolve({ ...result, findings: 4 }));
    await new Promise((ok) => setTimeout(ok, 0));
    expect(performance.getEntriesByName('cliniccheck:start')).toHaveLength(1);
    expect((performance.getEntriesByName('cliniccheck:scan')[0] as PerformanceMark).detail).toEqual(result);
    expect((performance.getEntriesByName('cliniccheck:rescan')[0] as PerformanceMark).detail.findings).toBe(4);
  });

  test.each([undefined, '', '0'])('any other build (flag %j) marks nothing', async (flag) => {
    const { markStart, markWhenDone, markScan } = await marks(flag);
    markStart();
    markScan('scan', result);
    markWhenDone('scan', Promise.resolve(result));
    await new Promise((ok) => setTimeout(ok, 0));
    expect(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('cliniccheck:'))).toEqual([]);
  });
});
