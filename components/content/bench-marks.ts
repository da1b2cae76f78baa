/**
 * Benchmark marks. In a bench build only (`WXT_CLINICCHECK_BENCH=1 npx wxt
 * build`, tests/bench/extension.ts), the content script leaves its start and
 * each scan's figures on the page's performance timeline, which it shares
 * with the page: `npm run bench` reads them from the page's own scripts
 * (`performance.getEntriesByName('cliniccheck:scan')[0].detail`). In any
 * other build the flag is a constant false, these functions are empty and
 * the minifier drops their bodies; the bench checks that a production build
 * holds none of the mark names.
 */
import type { ScanResult } from './scanner.ts';

const BENCH = import.meta.env.WXT_CLINICCHECK_BENCH === '1';

/** A full scan ('scan') or a rescan of changed blocks ('rescan') has painted its highlights. */
export function markScan(kind: 'scan' | 'rescan', result: ScanResult): void {
  if (BENCH) performance.mark(`cliniccheck:${kind}`, { detail: result });
}

/**
 * Marks the scan or rescan once it resolves. The caller's call stays the
 * same in every build: here `markWhenDone('scan', scanner.scanAll())`
 * minifies to `scanner.scanAll()` in a production build, without a leftover
 * `.then()`.
 */
export function markWhenDone(kind: 'scan' | 'rescan', scan: Promise<ScanResult>): void {
  if (BENCH) void scan.then((result) => markScan(kind, result));
}

/** The content script's main() has started (before the settings read and the scanning bundle's import). */
export function markStart(): void {
  if (BENCH) performance.mark('cliniccheck:start');
}
