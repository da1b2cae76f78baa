/**
 * A rescan (scanner.ts `rescan`) costs what changed: the blocks holding the
 * changed nodes (rescan-plan.ts) are read again, those whose runs differ
 * are detected under the signals kept from the full scan (so a block gets
 * the answer it would get in a scan of the whole page), and their findings
 * are merged into the document-ordered list in place of the old ones.
 */
import type { Finding } from '../../lib/detect/types.ts';
import { hidesInline, readRuns, renderedHidden, type TextRun } from './blocks.ts';
import { BATCH_CHARS, batchesOf, placeAll, sameRuns, type Entry, type PageFinding } from './detect-runs.ts';
import { changedBlocks } from './rescan-plan.ts';
import type { ScanContext } from './scan-context.ts';
import type { ScanResult } from './scanner-types.ts';
import type { Slicer } from './slicer.ts';

export async function rescanChanges(ctx: ScanContext, nodes: Node[], slicer: Slicer): Promise<ScanResult> {
  const { entries } = ctx;
  const plan = changedBlocks(nodes, ctx.root, entries);
  const runs = await readAll(plan.roots, slicer);
  const fresh = new Map<Element, TextRun[]>();
  for (const run of runs) fresh.set(run.owner, [...(fresh.get(run.owner) ?? []), run]);
  const toDetect = runs.filter((run) => !keeps(entries.get(run.owner), fresh.get(run.owner)!));
  const batches = batchesOf(toDetect, BATCH_CHARS);
  let found: Finding[][] = [];
  if (batches.length) {
    const decided = await ctx.waitFor(ctx.detector.detect(batches.map(({ text, blocks }) => ({ text, blocks })), ctx.signals), slicer);
    if (!decided) return ctx.stats(slicer, runs.length, 0);
    ctx.signals ??= decided.signals;
    found = decided.found;
  }
  const placed = await placeAll(batches, found, slicer);
  const removed = new Set<PageFinding>();
  for (const owner of plan.stale) {
    if (fresh.has(owner) && !placed.entries.has(owner)) continue; // read again, unchanged
    for (const f of entries.get(owner)!.findings) {
      ctx.unpaint(f);
      removed.add(f);
    }
    entries.delete(owner);
  }
  for (const [owner, entry] of placed.entries) entries.set(owner, entry);
  ctx.list.update(removed, placed.findings);
  placed.findings.forEach(ctx.paint);
  ctx.renderer.flush?.();
  if (removed.size || placed.findings.length || plan.stale.size) ctx.changed();
  return ctx.stats(slicer, runs.length, toDetect.reduce((n, r) => n + r.text.length, 0));
}

/**
 * Whether a block read again keeps what the last scan found in it: the same
 * runs in the same nodes, hidden or shown as it was then. An accordion opened
 * or closed by a class or style change reads the same, yet its claims must
 * then be shown or dropped; so must those in a "read more" span inside it.
 * Only the blocks where that changes something (they had findings, or had
 * them dropped as hidden) are asked about their style, and those that hide
 * some of their inline content now (place.ts) are placed again.
 */
function keeps(old: Entry | undefined, runs: TextRun[]): boolean {
  if (!old || !sameRuns(old.runs, runs)) return false;
  if (!old.hidden && !old.findings.length) return true;
  const owner = runs[0]!.owner;
  if (hidesInline(owner)) return false;
  return !!old.hidden === renderedHidden(owner);
}

/** The runs under `roots`, pausing when the slice is used. */
async function readAll(roots: Element[], slicer: Slicer): Promise<TextRun[]> {
  const runs: TextRun[] = [];
  for (const r of roots) {
    for (const run of readRuns(r)) {
      runs.push(run);
      if (slicer.due()) await slicer.pause();
    }
  }
  return runs;
}
