/**
 * One scanning session in the page: scanner, highlights, card, hover,
 * navigation and change watching, started when scanning is allowed and
 * stopped (leaving no trace in the page) when it is not. No extension APIs
 * here, and no state shared with the rest of the content script (this runs
 * in the scanning bundle, scan-bundle/index.ts): the caller passes what it needs.
 */
import type { CardHost } from './card/host.tsx';
import { createLazyCardHost } from './card/lazy-host.ts';
import { afterNextFrame } from './after-frame.ts';
import { CssHighlightRenderer } from './highlight/css-highlights.ts';
import { startHoverCards } from './hover.ts';
import { createNavigator, type Navigator } from './navigate.ts';
import { createScanner, type DetectService, type PageFinding, type Scanner } from './scanner.ts';
import { markWhenDone } from './bench-marks.ts';
import type { ContentUi } from './ui/contract.ts';
import { watchMutations } from './watch-mutations.ts';

export interface Session {
  scanner: Scanner;
  nav: Navigator;
  card: CardHost;
  /** Whether a scan is waiting to start or running: the findings are not final yet. */
  busy(): boolean;
  /** Rescans the whole page (single-page-app navigation). */
  restart(): void;
  /** Reports the count again (the badge was cleared, e.g. on a return from the back/forward cache). */
  recount(): void;
  stop(): void;
}

export interface SessionDeps {
  /** The page's count of active findings changed (for the badge). */
  onCount(count: number): void;
  /** Loads the card's code, the first time a card opens. */
  loadUi(): Promise<ContentUi>;
  /** The background's detection (detect-port.ts). */
  detector: DetectService;
  /** The findings filter the core owns (findings-filter.ts `keptByFilters`): false drops a finding. */
  filter(finding: PageFinding): boolean;
  /** Subscribes to changes of that filter's answers; returns the unsubscriber. */
  onFilterChange(listener: () => void): () => void;
}

export function startSession(doc: Document, { onCount, loadUi, detector, filter, onFilterChange }: SessionDeps): Session {
  const controller = new AbortController();
  const renderer = new CssHighlightRenderer(doc);
  let lastCount = -1;
  const scanner: Scanner = createScanner({
    root: doc,
    renderer,
    detector,
    filter,
    onChange() {
      const count = scanner.activeCount();
      if (count !== lastCount) onCount((lastCount = count));
      // A card whose finding went away (its text changed) closes.
      if (card.current && !scanner.findings().includes(card.current)) card.close();
    },
  });
  const card = createLazyCardHost(doc, (finding) => nav.closed(finding), loadUi);
  const nav = createNavigator(doc, scanner, renderer, () => card);
  startHoverCards(doc, scanner, renderer, card, nav, controller.signal);
  // A pointer moving over a page with findings may be heading for one: load
  // the card's code now, so the first card opens as fast as later ones. Pages
  // without findings, and readers who never move the pointer, never load it.
  const warm = () => {
    if (!scanner.active().length) return;
    doc.removeEventListener('pointermove', warm);
    loadUi().catch(() => undefined);
  };
  doc.addEventListener('pointermove', warm, { passive: true, signal: controller.signal });
  const stopFilterWatch = onFilterChange(() => scanner.refresh());
  const stopWatching = watchMutations({
    root: doc.documentElement,
    onChange: (nodes) => markWhenDone('rescan', scanner.rescan(nodes)),
    onHuge: () => scanWhole(),
    inlineMatters: (element) => scanner.inlineMatters(element),
  });
  /** Cancels the first scan while it waits for the page's next frame. */
  let cancelFirstScan: (() => void) | undefined;
  const scanWhole = () => {
    cancelFirstScan?.();
    cancelFirstScan = undefined;
    markWhenDone('scan', scanner.scanAll());
  };
  cancelFirstScan = afterNextFrame(doc.defaultView ?? window, scanWhole);
  return {
    scanner,
    nav,
    card,
    busy: () => cancelFirstScan !== undefined || scanner.busy(),
    restart() {
      card.close();
      lastCount = -1;
      scanWhole();
    },
    recount() {
      onCount((lastCount = scanner.activeCount()));
    },
    stop() {
      cancelFirstScan?.();
      cancelFirstScan = undefined;
      controller.abort();
      stopWatching();
      stopFilterWatch();
      card.dispose();
      scanner.dispose();
      renderer.dispose();
      onCount(0);
    },
  };
}
