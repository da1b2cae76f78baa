import type { CategoryCode, Severity } from '../lexicon/types.ts';

/** A block of text (paragraph, heading, list item) in the scanned text. */
export interface Block {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  heading?: boolean;
}

export type SuppressionReason = 'negated' | 'hedged' | 'critical' | 'question' | 'no-invasive-context';

/** Page-level facts some rules need; compute once per page with `pageSignals`. */
export interface PageSignals {
  /** The page describes needles, injections, fat harvest, incisions or anaesthesia (rule R5). */
  invasive: boolean;
  /**
   * The page reports on, warns about or weighs up treatments (news, regulator,
   * sceptical guide) rather than selling them (rule R7): its claims are not
   * its own, so only its own price and pressure tactics still count.
   */
  editorial: boolean;
  /**
   * The page is about treatments at all (it names or claims some): price and
   * pressure wording only counts there, not on a shop or a travel page.
   */
  clinical: boolean;
}

export interface Finding {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  quote: string;
  termId: string;
  category: CategoryCode;
  severity: Severity;
  /** The rule that produced it, for explanations: `term:SCT-01`, `pattern:efficacy`. */
  rule: string;
  status: 'active' | 'suppressed';
  /** Set when status is `suppressed`. */
  reason?: SuppressionReason;
}
