import { afterEach, describe, expect, test, vi } from 'vitest';
import { readRuns, type TextRun } from './blocks.ts';
import { boundingRect, clamped, clientRects, liveRange, PlainRange, plainRangeFor, rangeFor } from './ranges.ts';
import { setBody } from './testing.ts';

afterEach(() => vi.restoreAllMocks());

function run(html: string): TextRun {
  setBody(html);
  return [...readRuns(document.body)][0]!;
}

const textOf = (range: AbstractRange) => liveRange(range).toString();

describe('plainRangeFor', () => {
  test.each([
    ['one text node', '<p>our stem cell facial works</p>', 'stem cell facial'],
    ['across inline elements', '<p>our stem <b>cell</b> <a href="#">facial</a> works</p>', 'stem cell facial'],
    ['ending at a node edge', '<p>our stem <b>cell facial</b> works</p>', 'stem cell facial'],
  ])('maps run offsets to boundary points: %s', (_name, html, quote) => {
    const r = run(html);
    const start = r.text.indexOf(quote);
    const range = plainRangeFor(r, start, start + quote.length)!;
    expect(range).toBeInstanceOf(PlainRange);
    expect(textOf(range)).toBe(quote);
    expect(rangeFor(r, start, start + quote.length)!.toString()).toBe(quote);
  });

  test('ends in the node holding the last character, not the next one', () => {
    const r = run('<p>permanent<b> results</b></p>');
    const range = plainRangeFor(r, 0, 9)!;
    expect(range.endContainer).toBe(range.startContainer);
    expect(range.endOffset).toBe(9);
  });

  test.each([
    ['a node whose text changed', (r: TextRun) => (r.nodes[1]!.data = 'cells')],
    ['a removed node', (r: TextRun) => r.nodes[1]!.remove()],
  ])('gives nothing for a stale run: %s', (_name, change) => {
    const r = run('<p>our stem <b>cell</b> facial</p>');
    change(r);
    expect(plainRangeFor(r, 4, 13)).toBeUndefined();
    expect(plainRangeFor(r, 0, 3)).toBeDefined(); // the first node is unchanged
  });

  test.each([
    [-1, 3],
    [2, 2],
    [5, 99],
  ])('gives nothing for offsets %i..%i outside the text', (start, end) => {
    expect(plainRangeFor(run('<p>some text</p>'), start, end)).toBeUndefined();
  });
});

test('liveRange makes a new live Range of a PlainRange each call, and passes a live one through', () => {
  const r = run('<p>permanent results</p>');
  const plain = plainRangeFor(r, 0, 9)!;
  const live = liveRange(plain);
  expect(live).toBeInstanceOf(Range);
  expect(liveRange(plain)).not.toBe(live);
  expect(liveRange(live)).toBe(live);
});

describe('a range the page changed under', () => {
  function staleRange() {
    const r = run('<p>permanent results</p>');
    const range = plainRangeFor(r, 10, 17)!;
    r.nodes[0]!.data = 'gone';
    return range;
  }

  test('makes a live range clamped to the text there is, without throwing', () => {
    const live = liveRange(staleRange());
    expect([live.startOffset, live.endOffset]).toEqual([4, 4]);
  });

  test('is measured without throwing', () => {
    const range = staleRange();
    expect(() => boundingRect(range)).not.toThrow();
    expect(() => clientRects(range)).not.toThrow();
  });

  test('clamped() copies it only when needed', () => {
    const range = staleRange();
    expect(clamped(range)).toMatchObject({ startOffset: 4, endOffset: 4 });
    const fresh = plainRangeFor(run('<p>permanent results</p>'), 0, 9)!;
    expect(clamped(fresh)).toBe(fresh);
  });
});

test('measures a PlainRange through one reused live range, left holding no page node', () => {
  const r = run('<p>permanent results</p>');
  const seen: Range[] = [];
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    seen.push(this);
    expect(this.toString()).toBe(seen.length === 1 ? 'permanent' : 'results');
    return new DOMRect(1, 2, 3, 4);
  });
  expect(boundingRect(plainRangeFor(r, 0, 9)!).top).toBe(2);
  boundingRect(plainRangeFor(r, 10, 17)!);
  expect(seen[0]).toBe(seen[1]);
  expect(seen[0]!.startContainer).toBe(document);
  expect(seen[0]!.collapsed).toBe(true);
});
