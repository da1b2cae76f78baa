/**
 * What the scanner (scanner.ts) takes and gives: its options, its methods
 * and the figures each scan reports (read by the session and the benchmark).
 */
import type { PageFinding } from './detect-runs.ts';
import type { DetectService } from './detect-service.ts';
import type { HighlightRenderer } from './highlight/renderer.ts';

export interface ScanResult {
  /** Findings after the filter, active and suppressed. */
  findings: number;
  active: number;
  /** Runs read and characters passed to the engine in this scan. */
  runs: number;
  chars: number;
  durationMs: number;
  /** The longest stretch of work without yielding to the page. */
  longestTaskMs: number;
  /**
   * Main-thread time the scan used: its slices and its handling of
   * detection's reply messages added up, without the pauses and the wait.
   */
  busyMs: number;
  /**
   * Per phase of a full scan, for the benchmark (scan-phases.ts): reading
   * and sending the text (the last of it with the decide request), waiting
   * for detection's answer, placing the findings, painting them (listing
   * them and registering highlights), notifying the page's listeners (the
   * badge count). `…Ms` is wall time, pauses included; `…BusyMs` the page's
   * main-thread time (what `busyMs` adds up; while waiting, the handling of
   * detection's reply messages). `texts` sent, `pauses` made; `detectMs`,
   * detection's own working time where it runs (the background),
   * overlapping the reading.
   */
  phases?: {
    readMs: number;
    waitMs: number;
    placeMs: number;
    paintMs: number;
    notifyMs: number;
    readBusyMs: number;
    replyBusyMs: number;
    placeBusyMs: number;
    paintBusyMs: number;
    notifyBusyMs: number;
    texts: number;
    pauses: number;
    detectMs?: number;
  };
}

export interface ScannerOptions {
  root: Document | Element;
  renderer: HighlightRenderer;
  detector: DetectService;
  sliceMs?: number;
  filter?: (finding: PageFinding) => boolean;
  onChange?: () => void;
}

export interface Scanner {
  scanAll(): Promise<ScanResult>;
  rescan(nodes: Node[]): Promise<ScanResult>;
  findings(): readonly PageFinding[];
  active(): readonly PageFinding[];
  /** `active().length`, without building the list (the badge count after every change). */
  activeCount(): number;
  byId(id: string): PageFinding | undefined;
  /** Whether a scan or rescan is queued or running. */
  busy(): boolean;
  /**
   * Whether showing or hiding this inline element may change the findings:
   * its block had findings, or had some dropped as hidden (the watcher then
   * passes on its class and style changes).
   */
  inlineMatters(element: Element): boolean;
  refresh(): void;
  dispose(): void;
}
