import { describe, expect, test } from 'vitest';
import { BOM, csvField, neutraliseFormula, parseCsv, toCsv } from './csv.ts';
import { HOSTILE_TEXTS } from './hostile-samples.ts';

describe('neutraliseFormula', () => {
  test.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', `=cmd|' /C calc'!A0`])('neutralises %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });
  test.each(['plain', '1+1', 'a=b', '', "'=already", ' =x', 'café'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
  test('is idempotent', () => {
    expect(neutraliseFormula(neutraliseFormula('=x'))).toBe("'=x");
  });
});

describe('csvField', () => {
  test.each([
    ['a', 'a'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['a\nb', '"a\nb"'],
    ['a\rb', '"a\rb"'],
  ])('%j -> %j', (input, out) => expect(csvField(input)).toBe(out));
});

describe('toCsv', () => {
  test('CRLF rows, BOM first, quotes doubled', () => {
    expect(toCsv([['a', 'b,c'], ['"q"', '']])).toBe(`${BOM}a,"b,c"\r\n"""q""",\r\n`);
  });
  test('BOM can be left out', () => {
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
  });
  test('hostile texts survive a round trip, with formulas neutralised', () => {
    const rows = HOSTILE_TEXTS.map((t, i) => [String(i), t, 'end']);
    const parsed = parseCsv(toCsv(rows));
    expect(parsed).toEqual(rows.map((r) => r.map(neutraliseFormula)));
  });
  test('no cell of the output starts a formula', () => {
    for (const row of parseCsv(toCsv([[...HOSTILE_TEXTS]]))) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
  test('non-ASCII stays intact as UTF-8', () => {
    const csv = toCsv([['São Paulo', 'مرحبا', '💉']]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });
});

describe('parseCsv', () => {
  test('refuses an open quote', () => {
    expect(() => parseCsv('"abc')).toThrow(/quoted/);
  });
  test('reads a last row without CRLF', () => {
    expect(parseCsv('a,b\r\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });
});
