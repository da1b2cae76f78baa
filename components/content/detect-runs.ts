/**
 * Runs the detection engine over text runs in batches sized to fit a time
 * slice, and places each finding back in the page as a DOM Range.
 */
import type { Block, Finding, PageSignals } from '../../lib/detect/types.ts';
import type { TextRun } from './blocks.ts';
import { rangeFor } from './ranges.ts';
import type { Slicer } from './slicer.ts';

export type DetectFn = (text: string, options: { blocks?: Block[]; page?: PageSignals }) => Finding[];

/** A finding placed in the page. `id` is unique for the page's lifetime. */
export interface PageFinding extends Finding {
  id: string;
  range: Range;
  run: TextRun;
}

/** The runs of one block-level element and the findings in them. */
export interface Entry {
  runs: TextRun[];
  findings: PageFinding[];
}

/** Characters per detect call at first; later calls are sized from measured speed to fit a slice. */
const FIRST_BATCH_CHARS = 1000;
const MIN_BATCH_CHARS = 200;
const MAX_BATCH_CHARS = 16_000;

export class RunDetector {
  /** Page-level facts passed to every detect call (set by a full scan). */
  signals: PageSignals | undefined;
  /** Measured engine speed, characters per millisecond. */
  private charsPerMs = 0;
  private nextId = 1;

  constructor(
    private readonly detect: DetectFn,
    private readonly sliceMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Detects `runs` batch by batch and groups the placed findings by block. */
  async detectRuns(runs: TextRun[], slicer: Slicer): Promise<Map<Element, Entry>> {
    const result = new Map<Element, Entry>();
    for (const run of runs) {
      const entry = result.get(run.owner) ?? { runs: [], findings: [] };
      entry.runs.push(run);
      result.set(run.owner, entry);
    }
    for (let i = 0; i < runs.length; ) {
      const batch: TextRun[] = [];
      let chars = 0;
      const budget = this.charsPerMs
        ? Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, this.charsPerMs * this.sliceMs * 0.8))
        : FIRST_BATCH_CHARS;
      while (i < runs.length && (chars < budget || !batch.length)) {
        batch.push(runs[i]!);
        chars += runs[i++]!.text.length + 2;
      }
      const started = performance.now();
      for (const f of this.detectBatch(batch)) result.get(f.run.owner)!.findings.push(f);
      const speed = chars / Math.max(0.1, performance.now() - started);
      this.charsPerMs = this.charsPerMs ? this.charsPerMs * 0.7 + speed * 0.3 : speed;
      await slicer.tick();
    }
    return result;
  }

  /** One detect call for several runs, joined as blocks so no claim spans two. */
  private detectBatch(batch: TextRun[]): PageFinding[] {
    let text = '';
    const blocks: Block[] = [];
    for (const run of batch) {
      if (text) text += '\n\n';
      blocks.push({ start: text.length, end: text.length + run.text.length, heading: run.heading || undefined });
      text += run.text;
    }
    const placed: PageFinding[] = [];
    for (const f of this.safeDetect(text, blocks)) {
      const index = blocks.findIndex((b) => f.start >= b.start && f.end <= b.end);
      const block = blocks[index];
      if (!block) continue;
      const run = batch[index]!;
      const start = f.start - block.start;
      const end = f.end - block.start;
      const range = rangeFor(run, start, end);
      if (range) placed.push({ ...f, start, end, id: `cc-${this.nextId++}`, range, run });
    }
    return placed;
  }

  /** An engine error skips the batch instead of ending the scan. */
  private safeDetect(text: string, blocks: Block[]): Finding[] {
    try {
      return this.detect(text, { blocks, page: this.signals });
    } catch (error) {
      this.onError(error);
      return [];
    }
  }
}

/** Whether a block reads the same as before: same text in the same nodes. */
export function sameRuns(old: TextRun[] | undefined, next: TextRun[]): boolean {
  return (
    !!old &&
    old.length === next.length &&
    old.every((run, i) => run.text === next[i]!.text && run.nodes.every((n, j) => n === next[i]!.nodes[j]))
  );
}
