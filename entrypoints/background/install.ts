import { browser } from 'wxt/browser';
import { welcomeItem } from '../../components/storage/welcome.ts';

/**
 * Badge colours: a deep red with white text. The count is a warning, red says
 * so, and white on #b3261e has a 6.3:1 contrast; the red stays distinct on
 * light toolbars (white, light grey) and dark ones (#202124, #2b2a33).
 */
export const BADGE_COLOURS = { background: '#b3261e', text: '#ffffff' } as const;

/**
 * Opens the first-run page when ClinicCheck is installed (not on updates or
 * browser restarts), and sets the badge colours once per background start.
 * The badge text itself is set per tab by ./badge.ts.
 */
export function startInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcome();
  });
  void setBadgeColours();
}

async function openWelcome(): Promise<void> {
  if (await welcomeItem.getValue()) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  await welcomeItem.setValue({ shownAt: Date.now() });
}

async function setBadgeColours(): Promise<void> {
  // Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ color: BADGE_COLOURS.background });
  // setBadgeTextColor is missing from older browsers; the default is fine there.
  if (typeof action.setBadgeTextColor === 'function') {
    await action.setBadgeTextColor({ color: BADGE_COLOURS.text });
  }
}
