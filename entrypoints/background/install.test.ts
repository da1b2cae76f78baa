import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { welcomeItem } from '../../components/storage/welcome.ts';
import { BADGE_COLOURS, startInstall } from './install.ts';

// The fake browser has no badge API; stand in for the one the module calls.
const badge = { setBadgeBackgroundColor: vi.fn(async () => {}), setBadgeTextColor: vi.fn(async () => {}) };

const welcomeTabs = async () =>
  (await browser.tabs.query({})).filter((t) => t.url === browser.runtime.getURL('/welcome.html'));

describe('startInstall', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.clearAllMocks();
    Object.assign(fakeBrowser, { action: badge });
  });

  test('opens the first-run page once, on install only', async () => {
    startInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    expect(await welcomeTabs()).toHaveLength(0);

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await welcomeTabs()).toHaveLength(1));
    expect(await welcomeItem.getValue()).toEqual({ shownAt: expect.any(Number) });

    // A second install event (e.g. a reload in developer mode) does not open another tab.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((ok) => setTimeout(ok, 10));
    expect(await welcomeTabs()).toHaveLength(1);
  });

  test('sets the badge colours at start-up', async () => {
    startInstall();
    await vi.waitFor(() => expect(badge.setBadgeTextColor).toHaveBeenCalledWith({ color: BADGE_COLOURS.text }));
    expect(badge.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: BADGE_COLOURS.background });
  });

  test('skips the text colour where the browser cannot set it', async () => {
    Object.assign(fakeBrowser, { action: { setBadgeBackgroundColor: badge.setBadgeBackgroundColor } });
    startInstall();
    await vi.waitFor(() => expect(badge.setBadgeBackgroundColor).toHaveBeenCalled());
  });
});
