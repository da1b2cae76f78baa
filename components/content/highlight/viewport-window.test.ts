import { expect, test } from 'vitest';
import { setBody } from '../testing.ts';
import { ViewportWindow } from './viewport-window.ts';

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver;
  readonly targets = new Set<Element>();
  constructor(private readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  report(target: Element, isIntersecting: boolean) {
    this.callback([{ target, isIntersecting }]);
  }
}

test('registers the ranges of elements near the viewport only, and follows them as they come and go', () => {
  setBody('<p id="a">one two</p><p id="b">three</p>');
  const a = document.getElementById('a')!;
  const b = document.getElementById('b')!;
  const range = (p: Element, start: number, end: number) => {
    const r = document.createRange();
    r.setStart(p.firstChild!, start);
    r.setEnd(p.firstChild!, end);
    return r;
  };
  const shown = new Set<string>();
  const view = { IntersectionObserver: FakeObserver } as unknown as Window & typeof globalThis;
  const win = new ViewportWindow(
    view,
    (group, r) => shown.add(`${group}:${r.toString()}`),
    (group, r) => shown.delete(`${group}:${r.toString()}`),
  );
  const one = range(a, 0, 3);
  win.add('high', one);
  win.add('low', range(a, 4, 7));
  const three = range(b, 0, 5);
  win.add('high', three);
  const io = FakeObserver.last;
  expect([...io.targets]).toEqual([a, b]);
  expect(shown.size).toBe(0); // nothing until the observer says where they are
  io.report(a, true);
  expect([...shown].sort()).toEqual(['high:one', 'low:two']);
  win.add('high', range(a, 4, 7));
  expect(shown.has('high:two')).toBe(true); // added while near: shown at once
  io.report(a, false);
  io.report(b, true);
  expect([...shown]).toEqual(['high:three']);
  win.delete('high', three);
  expect(shown.size).toBe(0);
  expect(io.targets.has(b)).toBe(false); // no ranges left there: no longer observed
  expect(win.size).toBe(3);
  win.clear('low');
  expect(win.size).toBe(2);
  win.dispose();
  expect(io.targets.size).toBe(0);
});
