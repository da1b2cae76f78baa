/**
 * What the content script does with a finding's range (a PlainRange, see
 * plain-range.ts, or any AbstractRange): measure it through one reused live
 * Range per document, make a live Range of it to keep, clamp it to the nodes
 * as they are now.
 */
import type { TextRun } from './blocks.ts';
import { PlainRange, plainRangeFor } from './plain-range.ts';

export { PlainRange, plainRangeFor } from './plain-range.ts';

/** A live DOM Range for offsets `[start, end)` of a run's text, or undefined when stale (see `plainRangeFor`). */
export function rangeFor(run: TextRun, start: number, end: number): Range | undefined {
  const plain = plainRangeFor(run, start, end);
  return plain && liveRange(plain);
}

const TEXT_LIKE = new Set([3, 4, 7, 8]); // text, CDATA, processing instruction, comment

/** A boundary point's largest offset in `node` (DOM "length"). */
function lengthOf(node: Node): number {
  return TEXT_LIKE.has(node.nodeType) ? (node as CharacterData).length : node.childNodes.length;
}

function isLive(range: AbstractRange): range is Range {
  return 'getBoundingClientRect' in range;
}

/** Sets a live range to another range's points, clamped to the nodes' current lengths. */
function setPoints(live: Range, range: AbstractRange): Range {
  live.setStart(range.startContainer, Math.min(range.startOffset, lengthOf(range.startContainer)));
  live.setEnd(range.endContainer, Math.min(range.endOffset, lengthOf(range.endContainer)));
  return live;
}

function documentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/**
 * A live Range at a range's points (the range itself if live), for callers
 * that keep it or hand it to the browser; a new one each call.
 */
export function liveRange(range: AbstractRange): Range {
  return isLive(range) ? range : setPoints(documentOf(range.startContainer).createRange(), range);
}

/** One live Range per document, moved to each range measured and parked at the document's start after. */
const scratch = new WeakMap<Document, Range>();

function measure<T>(range: AbstractRange, read: (live: Range) => T): T {
  if (isLive(range)) return read(range);
  const doc = documentOf(range.startContainer);
  let live = scratch.get(doc);
  if (!live) scratch.set(doc, (live = doc.createRange()));
  try {
    return read(setPoints(live, range));
  } finally {
    live.setEnd(doc, 0); // collapses it there: it holds no page node, so a removed subtree can go
  }
}

/** The range's bounding client rect (a PlainRange or StaticRange has no method for it). */
export function boundingRect(range: AbstractRange): DOMRect {
  return measure(range, (live) => live.getBoundingClientRect());
}

/** The range's client rects (a PlainRange or StaticRange has no method for it). */
export function clientRects(range: AbstractRange): DOMRect[] {
  return measure(range, (live) => [...live.getClientRects()]);
}

/**
 * A range whose offsets are within its nodes' current lengths: the range
 * itself, or a clamped copy when the page changed since it was made.
 */
export function clamped(range: AbstractRange): AbstractRange {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const startMax = lengthOf(startContainer);
  const endMax = lengthOf(endContainer);
  if (startOffset <= startMax && endOffset <= endMax) return range;
  return new PlainRange(startContainer, Math.min(startOffset, startMax), endContainer, Math.min(endOffset, endMax));
}
