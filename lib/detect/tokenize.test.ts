import { describe, expect, test } from 'vitest';
import { compile } from './compile.ts';
import { tokenize } from './tokenize.ts';
import { NUM, UNKNOWN } from './vocab.ts';
import { HASH_SEED, hashStep, MISS } from './words.ts';

const { vocab } = compile();
const ids = (text: string) => {
  const t = tokenize(text, vocab);
  return Array.from(t.id.subarray(0, t.count));
};
const spans = (text: string) => {
  const t = tokenize(text, vocab);
  return Array.from({ length: t.count }, (_, k) => text.slice(t.start[k], t.end[k]));
};

describe('words found again from the cache', () => {
  const TEXTS = [
    'Our Stemcell facial gives PERMANENT results with no downtime.',
    'A nonsurgical, needle-free facelift: 3x more collagen in 10 days & 95% happy clients.',
    "The body's own cells, regrowing hair where others fail.",
  ];
  test.each(TEXTS)('%s: the same tokens the first time and after', (text) => {
    const first = tokenize(text, compile().vocab);
    const again = tokenize(text, vocab);
    const warm = tokenize(text, vocab);
    for (const t of [again, warm]) {
      expect(t.count).toBe(first.count);
      expect(t.id.subarray(0, t.count)).toEqual(first.id.subarray(0, first.count));
      expect(t.start.subarray(0, t.count)).toEqual(first.start.subarray(0, first.count));
    }
  });

  /** A vocabulary past its first texts: words go through its hashed word cache. */
  const pastFirst = () => {
    const v = compile().vocab;
    v.charsRead = 1e9;
    return v;
  };

  test("the tokenizer's written-out hash is hashStep's (or the cache would never hit)", () => {
    const warm = pastFirst();
    tokenize('Regenerative FACIAL stemcell', warm);
    for (const word of ['regenerative', 'facial', 'stemcell']) {
      let h = HASH_SEED;
      for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
      expect(warm.words.get(word, 0, word.length, h)).not.toBe(MISS);
    }
  });

  test.each(TEXTS)('%s: first words (sliced) and later words (hashed) give the same tokens', (text) => {
    const sliced = tokenize(text, compile().vocab);
    const hashed = tokenize(text, pastFirst());
    expect(hashed.count).toBe(sliced.count);
    expect(hashed.id.subarray(0, hashed.count)).toEqual(sliced.id.subarray(0, sliced.count));
    expect(hashed.end.subarray(0, hashed.count)).toEqual(sliced.end.subarray(0, sliced.count));
  });

  test('a text that runs past the first characters switches to the word cache on the way', () => {
    const v = compile().vocab;
    const text = 'Our Stemcell facial gives permanent results. '.repeat(2000);
    const once = tokenize(text, v);
    expect(v.charsRead).toBeGreaterThan(64_000);
    const again = tokenize(text, pastFirst());
    expect(once.id.subarray(0, once.count)).toEqual(again.id.subarray(0, again.count));
  });

  test('case does not matter', () => {
    expect(ids('STEM CELL Facial')).toEqual(ids('stem cell facial'));
    expect(ids('stem cell facial').every((id) => id >= 0)).toBe(true);
  });

  test('a word that is two tokens is two tokens every time, over the whole word', () => {
    for (let k = 0; k < 3; k++) expect(spans('Stemcell therapy')).toEqual(['Stemcell', 'Stemcell', 'therapy']);
    expect(ids('stemcell')).toEqual(ids('stem cell'));
  });

  test('numbers, unknown words and words next to other scripts', () => {
    expect(ids('2,500 zzyzx')).toEqual([NUM, UNKNOWN]);
    expect(spans('café facial, stem-cell')).toEqual(['café', 'facial', 'stem', 'cell']);
    // "İ" lower-cases to two characters: every word takes the careful path, with the same result here.
    expect(ids('İ stem cell facial').slice(1)).toEqual(ids('stem cell facial'));
  });
});

describe('blocks', () => {
  test('blocks in order or not split the text the same way', () => {
    const text = 'Stem cell facial results permanent';
    const blocks = [{ start: 0, end: 16, heading: true }, { start: 17, end: 34 }];
    const inOrder = tokenize(text, vocab, blocks);
    const shuffled = tokenize(text, vocab, [blocks[1]!, blocks[0]!]);
    expect(shuffled.sentences).toEqual(inOrder.sentences);
    expect(inOrder.sentences.map((s) => s.heading)).toEqual([true, false]);
    expect(inOrder.sentences).toHaveLength(2);
  });

  test('a block boundary splits a word', () => {
    expect(tokenize('stemcell', vocab, [{ start: 0, end: 4 }, { start: 4, end: 8 }]).count).toBe(2);
  });
});

describe('symbols read as words', () => {
  test('"#1" reads as "number 1", "%" as "percent", "&" as "and"; a hashtag as "number" and its word', () => {
    expect(ids('#1 clinic')).toEqual([...ids('number'), NUM, ...ids('clinic')]);
    expect(spans('#1 clinic')).toEqual(['#', '1', 'clinic']);
    expect(ids('95% & more')).toEqual([NUM, ...ids('percent'), ...ids('and'), ...ids('more')]);
    expect(ids('#glow')).toEqual([...ids('number'), ...ids('glow')]);
  });
});
