import { browser } from 'wxt/browser';
import { parseFindingsResponse, type FindingsResponse } from '../../lib/messages/scan.ts';
import { targetTabId } from '../popup/findings/target-tab.ts';

/**
 * Which web page the checklist is about: the popup's target tab (see
 * targetTabId), kept under this name for the checklist's callers.
 */
export const findTargetTab = targetTabId;

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
