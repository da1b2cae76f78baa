import { describe, expect, test, vi } from 'vitest';
import { addTally, detect, emptyTally, prepare, signalsFromTally } from './index.ts';
import { blockText } from './test-texts.ts';
import { DetectSession, libEngine, type DetectEngine } from './session.ts';

// Texts written for this test: two parts of a clinic page, one with invasive wording.
const PARTS = [
  ['Stem Cell Facial', 'Our stem cell facial gives permanent results with no downtime.'],
  ['How it works', 'We inject your own fat-derived cells under local anaesthetic. Results guaranteed!'],
];

const text = blockText;

describe('DetectSession', () => {
  test('a full scan decides every text under the signals of all of them, as detect() would', () => {
    const texts = PARTS.map(text);
    const session = new DetectSession();
    for (const t of texts) session.prepare(t.text, t.blocks);
    expect(session.waiting).toBe(2);
    const { found, signals } = session.decide();
    const page = signalsFromTally(texts.reduce((sum, t) => addTally(sum, prepare(t.text, t.blocks).tally), emptyTally()));
    expect(signals).toEqual(page);
    // The first text alone has no invasive wording; decided with the page's signals it counts as invasive.
    expect(signals.invasive).toBe(true);
    expect(found).toEqual(texts.map((t) => detect(t.text, { blocks: t.blocks, page })));
    expect(found.flat().length).toBeGreaterThan(2);
    expect(session.waiting).toBe(0);
  });

  test('a rescan is decided under the signals it is given, or its own', () => {
    const session = new DetectSession();
    const first = text(PARTS[0]!);
    const given = { invasive: true, editorial: false, clinical: true };
    expect(session.detect([first], given)).toEqual({ found: [detect(first.text, { blocks: first.blocks, page: given })], signals: given });
    const own = session.detect([first]);
    expect(own.signals).toEqual(signalsFromTally(prepare(first.text, first.blocks).tally));
  });

  test('reset drops a scan given up half-way', () => {
    const session = new DetectSession();
    session.prepare('Permanent results.', [{ start: 0, end: 18 }]);
    session.reset();
    expect(session.decide().found).toEqual([]);
  });

  test('an engine error costs that text its findings, not the others', () => {
    const onError = vi.fn();
    const failing: DetectEngine = { ...libEngine, prepare: (t, b) => (t.startsWith('boom') ? (() => { throw new Error('boom'); })() : libEngine.prepare(t, b)) };
    const session = new DetectSession(failing, onError);
    const good = text(PARTS[0]!);
    session.prepare('boom', [{ start: 0, end: 4 }]);
    session.prepare(good.text, good.blocks);
    const { found } = session.decide();
    expect(found[0]).toEqual([]);
    expect(found[1]!.length).toBeGreaterThan(0);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
