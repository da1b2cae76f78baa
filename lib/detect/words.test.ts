import { describe, expect, test } from 'vitest';
import { HASH_SEED, hashStep, MISS, WordCache } from './words.ts';

/** The hash the tokenizer works out for text[s, e). */
function hashOf(text: string, s = 0, e = text.length): number {
  let h = HASH_SEED;
  for (let k = s; k < e; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
}

describe('WordCache', () => {
  test('finds a word again wherever it stands in a text, whatever its case', () => {
    const cache = new WordCache();
    cache.set('Stem cells', 0, 4, hashOf('stem'), 7);
    const text = 'our STEM cells, stems';
    expect(cache.get(text, 4, 8, hashOf(text, 4, 8))).toBe(7);
    expect(cache.get(text, 16, 21, hashOf(text, 16, 21))).toBe(MISS);
    expect(cache.get(text, 16, 20, hashOf(text, 16, 20))).toBe(7);
  });

  test('letters and digits stay apart (folding the case never joins them)', () => {
    const cache = new WordCache();
    cache.set('a1', 0, 2, hashOf('a1'), 1);
    expect(cache.get('A1', 0, 2, hashOf('A1'))).toBe(1);
    expect(cache.get('aq', 0, 2, hashOf('aq'))).toBe(MISS);
  });

  test('words with the same hash are told apart by their characters', () => {
    const cache = new WordCache();
    cache.set('glow', 0, 4, 42, 1);
    cache.set('grow', 0, 4, 42, 2);
    expect(cache.get('glow', 0, 4, 42)).toBe(1);
    expect(cache.get('grow', 0, 4, 42)).toBe(2);
    expect(cache.get('gray', 0, 4, 42)).toBe(MISS);
  });

  test('keeps every word as it grows, and starts over past its limit', () => {
    const cache = new WordCache();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}x`);
    words.forEach((w, k) => cache.set(w, 0, w.length, hashOf(w), k));
    expect(words.every((w, k) => cache.get(w, 0, w.length, hashOf(w)) === k)).toBe(true);
    for (let k = 0; k < 50_000; k++) cache.set(`z${k}`, 0, `z${k}`.length, hashOf(`z${k}`), 1);
    expect(cache.get(words[0]!, 0, words[0]!.length, hashOf(words[0]!))).toBe(MISS);
  });

  test('very long words are not kept', () => {
    const cache = new WordCache();
    const long = 'a'.repeat(200);
    cache.set(long, 0, long.length, hashOf(long), 3);
    expect(cache.get(long, 0, long.length, hashOf(long))).toBe(MISS);
  });
});
