import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, setEnabled, setSitePaused, settingsItem } from '../storage/settings.ts';
import { watchSettings } from './settings-watch.ts';

beforeEach(() => fakeBrowser.reset());

test('reads what the settings item wrote, then follows its changes, until stopped', async () => {
  await setSitePaused('a.example', true);
  const seen = vi.fn();
  const stop = watchSettings(seen);
  await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ enabled: true, pausedSites: ['a.example'] }));
  await setEnabled(false);
  await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ enabled: false, pausedSites: ['a.example'] }));
  await settingsItem.removeValue();
  await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(DEFAULT_SETTINGS));
  stop();
  const calls = seen.mock.calls.length;
  await setEnabled(true);
  expect(seen).toHaveBeenCalledTimes(calls);
});

test.each([
  ['nothing stored', undefined],
  ['a damaged record', { enabled: 'yes' }],
  ['no list of sites', { enabled: false }],
])('%s reads as the defaults', async (_, value) => {
  if (value !== undefined) await browser.storage.local.set({ settings: value });
  const seen = vi.fn();
  watchSettings(seen);
  await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(DEFAULT_SETTINGS));
});
