/**
 * Which finding is under the pointer. Highlights have no events, so this asks
 * the renderer (`highlightsFromPoint`, Chrome 140+) and otherwise maps the
 * caret position under the point to a finding's range, confirmed against the
 * range's rectangles (the caret snaps to the nearest character).
 */
import type { HighlightRenderer } from './highlight/renderer.ts';
import { containsPoint } from './range-order.ts';
import { clientRects } from './ranges.ts';
import type { PageFinding } from './scanner.ts';

/** Older engines lack one or the other. */
type CaretDocument = Partial<Pick<Document, 'caretPositionFromPoint' | 'caretRangeFromPoint'>>;

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | undefined {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function rectsContain(range: AbstractRange, x: number, y: number): boolean {
  return clientRects(range).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

export function findingAtPoint(
  doc: Document,
  renderer: HighlightRenderer,
  findings: readonly PageFinding[],
  x: number,
  y: number,
): PageFinding | undefined {
  const ranges = renderer.rangesAtPoint?.(x, y);
  if (ranges) {
    const hit = new Set(ranges);
    return findings.find((f) => hit.has(f.range));
  }
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  return findings.find(
    (f) => containsPoint(f.range, caret.node, caret.offset) && rectsContain(f.range, x, y),
  );
}
