/**
 * Document order of boundary points without a live Range (a StaticRange has
 * no `compareBoundaryPoints`), with `Node.compareDocumentPosition`. Unlike
 * `compareBoundaryPoints` it never throws for points in different trees (a
 * finding whose node was removed before its rescan). Findings' ranges
 * compare by the number the finding list gives them (`numberInOrder`).
 */
import { PlainRange } from './ranges.ts';

const CONTAINS = 8;
const CONTAINED_BY = 16;
const FOLLOWING = 4;

/** Index of `node` among its parent's children. */
function indexOf(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/** Where `(a, aOffset)` is relative to `(b, bOffset)` when `a` holds `b` (DOM "position of a boundary point"). */
function aroundPoint(a: Node, aOffset: number, b: Node): number {
  let child = b;
  while (child.parentNode !== a) child = child.parentNode!;
  return indexOf(child) < aOffset ? 1 : -1;
}

/**
 * Document order of two boundary points: negative when the first comes
 * first, 0 when equal, positive after. Points in different trees get the
 * browser's arbitrary but consistent order.
 */
export function comparePoints(a: Node, aOffset: number, b: Node, bOffset: number): number {
  if (a === b) return aOffset - bOffset;
  const position = a.compareDocumentPosition(b);
  if (position & CONTAINED_BY) return aroundPoint(a, aOffset, b);
  if (position & CONTAINS) return -aroundPoint(b, bOffset, a);
  return position & FOLLOWING ? -1 : 1;
}

/**
 * Document order of two ranges' starts (as `compareBoundaryPoints(START_TO_START)`):
 * for two findings' ranges numbered by the finding list, their numbers.
 */
export function compareStarts(a: AbstractRange, b: AbstractRange): number {
  if (a instanceof PlainRange && b instanceof PlainRange && a.order >= 0 && b.order >= 0) return a.order - b.order;
  // Inlined common case (two text nodes).
  const x = a.startContainer;
  const y = b.startContainer;
  const position = x === y ? 0 : x.compareDocumentPosition(y);
  if (position && !(position & (CONTAINS | CONTAINED_BY))) return position & FOLLOWING ? -1 : 1;
  return comparePoints(x, a.startOffset, y, b.startOffset);
}

/** Whether a point lies in the range, ends included (as `Range.isPointInRange`). */
export function containsPoint(range: AbstractRange, node: Node, offset: number): boolean {
  return (
    comparePoints(range.startContainer, range.startOffset, node, offset) <= 0 &&
    comparePoints(node, offset, range.endContainer, range.endOffset) <= 0
  );
}

/**
 * Numbers the ranges of findings listed in document order (`numbered`) and
 * forgets the numbers of findings no longer listed (`dropped`), whose ranges
 * may still be painted (the open card's) and then compare through the DOM.
 */
export function numberInOrder(numbered: ReadonlyArray<{ range: AbstractRange }>, dropped: Iterable<{ range: AbstractRange }> = []): void {
  for (const { range } of dropped) if (range instanceof PlainRange) range.order = -1;
  for (let i = 0; i < numbered.length; i++) {
    const { range } = numbered[i]!;
    if (range instanceof PlainRange) range.order = i;
  }
}

/**
 * Numbers the findings just inserted into `list` (document order; the
 * others numbered already) between their neighbours' numbers, so a rescan's
 * few new findings cost their own numbering, not the page's. Numbers need
 * not be whole, only increasing. Returns false, numbering nothing, when a
 * new finding comes first or its neighbours' numbers leave no room between
 * them: then the caller numbers the whole list again.
 */
export function numberInserted(list: ReadonlyArray<{ range: AbstractRange }>, inserted: ReadonlyArray<{ range: AbstractRange }>): boolean {
  const numbers: Array<[PlainRange, number]> = [];
  let from = 0;
  for (let k = 0; k < inserted.length; ) {
    const i = list.indexOf(inserted[k]!, from);
    if (i < 1) return false;
    // A run of new findings next to each other shares the gap between the numbered ones around it.
    let j = i;
    while (j < list.length && inserted[k + j - i] === list[j]) j++;
    const lower = orderOf(list[i - 1]!.range);
    const upper = j < list.length ? orderOf(list[j]!.range) : lower + (j - i) + 1;
    const step = (upper - lower) / (j - i + 1);
    if (lower < 0 || !(step > 0) || lower + step === lower || upper - step === upper) return false;
    for (let n = i; n < j; n++) {
      const { range } = list[n]!;
      if (!(range instanceof PlainRange)) return false;
      numbers.push([range, lower + step * (n - i + 1)]);
    }
    k += j - i;
    from = j;
  }
  for (const [range, order] of numbers) range.order = order;
  return true;
}

const orderOf = (range: AbstractRange) => (range instanceof PlainRange ? range.order : -1);
