import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { compile } from './compile.ts';
import { engineSnapshotPlugin, restoringEngineModule } from './engine-build.ts';
import { Matcher, type MatcherData } from './matcher.ts';
import { decodeInts, encodeInts } from './snapshot-codec.ts';
import { emptyEngine, restore, restoreOr, serialise } from './snapshot.ts';
import { tokenize } from './tokenize.ts';

// Written for this test: claims of several kinds, cues, numbers, a question, headings.
const PAGE = `Regenerative treatments

Our stem-cell facial restores a youthful glow and stimulates collagen production in 3 sessions.
Results are 100% natural and permanent, with no downtime. Book today: only 5 places left!
Is it safe? We harvest a small amount of fat under local anaesthesia, then inject your own cells.
Some critics say that claims such as "reverses aging" are not supported by evidence.
Exosome therapy reduces fine lines and wrinkles; many patients notice thicker hair after 6 weeks.`;

describe('snapshot numbers', () => {
  test.each([[[0]], [[56, 57, 58]], [[1880, 1881, 1882]], [[0x3fffffff, 0, 123_456_789]]])('%j round-trips', (values) => {
    expect([...decodeInts(encodeInts(values))]).toEqual(values);
  });

  test('are written without quotes, backslashes or the section separator, one character below 57', () => {
    const text = encodeInts(Array.from({ length: 5000 }, (_, k) => k * 37));
    expect(text).not.toMatch(/["'`\\|\s]/);
    expect(encodeInts([56]).length).toBe(1);
    expect(encodeInts([57]).length).toBe(2);
  });

  test.each([['\u0001'], ['!\u00e9'], ['!\u{1f600}'], [' !']])('a list with a character that is no digit (%j) is refused', (text) => {
    expect(() => decodeInts(text)).toThrow('Bad number list');
  });

  test.each([[-1], [1.5], [2 ** 31]])('refuses %s', (v) => {
    expect(() => encodeInts([v])).toThrow();
  });
});

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

  test.each([
    ['another version', () => text.replace(/^.{0,12}?\d+/, (m) => m.replace(/\d+$/, '999'))],
    ['cut short', () => text.slice(0, text.length >> 1)],
    ['with a damaged number', () => text.slice(0, -100) + '\u0001' + text.slice(-99)],
    ['with a word missing', () => text.replace(' ', '')],
    ['with an extra section', () => `${text}|`],
    ['empty', () => ''],
  ])('a snapshot %s is refused, and restoreOr falls back', (_name, damaged) => {
    const bad = damaged();
    expect(() => restore(bad)).toThrow();
    expect(restoreOr(bad, () => fresh)).toBe(fresh);
    const empty = restoreOr(bad);
    expect(empty.entries).toEqual([]);
    expect(empty.matcher.run(tokenize(PAGE, empty.vocab)).count).toBe(0);
  });

  test.each([
    ['a start list naming a pattern that does not exist', (d: MatcherData) => ({ ...d, startPat: d.startPat.map((p, k) => (k ? p : 9999)) })],
    ['a start slot past its pattern', (d: MatcherData) => ({ ...d, startSlot: d.startSlot.map((p, k) => (k ? p : 99)) })],
    ['an anchor past the anchored patterns', (d: MatcherData) => ({ ...d, anchorOf: d.anchorOf.map((a, k) => (k ? a : d.anchorCount)) })],
    ['a slot trie past the last node', (d: MatcherData) => ({ ...d, slotCode: d.slotCode.map((c) => (c ? 1 + 2 * d.tries.num.length : c)) })],
    ['lookups for another vocabulary', (d: MatcherData) => ({ ...d, startOff: d.startOff.subarray(1) })],
  ])('matcher data with %s is refused', (_name, damage) => {
    const data = fresh.matcher.dump();
    expect(() => Matcher.restore(data, fresh.vocab.size)).not.toThrow();
    expect(() => Matcher.restore(damage(data), fresh.vocab.size)).toThrow('Bad matcher data');
  });

  test('a snapshot with any one character changed gives an engine or the fallback, promptly', () => {
    // Counts that come out huge must be refused before they are looped over.
    const t0 = performance.now();
    for (let k = 0; k < 300; k++) {
      const at = Math.floor(((k + 0.5) / 300) * text.length);
      const damaged = text.slice(0, at) + (text[at] === '~' ? '}' : '~') + text.slice(at + 1);
      const e = restoreOr(damaged);
      expect(e.matcher.run(tokenize(PAGE, e.vocab)).count).toBeGreaterThanOrEqual(0);
    }
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  test('the fallback engine finds nothing in any text', () => {
    const e = emptyEngine();
    expect(e.matcher.run(tokenize('stem cells 100% permanent results 5 sessions', e.vocab)).count).toBe(0);
  });
});

/** The holdout fixtures: pages the patterns were not written against. */
function holdoutTexts(): string[] {
  const file = join(import.meta.dirname, '../../tests/fixtures/holdout/holdout.jsonl');
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
}

describe('the engine as the build ships it', () => {
  test('detect() with the restored engine gives the same findings as the compiled one on the holdout pages', async () => {
    const texts = [PAGE, ...holdoutTexts()];
    expect(texts.length).toBeGreaterThan(20);
    const findingsOf = async () => {
      const { detect, pageSignals } = await import('./index.ts');
      return texts.map((t) => ({ whole: detect(t), page: pageSignals(t) }));
    };
    const compiled = await findingsOf();
    // engine.ts as the build replaces it: restoring the snapshot, never compiling.
    vi.resetModules();
    const calls = vi.fn();
    vi.doMock('./engine.ts', async () => {
      const { restoreOr } = await import('./snapshot.ts');
      const snapshot = serialise(compile());
      return { loadEngine: () => (calls(), restoreOr(snapshot, () => { throw new Error('snapshot refused'); })) };
    });
    const restoredFindings = await findingsOf();
    vi.doUnmock('./engine.ts');
    expect(calls).toHaveBeenCalledTimes(1);
    expect(compiled.flatMap((r) => r.whole).length).toBeGreaterThan(50);
    expect(restoredFindings).toEqual(compiled);
  });

  test('the module that replaces engine.ts in a build restores the snapshot it carries', () => {
    const snapshot = serialise(compile());
    const code = restoringEngineModule(snapshot);
    expect(code.includes(`restoreOr(${JSON.stringify(snapshot)})`)).toBe(true);
    // Nothing of the compile path: the snapshot's reader is its only import.
    expect(code.match(/from '[^']+'/g)).toEqual(["from './snapshot.ts'"]);
  });

  test('the build plugin replaces only engine.ts, and only in production builds', () => {
    const plugin = engineSnapshotPlugin();
    expect(plugin.apply({}, { mode: 'production' })).toBe(true);
    expect(plugin.apply({}, { mode: 'development' })).toBe(false);
    plugin.buildStart();
    expect(plugin.load('/x/lib/detect/index.ts')).toBeUndefined();
    expect(plugin.load('/x/lib/detect/engine.ts?v=1')).toBe(restoringEngineModule(serialise(compile())));
  });
});
