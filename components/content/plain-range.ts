/**
 * A finding's range, and from a run's text offsets to DOM boundary points.
 *
 * Why a finding's range is a `PlainRange` (four fields in a JS object), not
 * a DOM Range: a live Range costs ~1.5 µs to make and, worse, the browser
 * updates every live Range of a document on each later DOM change of the
 * page (3,600 findings on a 1 MB page: ~0.2 ms per node inserted). A
 * StaticRange does not follow the DOM but costs more still to make (~3.5
 * µs: its constructor takes a dictionary). A PlainRange costs next to
 * nothing. The highlight renderer makes a live Range of one only while it
 * is registered (css-highlights.ts), which past a few hundred findings is
 * only near the viewport, so the page never carries thousands of live
 * ranges. What a PlainRange lacks is in ranges.ts (`boundingRect` /
 * `clientRects` measure through one reused live Range per document,
 * `liveRange` makes one to keep) and range-order.ts (document order).
 *
 * A finding in a run read whole (whole-run.ts) gets a PlainRange that finds
 * its nodes only when first asked for its points: most findings of a long
 * page are never near the viewport, so their nodes are never looked up.
 *
 * It does not follow DOM changes: between a page change and its rescan a
 * finding's offsets may lie past its node's end. Nothing here throws on
 * that: offsets are clamped to the node's current length (here and in ranges.ts).
 */
import type { TextRun } from './blocks.ts';
import { nodesKnown } from './whole-run.ts';

/** A range as plain data (see the top of this file). */
export class PlainRange implements AbstractRange {
  /**
   * Its finding's place among the page's findings in document order, kept
   * by the finding list (finding-list.ts), or -1: lets range-order.ts order
   * two findings without asking the DOM (a viewport window of thousands of
   * ranges compares each one it is given).
   */
  order = -1;
  /** Until its points are looked up: the run they are in (the offsets are then in the run's text). */
  private run: TextRun | undefined;

  constructor(
    private start: Node,
    private startAt: number,
    private end: Node,
    private endAt: number,
  ) {}

  /** The range of offsets `[start, end)` of a run's text, its points looked up when first asked for. */
  static inRun(run: TextRun, start: number, end: number): PlainRange {
    const range = new PlainRange(run.owner, start, run.owner, end);
    range.run = run;
    return range;
  }

  get startContainer(): Node {
    if (this.run !== undefined) this.lookUp(this.run);
    return this.start;
  }
  get startOffset(): number {
    if (this.run !== undefined) this.lookUp(this.run);
    return this.startAt;
  }
  get endContainer(): Node {
    if (this.run !== undefined) this.lookUp(this.run);
    return this.end;
  }
  get endOffset(): number {
    if (this.run !== undefined) this.lookUp(this.run);
    return this.endAt;
  }
  get collapsed(): boolean {
    return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
  }

  /** Its points in the run's nodes as they are now, clamped to them (the page may have changed since the read). */
  private lookUp(run: TextRun) {
    this.run = undefined;
    const { nodes, starts } = run;
    if (nodes.length === 0) {
      this.startAt = this.endAt = 0;
      return;
    }
    const first = nodeIndex(run, this.startAt, false);
    const last = nodeIndex(run, this.endAt, true);
    this.start = nodes[first]!;
    this.startAt = Math.min(this.startAt - starts[first]!, nodes[first]!.length);
    this.end = nodes[last]!;
    this.endAt = Math.min(this.endAt - starts[last]!, nodes[last]!.length);
  }
}

/** Index of the node holding offset `at` (`end` picks the node a range ends in). */
export function nodeIndex(run: TextRun, at: number, end: boolean): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid]!;
    if (end ? start < at : start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The range of UTF-16 offsets `[start, end)` of a run's text, or undefined
 * when the run's nodes changed since it was read (stale).
 */
export function plainRangeFor(run: TextRun, start: number, end: number): PlainRange | undefined {
  if (start < 0 || end > run.text.length || start >= end) return undefined;
  if (!nodesKnown(run)) return PlainRange.inRun(run, start, end);
  const first = nodeIndex(run, start, false);
  const last = nodeIndex(run, end, true);
  for (let i = first; i <= last; i++) {
    const node = run.nodes[i]!;
    // `length`, not `data.length`: no copy of the node's text into a JS string.
    if (!node.isConnected || node.length !== (run.starts[i + 1] ?? run.text.length) - run.starts[i]!) return undefined;
  }
  return new PlainRange(run.nodes[first]!, start - run.starts[first]!, run.nodes[last]!, end - run.starts[last]!);
}
