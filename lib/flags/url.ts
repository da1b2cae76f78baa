import { getDomain, getHostname } from 'tldts';

/**
 * The page a flag belongs to: the URL without its #fragment, so jumping to
 * an anchor on the page still shows the page's flags. Query strings stay,
 * because on many sites they pick the page's content.
 */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The site a page belongs to, for grouping and "not a claim on this site":
 * the registrable domain (`clinic.example` for `www.clinic.example`), or the
 * host name where there is none (IP addresses, localhost).
 */
export function siteOf(url: string): string {
  return getDomain(url) ?? getHostname(url) ?? url;
}

// http(s), a host (no user:password@), an optional port, then anything but
// whitespace. The pure core has no URL class (it typechecks without the DOM).
const WEB_URL = /^https?:\/\/[^\s/?#@:]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** True for the only URLs a flag may point to: http and https pages. */
export function isWebUrl(url: string): boolean {
  return WEB_URL.test(url);
}
