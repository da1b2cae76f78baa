import { describe, expect, test } from 'vitest';
import { detect, type Block } from './index.ts';
import { stem } from './stem.ts';
import { tokenize } from './tokenize.ts';
import { Vocab } from './vocab.ts';

const active = (text: string, blocks?: Block[]) =>
  detect(text, blocks ? { blocks } : {}).filter((f) => f.status === 'active');

describe('normalisation that presentation cannot fool', () => {
  test.each([
    ['case', 'Book your STEM CELL FACIAL today.'],
    ['hyphen', 'Book your stem-cell facial today.'],
    ['one word', 'Book your stemcell facial today.'],
    ['plural', 'We love our stem cell facials.'],
    ['curly apostrophe and dash', 'Our clinic’s stem‑cell facial – booked daily.'],
    ['line break inside the phrase', 'Book your stem\ncell facial today.'],
    ['soft hyphen inside a word', 'Book your stem ce\u00adll fa\u00adcial today.'],
    ['zero-width space inside a word', 'Book your st\u200bem cell fac\u200bial today.'],
    ['zero-width joiner and word joiner', 'Book your stem\u200d cell fa\u2060cial today.'],
    ['diacritics', 'Book your stém céll façial today.'],
    ['inline split (text joined from <b>)', 'Book your stem cell facial today.'],
  ])('%s', (_name, text) => {
    const found = active(text);
    expect(found.map((f) => f.termId)).toContain('SCT-01');
    // Offsets are UTF-16 positions in the original text, invisible characters included.
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  test('offsets stay right after astral characters (emoji) and before the match', () => {
    const text = '🌟✨ New! 🌟 Our stem cell facial 💆 is here.';
    const [f] = active(text);
    expect(f?.quote).toBe('stem cell facial');
    expect(text.slice(f!.start, f!.end)).toBe('stem cell facial');
  });

  test('the quote spans the invisible characters of the original text', () => {
    const text = 'Try the st\u200bem cell fac\u00adial.';
    const [f] = active(text);
    expect(f?.start).toBe(8);
    expect(f?.end).toBe(text.length - 1);
  });

  test('a block boundary splits words even without whitespace: "stem" | "cell facial"', () => {
    const text = 'Our stemcell facial';
    expect(active(text)).toHaveLength(1);
    const blocks = [{ start: 0, end: 8 }, { start: 8, end: text.length }];
    expect(active(text, blocks)).toHaveLength(0);
  });

  test('a phrase split across inline elements of one block is found', () => {
    const text = 'Our stem cell facial';
    expect(active(text, [{ start: 0, end: text.length }]).map((f) => f.quote)).toEqual(['stem cell facial']);
  });
});

describe('word boundaries', () => {
  test.each([
    ['hang is not inside changes', 'The changes were subtle.', 'hang'],
    ['not is not inside note', 'Please note the treatment.', 'not'],
  ])('%s', (_name, text, word) => {
    const vocab = new Vocab();
    const [id] = vocab.add(word);
    const t = tokenize(text, vocab);
    expect(Array.from(t.id.subarray(0, t.count))).not.toContain(id);
  });

  test('"note" does not negate: it is not the word "not"', () => {
    expect(active('Please note that our stem cell facial is popular.')).toHaveLength(1);
  });
});

describe('stem folds inflections onto one key', () => {
  test.each([
    [['regrow', 'regrows', 'regrowing'], true],
    [['therapy', 'therapies'], true],
    [['stimulate', 'stimulates', 'stimulated', 'stimulating', 'stimulation'], true],
    [['age', 'aging', 'ageing'], true],
    [['minimise', 'minimize', 'minimising'], true],
    [['use', 'uses', 'using', 'used'], true],
    [['not', 'note'], false],
    [['the', 'thing'], false],
  ])('%j share a key: %s', (words, same) => {
    const keys = new Set(words.map(stem));
    expect(keys.size === 1).toBe(same);
  });
});

describe('sentences and headings', () => {
  test('an abbreviation does not end a sentence; a question mark does', () => {
    const vocab = new Vocab();
    const t = tokenize('Dr. Smith offers it. Is it safe? Yes.', vocab);
    expect(t.sentences.map((s) => s.question)).toEqual([false, true, false]);
  });

  test('a short line without a full stop is a heading that governs what follows', () => {
    const vocab = new Vocab();
    const t = tokenize('Why you should avoid them\n\nThe first reason. The second reason.', vocab);
    expect(t.sentences[0]!.heading).toBe(true);
    expect(t.sentences[1]!.section).toBe(0);
    expect(t.sentences[2]!.section).toBe(0);
  });
});
