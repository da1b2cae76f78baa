/**
 * `npm run bench`: builds the extension twice (a production build into
 * .output-bench-prod for the sizes and the popup, a bench build into
 * .output-bench whose content script marks its scans), benchmarks the real
 * extension's scan against the floor and mark.js on 10 KB, 1 MB and 5 MB
 * pages in headless Chromium, and prints a table, the targets and one JSON line.
 * Progress goes to stderr, so `npm run --silent bench | tail -1` is the JSON.
 */
import { runBench } from './bench.ts';
import { buildExtension } from './extension.ts';
import type { SizePlan } from './measure.ts';
import { formatReport } from './report.ts';

const PLANS: SizePlan[] = [
  // The rescan on 10 KB too: next to 1 MB's it shows whether its cost follows the page's size.
  // More runs where a run is cheap: on this scale (a few ms) one page load's noise is most of the figure.
  { name: '10KB', chars: 10_000, runs: 15, markRuns: 7, markTimeoutMs: 60_000, rescan: true },
  { name: '1MB', chars: 1_000_000, runs: 9, markRuns: 3, markTimeoutMs: 120_000, rescan: true },
  { name: '5MB', chars: 5_000_000, runs: 3, markRuns: 1, markTimeoutMs: 120_000 },
];

const log = (line: string) => process.stderr.write(line + '\n');
log('building the extension into .output-bench-prod (production) and .output-bench (bench marks)');
const extensionDir = buildExtension('.output-bench-prod');
const benchExtensionDir = buildExtension('.output-bench', { bench: true });
const result = await runBench({ plans: PLANS, popupRuns: 7, extensionDir, benchExtensionDir }, log);
process.stdout.write(formatReport(result) + '\n');
