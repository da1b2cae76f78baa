import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { FLAG_UI, type FlagHandlers, fillFormByKeyboard, formFocused, flagHighlights, selectText, storedFlags, tabId, until } from './flags-helpers.ts';

let ext: ExtensionBrowser;
let url: string;
let page: Page;
const FIXTURE = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/flags/clinic.html'), 'utf8');
const SHOTS = process.env.CLINICCHECK_SHOTS;

beforeAll(async () => {
  ext = await launchWithExtension();
  url = `${ext.origin}/flags/clinic.html`;
  page = await ext.context.newPage();
  await page.goto(url);
  await tabId(ext, url); // the content script is up
});
afterAll(() => ext?.close());

/** Serves other HTML at the fixture's own URL (a page edited since it was flagged). */
async function serveAtSameUrl(html: string | undefined) {
  await ext.context.unroute(url);
  if (html !== undefined) await ext.context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
}

test('the context menu item and the keyboard shortcut are registered', async () => {
  const { commands, menu } = await ext.worker.evaluate(async () => ({
    commands: await chrome.commands.getAll(),
    // update() fails for an item that does not exist.
    menu: await chrome.contextMenus.update('cliniccheck-flag-selection', {}).then(() => 'exists', (e: Error) => e.message),
  }));
  expect(menu).toBe('exists');
  expect(commands).toContainEqual(expect.objectContaining({ name: 'flag-selection', shortcut: 'Alt+Shift+F' }));
});

test('the button next to a selection opens the form; the form works by keyboard and passes axe', async () => {
  await selectText(page, '#team', 'helped thousands of happy clients');
  const adder = page.locator(`${FLAG_UI} button.adder`);
  await adder.waitFor();
  // The page's layout is untouched: the host adds no box of its own.
  expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height)).toBeGreaterThan(0);
  await adder.click();
  await page.locator(`${FLAG_UI} [role="dialog"]`).waitFor();
  expect(await axeViolations(page, FLAG_UI)).toEqual([]);
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/flag-form.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/flag-form-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await fillFormByKeyboard(page, 'Testimonials', 'High', 'Unverified numbers.');
  await until(async () => (await storedFlags(ext)).length === 1);
  const [flag] = await storedFlags(ext);
  expect(flag).toMatchObject({
    url,
    title: 'Harbour Aesthetics: treatments',
    category: 'TEST',
    severity: 'high',
    note: 'Unverified numbers.',
    origin: 'manual',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'helped thousands of happy clients', suffix: expect.stringMatching(/^ find their confidence again\.\s*$/) },
      { type: 'TextPositionSelector' },
    ],
  });
  expect(Date.parse(flag!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  await until(async () => (await flagHighlights(page)).includes('helped thousands of happy clients'));
});

test('the Flag button is reachable with Tab from the selection and opens the form with Enter', async () => {
  await selectText(page, '#intro', 'glow for the holidays');
  await page.locator(`${FLAG_UI} button.adder`).waitFor();
  // Sequential focus navigation starts at the selection; the button is the next stop.
  await page.keyboard.press('Tab');
  expect(await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement?.className, FLAG_UI)).toBe('adder');
  await page.keyboard.press('Enter');
  const form = page.locator(`${FLAG_UI} [role="dialog"]`);
  await form.waitFor();
  expect(await form.locator('blockquote').textContent()).toBe('glow for the holidays');
  // Tab stays inside the open form.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement?.id, FLAG_UI)).toBe('cc-flag-category');
  await page.keyboard.press('Escape');
  await expect.poll(() => form.count()).toBe(0);
  expect(await storedFlags(ext)).toHaveLength(1);
});

test('the context menu path flags the selection (same handler the menu click calls)', async () => {
  await selectText(page, '#visit', 'a cup of tea and a fresh towel');
  const id = await tabId(ext, url);
  await ext.worker.evaluate(
    (id) => (globalThis as unknown as { clinicCheckFlags: FlagHandlers }).clinicCheckFlags.onFlagMenuClicked({ menuItemId: 'cliniccheck-flag-selection' }, { id }),
    id,
  );
  await fillFormByKeyboard(page, 'Other', 'Low', '');
  await until(async () => (await storedFlags(ext)).length === 2);
  expect((await storedFlags(ext)).find((f) => f.selectors[0].exact === 'a cup of tea and a fresh towel')).toMatchObject({ category: 'other', severity: 'low' });
});

test('the shortcut path flags the selection; Escape cancels and gives focus back', async () => {
  await selectText(page, '#price', 'payable at the front desk');
  const id = await tabId(ext, url);
  const press = () => ext.worker.evaluate((id) => (globalThis as unknown as { clinicCheckFlags: FlagHandlers }).clinicCheckFlags.onFlagCommand('flag-selection', { id }), id);
  await press();
  const form = page.locator(`${FLAG_UI} [role="dialog"]`);
  await form.waitFor();
  await formFocused(page);
  await page.keyboard.press('Escape');
  await expect.poll(() => form.count()).toBe(0);
  expect(await storedFlags(ext)).toHaveLength(2);
  // Focus left the closed form; the reviewer's place (the selected words) is kept.
  expect(await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement, FLAG_UI)).toBeNull();
  expect(await page.evaluate(() => getSelection()!.toString())).toBe('payable at the front desk');
  await press();
  await fillFormByKeyboard(page, 'Pressure', 'Medium', 'Pay-at-desk pressure?');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/flag-saved.png` });
  await until(async () => (await storedFlags(ext)).length === 3);
});

test('after a reload every flag is highlighted again', async () => {
  await page.reload();
  await until(async () => (await flagHighlights(page)).length === 3);
  expect(await flagHighlights(page)).toEqual(['a cup of tea and a fresh towel', 'helped thousands of happy clients', 'payable at the front desk']);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/flags-highlighted.png` });
  // A script rewrites the flagged paragraph's text: the flag is placed again.
  await page.evaluate(() => ((document.querySelector('#price')!.firstChild as Text).data = 'From 95 pounds a session, payable at the front desk.'));
  await until(async () => (await flagHighlights(page)).includes('payable at the front desk'));
  expect(await flagHighlights(page)).toHaveLength(3);
});

test('after the page text changed a little, flags land on the right words', async () => {
  const edited = FIXTURE.replace('<h1>Harbour Aesthetics</h1>', '<h1>Harbour Aesthetics</h1><p>New: evening appointments on Thursdays.</p>')
    .replace('Our team has helped', 'Our friendly team has helped')
    .replace('a cup of tea and a fresh towel', 'a cup of tea and fresh towels')
    .replace('payable at the front desk', 'payable at the front desk or online');
  await serveAtSameUrl(edited);
  await page.reload();
  await until(async () => (await flagHighlights(page)).length === 3);
  const painted = await flagHighlights(page);
  expect(painted).toContain('helped thousands of happy clients');
  expect(painted).toContain('payable at the front desk');
  expect(painted.find((t) => t.startsWith('a cup of tea'))).toMatch(/^a cup of tea and fresh towels?$/);
});

test('when the flagged words are gone the flag is kept and shown as orphaned', async () => {
  await serveAtSameUrl(FIXTURE.replace(/<p id="team">.*<\/p>/, ''));
  await page.reload();
  await until(async () => (await flagHighlights(page)).length === 2);
  expect(await storedFlags(ext)).toHaveLength(3);
  const popup = await ext.openExtensionPage(`popup.html?tab=${await tabId(ext, url)}`);
  await popup.getByRole('tab', { name: 'Flags' }).click();
  const orphan = popup.locator('.flag', { hasText: 'helped thousands of happy clients' });
  await expect.poll(() => orphan.locator('.flag__orphan').count()).toBe(1);
  expect(await popup.locator('.flag__orphan').count()).toBe(1);
  expect(await axeViolations(popup)).toEqual([]);
  if (SHOTS) await popup.screenshot({ path: `${SHOTS}/popup-flags.png` });
  // "Show on page" selects a placed flag's words in the page.
  await popup.locator('.flag', { hasText: 'payable at the front desk' }).getByRole('button', { name: 'Show on page' }).click();
  await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('payable at the front desk');
  expect(await orphan.getByRole('button', { name: 'Show on page' }).count()).toBe(0);
  await popup.close();
  // The review page knows it too, from the last visit.
  const review = await ext.openExtensionPage('review.html');
  const row = review.locator('li.flag', { hasText: 'helped thousands of happy clients' });
  await expect.poll(() => row.locator('.flag__orphan').count()).toBe(1);
  expect(await review.locator('.flag__orphan').count()).toBe(1);
  await review.close();
  await serveAtSameUrl(undefined);
});

test('a dismissed finding stays dismissed after a reload, and undo brings it back', async () => {
  await page.reload();
  const id = await tabId(ext, url);
  const findings = () =>
    ext.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/get' })).findings, id) as Promise<Array<{ id: string; termId: string; quote: string }>>;
  await until(async () => (await findings()).some((f) => f.termId === 'SCT-01'));
  const finding = (await findings()).find((f) => f.termId === 'SCT-01')!;
  await ext.worker.evaluate(({ id, fid }) => chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/reveal', id: fid }), { id, fid: finding.id });
  const dismiss = page.locator('cliniccheck-card .card button', { hasText: 'Not a claim here' });
  await dismiss.waitFor();
  await dismiss.focus();
  await page.keyboard.press('Enter');
  await until(async () => !(await findings()).some((f) => f.termId === 'SCT-01'));
  await page.reload();
  await tabId(ext, url);
  // Findings are listed only once the dismissals are read, so the first list already lacks SCT-01.
  await until(async () => (await findings()).length > 0);
  expect((await findings()).some((f) => f.termId === 'SCT-01')).toBe(false);
  const popup = await ext.openExtensionPage(`popup.html?tab=${id}`);
  await popup.getByRole('tab', { name: 'Flags' }).click();
  await popup.getByRole('button', { name: 'Undo' }).click();
  await until(async () => (await findings()).some((f) => f.termId === 'SCT-01'));
  await popup.close();
});

test('"Flag this" on a finding card makes a flag in one step, and can be undone', async () => {
  const id = await tabId(ext, url);
  const findings = await ext.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/get' })).findings, id);
  const finding = findings.find((f: { termId: string }) => f.termId === 'SCT-01');
  await ext.worker.evaluate(({ id, fid }) => chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/reveal', id: fid }), { id, fid: finding.id });
  const flagThis = page.locator('cliniccheck-card .card button', { hasText: 'Flag this' });
  const fromFinding = async () => (await storedFlags(ext)).filter((f) => f.origin === 'finding');
  await flagThis.waitFor({ state: 'attached' });
  await flagThis.focus();
  await page.keyboard.press('Enter');
  // Saved at once, with the finding's category, severity and lexicon term; no form.
  await until(async () => (await fromFinding()).length === 1);
  expect(await page.locator(`${FLAG_UI} [role="dialog"]`).count()).toBe(0);
  expect((await fromFinding())[0]).toMatchObject({ termId: 'SCT-01', category: 'SCT', severity: 'high', note: '' });
  expect((await fromFinding())[0]!.selectors[0].exact).toBe('stem cell facial');
  await until(async () => (await flagHighlights(page)).includes('stem cell facial'));
  // The notice offers Undo.
  expect(await axeViolations(page, FLAG_UI)).toEqual([]);
  await page.locator(`${FLAG_UI} .toast`).getByRole('button', { name: 'Undo' }).click();
  await until(async () => (await fromFinding()).length === 0);
});

test('"Not a claim on this site" hides the term on every page of the site until undone on the review page', async () => {
  const findingsOf = (id: number) =>
    ext.worker.evaluate(async (id) => (await chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/get' })).findings, id) as Promise<Array<{ id: string; termId: string }>>;
  const id = await tabId(ext, url);
  await until(async () => (await findingsOf(id)).some((f) => f.termId === 'SCT-01'));
  const finding = (await findingsOf(id)).find((f) => f.termId === 'SCT-01')!;
  await ext.worker.evaluate(({ id, fid }) => chrome.tabs.sendMessage(id, { type: 'cliniccheck:findings/reveal', id: fid }), { id, fid: finding.id });
  const button = page.locator('cliniccheck-card .card button', { hasText: 'Not a claim on this site' });
  await button.waitFor({ state: 'attached' });
  await button.focus();
  await page.keyboard.press('Enter');
  await until(async () => !(await findingsOf(id)).some((f) => f.termId === 'SCT-01'));

  const other = await ext.context.newPage();
  const otherUrl = `${ext.origin}/flags/other.html`;
  await other.goto(otherUrl);
  const otherId = await tabId(ext, otherUrl);
  // The page's other claim is found, so the scan is done; the dismissed term is not among the findings.
  await until(async () => (await findingsOf(otherId)).length > 0);
  expect((await findingsOf(otherId)).some((f) => f.termId === 'SCT-01')).toBe(false);

  const review = await ext.openExtensionPage('review.html');
  await review.getByText('SCT-01 anywhere on 127.0.0.1').waitFor();
  await review.getByRole('button', { name: 'Undo' }).click();
  await until(async () => (await findingsOf(otherId)).some((f) => f.termId === 'SCT-01'));
  await review.close();
  await other.close();
});
