import { describe, expect, test } from 'vitest';
import { Matcher } from './matcher.ts';
import { patternSlots } from './pattern.ts';
import { tokenize } from './tokenize.ts';
import { Vocab } from './vocab.ts';

/** A matcher of slot patterns only (entry k is pattern k), as compile.ts builds the large ones. */
function matcherOf(patterns: readonly string[]) {
  const vocab = new Vocab();
  const matcher = new Matcher();
  patterns.forEach((p, entry) => matcher.add(patternSlots(p, vocab), entry));
  matcher.seal(vocab.size);
  const found = (text: string, m: Matcher = matcher) => {
    const t = tokenize(text, vocab);
    const r = m.run(t);
    return Array.from({ length: r.count }, (_, k) => `${r.entry[k]}:${text.slice(t.start[r.first[k]!], t.end[r.end[k]! - 1])}`);
  };
  return { vocab, matcher, found };
}

describe('slot patterns and their anchors', () => {
  // Pattern 0 starts on an optional word, and its anchor ("win", the fewest
  // first words) is also where a match without that word starts.
  // Pattern 1 needs its verb before its anchor ("collagen" or "elastin").
  const { vocab, matcher, found } = matcherOf(['[really] (win) ... (big|large|huge|vast|wide)', '(boost|stimulate) ... (collagen|elastin)']);

  test.each([
    ['A win so big.', ['0:win so big']],
    ['We really win big.', ['0:really win big', '0:win big']],
    ['We boost collagen.', ['1:boost collagen']],
    ['Collagen: we boost it.', []],
    ['Elastin fades, so we stimulate elastin.', ['1:stimulate elastin']],
    ['Big wins, and we boost. Collagen.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('a restored matcher finds the same', () => {
    const restored = Matcher.restore(matcher.dump(), vocab.size);
    for (const text of ['We really win big.', 'Elastin fades, so we stimulate elastin.', 'A win so wide, boost collagen.']) {
      expect(found(text, restored)).toEqual(found(text));
    }
  });
});
