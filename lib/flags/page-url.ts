/**
 * URL helpers that need no public-suffix list, so the content script can use
 * them without carrying one (tldts is ~250 KB). The registrable domain itself
 * (`siteOf`, lib/flags/url.ts) is computed in the background and the
 * extension pages.
 */

/**
 * The page a flag belongs to: the URL without its #fragment, so jumping to
 * an anchor on the page still shows the page's flags. Query strings stay,
 * because on many sites they pick the page's content.
 */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

// http(s), a host (no user:password@), an optional port, then anything but
// whitespace. The pure core has no URL class (it typechecks without the DOM).
const WEB_URL = /^https?:\/\/[^\s/?#@:]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** True for the only URLs a flag may point to: http and https pages. */
export function isWebUrl(url: string): boolean {
  return WEB_URL.test(url);
}

// scheme://[user@]host[:port]; an IPv6 host keeps its brackets, as tldts does not matter here.
const HOST = /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)/i;

/** The host name of `url`, lower case, without a trailing dot; '' when it has none. */
export function hostOf(url: string): string {
  return (HOST.exec(url)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
}

/**
 * Whether a page on `host` belongs to `site`, a registrable domain that
 * `siteOf` computed for some page of that site: the host is the site itself
 * or one of its subdomains. For a host whose registrable domain is `site`
 * this is exactly `siteOf(host) === site`, without the public-suffix list.
 */
export function isOnSite(host: string, site: string): boolean {
  if (!host || !site) return false;
  return host === site || (host.length > site.length && host.endsWith(site) && host[host.length - site.length - 1] === '.');
}
