import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { storedFlags, until } from './flags-helpers.ts';
import type { Flag } from '../../lib/flags/types.ts';

let ext: ExtensionBrowser;
let review: Page;
const SHOTS = process.env.CLINICCHECK_SHOTS;

function flag(id: string, url: string, exact: string, extra: Partial<Flag> = {}): Flag {
  return {
    id,
    url,
    title: 'A clinic page',
    createdAt: '2026-09-01T10:00:00.000Z',
    updatedAt: '2026-09-01T10:00:00.000Z',
    category: 'PERM',
    severity: 'high',
    note: '',
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: 'Our clinic offers ', suffix: ' to every client.' },
      { type: 'TextPositionSelector', start: 18, end: 18 + exact.length },
    ],
    origin: 'manual',
    ...extra,
  };
}
const SEED = [
  flag('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'https://www.harbour-clinic.example/facials', 'results that last forever', { note: 'No follow-up.' }),
  flag('2c9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'https://www.harbour-clinic.example/prices', 'only three places left', { category: 'PRESS', severity: 'medium' }),
  flag('3d9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'https://renew.example/', 'zero risk', {
    category: 'other',
    severity: 'low',
    note: '=HYPERLINK("http://evil.example") <img src=x onerror=alert(1)>',
    origin: 'finding',
    termId: 'SAFE-01',
    title: '@SUM(1+1) Renew offers',
  }),
];

beforeAll(async () => {
  ext = await launchWithExtension();
  await ext.worker.evaluate((flags) => chrome.storage.local.set(Object.fromEntries(flags.map((f) => [`flag:${f.id}`, f]))), SEED);
  review = await ext.openExtensionPage('review.html');
  await review.getByRole('heading', { name: /Flags \(3\)/ }).waitFor();
});
afterAll(() => ext?.close());

test('the review page lists every flag and passes axe; hostile notes stay text', async () => {
  expect(await review.locator('.flag-list > li.flag').count()).toBe(3);
  expect(await review.locator('img').count()).toBe(0);
  expect(await review.getByText('<img src=x onerror=alert(1)>', { exact: false }).count()).toBe(1);
  expect(await axeViolations(review)).toEqual([]);
  if (SHOTS) await review.screenshot({ path: `${SHOTS}/review.png`, fullPage: true });
});

test('filters by site and by category, by keyboard', async () => {
  await review.locator('#filter-site').focus();
  await review.keyboard.type('harbour');
  await until(async () => (await review.locator('.flag-list > li.flag').count()) === 2);
  await review.locator('#filter-category').focus();
  await review.keyboard.type('Pressure');
  await until(async () => (await review.locator('.flag-list > li.flag').count()) === 1);
  expect(await review.getByRole('heading', { name: 'Flags (1 of 3)' }).count()).toBe(1);
  await review.locator('#filter-category').selectOption('');
  await review.locator('#filter-site').selectOption('');
  await until(async () => (await review.locator('.flag-list > li.flag').count()) === 3);
});

test('edit by keyboard changes category, severity and note; delete can be undone', async () => {
  const row = review.locator('li.flag', { hasText: 'zero risk' });
  await row.getByRole('button', { name: /^Edit flag/ }).focus();
  await review.keyboard.press('Enter');
  // Focus moves into the form by itself.
  await expect.poll(() => review.evaluate(() => document.activeElement?.id)).toBe(`category-${SEED[2]!.id}`);
  await review.keyboard.type('Safety');
  await review.keyboard.press('Tab');
  await review.keyboard.type('High');
  await review.keyboard.press('Tab');
  await review.keyboard.press('ControlOrMeta+A');
  await review.keyboard.type('Checked: no safety data.');
  await review.keyboard.press('Enter'); // a new line in the note, not a submit
  if (SHOTS) await review.screenshot({ path: `${SHOTS}/review-edit.png` });
  await row.getByRole('button', { name: 'Save changes' }).focus();
  await review.keyboard.press('Enter');
  await until(async () => (await storedFlags(ext)).find((f) => f.id === SEED[2]!.id)!.category === 'SAFE');
  const edited = (await storedFlags(ext)).find((f) => f.id === SEED[2]!.id)!;
  expect(edited).toMatchObject({ category: 'SAFE', severity: 'high', note: 'Checked: no safety data.' });
  expect(edited.updatedAt > edited.createdAt).toBe(true);
  // Back on the row's Edit button once saved.
  await expect.poll(() => review.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
  expect(await axeViolations(review)).toEqual([]);

  await review.locator('li.flag', { hasText: 'only three places left' }).getByRole('button', { name: /^Delete flag/ }).click();
  await until(async () => (await storedFlags(ext)).length === 2);
  await review.getByRole('button', { name: 'Undo' }).click();
  await until(async () => (await storedFlags(ext)).length === 3);
});

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(label: string) {
  const [file] = await Promise.all([review.waitForEvent('download'), review.getByRole('button', { name: label }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('exports JSON-LD, CSV and Markdown; the JSON-LD imports into a fresh profile as the same flags', async () => {
  const csv = await download('Export CSV');
  expect(csv.name).toMatch(/^cliniccheck-flags-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toContain(`,'@SUM(1+1) Renew offers,`);
  const md = await download('Export Markdown');
  expect(md.text).toMatch(/^# ClinicCheck reviewer flags/);
  expect(md.text).toContain('## harbour\\-clinic\\.example');

  const jsonld = await download('Export JSON-LD');
  expect(jsonld.name).toMatch(/\.jsonld$/);
  const collection = JSON.parse(jsonld.text);
  expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 3 });
  expect(collection.first.items[0]).toMatchObject({ type: 'Annotation', motivation: 'assessing' });
  const file = join(await mkdtemp(join(tmpdir(), 'cliniccheck-flags-')), jsonld.name);
  await writeFile(file, jsonld.text);
  const before = await storedFlags(ext);

  const fresh = await launchWithExtension();
  try {
    const page = await fresh.openExtensionPage('review.html');
    await page.getByRole('heading', { name: /Flags \(0\)/ }).waitFor();
    await page.getByLabel('Flags file').setInputFiles(file);
    await page.getByText('3 flags in the file: 3 new, 0 duplicates to skip.').waitFor();
    expect(await storedFlags(fresh)).toEqual([]); // nothing saved before confirming
    await page.getByRole('button', { name: 'Import 3 flags' }).click();
    await until(async () => (await storedFlags(fresh)).length === 3);
    const byId = (flags: Flag[]) => [...flags].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await storedFlags(fresh))).toEqual(byId(before));
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/review-imported.png`, fullPage: true });

    // The same file again: all duplicates, nothing to import.
    await page.getByLabel('Flags file').setInputFiles(file);
    await page.getByText('3 flags in the file: 0 new, 3 duplicates to skip.').waitFor();
    expect(await page.getByRole('button', { name: 'Import 0 flags' }).isDisabled()).toBe(true);

    // A cut-short file is refused with a clear message and changes nothing.
    const truncated = file.replace(/\.jsonld$/, '-cut.jsonld');
    await writeFile(truncated, jsonld.text.slice(0, jsonld.text.length / 2));
    await page.getByLabel('Flags file').setInputFiles(truncated);
    await page.getByRole('alert').getByText(/not valid JSON/).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('nothing changed');
    expect(await storedFlags(fresh)).toHaveLength(3);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await fresh.close();
  }
});
