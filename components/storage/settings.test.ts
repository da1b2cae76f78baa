import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { scanAllowed, setEnabled, setSitePaused, settingsItem, siteOf } from './settings.ts';

beforeEach(() => fakeBrowser.reset());

test.each([
  ['https://www.clinic.example/a?b', 'www.clinic.example'],
  ['http://127.0.0.1:8080/x.html', '127.0.0.1'],
  ['chrome-extension://abc/popup.html', ''],
  ['not a url', ''],
])('siteOf(%s) is %s', (url, site) => {
  expect(siteOf(url)).toBe(site);
});

test('scanning is on by default and stops when paused or switched off', async () => {
  expect(scanAllowed(await settingsItem.getValue(), 'a.example')).toBe(true);
  await setSitePaused('a.example', true);
  await setSitePaused('a.example', true);
  expect((await settingsItem.getValue()).pausedSites).toEqual(['a.example']);
  expect(scanAllowed(await settingsItem.getValue(), 'a.example')).toBe(false);
  expect(scanAllowed(await settingsItem.getValue(), 'b.example')).toBe(true);
  await setSitePaused('a.example', false);
  expect(scanAllowed(await settingsItem.getValue(), 'a.example')).toBe(true);
  await setEnabled(false);
  expect(scanAllowed(await settingsItem.getValue(), 'b.example')).toBe(false);
  expect(scanAllowed(await settingsItem.getValue(), '')).toBe(false);
});
