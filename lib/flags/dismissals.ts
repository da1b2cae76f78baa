import { anchorQuote } from '../anchoring/match-quote.ts';
import type { FlagSelectors } from '../anchoring/types.ts';
import type { Dismissal } from './types.ts';
import { pageKey, siteOf } from './url.ts';

/**
 * "Not a claim here". A dismissed finding is taken out before it is
 * highlighted or counted. An occurrence dismissal remembers the quote with
 * its context, so it follows the words when the page changes and leaves the
 * same term elsewhere on the page alone; a site dismissal silences the term
 * on every page of the site. Both are undone by deleting the dismissal.
 */

/** A finding as the dismissal check needs it: offsets in the flags' text basis. */
export interface DismissableFinding {
  id: string;
  termId: string;
  start: number;
  end: number;
}

/** The dismissals that concern `url` (its page, or its site). */
export function dismissalsFor(url: string, dismissals: readonly Dismissal[]): Dismissal[] {
  const page = pageKey(url);
  const site = siteOf(url);
  return dismissals.filter((d) => (d.kind === 'site' ? d.site === site : d.url === page));
}

/**
 * A test for findings on `url`: returns the dismissal that removes a finding,
 * or undefined. `text` is the page's text basis; occurrence dismissals are
 * re-anchored in it once, here, so the test itself is cheap.
 */
export function dismissalMatcher(
  text: string,
  url: string,
  dismissals: readonly Dismissal[],
): (finding: DismissableFinding) => Dismissal | undefined {
  const relevant = dismissalsFor(url, dismissals);
  const placed = relevant.map((d) => ({ d, at: d.kind === 'occurrence' ? anchorQuote(text, d.quote) : null }));
  return (finding) =>
    placed.find(
      ({ d, at }) =>
        d.termId === finding.termId && (d.kind === 'site' || (at !== null && finding.start < at.end && at.start < finding.end)),
    )?.d;
}

/** The ids of `findings` that the reviewer dismissed. */
export function dismissedFindingIds(
  text: string,
  url: string,
  findings: readonly DismissableFinding[],
  dismissals: readonly Dismissal[],
): Set<string> {
  const match = dismissalMatcher(text, url, dismissals);
  return new Set(findings.filter((f) => match(f)).map((f) => f.id));
}

/** A dismissal of one occurrence, from the finding's selectors. */
export function dismissOccurrence(url: string, termId: string, quote: FlagSelectors, id: string, now: Date): Dismissal {
  return { id, kind: 'occurrence', url: pageKey(url), termId, quote, createdAt: now.toISOString() };
}

/** A dismissal of a term on the whole site of `url`. */
export function dismissOnSite(url: string, termId: string, id: string, now: Date): Dismissal {
  return { id, kind: 'site', site: siteOf(url), termId, createdAt: now.toISOString() };
}
