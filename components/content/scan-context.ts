/**
 * What a full scan (full-scan.ts) and a rescan (rescan-changes.ts) share
 * with the scanner that runs them one after another (scanner.ts): the page,
 * detection, the painted findings, and what the last scans left.
 */
import type { PageSignals } from '../../lib/detect/types.ts';
import type { Entry, PageFinding } from './detect-runs.ts';
import type { Decided, DetectService } from './detect-service.ts';
import type { FindingList } from './finding-list.ts';
import type { HighlightRenderer } from './highlight/renderer.ts';
import type { ScanResult } from './scanner-types.ts';
import type { Slicer } from './slicer.ts';

export interface ScanContext {
  readonly root: Element;
  readonly detector: DetectService;
  readonly renderer: HighlightRenderer;
  /** Every finding in document order, and which of them are shown (the filter). */
  readonly list: FindingList;
  /** Each block's runs and findings from the last scans; a full scan replaces it. */
  entries: Map<Element, Entry>;
  /** The page's signals from the last full scan: a rescan decides under them, as the page was. */
  signals: PageSignals | undefined;
  /** Detection's answer (undefined when it failed), with the page's work on its messages charged to the scan. */
  waitFor(answer: Promise<Decided>, slicer: Slicer): Promise<Decided | undefined>;
  /** Registers a finding's highlight if the filter shows it. */
  paint(finding: PageFinding): void;
  unpaint(finding: PageFinding): void;
  /** A scan's figures: the list's counts now, and the slicer's times. */
  stats(slicer: Slicer, runs: number, chars: number): ScanResult;
  /** Tells the scanner's listener (the badge, the popup) that the findings changed. */
  changed(): void;
}
