import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { startBadge } from './badge.ts';

type CommandListener = (command: string, tab?: { id?: number }) => Promise<void>;
let onCommand: CommandListener;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no commands API: capture the listener instead.
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    onCommand = listener as unknown as CommandListener;
  });
});

test('sets the badge of the sending tab from a valid count, ignores anything else', async () => {
  const setBadgeText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue();
  startBadge();
  const sender = { id: browser.runtime.id, tab: { id: 7 } as never, frameId: 0 };
  await fakeBrowser.runtime.onMessage.trigger({ type: 'cliniccheck:badge', count: 3 }, sender);
  await fakeBrowser.runtime.onMessage.trigger({ type: 'cliniccheck:badge', count: 0 }, sender);
  await fakeBrowser.runtime.onMessage.trigger({ type: 'cliniccheck:badge', count: -2 }, sender);
  await fakeBrowser.runtime.onMessage.trigger({ type: 'cliniccheck:badge', count: 5 }, { ...sender, frameId: 3 });
  await fakeBrowser.runtime.onMessage.trigger({ type: 'cliniccheck:badge', count: 5 }, { ...sender, id: 'other-extension' });
  expect(setBadgeText.mock.calls).toEqual([[{ tabId: 7, text: '3' }], [{ tabId: 7, text: '' }]]);
});

test('forwards the next / previous commands to the tab as a step message', async () => {
  const sendMessage = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
  startBadge();
  await onCommand('next-finding', { id: 4 });
  await onCommand('previous-finding', { id: 4 });
  await onCommand('flag-selection', { id: 4 });
  expect(sendMessage.mock.calls).toEqual([
    [4, { type: 'cliniccheck:findings/step', direction: 'next' }],
    [4, { type: 'cliniccheck:findings/step', direction: 'previous' }],
  ]);
});
