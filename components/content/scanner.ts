/**
 * The in-page scanner core: reads a page block by block, sends its text to
 * detection (the extension's background, through a `DetectService`), maps
 * the findings back to DOM Ranges and paints them through a
 * `HighlightRenderer`. It imports no extension API and no engine.
 *
 * ```ts
 * const scanner = createScanner({ root: document, renderer: new CssHighlightRenderer(), detector });
 * const result = await scanner.scanAll();   // whole page, in slices that yield
 * await scanner.rescan([changedNode]);      // only the blocks holding these nodes
 * scanner.findings();                       // PageFinding[] in document order (active and suppressed)
 * scanner.active();                         // the painted, counted ones
 * scanner.dispose();                        // removes every highlight
 * ```
 *
 * Options: `root` (Document or Element), `renderer`, `detector` (the
 * background's, detect-port.ts; tests run one in-process, testing.ts
 * localDetector), and optionally `sliceMs` (work per task before yielding, default 8),
 * `filter` (return false to drop a finding before it is painted, listed or
 * counted: the flags feature's dismissals; call `refresh()` when its answer
 * changes) and `onChange` (called after every scan or rescan that changed
 * the findings).
 *
 * A full scan reads every run and sends the runs' text as it goes (the
 * background prepares each text while the page reads on), then asks for the
 * decisions, which the background makes under the page's signals (added up
 * from every text), and keeps those signals: detecting one block later (a
 * rescan) gives the same answer as detecting the page. A rescan costs what
 * changed: the changed blocks are read, detected and merged into the
 * document-ordered findings.
 */
import type { Finding, PageSignals } from '../../lib/detect/types.ts';
import { readRuns, type TextRun } from './blocks.ts';
import { addRun, batchesOf, newBatch, placeAll, sameRuns, type Batch, type Entry, type PageFinding } from './detect-runs.ts';
import type { Decided } from './detect-service.ts';
import { FindingList } from './finding-list.ts';
import { severityGroup } from './highlight/renderer.ts';
import { changedBlocks } from './rescan-plan.ts';
import type { ScanResult, Scanner, ScannerOptions } from './scanner-types.ts';
import { phaseClock } from './scan-phases.ts';
import { Cancelled, createSlicer, type Slicer } from './slicer.ts';

export type { PageFinding } from './detect-runs.ts';
export type { DetectService } from './detect-service.ts';
export type { ScanResult, Scanner, ScannerOptions } from './scanner-types.ts';

/**
 * Characters per text sent to detection in a full scan (a text also goes
 * whenever the scan yields, so detection starts while the page reads on).
 */
const BATCH_CHARS = 32_000;

export function createScanner(options: ScannerOptions): Scanner {
  const root = 'documentElement' in options.root ? options.root.documentElement : options.root;
  const { detector } = options;
  const sliceMs = options.sliceMs ?? 8;
  const { renderer } = options;
  let entries = new Map<Element, Entry>();
  let generation = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const reported = new Set<string>();
  const reportOnce = (what: string, error: unknown) => {
    if (!reported.has(what)) console.error(`ClinicCheck: ${what}`, error);
    reported.add(what);
  };
  /** The page's signals from the last full scan, for rescans. */
  let signals: PageSignals | undefined;
  /** Detection's answer, or none when it failed (reported once: the page keeps what it had). */
  let disposed = false;
  const detected = async (answer: Promise<Decided>): Promise<Decided | undefined> => {
    try {
      return await answer;
    } catch (error) {
      // Disposing stops detection on purpose: nothing to report then.
      if (!disposed) reportOnce('detection failed', error);
      return undefined;
    }
  };

  /** Waits for detection's answer, counting the page's work on its messages as the scan's. */
  const waitFor = async (answer: Promise<Decided>, slicer: Slicer) => {
    const decided = await slicer.wait(detected(answer));
    if (decided) slicer.charge(decided.replyMs ?? 0, decided.replyLongestMs ?? 0);
    return decided;
  };

  /** A filter that throws keeps the finding: better shown than silently lost (reported once). */
  const list = new FindingList((f) => {
    try {
      return !options.filter || options.filter(f);
    } catch (error) {
      reportOnce('findings filter failed', error);
      return true;
    }
  });
  const paint = (f: PageFinding) => {
    if (list.shown(f)) renderer.add(severityGroup(f.severity), f.range);
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
    return {
      findings: list.findingsCount(),
      active: list.activeCount(),
      runs,
      chars,
      durationMs: slicer.elapsedMs(),
      longestTaskMs: slicer.longestMs(),
      busyMs: slicer.busyMs(),
    };
  }

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

  /** Paints findings, pausing when the slice is used. */
  async function paintAll(findings: readonly PageFinding[], slicer: Slicer) {
    for (let i = 0; i < findings.length; i++) {
      paint(findings[i]!);
      if ((i & 63) === 63 && slicer.due()) await slicer.pause();
    }
  }

  function changed() {
    options.onChange?.();
  }

  const scanAll = () =>
    serial(async (slicer) => {
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
      for (const run of readRuns(root)) {
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
      const decided = await waitFor(answer, slicer);
      clock.lap();
      if (!decided) return stats(slicer, runs, chars);
      signals = decided.signals;
      const next = await placeAll(batches, decided.found, slicer);
      clock.lap();
      for (const entry of entries.values()) entry.findings.forEach(unpaint);
      entries = next.entries;
      list.reset(next.findings);
      renderer.expect?.(list.activeCount());
      await paintAll(next.findings, slicer);
      renderer.flush?.();
      clock.lap();
      changed();
      clock.lap();
      return { ...stats(slicer, runs, chars), phases: clock.phases(batches.length, decided.workMs) };
    });

  const rescan = (nodes: Node[]) =>
    serial(async (slicer) => {
      const plan = changedBlocks(nodes, root, entries);
      const runs = await readAll(plan.roots, slicer);
      const fresh = new Map<Element, TextRun[]>();
      for (const run of runs) fresh.set(run.owner, [...(fresh.get(run.owner) ?? []), run]);
      const toDetect = runs.filter((run) => !sameRuns(entries.get(run.owner)?.runs, fresh.get(run.owner)!));
      const batches = batchesOf(toDetect, BATCH_CHARS);
      let found: Finding[][] = [];
      if (batches.length) {
        const decided = await waitFor(detector.detect(batches.map(({ text, blocks }) => ({ text, blocks })), signals), slicer);
        if (!decided) return stats(slicer, runs.length, 0);
        signals ??= decided.signals;
        found = decided.found;
      }
      const placed = await placeAll(batches, found, slicer);
      const removed = new Set<PageFinding>();
      for (const owner of plan.stale) {
        if (fresh.has(owner) && !placed.entries.has(owner)) continue; // read again, unchanged
        for (const f of entries.get(owner)!.findings) {
          unpaint(f);
          removed.add(f);
        }
        entries.delete(owner);
      }
      for (const [owner, entry] of placed.entries) entries.set(owner, entry);
      list.update(removed, placed.findings);
      placed.findings.forEach(paint);
      renderer.flush?.();
      if (removed.size || placed.findings.length || plan.stale.size) changed();
      return stats(slicer, runs.length, toDetect.reduce((n, r) => n + r.text.length, 0));
    });

  return {
    scanAll,
    rescan,
    findings: () => list.findings(),
    active: () => list.active(),
    activeCount: () => list.activeCount(),
    byId: (id) => list.byId(id),
    busy: () => pending > 0,
    refresh() {
      // Only findings the filter now answers differently are painted or unpainted:
      // a refresh with nothing changed (most) touches no highlight.
      for (const f of list.refilter()) {
        // Blocks removed from the page since the last scan wait for the next rescan's sweep.
        if (list.shown(f) && f.run.owner.isConnected) paint(f);
        else unpaint(f);
      }
      changed();
    },
    dispose() {
      disposed = true;
      generation++;
      detector.dispose();
      for (const entry of entries.values()) entry.findings.forEach(unpaint);
      entries.clear();
      list.clear();
    },
  };
}

/** A cancelled scan (disposed mid-way) resolves with empty numbers. */
function cancelled(error: unknown): ScanResult {
  if (!(error instanceof Cancelled)) throw error;
  return { findings: 0, active: 0, runs: 0, chars: 0, durationMs: 0, longestTaskMs: 0, busyMs: 0 };
}
