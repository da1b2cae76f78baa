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

/**
 * The tab every popup tab (findings, checklist, flags) reports on.
 *
 * The toolbar popup asks about the active tab of its window. The same page
 * opened as a tab (`popup.html`, e.g. pinned by a user) has no active tab of
 * its own, so:
 * - `popup.html?tab=<id>` names the tab explicitly (used by the real-browser tests);
 * - otherwise, when the page is itself a tab, the most recently used other
 *   tab of a normal window is the target.
 */
export async function targetTabId(search = location.search): Promise<number | undefined> {
  const detached = detachedTabId(search);
  if (detached !== undefined) return detached;
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active?.id;
  }
  const tabs = await browser.tabs.query({ windowType: 'normal' });
  const others = tabs.filter((t) => t.id !== undefined && t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
