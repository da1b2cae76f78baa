import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { FLAG_COMMAND, FLAG_MENU_ID, onFlagCommand, onFlagMenuClicked, onFlagSiteMessage } from './flags.ts';

beforeEach(() => fakeBrowser.reset());

test('a click on the flag menu item asks the tab to open the form', async () => {
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  await onFlagMenuClicked({ menuItemId: FLAG_MENU_ID }, { id: 7 });
  expect(send).toHaveBeenCalledWith(7, { type: 'cliniccheck:flags/start', via: 'menu' });
});

test('other menu items, and clicks without a tab, do nothing', async () => {
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  await onFlagMenuClicked({ menuItemId: 'something-else' }, { id: 7 });
  await onFlagMenuClicked({ menuItemId: FLAG_MENU_ID }, undefined);
  await onFlagMenuClicked({ menuItemId: FLAG_MENU_ID }, { id: -1 });
  expect(send).not.toHaveBeenCalled();
});

test('the shortcut goes to the given tab, or the active one', async () => {
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [{ id: 3 }]) as never);
  await onFlagCommand(FLAG_COMMAND, { id: 5 });
  await onFlagCommand(FLAG_COMMAND);
  await onFlagCommand('findings-next', { id: 5 });
  expect(send.mock.calls).toEqual([
    [5, { type: 'cliniccheck:flags/start', via: 'command' }],
    [3, { type: 'cliniccheck:flags/start', via: 'command' }],
  ]);
});

test('a tab without a content script is not an error', async () => {
  vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
  await expect(onFlagMenuClicked({ menuItemId: FLAG_MENU_ID }, { id: 9 })).resolves.toBeUndefined();
});

test('a content script asking for its site key gets the registrable domain', async () => {
  const self = { id: browser.runtime.id };
  await expect(onFlagSiteMessage({ type: 'cliniccheck:flags/site', url: 'https://shop.renew.co.uk/a' }, self)).resolves.toEqual({ site: 'renew.co.uk' });
  await expect(onFlagSiteMessage({ type: 'cliniccheck:flags/site', url: 'http://127.0.0.1:4173/x' }, self)).resolves.toEqual({ site: '127.0.0.1' });
});

test('site-key questions that are malformed or from elsewhere are not answered', () => {
  expect(onFlagSiteMessage({ type: 'cliniccheck:flags/site', url: 'file:///etc/passwd' }, { id: browser.runtime.id })).toBeUndefined();
  expect(onFlagSiteMessage({ type: 'cliniccheck:flags/site', url: 'https://a.example/' }, { id: 'other-extension' })).toBeUndefined();
  expect(onFlagSiteMessage({ type: 'cliniccheck:badge', count: 1 }, { id: browser.runtime.id })).toBeUndefined();
});
