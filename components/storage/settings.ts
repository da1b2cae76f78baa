import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings-rules.ts';

export { DEFAULT_SETTINGS, scanAllowed, siteOf, type Settings } from './settings-rules.ts';

/** The scanner settings item (`local:settings`); shape and rules in ./settings-rules.ts. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

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
