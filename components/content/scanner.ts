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
import type { PageSignals } from '../../lib/detect/types.ts';
import { blockOf, isBlock, readable, readRuns, type TextRun } from './blocks.ts';
import { RunDetector, sameRuns, type DetectFn, type Entry, type PageFinding } from './detect-runs.ts';
import { severityGroup, type HighlightRenderer } from './highlight/renderer.ts';
import { signalsInChunks } from './page-signals.ts';
import { Cancelled, createSlicer, type Slicer } from './slicer.ts';

export type { DetectFn, PageFinding } from './detect-runs.ts';

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
  /** Whether a scan or rescan is queued or running. */
  busy(): boolean;
  refresh(): void;
  dispose(): void;
}

export function createScanner(options: ScannerOptions): Scanner {
  const root = 'documentElement' in options.root ? options.root.documentElement : options.root;
  const signalsOf = options.pageSignals ?? enginePageSignals;
  const sliceMs = options.sliceMs ?? 8;
  const { renderer } = options;
  let entries = new Map<Element, Entry>();
  let sorted: PageFinding[] | undefined;
  let generation = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const reported = new Set<string>();
  const reportOnce = (what: string, error: unknown) => {
    if (!reported.has(what)) console.error(`ClinicCheck: ${what}`, error);
    reported.add(what);
  };
  const detector = new RunDetector(options.detect ?? engineDetect, sliceMs, (e) => reportOnce('detection failed', e));

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

  /** Scans run one after another; a dispose cancels the running one at its next slice. */
  function serial(task: (slicer: Slicer) => Promise<ScanResult>): Promise<ScanResult> {
    pending++;
    const result = queue.then(async () => {
      const gen = generation;
      try {
        return await task(createSlicer(sliceMs, () => gen !== generation));
      } finally {
        pending--;
      }
    });
    queue = result.catch(() => undefined);
    return result.catch(cancelled);
  }

  function stats(slicer: Slicer, runs: number, chars: number): ScanResult {
    const list = findings();
    const active = list.filter((f) => f.status === 'active').length;
    return { findings: list.length, active, runs, chars, durationMs: slicer.elapsedMs(), longestTaskMs: slicer.longestMs() };
  }

  async function readAll(roots: Element[], slicer: Slicer): Promise<TextRun[]> {
    const runs: TextRun[] = [];
    for (const r of roots) {
      for (const run of readRuns(r)) {
        runs.push(run);
        await slicer.tick();
      }
    }
    return runs;
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
    serial(async (slicer) => {
      const runs = await readAll([root], slicer);
      const text = runs.map((r) => r.text).join('\n\n');
      detector.signals = await signalsInChunks(text, signalsOf, slicer.tick);
      const next = await detector.detectRuns(runs, slicer);
      for (const entry of entries.values()) entry.findings.forEach(unpaint);
      entries = next;
      for (const entry of entries.values()) entry.findings.forEach(paint);
      changed();
      return stats(slicer, runs.length, text.length);
    });

  const rescan = (nodes: Node[]) =>
    serial(async (slicer) => {
      const dirty = new Set<Element>();
      for (const node of nodes) {
        if (!root.contains(node)) continue;
        dirty.add(node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element) ? (node as Element) : blockOf(node, root));
      }
      // Read each dirty block once (not again inside another); entries under any of them are stale.
      const roots = [...dirty].filter((el) => !hasDirtyAncestor(el.parentElement, dirty));
      const stale = [...entries.keys()].filter((owner) => !owner.isConnected || hasDirtyAncestor(owner, dirty));
      const runs = await readAll(roots.filter(readable), slicer);
      const fresh = new Map<Element, TextRun[]>();
      for (const run of runs) fresh.set(run.owner, [...(fresh.get(run.owner) ?? []), run]);
      const toDetect = runs.filter((run) => !sameRuns(entries.get(run.owner)?.runs, fresh.get(run.owner)!));
      const detected = await detector.detectRuns(toDetect, slicer);
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
      return stats(slicer, runs.length, toDetect.reduce((n, r) => n + r.text.length, 0));
    });

  function hasDirtyAncestor(element: Element | null, dirty: Set<Element>): boolean {
    for (let el = element; el; el = el === root ? null : el.parentElement) if (dirty.has(el)) return true;
    return false;
  }

  return {
    scanAll,
    rescan,
    findings,
    active: () => findings().filter((f) => f.status === 'active'),
    byId: (id) => findings().find((f) => f.id === id),
    busy: () => pending > 0,
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

/** A cancelled scan (disposed mid-way) resolves with empty numbers. */
function cancelled(error: unknown): ScanResult {
  if (!(error instanceof Cancelled)) throw error;
  return { findings: 0, active: 0, runs: 0, chars: 0, durationMs: 0, longestTaskMs: 0 };
}
