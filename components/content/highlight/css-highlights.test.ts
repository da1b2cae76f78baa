import { afterEach, expect, test, vi } from 'vitest';
import { PlainRange } from '../ranges.ts';
import { setBody } from '../testing.ts';
import { ALL_RANGES_UP_TO, CssHighlightRenderer } from './css-highlights.ts';

/**
 * happy-dom has no CSS Custom Highlight API: a window with a stand-in
 * (a Highlight is a set of ranges, the registry a map that can hit-test),
 * whose frames run when the test says.
 */
function setup() {
  class Highlight extends Set<AbstractRange> {
    priority = 0;
  }
  vi.stubGlobal('Highlight', Highlight); // the renderer makes its highlights with the global constructor
  const registry = Object.assign(new Map<string, Highlight>(), {
    /** Every registered range is "under the point". */
    highlightsFromPoint: () => [...registry.values()].map((highlight) => ({ highlight, ranges: [...highlight] })),
  });
  const frames: Array<() => void> = [];
  const view = {
    Highlight,
    CSS: { highlights: registry },
    document,
    innerHeight: 100,
    scrollY: 0,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame() {},
    addEventListener() {},
    removeEventListener() {},
  };
  const renderer = new CssHighlightRenderer({ defaultView: view } as unknown as Document);
  const registered = (group: string) => [...(registry.get(group) ?? [])];
  const runFrames = () => frames.splice(0).forEach((f) => f());
  return { renderer, registered, runFrames };
}

afterEach(() => vi.unstubAllGlobals());

function plainRanges(count: number): PlainRange[] {
  setBody(Array.from({ length: count }, (_, i) => `<p>claim ${i}</p>`).join(''));
  return [...document.querySelectorAll('p')].map((p) => new PlainRange(p.firstChild!, 0, p.firstChild!, 5));
}

test('registers a live Range for a PlainRange, other ranges as they are, and hit-tests to the ranges given', () => {
  const { renderer, registered } = setup();
  const [plain] = plainRanges(1);
  const live = document.createRange();
  live.selectNodeContents(document.body);
  renderer.add('cliniccheck-high', plain!);
  renderer.add('cliniccheck-low', live);
  const [native] = registered('cliniccheck-high');
  expect(native).toBeInstanceOf(Range);
  expect(native).not.toBe(plain);
  expect(String(native)).toBe('claim');
  expect(registered('cliniccheck-low')).toEqual([live]);
  expect(renderer.rangesAtPoint(0, 0)).toEqual([plain, live]);
});

test('lets a live Range go when its range is deleted, group by group', () => {
  const { renderer, registered } = setup();
  const [plain] = plainRanges(1);
  renderer.add('cliniccheck-high', plain!);
  renderer.add('cliniccheck-current', plain!);
  const first = registered('cliniccheck-high')[0];
  renderer.add('cliniccheck-high', plain!); // again: nothing new
  expect(registered('cliniccheck-high')).toEqual([first]);
  renderer.delete('cliniccheck-current', plain!);
  expect(registered('cliniccheck-current')).toEqual([]);
  expect(registered('cliniccheck-high')).toEqual([first]);
  renderer.delete('cliniccheck-high', plain!);
  expect(registered('cliniccheck-high')).toEqual([]);
  renderer.add('cliniccheck-high', plain!);
  expect(registered('cliniccheck-high')[0]).not.toBe(first);
});

test('past ALL_RANGES_UP_TO, registers live Ranges only for the ranges the viewport window shows', () => {
  const { renderer, registered, runFrames } = setup();
  const ranges = plainRanges(ALL_RANGES_UP_TO + 1);
  renderer.expect(ranges.length);
  ranges.forEach((r) => renderer.add('cliniccheck-high', r));
  expect(renderer.windowed).toBe(true);
  expect(registered('cliniccheck-high')).toEqual([]);
  runFrames(); // happy-dom lays nothing out: every rect is at the top, all in the window
  expect(registered('cliniccheck-high')).toHaveLength(ranges.length);
  expect(registered('cliniccheck-high').every((r) => r instanceof Range)).toBe(true);
  expect(renderer.rangesAtPoint(0, 0)).toEqual(ranges);
  renderer.delete('cliniccheck-high', ranges[0]!);
  expect(registered('cliniccheck-high')).toHaveLength(ranges.length - 1);
  renderer.clear();
  expect(registered('cliniccheck-high')).toEqual([]);
});
