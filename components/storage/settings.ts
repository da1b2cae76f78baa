import { storage } from 'wxt/utils/storage';

/**
 * Scanner settings (`local:settings`): a global off switch and the sites the
 * user paused. A site is a page's hostname ("www.clinic.example"), so pausing
 * one clinic's site does not pause another's on the same host provider.
 */
export interface Settings {
  enabled: boolean;
  pausedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, pausedSites: [] };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

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

/** Pauses or resumes `site`. Read-modify-write of one small item. */
export async function setSitePaused(site: string, paused: boolean): Promise<void> {
  const current = await settingsItem.getValue();
  const others = current.pausedSites.filter((s) => s !== site);
  await settingsItem.setValue({ ...current, pausedSites: paused ? [...others, site] : others });
}

/** Turns scanning on or off everywhere. */
export async function setEnabled(enabled: boolean): Promise<void> {
  const current = await settingsItem.getValue();
  await settingsItem.setValue({ ...current, enabled });
}
