import { afterEach, expect, test, vi } from 'vitest';
import { FakeRenderer } from './highlight/fake.ts';
import { findingAtPoint } from './hit-test.ts';
import type { PageFinding } from './scanner.ts';
import { setBody } from './testing.ts';

afterEach(() => {
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
});

function findingOver(text: Text, start: number, end: number): PageFinding {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return { id: `f${start}`, range } as unknown as PageFinding;
}

function setup() {
  setBody('<p>one permanent results two</p>');
  const text = document.querySelector('p')!.firstChild as Text;
  const findings = [findingOver(text, 0, 3), findingOver(text, 4, 21)];
  // happy-dom has no layout: every range covers x 0..100, y 0..20.
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 100, 20)] as unknown as DOMRectList);
  return { text, findings };
}

test('uses the renderer hit test where the browser has one', () => {
  const { findings } = setup();
  const renderer = Object.assign(new FakeRenderer(), { rangesAtPoint: () => [findings[1]!.range] });
  expect(findingAtPoint(document, renderer, findings, 5, 5)).toBe(findings[1]);
});

test('otherwise maps the caret under the point to a finding, confirmed by its rectangles', () => {
  const { text, findings } = setup();
  (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset: 8 });
  const renderer = new FakeRenderer();
  expect(findingAtPoint(document, renderer, findings, 5, 5)?.id).toBe('f4');
  // The caret snaps to the nearest character: outside the rectangles is no hit.
  expect(findingAtPoint(document, renderer, findings, 500, 5)).toBeUndefined();
  (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset: 24 });
  expect(findingAtPoint(document, renderer, findings, 5, 5)).toBeUndefined();
});
