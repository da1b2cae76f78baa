/**
 * A full scan (scanner.ts `scanAll`): reads every run of the page and sends
 * the text as it goes, in texts of about BATCH_CHARS (and whenever the scan
 * yields), so the background prepares each one while the page reads on;
 * then asks for the decisions, which the background makes under the page's
 * signals (added up from every text), and keeps those signals for rescans.
 * The findings replace the last scan's and are painted in document order.
 */
import { readRuns } from './blocks.ts';
import { BATCH_CHARS, addRun, newBatch, placeAll, type Batch, type PageFinding } from './detect-runs.ts';
import type { ScanContext } from './scan-context.ts';
import { phaseClock } from './scan-phases.ts';
import type { ScanResult } from './scanner-types.ts';
import type { Slicer } from './slicer.ts';

export async function fullScan(ctx: ScanContext, slicer: Slicer): Promise<ScanResult> {
  const { detector, list, renderer } = ctx;
  const clock = phaseClock(slicer);
  detector.begin();
  const batches: Batch[] = [];
  let batch = newBatch();
  const send = () => {
    if (!batch.runs.length) return;
    detector.prepare({ text: batch.text, blocks: batch.blocks });
    batches.push(batch);
    batch = newBatch();
  };
  let runs = 0;
  let chars = 0;
  for (const run of readRuns(ctx.root)) {
    addRun(batch, run);
    runs++;
    chars += run.text.length;
    if (batch.text.length >= BATCH_CHARS) send();
    // The clock every 8th run or long run (8 runs of at most 1,000 characters take well under a ms to read):
    // a clock read costs ~0.3 µs, and a 1 MB page has 4,800 runs.
    if (((runs & 7) === 0 || run.text.length > 1_000) && slicer.due()) {
      send();
      await slicer.pause();
    }
  }
  send();
  const answer = detector.decide();
  clock.lap();
  const decided = await ctx.waitFor(answer, slicer);
  clock.lap();
  if (!decided) return ctx.stats(slicer, runs, chars);
  ctx.signals = decided.signals;
  const next = await placeAll(batches, decided.found, slicer);
  clock.lap();
  for (const entry of ctx.entries.values()) entry.findings.forEach(ctx.unpaint);
  ctx.entries = next.entries;
  list.reset(next.findings);
  renderer.expect?.(list.activeCount());
  await paintAll(ctx, next.findings, slicer);
  renderer.flush?.();
  clock.lap();
  ctx.changed();
  clock.lap();
  return { ...ctx.stats(slicer, runs, chars), phases: clock.phases(batches.length, decided.workMs) };
}

/** Paints findings, pausing when the slice is used. */
async function paintAll(ctx: ScanContext, findings: readonly PageFinding[], slicer: Slicer) {
  for (let i = 0; i < findings.length; i++) {
    ctx.paint(findings[i]!);
    if ((i & 63) === 63 && slicer.due()) await slicer.pause();
  }
}
