import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { axeViolations, launchWithExtension, type ExtensionBrowser } from './browser.ts';
import { checklistStorage, downloadOf, seedChecklist, shot } from './checklist-helpers.ts';
import type { Page } from 'playwright-core';
import { sampleClinics } from '../../lib/checklist/sample-data.ts';
import { exportJson } from '../../lib/checklist/format.ts';
import { neutraliseFormula, parseCsv } from '../../lib/export/csv.ts';
import { HOSTILE_TEXTS } from '../../lib/export/hostile-samples.ts';

let ext: ExtensionBrowser;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(() => ext?.close());
beforeEach(() => seedChecklist(ext, sampleClinics()));

const sorted = () => [...sampleClinics()].sort((a, b) => a.clinic.name.localeCompare(b.clinic.name));
const withoutExportedAt = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });

async function options() {
  const page = await ext.openExtensionPage('options.html');
  await expect.poll(() => page.getByRole('heading', { name: 'Your clinics' }).count()).toBe(1);
  return page;
}

test('export all as JSON, CSV, Markdown and HTML, and parse what was downloaded', async () => {
  const page = await options();
  await shot(page, '10-options');
  const json = await downloadOf(page, () => page.getByRole('button', { name: 'Export JSON' }).first().click());
  expect(json.name).toMatch(/^cliniccheck-checklist-\d{4}-\d{2}-\d{2}\.json$/);
  expect(withoutExportedAt(json.text)).toEqual(withoutExportedAt(exportJson(sorted(), 0)));

  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Export CSV' }).first().click());
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csv.text);
  expect(rows).toHaveLength(1 + 56);
  const notes = rows.filter((r) => r[1] === 'example-clinic.com').map((r) => r[6]);
  expect(notes.slice(0, HOSTILE_TEXTS.length)).toEqual(HOSTILE_TEXTS.map(neutraliseFormula));
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  const md = await downloadOf(page, () => page.getByRole('button', { name: 'Export Markdown' }).first().click());
  expect(md.name).toMatch(/\.md$/);
  expect(md.text.match(/^## /gm)).toHaveLength(2);
  expect(md.text).not.toContain('<script>');
  expect(md.text).toContain('مرحبا');

  const html = await downloadOf(page, () => page.getByRole('button', { name: 'Export HTML' }).first().click());
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    return { scripts: doc.querySelectorAll('script, img').length, rows: doc.querySelectorAll('tbody tr').length, h2: doc.querySelector('h2')?.textContent };
  }, html.text);
  expect(parsed).toEqual({ scripts: 0, rows: 56, h2: sampleClinics()[0]!.clinic.name });
  await page.close();
});

test('export one clinic', async () => {
  const page = await options();
  const one = await downloadOf(page, () => page.getByRole('group', { name: 'Dr Sánchez, phone call' }).getByRole('button', { name: 'Export JSON' }).click());
  expect(one.name).toMatch(/^cliniccheck-Dr Sánchez, phone call-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(one.text).clinics.map((c: { name: string }) => c.name)).toEqual(['Dr Sánchez, phone call']);
  await page.close();
});

test('import round-trips a JSON export exactly; importing it again skips duplicates', async () => {
  const page = await options();
  const exported = await downloadOf(page, () => page.getByRole('button', { name: 'Export JSON' }).first().click());
  const before = await checklistStorage(ext);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect.poll(() => checklistStorage(ext)).toEqual({});
  await page.getByLabel('Checklist file (JSON)').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported.bytes });
  await expect.poll(() => page.getByRole('group', { name: /export\.json/ }).textContent()).toMatch(/2 clinics to add, 0 to replace, 0 duplicates skipped\./);
  expect(await checklistStorage(ext)).toEqual({});
  await shot(page, '11-import-preview');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Imported: 2 clinics to add/);
  const after = await checklistStorage(ext);
  const records = (s: Record<string, unknown>) => Object.fromEntries(Object.entries(s).filter(([k]) => !k.endsWith('$')));
  expect(records(after)).toEqual(records(before));
  const again = await downloadOf(page, () => page.getByRole('button', { name: 'Export JSON' }).first().click());
  expect(withoutExportedAt(again.text)).toEqual(withoutExportedAt(exported.text));

  await page.getByLabel('Checklist file (JSON)').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: exported.bytes });
  await expect.poll(() => page.getByRole('group', { name: /again\.json/ }).textContent()).toMatch(/0 clinics to add, 0 to replace, 2 duplicates skipped\./);
  expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
  await page.close();
});

const good = exportJson(sampleClinics(), 0);
test.each([
  ['truncated.json', good.slice(0, 500), /not valid JSON; it may be truncated/],
  ['future.json', good.replace('"schemaVersion": 1', '"schemaVersion": 7'), /newer ClinicCheck \(schema version 7\)/],
  ['proto.json', good.replace('"format"', '"__proto__": {"x": 1}, "format"'), /forbidden key "__proto__"/],
  ['status.json', good.replace('"status": "reassuring"', '"status": "great"'), /status is "great"; expected one of/],
  ['other.json', '{"format": "something-else"}', /not a ClinicCheck checklist export/],
  ['huge.json', `{"format": "cliniccheck-checklist", "pad": "${'x'.repeat(6 * 1024 * 1024)}"}`, /6\.0 MB; ClinicCheck imports files up to 5 MB/],
])('a bad file (%s) is refused with its message and stored data unchanged', async (name, text, message) => {
  const page = await options();
  const before = await checklistStorage(ext);
  await page.getByLabel('Checklist file (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
  expect(await page.getByRole('alert').textContent()).toMatch(/Nothing was changed\.$/);
  expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
  if (name === 'truncated.json') {
    await shot(page, '12-import-error');
    expect(await axeViolations(page)).toEqual([]);
  }
  expect(await checklistStorage(ext)).toEqual(before);
  await page.close();
});

test('delete one clinic, with confirmation', async () => {
  const page = await options();
  await page.getByRole('group', { name: 'Dr Sánchez, phone call' }).getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  expect(Object.keys(await checklistStorage(ext)).some((k) => k.includes('manual:'))).toBe(true);
  await page.getByRole('group', { name: 'Dr Sánchez, phone call' }).getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect.poll(async () => Object.keys(await checklistStorage(ext)).some((k) => k.includes('manual:'))).toBe(false);
  expect(Object.keys(await checklistStorage(ext)).some((k) => k.includes('example-clinic.com'))).toBe(true);
  await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Dr Sánchez, phone call was deleted/);
  await page.close();
});

test('comparison page: side by side, editable, follows changes from other views; no axe violations', async () => {
  const page = await ext.openExtensionPage('compare.html');
  await page.setViewportSize({ width: 1100, height: 900 });
  await expect.poll(() => page.locator('thead th[scope=col]').count()).toBe(3);
  expect(await page.getByRole('rowheader').count()).toBe(28);
  await shot(page, '13-compare');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), 'dark theme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  const manual = sampleClinics()[1]!.clinic;
  await page.getByLabel(`Q3 answer for ${manual.name}`).selectOption('red-flag');
  await expect.poll(async () => (await checklistStorage(ext))[`answer:${manual.id}:Q3`]).toMatchObject({ status: 'red-flag' });
  // A change made elsewhere (here: straight into storage, as the popup would) shows up.
  await ext.worker.evaluate(
    (key) => chrome.storage.local.set({ [key]: { status: 'reassuring', note: 'said from the popup', updatedAt: Date.now() } }),
    `answer:${manual.id}:Q4`,
  );
  await expect.poll(() => page.getByLabel(`Q4 answer for ${manual.name}`).inputValue()).toBe('reassuring');
  expect(await page.getByText('said from the popup').count()).toBe(1);
  await page.close();
});

test('options page has no axe violations', async () => {
  const page = await options();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page), 'dark theme').toEqual([]);
  await page.close();
});

test('print view makes a clean, non-empty PDF', async () => {
  const page = await ext.openExtensionPage('print.html');
  await expect.poll(() => page.locator('section.clinic').count()).toBe(2);
  await shot(page, '14-print');
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  expect(await axeViolations(page)).toEqual([]);
  const one = await ext.openExtensionPage(`print.html?clinic=${encodeURIComponent(sampleClinics()[1]!.clinic.id)}`);
  await expect.poll(() => one.locator('section.clinic h2').allTextContents()).toEqual(['Dr Sánchez, phone call']);
  await one.close();
  await page.close();
});

test('popup and comparison tab open together: edits to different questions both survive', async () => {
  const manual = sampleClinics()[1]!.clinic;
  const compare = await ext.openExtensionPage('compare.html');
  await expect.poll(() => compare.locator('thead th[scope=col]').count()).toBe(3);
  const popup: Page = await ext.openExtensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Checklist' }).click();
  await popup.getByLabel('Clinic', { exact: true }).selectOption(manual.id);
  await expect.poll(() => popup.locator('.cl-clinic-name').textContent()).toBe(manual.name);
  await popup.getByRole('button', { name: 'All questions' }).click();
  await popup.getByRole('button', { name: /^Q7 / }).click();
  // Both views change their question at the same moment.
  await Promise.all([
    popup.getByRole('radio', { name: 'Red flag' }).check(),
    compare.getByLabel(`Q8 answer for ${manual.name}`).selectOption('reassuring'),
  ]);
  await popup.getByLabel('Your notes').fill('typed in the popup');
  await expect.poll(async () => {
    const s = await checklistStorage(ext);
    return [s[`answer:${manual.id}:Q7`], s[`answer:${manual.id}:Q8`]].map((a) => (a as { status?: string } | undefined)?.status);
  }).toEqual(['red-flag', 'reassuring']);
  // Each view shows the other's change.
  await expect.poll(() => compare.getByLabel(`Q7 answer for ${manual.name}`).inputValue()).toBe('red-flag');
  await expect.poll(() => compare.getByText('typed in the popup').count()).toBe(1);
  await popup.getByRole('button', { name: 'Summary' }).click();
  await expect.poll(() => popup.locator('.cl-counts').textContent()).toMatch(/Answered3 of 28Red flags2/);
  await popup.close();
  await compare.close();
});
