import { describe, expect, test } from 'vitest';
import { compareStarts, comparePoints, containsPoint, numberInOrder, numberInserted } from './range-order.ts';
import { PlainRange } from './ranges.ts';
import { setBody } from './testing.ts';

/** Every boundary point of a small tree: element and text containers, first, middle and last offsets. */
function points(): Array<[Node, number]> {
  setBody('<div id="a">one<p>two <b>three</b></p>four</div><p>five</p>');
  const out: Array<[Node, number]> = [];
  const visit = (node: Node) => {
    const length = node.nodeType === Node.TEXT_NODE ? (node as Text).length : node.childNodes.length;
    for (let offset = 0; offset <= length; offset++) out.push([node, offset]);
    node.childNodes.forEach(visit);
  };
  visit(document.body);
  return out;
}

const sign = (n: number) => Math.sign(n) + 0;

test('orders boundary points as Range.compareBoundaryPoints does, containment included', () => {
  const all = points();
  const range = (node: Node, offset: number) => {
    const r = document.createRange();
    r.setStart(node, offset);
    return r;
  };
  for (const [a, aOffset] of all) {
    for (const [b, bOffset] of all) {
      const expected = range(a, aOffset).compareBoundaryPoints(Range.START_TO_START, range(b, bOffset));
      expect([a.nodeName, aOffset, b.nodeName, bOffset, sign(comparePoints(a, aOffset, b, bOffset))]).toEqual([
        a.nodeName,
        aOffset,
        b.nodeName,
        bOffset,
        sign(expected),
      ]);
    }
  }
});

test('never throws for a point in a removed subtree', () => {
  setBody('<p>one</p><p>two</p>');
  const [one, two] = [...document.querySelectorAll('p')].map((p) => p.firstChild!);
  two!.parentElement!.remove();
  expect(() => comparePoints(one!, 0, two!, 0)).not.toThrow();
  expect(() => compareStarts(new PlainRange(two!, 0, two!, 1), new PlainRange(one!, 0, one!, 1))).not.toThrow();
});

test('containsPoint includes both ends', () => {
  setBody('<p>permanent results</p>');
  const text = document.querySelector('p')!.firstChild!;
  const range = new PlainRange(text, 2, text, 9);
  expect([1, 2, 5, 9, 10].map((offset) => containsPoint(range, text, offset))).toEqual([false, true, true, true, false]);
});

test("findings' ranges compare by the number the finding list gives them, others through the DOM", () => {
  setBody('<p>first</p><p>second</p>');
  const [a, b] = [...document.querySelectorAll('p')].map((p) => new PlainRange(p.firstChild!, 0, p.firstChild!, 1));
  expect(sign(compareStarts(a!, b!))).toBe(-1);
  // Numbered against document order, to show the numbers are what is compared.
  numberInOrder([{ range: b! }, { range: a! }]);
  expect([a!.order, b!.order]).toEqual([1, 0]);
  expect(sign(compareStarts(a!, b!))).toBe(1);
  // No longer listed: the DOM decides again.
  numberInOrder([{ range: b! }], [{ range: a! }]);
  expect(a!.order).toBe(-1);
  expect(sign(compareStarts(a!, b!))).toBe(-1);
});

describe('numberInserted', () => {
  const ranges = (count: number) => {
    setBody(Array.from({ length: count }, (_, i) => `<p>p${i}</p>`).join(''));
    return [...document.querySelectorAll('p')].map((p) => ({ range: new PlainRange(p.firstChild!, 0, p.firstChild!, 1) }));
  };

  test('numbers new findings between their neighbours and leaves the others as they were', () => {
    const all = ranges(7);
    const [x, y, z] = [all[2]!, all[5]!, all[6]!];
    const old = all.filter((f) => f !== x && f !== y && f !== z);
    numberInOrder(old);
    expect(numberInserted(all, [x, y, z])).toBe(true);
    expect(old.map((f) => f.range.order)).toEqual([0, 1, 2, 3]);
    const orders = all.map((f) => f.range.order);
    expect(orders.every((n, i) => i === 0 || n > orders[i - 1]!)).toBe(true);
  });

  test.each([
    ['a new finding first in the list', (all: Array<{ range: PlainRange }>) => [all[0]!]],
    ['no room left between two numbers', (all: Array<{ range: PlainRange }>) => ((all[2]!.range.order = all[0]!.range.order), [all[1]!])],
  ])('gives up, numbering nothing, on %s', (_name, pick) => {
    const all = ranges(3);
    numberInOrder(all);
    const inserted = pick(all);
    for (const f of inserted) f.range.order = -1;
    expect(numberInserted(all, inserted)).toBe(false);
    expect(inserted.map((f) => f.range.order)).toEqual(inserted.map(() => -1));
  });
});
