import type { Severity } from '../../../lib/lexicon/types.ts';

/**
 * Where highlights go. The scanner only talks to this interface, so unit tests
 * (happy-dom has no `Highlight`) use the in-memory fake and the page uses the
 * CSS Custom Highlight API. Groups are named, e.g. `cliniccheck-high`; other
 * features register their own (the flags helper uses `cliniccheck-flag`).
 */
export interface HighlightRenderer {
  /** False where the page cannot show highlights (the findings list still works). */
  readonly supported: boolean;
  add(group: string, range: AbstractRange): void;
  delete(group: string, range: AbstractRange): void;
  /** Removes every range of `group`, or of every group when none is given. */
  clear(group?: string): void;
  /**
   * About `count` ranges are about to be added (a full scan's findings): a
   * renderer may prepare for that many at once (optional).
   */
  expect?(count: number): void;
  /**
   * Registers now what the renderer would register at the next frame (the
   * ranges near the viewport, on a long page): a scan ends with its
   * highlights registered, and counts that work as its own (optional).
   */
  flush?(): void;
  /** The ranges under the point, for hover cards; empty when unknown. */
  rangesAtPoint?(x: number, y: number): AbstractRange[] | undefined;
  /** Removes everything the renderer added to the page. */
  dispose(): void;
}

/** The highlight group of a severity. */
export function severityGroup(severity: Severity): string {
  return `cliniccheck-${severity}`;
}

/** The group marking the finding whose card is open. */
export const CURRENT_GROUP = 'cliniccheck-current';

/** Paint order: later wins where highlights overlap. */
export const GROUP_PRIORITY: Record<string, number> = {
  'cliniccheck-low': 1,
  'cliniccheck-medium': 2,
  'cliniccheck-high': 3,
  'cliniccheck-flag': 4,
  [CURRENT_GROUP]: 5,
};
