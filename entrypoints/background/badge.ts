import { browser } from 'wxt/browser';
import { isBadge, type FindingsStepMessage } from '../../lib/messages/scan.ts';

/** Keyboard commands (declared in wxt.config.ts) and the direction they step. */
const COMMANDS: Record<string, FindingsStepMessage['direction']> = {
  'next-finding': 'next',
  'previous-finding': 'previous',
};

/**
 * The toolbar badge: the number of active findings in each tab, as the
 * tab's content script reports it (top frame only). The browser clears a
 * tab's badge when the tab loads a new page (Chromium and Firefox reset
 * tab-specific action values then), so nothing here listens to tab updates:
 * such a listener started the stopped service worker, and with it the
 * engine's warm-up, for every load and title change of every tab. Also
 * forwards the next / previous finding commands to the active tab's content
 * script.
 */
export function startBadge(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBadge(message) || sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    const text = message.count === 0 ? '' : message.count > 999 ? '999+' : String(message.count);
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    void browser.action.setBadgeText({ tabId, text });
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = COMMANDS[command];
    if (!direction) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    const step: FindingsStepMessage = { type: 'cliniccheck:findings/step', direction };
    await browser.tabs.sendMessage(tabId, step).catch(() => undefined);
  });
}
