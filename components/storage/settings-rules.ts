/**
 * Scanner settings (`local:settings`): a global off switch and the sites the
 * user paused. A site is a page's hostname ("www.clinic.example"), so pausing
 * one clinic's site does not pause another's on the same host provider.
 *
 * The shape and the rules, without the storage item (./settings.ts): the
 * content script uses these and reads the value itself, so it does not carry
 * @wxt-dev/storage (components/content/settings-watch.ts).
 */
export interface Settings {
  enabled: boolean;
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, pausedSites: [] };

/** The site key for a page URL: its hostname, or '' for non-web pages. */
export function siteOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : '';
  } catch {
    return '';
  }
}

/** Whether ClinicCheck may scan pages of `site` under these settings. */
export function scanAllowed(settings: Settings, site: string): boolean {
  return settings.enabled && site !== '' && !settings.pausedSites.includes(site);
}
