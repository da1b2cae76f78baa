import { describe, expect, test } from 'vitest';
import { escapeMarkdown, mdTableCell } from './markdown.ts';
import { HOSTILE_TEXTS } from './hostile-samples.ts';

const SPECIAL = '\\`*_{}[]()#+-.!|<>~=&';

/** Drops CommonMark backslash escapes: what a renderer shows as text. */
function unescape(md: string): string {
  return md.replace(/\\([\s\S])/g, (_, c: string) => (c === '\n' ? '\n' : c));
}

/** True when every special character in `md` is preceded by a backslash. */
function allEscaped(md: string): boolean {
  for (let i = 0; i < md.length; i++) {
    const c = md[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (SPECIAL.includes(c)) return false;
  }
  return true;
}

describe('escapeMarkdown', () => {
  test.each(HOSTILE_TEXTS.map((t) => [t]))('%j renders as its own text', (text) => {
    const md = escapeMarkdown(text);
    expect(allEscaped(md)).toBe(true);
    const expected = text
      .replace(/\r\n?/g, '\n')
      .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
      .split('\n')
      .map((l) => l.replace(/^[ \t]+/, ''))
      .join('\n');
    expect(unescape(md)).toBe(expected);
  });
  test.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['> quote', '\\> quote'],
    ['[a](b)', '\\[a\\]\\(b\\)'],
    ['<b>', '\\<b\\>'],
    ['    code', 'code'],
    ['a\nb', 'a\\\nb'],
  ])('%j -> %j', (input, out) => expect(escapeMarkdown(input)).toBe(out));
  test('keeps right-to-left letters and emoji, drops bidi overrides', () => {
    expect(escapeMarkdown('مرحبا 💉')).toBe('مرحبا 💉');
    expect(escapeMarkdown('a\u202Eb\u2066c')).toBe('abc');
  });
});

describe('mdTableCell', () => {
  test.each(HOSTILE_TEXTS.map((t) => [t]))('%j stays in one cell', (text) => {
    const cell = mdTableCell(text);
    expect(cell).not.toMatch(/[\r\n]/);
    expect(cell.replace(/\\\|/g, '')).not.toContain('|');
    expect(allEscaped(cell.replaceAll('<br>', ''))).toBe(true);
  });
  test('line breaks become <br>', () => {
    expect(mdTableCell(' a | b \n c ')).toBe('a \\| b<br>c');
  });
});
