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
    innerHeight: 100,
    document,
    frames: [] as Array<() => void>,
    requestAnimationFrame(callback: () => void) {
      return this.frames.push(callback);
    },
    cancelAnimationFrame() {},
    addEventListener() {},
    removeEventListener() {},
    runFrames() {
      const frames = this.frames.splice(0);
      frames.forEach((f) => f());
    },
  };
  const rectOf = (range: AbstractRange) => {
    const top = ranges.indexOf(range as Range) * 40 - view.scroll;
    return { top, bottom: top + 20 };
  };
  const shown = new Set<string>();
  const win = new ViewportWindow(
    view as unknown as Window & typeof globalThis,
    (group, r) => shown.add(`${group}:${r.toString()}`),
    (group, r) => shown.delete(`${group}:${r.toString()}`),
    rectOf,
  );
  return { ranges, view, win, shown };
}

test('registers the ranges from one viewport above to one below, following the scroll', () => {
  const { ranges, view, win, shown } = setup();
  // Added out of order: kept in document order all the same.
  for (const i of [3, 0, 1, 2, ...Array.from({ length: 46 }, (_, k) => k + 4)]) win.add('high', ranges[i]!);
  expect(shown.size).toBe(0); // nothing until the next frame
  view.runFrames();
  expect([...shown].sort()).toEqual(['high:claim 0', 'high:claim 1', 'high:claim 2', 'high:claim 3', 'high:claim 4', 'high:claim 5']);
  view.scroll = 1000; // paragraphs 25 and 26 on screen; 22 to 30 within a viewport of it
  win.update();
  expect([...shown].map((s) => Number(s.split(' ')[1])).sort((a, b) => a - b)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30]);
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
