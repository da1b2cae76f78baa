import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.ts';
import type { Flag } from '../../lib/flags/types.ts';

/**
 * The background's menu-click and shortcut handlers, which it exposes in the
 * service worker as `clinicCheckFlags` (entrypoints/background/flags.ts).
 */
export interface FlagHandlers {
  onFlagMenuClicked(info: { menuItemId: string }, tab: { id: number }): Promise<void>;
  onFlagCommand(command: string, tab: { id: number }): Promise<void>;
}

/** The flag UI's shadow host (Playwright locators pierce open shadow roots). */
export const FLAG_UI = 'cliniccheck-flags';

/** The words painted in the `cliniccheck-flag` highlight group, read in the page's main world. */
export function flagHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(CSS.highlights.get('cliniccheck-flag') ?? [])].map((r) => (r as Range).toString()).sort());
}

/** Selects `text` inside the element matching `selector`, as a reader dragging over it would. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const node = [...document.querySelector(selector)!.childNodes].find((n) => n.textContent!.includes(text))!;
      const start = node.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { selector, text },
  );
}

/** Every stored flag, read from extension storage. */
export function storedFlags(ext: ExtensionBrowser): Promise<Flag[]> {
  return ext.worker.evaluate(async (): Promise<Flag[]> => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('flag:') && !key.endsWith('$'))
      .map(([, value]) => value as Flag);
  });
}

/** The id of the tab showing `url` (asked of the content scripts: no `tabs` permission). */
export function tabId(ext: ExtensionBrowser, url: string): Promise<number> {
  return ext.worker.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      const answer = await chrome.tabs.sendMessage(tab.id!, { type: 'cliniccheck:flags/status' }).catch(() => undefined);
      if (answer?.url === u.split('#')[0]) return tab.id!;
    }
    throw new Error(`no tab shows ${u}`);
  }, url);
}

/** Polls until `check` passes (expect.poll with a friendlier default). */
export async function until(check: () => Promise<boolean> | boolean, timeout = 10_000): Promise<void> {
  await expect.poll(check, { timeout, interval: 100 }).toBe(true);
}

/** Waits until the open flag form has focus on its first control. */
export async function formFocused(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate((host) => document.querySelector(host)?.shadowRoot?.activeElement?.id, FLAG_UI)).toBe('cc-flag-category');
}

/** Fills the open flag form with the keyboard only and saves it. */
export async function fillFormByKeyboard(page: Page, category: string, severity: string, note: string): Promise<void> {
  const form = page.locator(`${FLAG_UI} [role="dialog"]`);
  await expect.poll(() => form.count()).toBe(1);
  // Focus starts on the category; options are picked by typing, as a keyboard user would.
  await formFocused(page);
  await page.keyboard.type(category);
  await page.keyboard.press('Tab');
  await page.keyboard.type(severity);
  await page.keyboard.press('Tab');
  await page.keyboard.type(note);
  await page.keyboard.press('Tab'); // Cancel
  await page.keyboard.press('Tab'); // Save flag
  await page.keyboard.press('Enter');
  await expect.poll(() => form.count()).toBe(0);
}
