import { expect, test } from 'vitest';
import { dismissOccurrence, dismissOnSite } from '../../lib/flags/dismissals.ts';
import { toAnnotationCollection } from '../../lib/flags/jsonld.ts';
import { MAX_IMPORT_FLAGS, parseFlagsExport, TOO_LARGE } from '../../lib/flags/import.ts';
import { sampleFlag, UUIDS } from '../../lib/flags/test-fixtures.ts';
import { flagsToCsv, flagsToMarkdown } from '../../lib/flags/report.ts';
import { categoryText, dismissalText, flagMetaText, importProblemText, reportTexts, severityText } from './labels.ts';

const NOW = new Date('2026-09-02T08:00:00Z');
const good = () => JSON.parse(JSON.stringify(toAnnotationCollection([sampleFlag('permanent results')], UUIDS[1]!, NOW)));
const withGood = (change: (data: ReturnType<typeof good>) => void) => {
  const data = good();
  change(data);
  return JSON.stringify(data);
};

const codesSeen = new Set<string>();

// Unit tests read locales/en.yml (tests/unit/i18n/setup.ts): the English UI
// must say exactly what lib/flags says in English for the same code.
test.each([
  ['x'.repeat(5_000_001)],
  ['{'],
  ['[]'],
  [withGood((d) => void (d['cliniccheck:formatVersion'] = 1.5))],
  [withGood((d) => void (d['cliniccheck:formatVersion'] = 99))],
  [withGood((d) => void delete d.first)],
  [withGood((d) => void ((d.first.items = Array(MAX_IMPORT_FLAGS + 1).fill({})), (d.total = MAX_IMPORT_FLAGS + 1)))],
  [withGood((d) => void (d.total = 7))],
  [withGood((d) => void ((d.first.items = Array(8).fill({ type: 'Note' })), (d.total = 8)))],
])('flags import refusal %#: the translated English equals lib’s message', (text) => {
  const result = parseFlagsExport(text);
  if (result.ok) throw new Error('accepted');
  for (const problem of result.errors) {
    codesSeen.add(problem.code);
    expect(importProblemText(problem)).toBe(problem.message);
  }
});

test('the refusals above cover every code the file reader gives', () => {
  expect([...codesSeen].sort()).toEqual(['bad-version', 'invalid', 'more', 'newer-version', 'no-items', 'not-collection', 'not-json', 'too-large', 'too-many', 'total-mismatch']);
});

test('the size refusal the review page gives before reading a file', () => {
  expect(importProblemText(TOO_LARGE)).toBe(TOO_LARGE.message);
});

test('severities, categories, a flag’s meta line and dismissals in words', () => {
  expect(severityText('medium')).toBe('Medium');
  expect(categoryText('other')).toBe('Other');
  expect(categoryText('SCT')).toMatch(/ \(SCT\)$/);
  expect(flagMetaText({ category: 'other', severity: 'high', origin: 'manual' })).toBe('Other · high severity');
  expect(flagMetaText({ category: 'other', severity: 'low', origin: 'finding' })).toBe('Other · low severity · from a finding');
  expect(dismissalText(dismissOnSite('https://clinic.example/a', 'SC-01', UUIDS[0]!, NOW))).toBe('SC-01 anywhere on clinic.example');
  const quote = sampleFlag('permanent results').selectors;
  const here = dismissOccurrence('https://clinic.example/a#x', 'SC-01', quote, UUIDS[0]!, NOW);
  expect(dismissalText(here)).toBe(`“permanent results” (SC-01) on ${here.kind === 'occurrence' ? here.url : ''}`);
});

test('the exported CSV and Markdown read the same in English from en.yml as from lib', () => {
  const flags = [sampleFlag('permanent results', { note: 'asked twice' }), sampleFlag('stem cell facials', { category: 'other' }, UUIDS[1])];
  expect(flagsToCsv(flags, reportTexts())).toBe(flagsToCsv(flags));
  for (const list of [flags, flags.slice(0, 1)]) expect(flagsToMarkdown(list, NOW, reportTexts())).toBe(flagsToMarkdown(list, NOW));
});
