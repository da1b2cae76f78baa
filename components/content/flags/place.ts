import { anchorQuote } from '../../../lib/anchoring/match-quote.ts';
import type { Flag } from '../../../lib/flags/types.ts';
import { OWN_UI_ATTRIBUTE } from '../highlight/styles.ts';
import { rangeOfSpan, type TextBasis } from './text-basis.ts';

/** The highlight group flags paint in (see components/content/highlight). */
export const FLAG_GROUP = 'cliniccheck-flag';

/**
 * Flags look different from findings: a violet outline-like underline and a
 * light violet wash, so a flagged finding still shows it was flagged.
 */
const FLAG_CSS = `
::highlight(${FLAG_GROUP}) {
  background-color: rgba(150, 80, 230, 0.22);
  text-decoration: underline double rgb(120, 50, 200);
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`;

/** Adds the flag highlight style once (page scope: ::highlight cannot be styled from a shadow root). */
export function ensureFlagStyles(doc: Document): void {
  if (doc.querySelector(`style[${OWN_UI_ATTRIBUTE}="flag-highlights"]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, 'flag-highlights');
  style.textContent = FLAG_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

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
