import { expect, test } from 'vitest';
import { parseImport } from '../../lib/checklist/validate.ts';
import { exportJson } from '../../lib/checklist/format.ts';
import { sampleClinics, SAMPLE_TIME } from '../../lib/checklist/sample-data.ts';
import { planImport } from '../../lib/checklist/import-plan.ts';
import { ENGLISH_EXPORT_TEXTS } from '../../lib/checklist/export-texts.ts';
import { summarise } from '../../lib/checklist/summary.ts';
import { exportTexts, importErrorText, originLabel, planText, statusLabel, summaryText } from './labels.ts';

const good = () => JSON.parse(exportJson(sampleClinics(), SAMPLE_TIME));

// Unit tests read locales/en.yml (tests/unit/i18n/setup.ts): the English UI
// must say exactly what lib/checklist says in English for the same code.
test.each([
  ['x'.repeat(10), 6 * 1024 * 1024],
  ['', 0],
  ['{', 1],
  ['[]', 2],
  ['{"format": "other"}', 19],
  ['{"type": "AnnotationCollection"}', 32],
  [JSON.stringify({ ...good(), schemaVersion: 'one' }), 0],
  [JSON.stringify({ ...good(), schemaVersion: 9 }), 0],
  [JSON.stringify({ ...good(), clinics: Array(2001).fill({}) }), 0],
  [JSON.stringify({ ...good(), extra: 1 }), 0],
])('import refusal %#: the translated English equals lib’s message', (text, size) => {
  const result = parseImport(text, size || text.length);
  if (result.ok) throw new Error('accepted');
  expect(importErrorText(result)).toBe(result.error);
});

test('labels for statuses, origins, summaries and import plans', () => {
  const [site, manual] = sampleClinics();
  expect(statusLabel('red-flag')).toBe('Red flag');
  expect(statusLabel('not-asked')).toBe('Not asked yet');
  expect(originLabel(site!.clinic)).toBe(site!.clinic.domain);
  expect(originLabel({ ...manual!.clinic, createdFrom: 'manual' })).toBe('added by hand');
  expect(summaryText({ ...site!, answers: {} })).toBe('0 of 28 answered, 0 red flags, 0 unclear, 28 still to ask.');
  const plan = planImport(JSON.parse(exportJson([site!], SAMPLE_TIME)), []);
  expect(planText(plan)).toBe('1 clinic to add, 0 to replace, 0 duplicates skipped.');
});

test('exported files in English say exactly what lib says without translation', () => {
  const ui = exportTexts();
  const { exported, summary, ...fixed } = ENGLISH_EXPORT_TEXTS;
  expect(ui).toMatchObject(fixed);
  expect(ui.exported('2026-11-22')).toBe(exported('2026-11-22'));
  for (const answers of sampleClinics().map((c) => c.answers).concat([{}])) {
    expect(ui.summary(summarise(answers))).toBe(summary(summarise(answers)));
  }
  expect(ui.summary({ ...summarise({}), redFlags: 1 })).toBe(summary({ ...summarise({}), redFlags: 1 }));
});
