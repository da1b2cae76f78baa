import { expect, test } from 'vitest';
import { setBody } from '../testing.ts';
import { ViewportWindow } from './viewport-window.ts';

/**
 * A page of 50 paragraphs, 40 px apart, in a 100 px viewport scrolled to
 * `scroll`: each paragraph's range has a made-up client rect (happy-dom does
 * no layout), and frames run when the test says.
 */
function setup() {
  setBody(Array.from({ length: 50 }, (_, i) => `<p>claim ${i}</p>`).join(''));
  const ranges = [...document.querySelectorAll('p')].map((p) => {
    const range = document.createRange();
    range.selectNodeContents(p.firstChild!);
    return range;
  });
  const view = {
    scroll: 0,
    get scrollY() {
      return this.scroll;
    },
    innerHeight: 100,
    document,
    frames: [] as Array<() => void>,
    requestAnimationFrame(callback: () => void) {
      return this.frames.push(callback);
    },
    cancelAnimationFrame(id: number) {
      this.frames[id - 1] = () => undefined;
    },
    resizeObserved: [] as Array<() => void>,
    ResizeObserver: class {
      constructor(callback: () => void) {
        view.resizeObserved.push(callback);
      }
      observe() {}
      disconnect() {}
    },
    addEventListener() {},
    removeEventListener() {},
    runFrames() {
      const frames = this.frames.splice(0);
      frames.forEach((f) => f());
    },
  };
  // Paragraphs from `shiftFrom` on are `shift` px lower (content inserted above them).
  const layout = { shift: 0, shiftFrom: 0, measured: 0 };
  const rectOf = (range: AbstractRange) => {
    layout.measured++;
    const i = ranges.indexOf(range as Range);
    const top = i * 40 + (i >= layout.shiftFrom ? layout.shift : 0) - view.scroll;
    return { top, bottom: top + 20 };
  };
  const shown = new Set<string>();
  const win = new ViewportWindow(
    view as unknown as Window & typeof globalThis,
    (group, r) => shown.add(`${group}:${r.toString()}`),
    (group, r) => shown.delete(`${group}:${r.toString()}`),
    rectOf,
  );
  return { ranges, view, win, shown, layout };
}

/** The numbers of the claims shown in `group`, in order. */
const numbers = (shown: Set<string>, group = 'high') =>
  [...shown].filter((s) => s.startsWith(`${group}:`)).map((s) => Number(s.split(' ')[1])).sort((a, b) => a - b);
const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test('registers the ranges from two viewports above to three below, following the scroll', () => {
  const { ranges, view, win, shown } = setup();
  // Added out of order: kept in document order all the same.
  for (const i of [3, 0, 1, 2, ...span(4, 49)]) win.add('high', ranges[i]!);
  expect(shown.size).toBe(0); // nothing until the next frame
  view.runFrames();
  expect(numbers(shown)).toEqual(span(0, 7)); // tops 0..280 of a 100 px viewport: down to 300
  view.scroll = 1000; // paragraphs 25 and 26 on screen
  win.update();
  expect(numbers(shown)).toEqual(span(20, 32));
  win.delete('high', ranges[25]!);
  expect(shown.has('high:claim 25')).toBe(false);
  win.add('current', ranges[26]!);
  view.runFrames();
  expect(shown.has('current:claim 26')).toBe(true);
  expect(win.size).toBe(50);
  win.clear('high');
  expect([...shown]).toEqual(['current:claim 26']);
  win.dispose();
  expect(shown.size).toBe(0);
});

test('a scroll of the page recomputes the window only once it moved a viewport: each change repaints the page', () => {
  const { ranges, view, win, shown } = setup();
  ranges.forEach((r) => win.add('high', r));
  view.runFrames();
  view.scroll = 1000;
  win.update(false);
  expect(numbers(shown)).toEqual(span(20, 32));
  view.scroll = 1080; // less than a viewport (100 px) on: still covered, no change
  win.update(false);
  expect(numbers(shown)).toEqual(span(20, 32));
  view.scroll = 1120;
  win.update(false);
  expect(numbers(shown)).toEqual(span(23, 35));
});

test("a rescan's few new ranges are measured on their own; a full recompute only when the window's ranges moved", () => {
  const { ranges, view, win, shown, layout } = setup();
  ranges.slice(0, 45).forEach((r, i) => i !== 2 && win.add('high', r));
  view.runFrames();
  expect(numbers(shown)).toEqual([0, 1, ...span(3, 7)]);
  // A paragraph far below and one on screen: each measured once, no recompute.
  layout.measured = 0;
  win.add('high', ranges[48]!);
  win.add('high', ranges[2]!);
  view.runFrames();
  expect(layout.measured).toBe(2);
  expect(numbers(shown)).toEqual(span(0, 7));
  // The page grew below the window (its document size changed): its edges have not moved, nothing else is measured.
  layout.measured = 0;
  view.resizeObserved.forEach((callback) => callback());
  view.runFrames();
  expect(layout.measured).toBe(2);
  // A section closing inside the window pulls the ranges below it up: recomputed.
  layout.shift = -200;
  layout.shiftFrom = 5;
  view.resizeObserved.forEach((callback) => callback());
  view.runFrames();
  expect(numbers(shown)).toEqual(span(0, 12));
  // Content inserted above the window's ranges moves them all: recomputed.
  layout.shift = 200;
  layout.shiftFrom = 0;
  view.resizeObserved.forEach((callback) => callback());
  view.runFrames();
  expect(numbers(shown)).toEqual(span(0, 2));
});

test("a full scan's many new ranges recompute the window (a binary search), not a measure of each", () => {
  const { ranges, view, win, shown, layout } = setup();
  win.add('high', ranges[0]!);
  view.runFrames();
  layout.measured = 0;
  ranges.slice(1).forEach((r) => win.add('high', r));
  view.runFrames();
  expect(numbers(shown)).toEqual(span(0, 7));
  expect(layout.measured).toBeLessThan(20);
});

test('flush runs the scheduled update at once', () => {
  const { ranges, view, win, shown } = setup();
  ranges.forEach((r) => win.add('high', r));
  win.flush();
  expect(numbers(shown)).toEqual(span(0, 7));
  view.runFrames(); // the frame's update was cancelled
  expect(numbers(shown)).toEqual(span(0, 7));
});
