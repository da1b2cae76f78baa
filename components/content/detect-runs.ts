/**
 * Runs the detection engine over text runs and places each finding back in
 * the page as a DOM Range. The engine works in two passes (lib/detect
 * prepare/decide): runs are prepared batch by batch (tokenize + match, the
 * expensive pass), their signal tallies add up into the page's signals, and
 * only then is each batch decided under those signals. So page signals cost
 * no second pass over the page text.
 */
import { addTally, decide, emptyTally, prepare, signalsFromTally, type Prepared } from '../../lib/detect/index.ts';
import type { Block, Finding, PageSignals } from '../../lib/detect/types.ts';
import type { TextRun } from './blocks.ts';
import { placeFindings, type PageFinding } from './place.ts';
import type { Slicer } from './slicer.ts';

export type { PageFinding } from './place.ts';

/** The runs of one block-level element and the findings in them. */
export interface Entry {
  runs: TextRun[];
  findings: PageFinding[];
}

/** The engine as the scanner drives it. */
export interface ScanEngine {
  prepare(text: string, blocks: Block[]): Prepared;
  /** The page's signals from all of its prepared texts. */
  signals(prepared: readonly Prepared[]): PageSignals;
  decide(prepared: Prepared, page: PageSignals): Finding[];
}

/** lib/detect's prepare/decide: signals from the added tallies. */
export const libEngine: ScanEngine = {
  prepare,
  decide,
  signals: (list) => signalsFromTally(list.reduce((sum, p) => addTally(sum, p.tally), emptyTally())),
};

/** Runs joined into one engine text ("\n\n" between runs, so no claim spans two). */
interface Batch {
  runs: TextRun[];
  blocks: Block[];
  /** Undefined when the engine failed on it, and once decided. */
  prepared?: Prepared;
}

/** What detection produced: an entry per block, and every finding in document order. */
export interface Detected {
  entries: Map<Element, Entry>;
  findings: PageFinding[];
}

/**
 * Characters per prepare call on a long page at first; later calls are
 * sized from measured speed to fit a slice. A page of up to MAX_BATCH_CHARS
 * is prepared in one call.
 */
const FIRST_BATCH_CHARS = 1000;
const MIN_BATCH_CHARS = 200;
const MAX_BATCH_CHARS = 16_000;

export class RunDetector {
  /** Page-level facts every decision uses (set by a full scan). */
  signals: PageSignals | undefined;
  /** Measured engine speed, characters per millisecond. */
  private charsPerMs = 0;

  constructor(
    private readonly engine: ScanEngine,
    private readonly sliceMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Prepares `runs` in batches sized to fit a slice, pausing between them when the slice is used. */
  async prepare(runs: readonly TextRun[], slicer: Slicer): Promise<Batch[]> {
    const batches: Batch[] = [];
    // A small page (most clinic pages) goes in one call: on cold engine code every call costs.
    const small = runs.reduce((n, r) => n + r.text.length + 2, 0) <= MAX_BATCH_CHARS;
    for (let i = 0; i < runs.length; ) {
      const budget = small
        ? MAX_BATCH_CHARS
        : this.charsPerMs
          ? Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, this.charsPerMs * this.sliceMs * 0.5))
          : FIRST_BATCH_CHARS;
      const batch: Batch = { runs: [], blocks: [] };
      let text = '';
      while (i < runs.length && (text.length < budget || !batch.runs.length)) {
        const run = runs[i++]!;
        if (text) text += '\n\n';
        batch.runs.push(run);
        batch.blocks.push({ start: text.length, end: text.length + run.text.length, heading: run.heading || undefined });
        text += run.text;
      }
      const started = performance.now();
      batch.prepared = this.safely(() => this.engine.prepare(text, batch.blocks));
      const speed = text.length / Math.max(0.05, performance.now() - started);
      this.charsPerMs = this.charsPerMs ? this.charsPerMs * 0.7 + speed * 0.3 : speed;
      batches.push(batch);
      if (slicer.due()) await slicer.pause();
    }
    return batches;
  }

  /** Makes the engine load now (its first use compiles or restores it). */
  warm(): void {
    this.safely(() => this.engine.prepare('', []));
  }

  /** The page's signals from every prepared batch of the page. */
  signalsOf(batches: readonly Batch[]): PageSignals | undefined {
    return this.safely(() => this.engine.signals(batches.flatMap((b) => (b.prepared ? [b.prepared] : []))));
  }

  /** Decides prepared batches under `signals` and places their findings, pausing when the slice is used. */
  async decide(batches: Batch[], slicer: Slicer): Promise<Detected> {
    const entries = new Map<Element, Entry>();
    const findings: PageFinding[] = [];
    for (const batch of batches) {
      for (const run of batch.runs) {
        const entry = entries.get(run.owner);
        if (entry) entry.runs.push(run);
        else entries.set(run.owner, { runs: [run], findings: [] });
      }
      const { prepared } = batch;
      batch.prepared = undefined; // its tokens can go as soon as it is decided, not at the end of the scan
      const signals = this.signals;
      const found = prepared && signals ? (this.safely(() => this.engine.decide(prepared, signals)) ?? []) : [];
      for (const f of placeFindings(found, batch.blocks, batch.runs)) {
        entries.get(f.run.owner)!.findings.push(f);
        findings.push(f);
      }
      if (slicer.due()) await slicer.pause();
    }
    return { entries, findings };
  }

  /** Prepares and decides `runs` under the page's signals (a rescan; signals from these runs if there are none yet). */
  async detectRuns(runs: readonly TextRun[], slicer: Slicer): Promise<Detected> {
    const batches = await this.prepare(runs, slicer);
    this.signals ??= this.signalsOf(batches);
    return this.decide(batches, slicer);
  }

  /** An engine error skips its batch instead of ending the scan (reported once by the caller). */
  private safely<T>(call: () => T): T | undefined {
    try {
      return call();
    } catch (error) {
      this.onError(error);
      return undefined;
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
