import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations, launchWithExtension, tabIdOf, type ExtensionBrowser } from './browser.ts';
import { checklistStorage, openChecklistFor, reopenPopup, shot, tabTo } from './checklist-helpers.ts';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(() => ext?.close());

test('page findings put their questions first, with the claim quoted', async () => {
  const { popup, site } = await openChecklistFor(ext, 'clinic.html');
  await shot(popup, '01-start');
  await popup.getByRole('button', { name: 'Start a checklist for 127.0.0.1' }).click();
  await expect.poll(() => popup.getByText('Question 1 of 28').count()).toBe(1);
  await expect.poll(() => popup.locator('.cl-quote').textContent()).toMatch(/^This page says .*(stem cell facial|permanent results|guaranteed).*\. Ask:$/);
  await shot(popup, '02-first-question');
  await popup.getByRole('button', { name: 'All questions' }).click();
  const pointed = await popup.locator('.cl-list__item:has(.cl-list__page) .cl-list__id').allTextContents();
  const order = await popup.locator('.cl-list__id').allTextContents();
  expect(pointed.length).toBeGreaterThan(0);
  expect(order.slice(0, pointed.length)).toEqual(pointed);
  expect(order).not.toEqual(Array.from({ length: 28 }, (_, i) => `Q${i + 1}`));
  await shot(popup, '02b-list');
  await popup.close();

  // The same site without claims: plain checklist order, no quote.
  await site.goto(`${ext.origin}/checklist/plain.html`);
  const { popup: plain } = await openChecklistFor(ext, 'plain.html');
  await expect.poll(() => plain.locator('.cl-section-name').textContent()).toMatch(/^Q1 ·/);
  expect(await plain.locator('.cl-quote').count()).toBe(0);
  await plain.getByRole('button', { name: 'All questions' }).click();
  expect(await plain.locator('.cl-list__id').allTextContents()).toEqual(Array.from({ length: 28 }, (_, i) => `Q${i + 1}`));
  await plain.close();
  await site.close();
});

test('answers are saved at once and are there after closing and reopening, at the same question', async () => {
  const { popup, tabId, site } = await openChecklistFor(ext, 'plain.html');
  await expect.poll(() => popup.getByText(/Question \d+ of 28/).count()).toBe(1);
  await popup.getByRole('button', { name: 'All questions' }).click();
  await popup.getByRole('button', { name: /^Q5 / }).click();
  await expect.poll(() => popup.getByText('Question 5 of 28').count()).toBe(1);
  await popup.getByRole('radio', { name: 'Red flag' }).check();
  await popup.getByLabel('Your notes').fill('Said "dramatic results" — no numbers.');
  await popup.getByRole('button', { name: 'Next' }).click();
  await popup.getByRole('radio', { name: 'Reassuring' }).check();
  await shot(popup, '03-answered');
  await expect
    .poll(async () => Object.keys(await checklistStorage(ext)).filter((k) => k.startsWith('answer:site:127.0.0.1:') && !k.endsWith('$')).sort())
    .toEqual(['answer:site:127.0.0.1:Q5', 'answer:site:127.0.0.1:Q6']);
  await popup.close();

  const again = await reopenPopup(ext, tabId);
  await expect.poll(() => again.getByText('Question 6 of 28').count()).toBe(1);
  expect(await again.getByRole('radio', { name: 'Reassuring' }).isChecked()).toBe(true);
  await again.getByRole('button', { name: 'Previous' }).click();
  expect(await again.getByRole('radio', { name: 'Red flag' }).isChecked()).toBe(true);
  expect(await again.getByLabel('Your notes').inputValue()).toBe('Said "dramatic results" — no numbers.');
  await again.getByRole('button', { name: 'Summary' }).click();
  await expect.poll(() => again.locator('.cl-counts').textContent()).toMatch(/Answered2 of 28Red flags1Unclear0Still to ask26/);
  await shot(again, '04-summary');
  await again.close();
  await site.close();
});

test('the whole checklist can be done by keyboard alone', async () => {
  const { site, tabId } = await openChecklistFor(ext, 'plain.html').then(async (r) => (await r.popup.close(), r));
  const popup = await reopenPopup(ext, tabId, false);
  await tabTo(popup, 'On this page');
  await popup.keyboard.press('ArrowRight');
  await expect.poll(() => popup.getByRole('tab', { name: 'Checklist', selected: true }).count()).toBe(1);
  await tabTo(popup, 'Add a clinic by hand');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('cl-new-name');
  await popup.keyboard.type('Keyboard Clinic');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.locator('.cl-clinic-name').textContent()).toBe('Keyboard Clinic');
  const STATUS = /\|(Reassuring|Red flag|Unclear|Not asked yet)\|/;
  for (let i = 0; i < 28; i++) {
    await expect.poll(() => popup.getByText(`Question ${i + 1} of 28`).count()).toBe(1);
    await tabTo(popup, STATUS);
    // From "Not asked yet", the arrow keys wrap round to Reassuring, Red flag, Unclear.
    for (let k = 0; k <= i % 3; k++) await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type(`note ${i + 1}`);
    await tabTo(popup, i < 27 ? 'Next' : 'See the summary');
    await popup.keyboard.press('Enter');
  }
  await expect.poll(() => popup.locator('.cl-counts').textContent()).toMatch(/Answered28 of 28Red flags9Unclear9Still to ask0/);
  const stored = await checklistStorage(ext);
  const id = Object.values(stored).find((v) => (v as { name?: string }).name === 'Keyboard Clinic') as { id: string };
  expect(stored[`answer:${id.id}:Q28`]).toMatchObject({ status: 'reassuring', note: 'note 28' });
  expect(stored[`answer:${id.id}:Q3`]).toMatchObject({ status: 'unclear', note: 'note 3' });
  expect(stored[`answer:${id.id}:Q1`]).toMatchObject({ status: 'reassuring', note: 'note 1' });
  await popup.close();
  await site.close();
});

test('axe finds no violations in any checklist view', async () => {
  const { popup, site } = await openChecklistFor(ext, 'clinic.html');
  await expect.poll(() => popup.locator('.cl-bar, .cl-start').count()).toBeGreaterThan(0);
  if (await popup.locator('.cl-start').count()) {
    expect(await axeViolations(popup), 'start').toEqual([]);
    await popup.getByRole('button', { name: 'Start a checklist for 127.0.0.1' }).click();
  }
  await expect.poll(() => popup.getByText(/Question \d+ of 28/).count()).toBe(1);
  expect(await axeViolations(popup)).toEqual([]);
  await popup.getByText('Why ask, and what to listen for').click();
  for (const view of ['All questions', 'Summary', 'Ask the clinic']) {
    await popup.getByRole('button', { name: view }).click();
    expect(await axeViolations(popup), view).toEqual([]);
  }
  await shot(popup, '05-ask');
  await popup.getByRole('button', { name: 'Question', exact: true }).click();
  await popup.getByRole('radio', { name: 'Red flag' }).check();
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shot(popup, '06-dark');
  expect(await axeViolations(popup), 'dark theme').toEqual([]);
  await popup.getByRole('radio', { name: 'Not asked yet' }).check();
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByRole('button', { name: 'Add a clinic by hand' }).click();
  expect(await axeViolations(popup), 'add form').toEqual([]);
  await popup.close();
  await site.close();
});

test('ask the clinic: copy text and a mailto draft of the open questions', async () => {
  const { popup, site } = await openChecklistFor(ext, 'plain.html');
  await popup.getByRole('button', { name: 'Ask the clinic' }).click();
  const text = await popup.getByLabel('Questions to send').inputValue();
  expect(text).toMatch(/^Hello,\n\nBefore deciding on treatment at 127\.0\.0\.1/);
  expect(text).toContain('\n1. ');
  const href = (await popup.getByRole('link', { name: 'Draft an e-mail' }).getAttribute('href'))!;
  expect(href.startsWith('mailto:?subject=')).toBe(true);
  expect(href.length).toBeLessThanOrEqual(1900);
  expect(decodeURIComponent(href.split('&body=')[1]!)).toContain('1. ');
  await popup.getByRole('button', { name: 'Copy questions' }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/Copied\.|selected/);
  await popup.close();
  await site.close();
});

test('popup opened as a tab without ?tab= finds the last used web page; rename; links open the other pages', async () => {
  const site = await ext.context.newPage();
  await site.goto(`${ext.origin}/checklist/clinic.html`);
  await tabIdOf(ext, `${ext.origin}/checklist/clinic.html`);
  const popup = await ext.openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Checklist' }).click();
  await expect.poll(() => popup.getByLabel('Clinic', { exact: true }).inputValue()).toBe('site:127.0.0.1');
  await popup.getByRole('button', { name: 'All questions' }).click();
  await expect.poll(() => popup.locator('.cl-list__page').count()).toBeGreaterThan(0);
  await popup.getByRole('button', { name: 'Rename' }).click();
  await popup.getByLabel('New name').fill('Lumen Skin Studio');
  await popup.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(() => popup.locator('.cl-clinic-name').textContent()).toBe('Lumen Skin Studio');
  expect(((await checklistStorage(ext))['clinic:site:127.0.0.1'] as { name: string }).name).toBe('Lumen Skin Studio');
  const [compare] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Compare clinics' }).click()]);
  await expect.poll(() => compare.url()).toMatch(/\/compare\.html$/);
  await expect.poll(() => compare.getByRole('columnheader', { name: /Lumen Skin Studio/ }).count()).toBe(1);
  const [options] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Export, import and manage' }).click()]);
  await expect.poll(() => options.url()).toMatch(/\/options\.html$/);
  for (const p of [options, compare, popup, site]) await p.close();
});
