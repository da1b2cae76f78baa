import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { siteOf } from '../../lib/flags/url.ts';
import { isFlagSite, type FlagSiteResponse, type FlagStartMessage, type FlagTrigger } from '../../lib/messages/flags.ts';

/** The context-menu item on a selection, and the manifest command (wxt.config.ts). */
export const FLAG_MENU_ID = 'cliniccheck-flag-selection';
export const FLAG_COMMAND = 'flag-selection';

/** Asks the tab's content script to open the flag form for its selection. */
async function startFlagInTab(tabId: number | undefined, via: FlagTrigger): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  const message: FlagStartMessage = { type: 'cliniccheck:flags/start', via };
  // The page may have no content script (a browser page, a store page): nothing to flag there.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** What a click on "Flag as misleading claim…" does. */
export function onFlagMenuClicked(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<void> {
  if (info.menuItemId !== FLAG_MENU_ID) return Promise.resolve();
  return startFlagInTab(tab?.id, 'menu');
}

/** What the flag keyboard shortcut does (Alt+Shift+F by default). */
export async function onFlagCommand(command: string, tab?: { id?: number }): Promise<void> {
  if (command !== FLAG_COMMAND) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  await startFlagInTab(id, 'command');
}

/**
 * Answers a content script's `flags/site` question: the registrable domain
 * of its page. tldts (the public-suffix list) lives here, not in the content
 * script that runs on every page. Anything else: undefined (not ours).
 */
export function onFlagSiteMessage(message: unknown, sender: { id?: string }): Promise<FlagSiteResponse> | undefined {
  if (!isFlagSite(message) || sender.id !== browser.runtime.id) return undefined;
  return Promise.resolve({ site: siteOf(message.url) });
}

function createMenu(): void {
  browser.contextMenus.create({
    id: FLAG_MENU_ID,
    title: i18n.t('background.flagMenu'),
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/**
 * The flags feature's background part: the context-menu item (created on
 * install and update) and the keyboard command, both forwarded to the tab,
 * and the site key of a page for the content script's site dismissals.
 * The handlers are also reachable as `self.clinicCheckFlags` in the service
 * worker, because browser menus and shortcuts cannot be driven from tests;
 * they take nothing the browser would not also pass.
 */
export function startFlags(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(createMenu);
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    void onFlagMenuClicked(info, tab);
  });
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    void onFlagCommand(command, tab);
  });
  browser.runtime.onMessage.addListener(onFlagSiteMessage);
  Object.assign(globalThis, { clinicCheckFlags: { onFlagMenuClicked, onFlagCommand } });
}
