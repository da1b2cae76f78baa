import { describe, expect, test } from 'vitest';
import { toAnnotationCollection } from './jsonld.ts';
import { planImport } from './import.ts';
import { sampleFlag, UUIDS } from './test-fixtures.ts';

const NOW = new Date('2026-09-02T08:00:00Z');
const flags = [sampleFlag('permanent results'), sampleFlag('stem cell facials', { category: 'SCT', note: '' }, UUIDS[1])];
const exported = () => JSON.parse(JSON.stringify(toAnnotationCollection(flags, UUIDS[2]!, NOW)));
let counter = 0;
const freshId = () => `ffffffff-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

describe('planImport', () => {
  test('an export read back gives the same flags', () => {
    const plan = planImport([], JSON.stringify(exported()), freshId);
    expect(plan).toEqual({ ok: true, toAdd: flags, duplicates: 0, total: 2 });
  });

  test('flags already stored are skipped and counted, the rest added', () => {
    const plan = planImport([flags[0]!], JSON.stringify(exported()), freshId);
    expect(plan).toMatchObject({ ok: true, duplicates: 1, total: 2 });
    expect(plan.ok && plan.toAdd.map((f) => f.id)).toEqual([UUIDS[1]]);
  });

  test('duplicates inside the file are counted too; a taken id gets a fresh one', () => {
    const data = exported();
    const copy = structuredClone(data.first.items[0]);
    copy.id = `urn:uuid:${UUIDS[2]}`;
    data.first.items.push(copy);
    data.total = 3;
    const other = { ...sampleFlag('doctors explain every risk', { category: 'other' }), id: UUIDS[0]! };
    const plan = planImport([{ ...other, url: 'https://elsewhere.example/' }], JSON.stringify(data), freshId);
    expect(plan).toMatchObject({ ok: true, duplicates: 1, total: 3 });
    expect(plan.ok && plan.toAdd[0]!.id).toMatch(/^ffffffff-/);
  });

  test('a foreign W3C collection without ClinicCheck fields is accepted with defaults', () => {
    const data = exported();
    for (const item of data.first.items) {
      delete item['cliniccheck:title'];
      delete item['cliniccheck:origin'];
      item.body = item.body.filter((b: { purpose: string }) => b.purpose === 'classifying');
    }
    delete data['cliniccheck:formatVersion'];
    const plan = planImport([], JSON.stringify(data), freshId);
    expect(plan.ok && plan.toAdd.map((f) => [f.title, f.origin, f.severity, f.note])).toEqual([
      ['', 'manual', 'medium', ''],
      ['', 'manual', 'medium', ''],
    ]);
  });

  const mutate = (change: (data: ReturnType<typeof exported>) => unknown) => {
    const data = exported();
    const replaced = change(data);
    return JSON.stringify(replaced === undefined ? data : replaced);
  };

  test.each([
    ['truncated file', JSON.stringify(exported()).slice(0, 200), /not valid JSON .*cut short/],
    ['empty file', '', /not valid JSON/],
    ['oversized file', ' '.repeat(5_000_001), /larger than 5 MB/],
    ['a JSON array', '[]', /not a W3C Web Annotation collection/],
    ['wrong type', mutate((d) => void (d.type = 'AnnotationPage')), /not a W3C Web Annotation collection/],
    ['wrong context', mutate((d) => void (d['@context'] = 'http://schema.org')), /not a W3C/],
    ['future version', mutate((d) => void (d['cliniccheck:formatVersion'] = 2)), /newer ClinicCheck \(format 2\)/],
    ['version not a number', mutate((d) => void (d['cliniccheck:formatVersion'] = '1')), /whole number/],
    ['no items', mutate((d) => void delete d.first), /no "first.items"/],
    ['total disagrees', mutate((d) => void (d.total = 5)), /says it holds 5 annotations but has 2/],
    ['javascript: source', mutate((d) => void (d.first.items[1].target.source = 'javascript:alert(1)')), /^Annotation 2: the target is not an http\(s\) page$/],
    ['unknown category', mutate((d) => void (d.first.items[0].body[0].value = '<img src=x>')), /^Annotation 1: the classifying body must be/],
    ['bad severity', mutate((d) => void (d.first.items[0].body[2].value = 'severity:extreme')), /severity must be high, medium or low/],
    ['note not text', mutate((d) => void (d.first.items[0].body[1].value = { toString: 1 })), /^Annotation 1: the commenting body's "value" must be text$/],
    ['huge note', mutate((d) => void (d.first.items[0].body[1].value = 'x'.repeat(5001))), /note is longer than 5000/],
    ['empty exact', mutate((d) => void (d.first.items[0].target.selector[0].exact = '')), /"exact" is empty/],
    ['no quote selector', mutate((d) => void d.first.items[0].target.selector.shift()), /no TextQuoteSelector/],
    ['negative position', mutate((d) => void (d.first.items[0].target.selector[1].start = -4)), /0 <= start < end/],
    ['position as text', mutate((d) => void (d.first.items[0].target.selector[1].end = '99')), /0 <= start < end/],
    ['id not a uuid', mutate((d) => void (d.first.items[0].id = 'https://evil.example/a')), /"id" must be a urn:uuid/],
    ['bad date', mutate((d) => void (d.first.items[0].created = 'yesterday')), /"created" is not a date/],
    ['hostile term id', mutate((d) => void (d.first.items[0]['cliniccheck:termId'] = '__proto__')), /bad lexicon term id/],
    ['item not an object', mutate((d) => void (d.first.items[0] = null)), /^Annotation 1 is not an object$/],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const plan = planImport([], text, freshId);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  test('many bad annotations: the first five are listed, then a count', () => {
    const data = exported();
    data.first.items = Array.from({ length: 8 }, () => ({ type: 'Note' }));
    data.total = 8;
    const plan = planImport([], JSON.stringify(data), freshId);
    expect(!plan.ok && plan.errors).toHaveLength(6);
    expect(!plan.ok && plan.errors[5]!.message).toBe('…and 3 more problems.');
  });
});
