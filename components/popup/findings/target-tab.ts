import { browser } from 'wxt/browser';

/**
 * Whether the popup was opened as a page for a given tab (`popup.html?tab=12`:
 * a detached window, or the real-browser tests) rather than as the toolbar
 * popup.
 */
export function detachedTabId(search = location.search): number | undefined {
  const value = Number(new URLSearchParams(search).get('tab'));
  return Number.isSafeInteger(value) && value >= 0 && new URLSearchParams(search).has('tab') ? value : undefined;
}

/** The tab the popup reports on: the `?tab=` one, or the active tab of its window. */
export async function targetTabId(): Promise<number | undefined> {
  const detached = detachedTabId();
  if (detached !== undefined) return detached;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
