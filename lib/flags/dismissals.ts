import type { Dismissal } from './types.ts';
import { siteDismissal } from './dismissal-match.ts';
import { siteOf } from './url.ts';

// Everything about dismissals that needs no public-suffix list is in
// dismissal-match.ts, which the content script imports; this module adds
// what needs tldts, for the background and the extension pages.
export * from './dismissal-match.ts';

/** A dismissal of a term on the whole site of `url` (its registrable domain). */
export function dismissOnSite(url: string, termId: string, id: string, now: Date): Dismissal {
  return siteDismissal(siteOf(url), termId, id, now);
}
