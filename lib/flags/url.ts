import { getDomain, getHostname } from 'tldts';

// The helpers that need no public-suffix list live in page-url.ts, so the
// content script can import them without tldts.
export { hostOf, isOnSite, isWebUrl, pageKey } from './page-url.ts';

/**
 * The site a page belongs to, for grouping and "not a claim on this site":
 * the registrable domain (`clinic.example` for `www.clinic.example`), or the
 * host name where there is none (IP addresses, localhost).
 */
export function siteOf(url: string): string {
  return getDomain(url) ?? getHostname(url) ?? url;
}
