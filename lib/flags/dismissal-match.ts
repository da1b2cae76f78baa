import { anchorQuote } from '../anchoring/match-quote.ts';
import type { FlagSelectors } from '../anchoring/types.ts';
import type { Dismissal } from './types.ts';
import { hostOf, isOnSite, pageKey } from './page-url.ts';

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

/**
 * The dismissals that concern `url` (its page, or its site). A site
 * dismissal holds the registrable domain computed when it was saved, so a
 * host-suffix test finds it here without the public-suffix list (the
 * content script does not carry one).
 */
export function dismissalsFor(url: string, dismissals: readonly Dismissal[]): Dismissal[] {
  const page = pageKey(url);
  const host = hostOf(url);
  return dismissals.filter((d) => (d.kind === 'site' ? isOnSite(host, d.site) : d.url === page));
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

/**
 * A dismissal of a term on the whole of `site`, a registrable domain from
 * `siteOf` (lib/flags/url.ts; the content script asks the background for it).
 */
export function siteDismissal(site: string, termId: string, id: string, now: Date): Dismissal {
  return { id, kind: 'site', site, termId, createdAt: now.toISOString() };
}
