/**
 * `npm run bench`: builds the extension into .output-bench, benchmarks the
 * scanner against the floor and mark.js on 10 KB, 1 MB and 5 MB pages in
 * headless Chromium, and prints a table, the targets and one JSON line.
 * Progress goes to stderr, so `npm run --silent bench | tail -1` is the JSON.
 */
import { runBench } from './bench.ts';
import { buildExtension } from './extension.ts';
import type { SizePlan } from './measure.ts';
import { formatReport } from './report.ts';

const PLANS: SizePlan[] = [
  { name: '10KB', chars: 10_000, runs: 7, markRuns: 7, markTimeoutMs: 60_000 },
  { name: '1MB', chars: 1_000_000, runs: 7, markRuns: 3, markTimeoutMs: 120_000, rescan: true },
  { name: '5MB', chars: 5_000_000, runs: 3, markRuns: 1, markTimeoutMs: 120_000 },
];

const log = (line: string) => process.stderr.write(line + '\n');
log('building the extension into .output-bench');
const extensionDir = buildExtension('.output-bench');
const result = await runBench({ plans: PLANS, popupRuns: 7, extensionDir, profile: { name: '1MB', chars: 1_000_000 } }, log);
process.stdout.write(formatReport(result) + '\n');
