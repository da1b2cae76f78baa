import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { checklistStorage, openChecklistFor, reopenPopup, shot } from './checklist-helpers.ts';

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
  await expect.poll(() => popup.locator('.cl-quote').textContent()).toMatch(/^This page says .*stem cell facial.*\. Ask:$/);
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
