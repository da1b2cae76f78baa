import { anchorQuote } from '../../../lib/anchoring/match-quote.ts';
import type { Flag } from '../../../lib/flags/types.ts';
import { rangeOfSpan, type TextBasis } from './text-basis.ts';

/** The highlight group flags paint in (styled in components/content/highlight/highlights.css). */
export const FLAG_GROUP = 'cliniccheck-flag';

export interface Placement {
  placed: Map<string, Range>;
  /** Flags whose words are no longer on the page. Kept, never deleted. */
  orphaned: string[];
}

/** Re-anchors each flag in the page's text basis: exact quote first, then fuzzy. */
export function placeFlags(basis: TextBasis, flags: readonly Flag[]): Placement {
  const placement: Placement = { placed: new Map(), orphaned: [] };
  for (const flag of flags) {
    const anchor = anchorQuote(basis.text, flag.selectors);
    const range = anchor && rangeOfSpan(basis, anchor.start, anchor.end);
    if (range) placement.placed.set(flag.id, range);
    else placement.orphaned.push(flag.id);
  }
  return placement;
}
