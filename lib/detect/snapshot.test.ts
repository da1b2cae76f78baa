import { describe, expect, test } from 'vitest';
import { compile } from './compile.ts';
import { restore, serialise } from './snapshot.ts';
import { tokenize } from './tokenize.ts';

// Written for this test: claims of several kinds, cues, numbers, a question, headings.
const PAGE = `Regenerative treatments

Our stem-cell facial restores a youthful glow and stimulates collagen production in 3 sessions.
Results are 100% natural and permanent, with no downtime. Book today: only 5 places left!
Is it safe? We harvest a small amount of fat under local anaesthesia, then inject your own cells.
Some critics say that claims such as "reverses aging" are not supported by evidence.
Exosome therapy reduces fine lines and wrinkles; many patients notice thicker hair after 6 weeks.`;

describe('engine snapshot', () => {
  const fresh = compile();
  const text = serialise(fresh);
  const restored = restore(text);

  test('serialising a restored engine gives the same snapshot', () => {
    expect(serialise(restored)).toBe(text);
  });

  test('a restored engine reads and matches a page exactly like a fresh one', () => {
    const a = tokenize(PAGE, fresh.vocab);
    const b = tokenize(PAGE, restored.vocab);
    expect([...b.id.subarray(0, b.count)]).toEqual([...a.id.subarray(0, a.count)]);
    const ma = fresh.matcher.run(a);
    expect(ma.count).toBeGreaterThan(5);
    expect(restored.matcher.run(b)).toEqual(ma);
    expect(restored.entries).toEqual(fresh.entries);
  });

  test('a snapshot of another version is refused', () => {
    expect(() => restore(text.replace(/"version":\d+/, '"version":0'))).toThrow(/version/);
  });
});
