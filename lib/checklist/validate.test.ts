import { describe, expect, test } from 'vitest';
import { exportJson, buildExport } from './format.ts';
import { MAX_IMPORT_BYTES, parseImport } from './validate.ts';
import { describePlan, planImport, prepareImport } from './import-plan.ts';
import { sampleClinics, SAMPLE_TIME } from './sample-data.ts';

const good = () => JSON.parse(exportJson(sampleClinics(), SAMPLE_TIME));
const error = (doc: unknown) => {
  const r = parseImport(typeof doc === 'string' ? doc : JSON.stringify(doc));
  return r.ok ? 'accepted' : r.error;
};
const withClinic = (patch: (c: Record<string, unknown>) => void) => {
  const doc = good();
  patch(doc.clinics[0]);
  return doc;
};

describe('parseImport refuses bad files with a precise message', () => {
  test.each([
    ['empty', '', /empty/],
    ['truncated', exportJson(sampleClinics(), 0).slice(0, 300), /not valid JSON; it may be truncated/],
    ['not JSON', 'hello', /not valid JSON/],
    ['a list', '[]', /not a ClinicCheck checklist export/],
    ['another format', { format: 'other' }, /"format" is "other"/],
    ['a flags export', { type: 'AnnotationCollection' }, /flags export/],
    ['future version', { ...good(), schemaVersion: 2 }, /newer ClinicCheck \(schema version 2\)/],
    ['bad version', { ...good(), schemaVersion: '1' }, /schemaVersion "1" is not valid/],
    ['clinics not a list', { ...good(), clinics: {} }, /"clinics" should be a list/],
    ['unknown top-level field', { ...good(), extra: 1 }, /unknown field "extra"/],
    ['bad exportedAt', { ...good(), exportedAt: 'yesterday' }, /exportedAt is not a date/],
    ['wrong type', withClinic((c) => (c.name = 42)), /clinics\[0\]\.name should be text but is number/],
    ['empty name', withClinic((c) => (c.name = '  ')), /clinics\[0\]\.name is empty/],
    ['huge string', withClinic((c) => (c.name = 'x'.repeat(100_000))), /name is 100000 characters long; the limit is 200/],
    ['bad id', withClinic((c) => (c.id = '../../x')), /clinics\[0\]\.id "..\/..\/x" is not a ClinicCheck clinic id/],
    ['domain mismatch', withClinic((c) => (c.domain = 'other.com')), /domain "other.com" does not match/],
    ['createdFrom mismatch', withClinic((c) => (c.createdFrom = 'manual')), /createdFrom should be "site"/],
    ['unknown status', withClinic((c) => ((c.answers as Record<string, { status: string }>).Q1!.status = 'maybe')), /answers\.Q1\.status is "maybe"; expected one of reassuring, red-flag, unclear, not-asked/],
    ['unknown question', withClinic((c) => ((c.answers as Record<string, unknown>).Q99 = {})), /unknown question "Q99"/],
    ['missing field', withClinic((c) => delete c.updatedAt), /clinics\[0\]\.updatedAt is missing/],
    ['huge note', withClinic((c) => ((c.answers as Record<string, { note: string }>).Q1!.note = 'n'.repeat(6000))), /Q1\.note is 6000 characters long/],
  ])('%s', (_name, doc, message) => {
    expect(error(doc)).toMatch(message);
  });

  test.each([
    ['top level', (d: string) => d.replace('"format"', '"__proto__": {"polluted": true}, "format"')],
    ['a clinic', (d: string) => d.replace('"id": "site:', '"__proto__": {"polluted": true}, "id": "site:')],
    ['the answers', (d: string) => d.replace('"answers": {', '"answers": {"__proto__": {"polluted": true}, ')],
    ['an answer', (d: string) => d.replace('"status": "reassuring"', '"constructor": {"prototype": {"polluted": true}}, "status": "reassuring"')],
  ])('prototype-pollution keys in %s are refused and pollute nothing', (_where, edit) => {
    const text = edit(exportJson(sampleClinics(), SAMPLE_TIME));
    expect(error(text)).toMatch(/forbidden key "(__proto__|constructor)"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ['', 'empty'],
    ['{', 'not-json'],
    ['[]', 'not-checklist'],
    ['{"format": "other"}', 'wrong-format'],
    ['{"type": "AnnotationCollection"}', 'flags-export'],
    [JSON.stringify({ ...good(), schemaVersion: 0 }), 'bad-version'],
    [JSON.stringify({ ...good(), schemaVersion: 9 }), 'newer-version'],
    [JSON.stringify({ ...good(), clinics: Array(2001).fill({}) }), 'too-many'],
    [JSON.stringify(withClinic((c) => (c.name = 42))), 'invalid'],
  ])('a refusal carries a code for the UI to translate: %s → %s', (text, code) => {
    expect(parseImport(text)).toMatchObject({ ok: false, code });
  });

  test('oversized files are refused before parsing', () => {
    expect(error('x'.repeat(MAX_IMPORT_BYTES + 1))).toMatch(/MB; ClinicCheck imports files up to 5 MB/);
    expect(parseImport('{}', MAX_IMPORT_BYTES + 10)).toMatchObject({ ok: false, error: expect.stringMatching(/5\.0 MB/), code: 'too-large', params: { size: '5.0', limit: 5 } });
  });

  test('a BOM before the JSON is fine', () => {
    expect(parseImport(`\uFEFF${exportJson(sampleClinics(), 0)}`).ok).toBe(true);
  });
});

describe('planImport', () => {
  const parsed = parseImport(exportJson(sampleClinics(), SAMPLE_TIME));
  if (!parsed.ok) throw new Error(parsed.error);
  test('everything new is added', () => {
    const plan = planImport(parsed.file, []);
    expect(plan.toAdd).toHaveLength(2);
    expect(describePlan(plan)).toBe('2 clinics to add, 0 to replace, 0 duplicates skipped.');
  });
  test('identical clinics are skipped, changed ones replaced', () => {
    const [a, b] = sampleClinics();
    const changed = { ...b!, clinic: { ...b!.clinic, name: 'Renamed' } };
    const plan = planImport(parsed.file, [a!, changed]);
    expect(plan.toAdd).toHaveLength(0);
    expect(plan.duplicatesSkipped).toBe(1);
    expect(plan.toReplace).toEqual([{ incoming: b, existing: changed }]);
  });
  test('an id repeated inside the file counts as a duplicate', () => {
    const doc = buildExport(sampleClinics(), 0);
    doc.clinics.push(doc.clinics[0]!);
    const again = parseImport(JSON.stringify(doc));
    if (!again.ok) throw new Error(again.error);
    const plan = planImport(again.file, []);
    expect([plan.toAdd.length, plan.duplicatesSkipped]).toEqual([2, 1]);
  });
});

describe('prepareImport', () => {
  test('validates and plans in one step', () => {
    const text = exportJson(sampleClinics(), SAMPLE_TIME);
    const ready = prepareImport(text, text.length, sampleClinics().slice(0, 1));
    expect(ready.ok && [ready.plan.toAdd.length, ready.plan.duplicatesSkipped]).toEqual([1, 1]);
    expect(prepareImport('{', 1, [])).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/), code: 'not-json' });
  });
});
