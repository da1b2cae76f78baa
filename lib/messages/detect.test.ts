import { describe, expect, test } from 'vitest';
import { MAX_TEXT, parseDetectReply, parseDetectRequest } from './detect.ts';

const SIGNALS = { invasive: false, editorial: false, clinical: true };
const KIND = { termId: 'PERM-01', category: 'PERM', severity: 'high', rule: 'term:PERM-01', status: 'active' };
/** A chunk with one finding, `[start, end, kind]`, for the first of two texts. */
const CHUNK = { from: 0, kinds: [KIND], found: [[0, 4, 0], []] };

describe('parseDetectRequest', () => {
  test.each([
    ['prepare', { kind: 'prepare', text: 'abc', blocks: [0, 3, 1] }, { kind: 'prepare', text: 'abc', blocks: [{ start: 0, end: 3, heading: true }] }],
    ['prepare without blocks', { kind: 'prepare', text: '', blocks: [] }, { kind: 'prepare', text: '', blocks: [] }],
    ['decide', { kind: 'decide', id: 3 }, { kind: 'decide', id: 3 }],
    ['decide with the last text', { kind: 'decide', id: 3, last: { text: 'ab', blocks: [0, 2, 0] } }, { kind: 'decide', id: 3, last: { text: 'ab', blocks: [{ start: 0, end: 2 }] } }],
    [
      'detect',
      { kind: 'detect', id: 1, texts: [{ text: 'ab', blocks: [0, 1, 0, 1, 2, 1] }], signals: SIGNALS },
      { kind: 'detect', id: 1, texts: [{ text: 'ab', blocks: [{ start: 0, end: 1 }, { start: 1, end: 2, heading: true }] }], signals: SIGNALS },
    ],
    ['detect without signals', { kind: 'detect', id: 1, texts: [] }, { kind: 'detect', id: 1, texts: [] }],
    ['reset', { kind: 'reset' }, { kind: 'reset' }],
  ])('accepts %s, its blocks rebuilt', (_name, message, parsed) => {
    expect(parseDetectRequest(message)).toStrictEqual(parsed);
  });

  test.each([
    ['not an object', 'prepare'],
    ['unknown kind', { kind: 'eval', text: 'x' }],
    ['block past the text', { kind: 'prepare', text: 'abc', blocks: [0, 4, 0] }],
    ['block backwards', { kind: 'prepare', text: 'abc', blocks: [2, 1, 0] }],
    ['heading not 0 or 1', { kind: 'prepare', text: 'abc', blocks: [0, 1, true] }],
    ['blocks not in threes', { kind: 'prepare', text: 'abc', blocks: [0, 1] }],
    ['a block offset not a count', { kind: 'prepare', text: 'abc', blocks: [0.5, 1, 0] }],
    ['blocks as objects', { kind: 'prepare', text: 'abc', blocks: [{ start: 0, end: 1 }] }],
    ['text not a string', { kind: 'prepare', text: 42, blocks: [] }],
    ['text too long', { kind: 'prepare', text: 'x'.repeat(MAX_TEXT + 1), blocks: [] }],
    ['decide without id', { kind: 'decide' }],
    ['negative id', { kind: 'decide', id: -1 }],
    ['decide with a bad last text', { kind: 'decide', id: 1, last: { text: 'ab', blocks: [0, 3, 0] } }],
    ['bad signals', { kind: 'detect', id: 1, texts: [], signals: { invasive: 'yes' } }],
    ['bad text in detect', { kind: 'detect', id: 1, texts: [{ text: 'a' }] }],
  ])('refuses %s', (_name, message) => {
    expect(parseDetectRequest(message)).toBeUndefined();
  });

  test('keeps only the known fields', () => {
    expect(parseDetectRequest({ kind: 'prepare', text: 'a', blocks: [], extra: '<img>' })).toStrictEqual({ kind: 'prepare', text: 'a', blocks: [] });
  });
});

describe('parseDetectReply', () => {
  test('accepts found and done', () => {
    const found = { kind: 'found', id: 1, ...CHUNK };
    expect(parseDetectReply(found)).toEqual(found);
    expect(parseDetectReply({ kind: 'done', id: 1, texts: 2, signals: SIGNALS })).toEqual({ kind: 'done', id: 1, texts: 2, signals: SIGNALS });
  });

  test.each([
    ['unknown category', { ...CHUNK, kinds: [{ ...KIND, category: 'XYZ' }] }],
    ['unknown severity', { ...CHUNK, kinds: [{ ...KIND, severity: 'severe' }] }],
    ['no rule', { ...CHUNK, kinds: [{ ...KIND, rule: '' }] }],
    ['unknown reason', { ...CHUNK, kinds: [{ ...KIND, status: 'suppressed', reason: 'because' }] }],
    ['a kind not an object', { ...CHUNK, kinds: ['PERM-01'] }],
    ['empty span', { ...CHUNK, found: [[4, 4, 0]] }],
    ['negative offset', { ...CHUNK, found: [[-1, 4, 0]] }],
    ['kind past the list', { ...CHUNK, found: [[0, 4, 1]] }],
    ['numbers not in threes', { ...CHUNK, found: [[0, 4]] }],
    ['findings as objects', { ...CHUNK, found: [[{ start: 0, end: 4, ...KIND }]] }],
    ['no kinds', { from: 0, found: [[0, 4, 0]] }],
  ])('refuses a chunk with %s', (_name, chunk) => {
    expect(parseDetectReply({ kind: 'found', id: 1, ...chunk })).toBeUndefined();
  });

  test('keeps only the known fields', () => {
    expect(parseDetectReply({ kind: 'found', id: 1, ...CHUNK, extra: '<img>' })).toStrictEqual({ kind: 'found', id: 1, ...CHUNK });
  });

  test("keeps the background's working time only when it is a sane number", () => {
    const done = { kind: 'done', id: 1, texts: 0, signals: SIGNALS };
    expect(parseDetectReply({ ...done, ms: 2.5 })).toEqual({ ...done, ms: 2.5 });
    expect(parseDetectReply({ ...done, ms: -1 })).toEqual(done);
    expect(parseDetectReply({ ...done, ms: '3' })).toEqual(done);
  });

  test('a done may carry the last chunk of findings, checked like a found', () => {
    const done = { kind: 'done', id: 1, texts: 2, signals: SIGNALS };
    expect(parseDetectReply({ ...done, ...CHUNK })).toEqual({ ...done, ...CHUNK });
    expect(parseDetectReply({ ...done, ...CHUNK, kinds: [{ ...KIND, severity: 'x' }] })).toBeUndefined();
    expect(parseDetectReply({ ...done, found: CHUNK.found, kinds: CHUNK.kinds })).toBeUndefined();
  });

  test('refuses a done without signals, and anything without an id', () => {
    expect(parseDetectReply({ kind: 'done', id: 1, texts: 1 })).toBeUndefined();
    expect(parseDetectReply({ kind: 'found', ...CHUNK })).toBeUndefined();
  });
});
