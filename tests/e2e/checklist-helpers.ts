import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from './browser.ts';
import type { ClinicWithAnswers } from '../../lib/checklist/format.ts';

/** Set CHECKLIST_SHOTS=<dir> to save screenshots of each step there. */
const SHOTS = process.env.CHECKLIST_SHOTS;

export async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Opens a fixture page, then the popup for its tab (`popup.html?tab=<id>`) on its Checklist tab. */
export async function openChecklistFor(ext: ExtensionBrowser, path: string): Promise<{ site: Page; popup: Page; tabId: number }> {
  const site = await ext.context.newPage();
  const url = `${ext.origin}/checklist/${path}`;
  await site.goto(url);
  const tabId = await tabIdOf(ext, url);
  const popup = await reopenPopup(ext, tabId);
  return { site, popup, tabId };
}

/** Opens the popup page for a tab, switched to the Checklist tab. */
export async function reopenPopup(ext: ExtensionBrowser, tabId: number, clickTab = true): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  if (clickTab) await popup.getByRole('tab', { name: 'Checklist' }).click();
  return popup;
}

/** Every checklist key in storage (clinic:, answer:, checklist-*), read in the service worker. */
export function checklistStorage(ext: ExtensionBrowser): Promise<Record<string, unknown>> {
  return ext.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([k]) => /^(clinic:|answer:|checklist-)/.test(k)));
  });
}

/** Replaces the checklist data with these clinics, written as the storage layer writes them. */
export async function seedChecklist(ext: ExtensionBrowser, items: ClinicWithAnswers[]): Promise<void> {
  const values: Record<string, unknown> = {};
  for (const { clinic, answers } of items) {
    values[`clinic:${clinic.id}`] = clinic;
    for (const [q, a] of Object.entries(answers)) values[`answer:${clinic.id}:${q}`] = a;
  }
  await ext.worker.evaluate(async (v) => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((k) => /^(clinic:|answer:|checklist-)/.test(k)));
    await chrome.storage.local.set(v);
  }, values);
}

/** Clicks a button and returns the text of the file it downloads. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** Presses Tab until the focused element has this accessible name (or label text); fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''}|${label}|${el.textContent ?? ''}`;
    });
    if (typeof name === 'string' ? focused.split('|').some((p) => p.trim() === name) : name.test(focused)) return;
  }
  throw new Error(`could not reach ${name} with ${key}`);
}
