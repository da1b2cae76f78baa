/**
 * Between the page's runs and detection: runs are joined into texts for
 * the detect service (batches), and the findings that come back for each
 * text are placed in their runs (place.ts) and grouped by block element.
 */
import type { Finding } from '../../lib/detect/types.ts';
import type { TextRun } from './blocks.ts';
import { nodesKnown } from './whole-run.ts';
import type { DetectText } from './detect-service.ts';
import { placeFindings, type PageFinding } from './place.ts';
import type { Slicer } from './slicer.ts';

export type { PageFinding } from './place.ts';

/** The runs of one block-level element and the findings in them. */
export interface Entry {
  runs: TextRun[];
  findings: PageFinding[];
  /**
   * Whether its findings were dropped because the block was not displayed or
   * invisible when placed (place.ts): a rescan detects it again once shown.
   */
  hidden?: boolean;
}

/** What detection produced: an entry per block, and every finding in document order. */
export interface Detected {
  entries: Map<Element, Entry>;
  findings: PageFinding[];
}

/** Runs joined into one text ("\n\n" between runs, so no claim spans two), each run a block. */
export interface Batch extends DetectText {
  runs: TextRun[];
}

/**
 * Characters per text sent to detection (a full scan also sends a text
 * whenever it yields, so detection starts while the page reads on).
 */
export const BATCH_CHARS = 32_000;

export function newBatch(): Batch {
  return { text: '', blocks: [], runs: [] };
}

export function addRun(batch: Batch, run: TextRun): void {
  if (batch.runs.length) batch.text += '\n\n';
  batch.runs.push(run);
  batch.blocks.push({ start: batch.text.length, end: batch.text.length + run.text.length, heading: run.heading || undefined });
  batch.text += run.text;
}

/** `runs` in batches of about `maxChars` characters. */
export function batchesOf(runs: readonly TextRun[], maxChars: number): Batch[] {
  const batches: Batch[] = [];
  let batch = newBatch();
  for (const run of runs) {
    if (batch.runs.length && batch.text.length + run.text.length > maxChars) {
      batches.push(batch);
      batch = newBatch();
    }
    addRun(batch, run);
  }
  if (batch.runs.length) batches.push(batch);
  return batches;
}

/**
 * The findings of an entry that has none: one shared list (most blocks have
 * none; an entry gets its own list at its first finding). Never written to.
 */
const NONE: PageFinding[] = Object.freeze([]) as unknown as PageFinding[];

/** Places each batch's findings (`found[i]` for `batches[i]`), pausing when the slice is used. */
export async function placeAll(batches: readonly Batch[], found: readonly Finding[][], slicer: Slicer): Promise<Detected> {
  const entries = new Map<Element, Entry>();
  const findings: PageFinding[] = [];
  const hidden = new Set<Element>();
  for (let i = 0; i < batches.length; i++) {
    const batch = batches[i]!;
    for (const run of batch.runs) {
      const entry = entries.get(run.owner);
      if (entry) entry.runs.push(run);
      else entries.set(run.owner, { runs: [run], findings: NONE });
    }
    for (const f of placeFindings(found[i] ?? [], batch.blocks, batch.runs, hidden)) {
      const entry = entries.get(f.run.owner)!;
      if (entry.findings === NONE) entry.findings = [f];
      else entry.findings.push(f);
      findings.push(f);
    }
    for (const owner of hidden) entries.get(owner)!.hidden = true;
    hidden.clear();
    if (slicer.due()) await slicer.pause();
  }
  return { entries, findings };
}

/**
 * Whether two runs of the same text are in the same nodes. Two runs of one
 * block read whole whose nodes were never looked up would find the same nodes
 * now (whole-run.ts): the same, without looking.
 */
function sameNodes(a: TextRun, b: TextRun): boolean {
  if (a.owner === b.owner && !nodesKnown(a) && !nodesKnown(b)) return true;
  return a.nodes.length === b.nodes.length && a.nodes.every((n, j) => n === b.nodes[j]);
}

/** Whether a block reads the same as before: same text in the same nodes. */
export function sameRuns(old: TextRun[] | undefined, next: TextRun[]): boolean {
  return (
    !!old &&
    old.length === next.length &&
    old.every((run, i) => run.text === next[i]!.text && sameNodes(run, next[i]!))
  );
}
