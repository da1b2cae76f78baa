/**
 * The in-page scanner core: reads a page block by block, runs the detection
 * engine, maps findings back to DOM Ranges and paints them through a
 * `HighlightRenderer`. It imports no extension API, so the benchmark bundles
 * it into a plain page.
 *
 * ```ts
 * const scanner = createScanner({ root: document, renderer: new CssHighlightRenderer() });
 * const result = await scanner.scanAll();   // whole page, in slices that yield
 * await scanner.rescan([changedNode]);      // only the blocks holding these nodes
 * scanner.findings();                       // PageFinding[] in document order (active and suppressed)
 * scanner.active();                         // the painted, counted ones
 * scanner.dispose();                        // removes every highlight
 * ```
 *
 * Options: `root` (Document or Element), `renderer`, and optionally `detect` /
 * `pageSignals` (default: lib/detect), `sliceMs` (work per task before
 * yielding, default 8), `filter` (return false to drop a finding before it is
 * painted, listed or counted: the flags feature's dismissals; call
 * `refresh()` when its answer changes) and `onChange` (called after every
 * scan or rescan that changed the findings).
 *
 * `pageSignals` is computed once per full scan from the whole page text and
 * passed to every `detect` call, so detecting one block later gives the same
 * answer as detecting the page.
 */
import { detect as engineDetect, pageSignals as enginePageSignals } from '../../lib/detect/index.ts';
import type { Block, Finding, PageSignals } from '../../lib/detect/types.ts';
import { blockOf, isBlock, readable, readRuns, type TextRun } from './blocks.ts';
import { severityGroup, type HighlightRenderer } from './highlight/renderer.ts';
import { rangeFor } from './ranges.ts';
import { yieldToMain } from './yield.ts';

export type DetectFn = (text: string, options: { blocks?: Block[]; page?: PageSignals }) => Finding[];

/** A finding placed in the page. `id` is unique for the page's lifetime. */
export interface PageFinding extends Finding {
  id: string;
  range: Range;
  run: TextRun;
}

export interface ScanResult {
  /** Findings after the filter, active and suppressed. */
  findings: number;
  active: number;
  /** Runs read and characters passed to detect in this scan. */
  runs: number;
  chars: number;
  durationMs: number;
  /** The longest stretch of work without yielding to the page. */
  longestTaskMs: number;
}

export interface ScannerOptions {
  root: Document | Element;
  renderer: HighlightRenderer;
  detect?: DetectFn;
  pageSignals?: (text: string) => PageSignals;
  sliceMs?: number;
  filter?: (finding: PageFinding) => boolean;
  onChange?: () => void;
}

export interface Scanner {
  scanAll(): Promise<ScanResult>;
  rescan(nodes: Node[]): Promise<ScanResult>;
  findings(): readonly PageFinding[];
  active(): readonly PageFinding[];
  byId(id: string): PageFinding | undefined;
  refresh(): void;
  dispose(): void;
}

interface Entry {
  runs: TextRun[];
  findings: PageFinding[];
}

/** Characters per detect call at first; later calls are sized from measured speed to fit a slice. */
const FIRST_BATCH_CHARS = 1000;
const MIN_BATCH_CHARS = 200;
const MAX_BATCH_CHARS = 16_000;

export function createScanner(options: ScannerOptions): Scanner {
  const root = 'documentElement' in options.root ? options.root.documentElement : options.root;
  const detect = options.detect ?? engineDetect;
  const signalsOf = options.pageSignals ?? enginePageSignals;
  const sliceMs = options.sliceMs ?? 8;
  const { renderer } = options;
  let entries = new Map<Element, Entry>();
  let signals: PageSignals | undefined;
  let sorted: PageFinding[] | undefined;
  let generation = 0;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  /** Measured engine speed (characters per millisecond), to size batches. */
  let charsPerMs = 0;
  const reported = new Set<string>();
  const reportOnce = (what: string, error: unknown) => {
    if (!reported.has(what)) console.error(`ClinicCheck: ${what}`, error);
    reported.add(what);
  };

  /** A filter that throws keeps the finding: better shown than silently lost (reported once). */
  const keep = (f: PageFinding) => {
    try {
      return !options.filter || options.filter(f);
    } catch (error) {
      reportOnce('findings filter failed', error);
      return true;
    }
  };
  const paint = (f: PageFinding) => {
    if (f.status === 'active' && keep(f)) renderer.add(severityGroup(f.severity), f.range);
  };
  const unpaint = (f: PageFinding) => renderer.delete(severityGroup(f.severity), f.range);

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  }

  /** Times work and yields when a slice is used up. */
  function slicer() {
    const started = performance.now();
    let sliceStart = started;
    let longest = 0;
    const gen = generation;
    return {
      async tick() {
        const now = performance.now();
        if (now - sliceStart < sliceMs) return;
        longest = Math.max(longest, now - sliceStart);
        await yieldToMain();
        if (gen !== generation) throw new Cancelled();
        sliceStart = performance.now();
      },
      stats(runs: number, chars: number): ScanResult {
        const now = performance.now();
        const list = findings();
        return {
          findings: list.length,
          active: list.filter((f) => f.status === 'active').length,
          runs,
          chars,
          durationMs: now - started,
          longestTaskMs: Math.max(longest, now - sliceStart),
        };
      },
    };
  }

  async function readAll(roots: Element[], slice: ReturnType<typeof slicer>): Promise<TextRun[]> {
    const runs: TextRun[] = [];
    for (const r of roots) {
      for (const run of readRuns(r)) {
        runs.push(run);
        await slice.tick();
      }
    }
    return runs;
  }

  /** Detects `runs` batch by batch and groups the placed findings by owner. */
  async function detectRuns(runs: TextRun[], slice: ReturnType<typeof slicer>): Promise<Map<Element, Entry>> {
    const result = new Map<Element, Entry>();
    for (const run of runs) {
      const entry = result.get(run.owner) ?? { runs: [], findings: [] };
      entry.runs.push(run);
      result.set(run.owner, entry);
    }
    for (let i = 0; i < runs.length; ) {
      const batch: TextRun[] = [];
      let chars = 0;
      const budget = charsPerMs ? Math.min(MAX_BATCH_CHARS, Math.max(MIN_BATCH_CHARS, charsPerMs * sliceMs * 0.8)) : FIRST_BATCH_CHARS;
      while (i < runs.length && (chars < budget || !batch.length)) {
        batch.push(runs[i]!);
        chars += runs[i++]!.text.length + 2;
      }
      const started = performance.now();
      for (const f of detectBatch(batch)) result.get(f.run.owner)!.findings.push(f);
      const speed = chars / Math.max(0.1, performance.now() - started);
      charsPerMs = charsPerMs ? charsPerMs * 0.7 + speed * 0.3 : speed;
      await slice.tick();
    }
    return result;
  }

  function detectBatch(batch: TextRun[]): PageFinding[] {
    let text = '';
    const blocks: Block[] = [];
    for (const run of batch) {
      if (text) text += '\n\n';
      blocks.push({ start: text.length, end: text.length + run.text.length, heading: run.heading || undefined });
      text += run.text;
    }
    const placed: PageFinding[] = [];
    for (const f of safeDetect(text, blocks)) {
      const index = blocks.findIndex((b) => f.start >= b.start && f.end <= b.end);
      const block = blocks[index];
      if (!block) continue;
      const run = batch[index]!;
      const start = f.start - block.start;
      const end = f.end - block.start;
      const range = rangeFor(run, start, end);
      if (range) placed.push({ ...f, start, end, id: `cc-${nextId++}`, range, run });
    }
    return placed;
  }

  /** An engine error skips the batch instead of ending the scan (and is reported once). */
  function safeDetect(text: string, blocks: Block[]): Finding[] {
    try {
      return detect(text, { blocks, page: signals });
    } catch (error) {
      reportOnce('detection failed', error);
      return [];
    }
  }

  function findings(): PageFinding[] {
    if (!sorted) {
      sorted = [...entries.values()].flatMap((e) => e.findings).filter(keep);
      sorted.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || a.start - b.start);
    }
    return sorted;
  }

  function changed() {
    sorted = undefined;
    options.onChange?.();
  }

  const scanAll = () =>
    serial(async () => {
      const slice = slicer();
      const runs = await readAll([root], slice);
      const text = runs.map((r) => r.text).join('\n\n');
      signals = await signalsInChunks(text, signalsOf, slice.tick);
      const next = await detectRuns(runs, slice);
      for (const entry of entries.values()) entry.findings.forEach(unpaint);
      entries = next;
      for (const entry of entries.values()) entry.findings.forEach(paint);
      changed();
      return slice.stats(runs.length, text.length);
    });

  const rescan = (nodes: Node[]) =>
    serial(async () => {
      const slice = slicer();
      const dirty = new Set<Element>();
      for (const node of nodes) {
        if (!root.contains(node)) continue;
        const element = node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element) ? (node as Element) : blockOf(node, root);
        dirty.add(element);
      }
      // Drop dirty blocks inside other dirty blocks, and entries under any of them.
      const roots = [...dirty].filter((el) => !hasDirtyAncestor(el.parentElement, dirty));
      const stale = [...entries.keys()].filter((owner) => !owner.isConnected || hasDirtyAncestor(owner, dirty));
      const runs = await readAll(roots.filter(readable), slice);
      const fresh = new Map<Element, TextRun[]>();
      for (const run of runs) fresh.set(run.owner, [...(fresh.get(run.owner) ?? []), run]);
      const toDetect = runs.filter((run) => !sameRuns(entries.get(run.owner)?.runs, fresh.get(run.owner)!));
      const detected = await detectRuns(toDetect, slice);
      let touched = false;
      for (const owner of stale) {
        if (fresh.has(owner) && !detected.has(owner)) continue; // read again, unchanged
        entries.get(owner)!.findings.forEach(unpaint);
        entries.delete(owner);
        touched = true;
      }
      for (const [owner, entry] of detected) {
        entries.set(owner, entry);
        entry.findings.forEach(paint);
        touched = true;
      }
      if (touched) changed();
      return slice.stats(runs.length, toDetect.reduce((n, r) => n + r.text.length, 0));
    });

  function hasDirtyAncestor(element: Element | null, dirty: Set<Element>): boolean {
    for (let el = element; el; el = el === root ? null : el.parentElement) if (dirty.has(el)) return true;
    return false;
  }

  return {
    scanAll: () => scanAll().catch(cancelled),
    rescan: (nodes) => rescan(nodes).catch(cancelled),
    findings,
    active: () => findings().filter((f) => f.status === 'active'),
    byId: (id) => findings().find((f) => f.id === id),
    refresh() {
      for (const entry of entries.values()) entry.findings.forEach(unpaint);
      // Blocks removed from the page since the last scan wait for the next rescan's sweep.
      for (const [owner, entry] of entries) if (owner.isConnected) entry.findings.forEach(paint);
      changed();
    },
    dispose() {
      generation++;
      for (const entry of entries.values()) entry.findings.forEach(unpaint);
      entries.clear();
      sorted = undefined;
    },
  };
}

/** Page text per pageSignals call; longer pages are read in chunks with yields between. */
const SIGNAL_CHUNK = 10_000;

/**
 * pageSignals for the whole text. Exact for pages up to one chunk (nearly
 * every clinic page); beyond, chunk by chunk: invasive if any chunk is, and
 * editorial if chunks judged editorial hold at least half of the text.
 */
async function signalsInChunks(
  text: string,
  signalsOf: (text: string) => PageSignals,
  tick: () => Promise<void>,
): Promise<PageSignals> {
  if (text.length <= SIGNAL_CHUNK) return signalsOf(text);
  let invasive = false;
  let editorialChars = 0;
  for (let at = 0; at < text.length; at += SIGNAL_CHUNK) {
    const chunk = text.slice(at, at + SIGNAL_CHUNK);
    const signals = signalsOf(chunk);
    invasive ||= signals.invasive;
    if (signals.editorial) editorialChars += chunk.length;
    await tick();
  }
  return { invasive, editorial: editorialChars * 2 >= text.length };
}

function sameRuns(old: TextRun[] | undefined, next: TextRun[]): boolean {
  return (
    !!old &&
    old.length === next.length &&
    old.every((run, i) => run.text === next[i]!.text && run.nodes.every((n, j) => n === next[i]!.nodes[j]))
  );
}

class Cancelled extends Error {}

/** A cancelled scan (disposed mid-way) resolves with empty numbers. */
function cancelled(error: unknown): ScanResult {
  if (!(error instanceof Cancelled)) throw error;
  return { findings: 0, active: 0, runs: 0, chars: 0, durationMs: 0, longestTaskMs: 0 };
}
