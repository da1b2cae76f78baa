import { describe, expect, test } from 'vitest';
import { MAX_TEXT, parseDetectReply, parseDetectRequest, withQuote } from './detect.ts';

const SIGNALS = { invasive: false, editorial: false, clinical: true };
const FINDING = { start: 0, end: 4, termId: 'PERM-01', category: 'PERM', severity: 'high', rule: 'term:PERM-01', status: 'active' };

describe('parseDetectRequest', () => {
  test.each([
    ['prepare', { kind: 'prepare', text: 'abc', blocks: [{ start: 0, end: 3, heading: true }] }],
    ['prepare without blocks', { kind: 'prepare', text: '', blocks: [] }],
    ['decide', { kind: 'decide', id: 3 }],
    ['decide with the last text', { kind: 'decide', id: 3, last: { text: 'ab', blocks: [{ start: 0, end: 2 }] } }],
    ['detect', { kind: 'detect', id: 1, texts: [{ text: 'ab', blocks: [{ start: 0, end: 2 }] }], signals: SIGNALS }],
    ['detect without signals', { kind: 'detect', id: 1, texts: [] }],
    ['reset', { kind: 'reset' }],
  ])('accepts %s', (_name, message) => {
    expect(parseDetectRequest(message)).toEqual(message);
  });

  test.each([
    ['not an object', 'prepare'],
    ['unknown kind', { kind: 'eval', text: 'x' }],
    ['block past the text', { kind: 'prepare', text: 'abc', blocks: [{ start: 0, end: 4 }] }],
    ['block backwards', { kind: 'prepare', text: 'abc', blocks: [{ start: 2, end: 1 }] }],
    ['heading not boolean', { kind: 'prepare', text: 'abc', blocks: [{ start: 0, end: 1, heading: 'yes' }] }],
    ['text not a string', { kind: 'prepare', text: 42, blocks: [] }],
    ['text too long', { kind: 'prepare', text: 'x'.repeat(MAX_TEXT + 1), blocks: [] }],
    ['decide without id', { kind: 'decide' }],
    ['negative id', { kind: 'decide', id: -1 }],
    ['decide with a bad last text', { kind: 'decide', id: 1, last: { text: 'ab', blocks: [{ start: 0, end: 3 }] } }],
    ['bad signals', { kind: 'detect', id: 1, texts: [], signals: { invasive: 'yes' } }],
    ['bad text in detect', { kind: 'detect', id: 1, texts: [{ text: 'a' }] }],
  ])('refuses %s', (_name, message) => {
    expect(parseDetectRequest(message)).toBeUndefined();
  });

  test('keeps only the known fields', () => {
    expect(parseDetectRequest({ kind: 'prepare', text: 'a', blocks: [], extra: '<img>' })).toEqual({ kind: 'prepare', text: 'a', blocks: [] });
  });
});

describe('parseDetectReply', () => {
  test('accepts found and done', () => {
    const found = { kind: 'found', id: 1, from: 0, found: [[FINDING], []] };
    expect(parseDetectReply(found)).toEqual(found);
    expect(parseDetectReply({ kind: 'done', id: 1, texts: 2, signals: SIGNALS })).toEqual({ kind: 'done', id: 1, texts: 2, signals: SIGNALS });
  });

  test.each([
    ['unknown category', { ...FINDING, category: 'XYZ' }],
    ['unknown severity', { ...FINDING, severity: 'severe' }],
    ['empty span', { ...FINDING, end: 0 }],
    ['no rule', { ...FINDING, rule: '' }],
    ['unknown reason', { ...FINDING, status: 'suppressed', reason: 'because' }],
  ])('refuses a finding with %s', (_name, finding) => {
    expect(parseDetectReply({ kind: 'found', id: 1, from: 0, found: [[finding]] })).toBeUndefined();
  });

  test("keeps the background's working time only when it is a sane number", () => {
    const done = { kind: 'done', id: 1, texts: 0, signals: SIGNALS };
    expect(parseDetectReply({ ...done, ms: 2.5 })).toEqual({ ...done, ms: 2.5 });
    expect(parseDetectReply({ ...done, ms: -1 })).toEqual(done);
    expect(parseDetectReply({ ...done, ms: '3' })).toEqual(done);
  });

  test('a done may carry the last chunk of findings, checked like a found', () => {
    const done = { kind: 'done', id: 1, texts: 1, signals: SIGNALS };
    expect(parseDetectReply({ ...done, from: 0, found: [[FINDING]] })).toEqual({ ...done, from: 0, found: [[FINDING]] });
    expect(parseDetectReply({ ...done, from: 0, found: [[{ ...FINDING, severity: 'x' }]] })).toBeUndefined();
    expect(parseDetectReply({ ...done, found: [[FINDING]] })).toBeUndefined();
  });

  test('refuses a done without signals, and anything without an id', () => {
    expect(parseDetectReply({ kind: 'done', id: 1, texts: 1 })).toBeUndefined();
    expect(parseDetectReply({ kind: 'found', from: 0, found: [] })).toBeUndefined();
  });
});

test('withQuote takes the quote from the text the finding is in', () => {
  expect(withQuote(FINDING as never, 'Permanent results').quote).toBe('Perm');
});
