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
 * A full scan (full-scan.ts) reads every run and sends the runs' text as it
 * goes (the background prepares each text while the page reads on), then
 * asks for the decisions, which the background makes under the page's
 * signals (added up from every text), and keeps those signals: detecting one
 * block later (a rescan) gives the same answer as detecting the page. A
 * rescan (rescan-changes.ts) costs what changed: the changed blocks are
 * read, detected and merged into the document-ordered findings. This file
 * holds what they share (scan-context.ts) and runs them one at a time.
 */
import { blockOf } from './blocks.ts';
import type { Decided } from './detect-service.ts';
import { FindingList } from './finding-list.ts';
import { fullScan } from './full-scan.ts';
import { severityGroup } from './highlight/renderer.ts';
import { rescanChanges } from './rescan-changes.ts';
import type { ScanContext } from './scan-context.ts';
import type { ScanResult, Scanner, ScannerOptions } from './scanner-types.ts';
import { Cancelled, createSlicer, type Slicer } from './slicer.ts';

export type { PageFinding } from './detect-runs.ts';
export type { DetectService } from './detect-service.ts';
export type { ScanResult, Scanner, ScannerOptions } from './scanner-types.ts';

export function createScanner(options: ScannerOptions): Scanner {
  const { detector, renderer } = options;
  const sliceMs = options.sliceMs ?? 8;
  let generation = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const reported = new Set<string>();
  const reportOnce = (what: string, error: unknown) => {
    if (!reported.has(what)) console.error(`ClinicCheck: ${what}`, error);
    reported.add(what);
  };
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

  /** A filter that throws keeps the finding: better shown than silently lost (reported once). */
  const list = new FindingList((f) => {
    try {
      return !options.filter || options.filter(f);
    } catch (error) {
      reportOnce('findings filter failed', error);
      return true;
    }
  });

  const ctx: ScanContext = {
    root: 'documentElement' in options.root ? options.root.documentElement : options.root,
    detector,
    renderer,
    list,
    entries: new Map(),
    signals: undefined,
    async waitFor(answer, slicer) {
      const decided = await slicer.wait(detected(answer));
      if (decided) slicer.charge(decided.replyMs ?? 0, decided.replyLongestMs ?? 0);
      return decided;
    },
    paint(f) {
      if (list.shown(f)) renderer.add(severityGroup(f.severity), f.range);
    },
    unpaint: (f) => renderer.delete(severityGroup(f.severity), f.range),
    stats: (slicer, runs, chars) => ({
      findings: list.findingsCount(),
      active: list.activeCount(),
      runs,
      chars,
      durationMs: slicer.elapsedMs(),
      longestTaskMs: slicer.longestMs(),
      busyMs: slicer.busyMs(),
    }),
    changed: () => options.onChange?.(),
  };

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

  const scanAll = () => serial((slicer) => fullScan(ctx, slicer));
  const rescan = (nodes: Node[]) => serial((slicer) => rescanChanges(ctx, nodes, slicer));

  return {
    scanAll,
    rescan,
    findings: () => list.findings(),
    active: () => list.active(),
    activeCount: () => list.activeCount(),
    byId: (id) => list.byId(id),
    busy: () => pending > 0,
    inlineMatters(element) {
      const entry = ctx.entries.get(blockOf(element, ctx.root));
      return !!entry && (!!entry.hidden || entry.findings.length > 0);
    },
    refresh() {
      // Only findings the filter now answers differently are painted or unpainted:
      // a refresh with nothing changed (most) touches no highlight.
      for (const f of list.refilter()) {
        // Blocks removed from the page since the last scan wait for the next rescan's sweep.
        if (list.shown(f) && f.run.owner.isConnected) ctx.paint(f);
        else ctx.unpaint(f);
      }
      ctx.changed();
    },
    dispose() {
      disposed = true;
      generation++;
      detector.dispose();
      for (const entry of ctx.entries.values()) entry.findings.forEach(ctx.unpaint);
      ctx.entries.clear();
      list.clear();
    },
  };
}

/** A cancelled scan (disposed mid-way) resolves with empty numbers. */
function cancelled(error: unknown): ScanResult {
  if (!(error instanceof Cancelled)) throw error;
  return { findings: 0, active: 0, runs: 0, chars: 0, durationMs: 0, longestTaskMs: 0, busyMs: 0 };
}
