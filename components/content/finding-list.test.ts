import { expect, test } from 'vitest';
import type { PageFinding } from './detect-runs.ts';
import { FindingList, mergeInOrder } from './finding-list.ts';
import { comparePoints } from './range-order.ts';
import { PlainRange } from './ranges.ts';
import { setBody } from './testing.ts';

/** A finding on the n-th paragraph's text (only `range`, `start`, `id` and `status` matter here). */
function findingIn(p: Element, id: string, status: PageFinding['status'] = 'active'): PageFinding {
  const range = document.createRange();
  range.selectNodeContents(p.firstChild!);
  return { id, start: 0, end: 1, status, range } as unknown as PageFinding;
}

function page(count: number) {
  setBody(Array.from({ length: count }, (_, i) => `<p>paragraph ${i}</p>`).join(''));
  return [...document.querySelectorAll('p')].map((p, i) => findingIn(p, `f${i}`));
}

test.each([
  ['a few', [7, 3, 12]],
  ['many, out of order', Array.from({ length: 40 }, (_, i) => (i * 37) % 80).filter((i) => i % 2)],
])('merges %s new findings in document order', (_name, picks) => {
  const all = page(80);
  const added = picks.map((i) => all[i]!);
  const existing = all.filter((f) => !added.includes(f));
  expect(mergeInOrder(existing, added).map((f) => f.id)).toEqual(all.map((f) => f.id));
});

test('the filter is asked once per finding and again on refilter', () => {
  const all = page(6);
  let dropped = 'f2';
  let asked = 0;
  const list = new FindingList((f) => (asked++, f.id !== dropped));
  list.reset(all.slice(0, 4));
  expect(list.findings().map((f) => f.id)).toEqual(['f0', 'f1', 'f3']);
  list.update(new Set([all[0]!]), [all[5]!, all[4]!]);
  expect(list.findings().map((f) => f.id)).toEqual(['f1', 'f3', 'f4', 'f5']);
  expect(asked).toBe(6);
  expect(list.byId('f4')).toBe(all[4]);
  dropped = 'none';
  // What changed is returned, to be painted again; nothing else.
  expect(list.refilter().map((f) => f.id)).toEqual(['f2']);
  expect(list.refilter()).toEqual([]);
  expect(list.active().map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
  expect(list.shown(all[2]!)).toBe(true);
});

test('the counts follow every change without building the lists, and agree with them', () => {
  const all = page(8);
  all[1] = { ...all[1]!, status: 'suppressed' };
  let dropped = 'f3';
  const list = new FindingList((f) => f.id !== dropped);
  const agree = () => {
    expect(list.findingsCount()).toBe(list.findings().length);
    expect(list.activeCount()).toBe(list.active().length);
  };
  list.reset(all.slice(0, 5));
  expect([list.findingsCount(), list.activeCount()]).toEqual([4, 3]);
  agree();
  // Removing a dropped one, a suppressed one and an active one; adding two.
  list.update(new Set([all[3]!, all[1]!, all[0]!]), [all[6]!, all[7]!]);
  expect([list.findingsCount(), list.activeCount()]).toEqual([4, 4]);
  agree();
  dropped = 'f6';
  list.refilter();
  expect([list.findingsCount(), list.activeCount()]).toEqual([3, 3]);
  agree();
  list.clear();
  expect([list.findingsCount(), list.activeCount()]).toEqual([0, 0]);
});

test("a rescan numbers only its new findings; the numbers follow document order however often one gap is filled", () => {
  setBody('<p>first</p><p>last</p>');
  const plain = (p: Element, id: string) => ({ id, start: 0, end: 1, status: 'active', range: new PlainRange(p.firstChild!, 0, p.firstChild!, 1) }) as unknown as PageFinding;
  const [first, last] = [...document.querySelectorAll('p')];
  const list = new FindingList(() => true);
  list.reset([plain(first!, 'first'), plain(last!, 'last')]);
  const lastFinding = list.findings()[1]!;
  for (let i = 0; i < 120; i++) {
    // Each new paragraph goes right after the first: the same gap, halved every time, until it is renumbered.
    const p = document.createElement('p');
    p.textContent = `new ${i}`;
    first!.after(p);
    list.update(new Set(), [plain(p, `new${i}`)]);
    const found = list.findings();
    const orders = found.map((f) => (f.range as PlainRange).order);
    expect(orders.every((n, k) => k === 0 || n > orders[k - 1]!)).toBe(true);
    const inDocument = found.every((f, k) => k === 0 || comparePoints(found[k - 1]!.range.startContainer, 0, f.range.startContainer, 0) < 0);
    expect(inDocument).toBe(true);
  }
  // Appended at the end: numbered after the last, the others untouched.
  const before = list.findings().map((f) => (f.range as PlainRange).order);
  const p = document.createElement('p');
  p.textContent = 'appended';
  document.body.append(p);
  list.update(new Set([lastFinding]), [plain(p, 'appended')]);
  expect(list.findings().slice(0, -1).map((f) => (f.range as PlainRange).order)).toEqual(before.slice(0, -1));
  expect((lastFinding.range as PlainRange).order).toBe(-1);
});
