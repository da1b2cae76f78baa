/**
 * The scanner settings as the content script reads them: straight from
 * `browser.storage.local` (key `settings`, written by the settings item in
 * components/storage/settings.ts), so the script every page loads does not
 * carry @wxt-dev/storage for one read and one listener. The item is at
 * version 1 with no migrations; a migration added there must be applied
 * here too (or this read must go back to the item).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-rules.ts';

const KEY = 'settings';

function orDefault(value: unknown): Settings {
  const v = value as Partial<Settings> | null | undefined;
  if (!v || typeof v.enabled !== 'boolean' || !Array.isArray(v.pausedSites)) return DEFAULT_SETTINGS;
  return { enabled: v.enabled, pausedSites: v.pausedSites.filter((s): s is string => typeof s === 'string') };
}

/** Calls `onSettings` with the current settings, then on every change; returns the function that stops watching. */
export function watchSettings(onSettings: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onSettings(orDefault(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  void browser.storage.local.get(KEY).then(
    (stored) => onSettings(orDefault(stored[KEY])),
    () => onSettings(DEFAULT_SETTINGS),
  );
  return () => browser.storage.onChanged.removeListener(listener);
}
