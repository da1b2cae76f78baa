import { browser } from 'wxt/browser';
import { parseFindingsResponse, type FindingsResponse } from '../../lib/messages/scan.ts';

/**
 * Which web page the checklist is about, and what the scanner found there.
 *
 * The toolbar popup asks about the active tab of its window. The same page
 * opened as a tab (`popup.html`, e.g. in tests, or pinned by a user) has no
 * active tab of its own, so:
 * - `popup.html?tab=<id>` names the tab explicitly (used by the real-browser tests);
 * - otherwise, when the page is itself a tab, the most recently used other
 *   tab of a normal window is the target.
 */
export async function findTargetTab(search = location.search): Promise<number | undefined> {
  const params = new URLSearchParams(search);
  const explicit = Number(params.get('tab'));
  if (params.has('tab') && Number.isSafeInteger(explicit) && explicit >= 0) return explicit;
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

/** What the checklist knows about the target page. */
export interface TargetPage {
  tabId?: number;
  /** The page URL (from the content script, else from the tab when visible). */
  url?: string;
  title?: string;
  /** The scanner's findings; empty when no content script answered. */
  findings: FindingsResponse['findings'];
}

const ANSWER_TIMEOUT_MS = 2000;

/**
 * Asks the target tab's content script for its findings
 * (`cliniccheck:findings/get`). Pages without a content script (browser
 * pages, stores, a tab still loading) or a malformed or slow answer give an
 * empty list instead of an error.
 */
export async function loadTargetPage(search?: string): Promise<TargetPage> {
  const tabId = await findTargetTab(search).catch(() => undefined);
  if (tabId === undefined) return { findings: [] };
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS));
  const reply = await Promise.race([
    browser.tabs.sendMessage(tabId, { type: 'cliniccheck:findings/get' }).catch(() => undefined),
    timeout,
  ]);
  const page = parseFindingsResponse(reply);
  return { tabId, url: page?.url ?? tab?.url, title: page?.title ?? tab?.title, findings: page?.findings ?? [] };
}
