/**
 * Keeps only the ranges near the viewport registered with CSS.highlights.
 *
 * Why: Chromium turns every registered range into document markers again on
 * each DOM or style change (HighlightRegistry::ValidateHighlightMarkers), at
 * roughly 20 µs a range. With thousands of findings (a long page) the first
 * paint after a scan, and every later change of the page, became a task of
 * 70 ms and more. An IntersectionObserver per anchor element was tried and
 * dropped: with thousands of targets it cost 30–250 ms per scrolled frame.
 *
 * How: the ranges are kept in document order, which on a long page is also
 * top-to-bottom order. On each frame after a scroll (of the page or of any
 * scrolling element), a resize, a change of the document's size or a change
 * of the ranges, a binary search over their client rects finds the first one
 * near the viewport, and the ranges from there down to one viewport below it
 * are registered: O(log n + on screen) per frame. The cost of that: on a
 * page laid out out of document order, a claim placed elsewhere on screen
 * than its place in the document (in a fixed header, say) is not painted
 * while the page is scrolled away from that place. It stays listed and
 * counted, and this only applies past ALL_RANGES_UP_TO ranges.
 *
 * Each change of the registered set makes Chromium repaint the whole
 * document (measured: a frame of ~30 ms on a 1 MB page, 70–90 ms on 5 MB,
 * for one range added). So the window is wide (two viewports above, three
 * below) and a scroll of the page itself recomputes it only once the page
 * has moved a viewport since the last time: one such frame per viewport
 * scrolled, not one per frame.
 *
 * Ranges added or removed since the last recompute (a rescan's few) are
 * checked on their own, and a change of the document's size (content
 * loading further down, a rescan's new paragraph) recomputes only if a range
 * at the window's edges moved (its first, or the first past its end): a page
 * that grows below the window costs two rects per change, not the window's
 * worth.
 *
 * The ranges may be the scanner's PlainRanges (ranges.ts), which have no
 * methods: they are measured and ordered through ranges.ts / range-order.ts,
 * which take any kind of range. A finding's range compares by the number
 * the finding list gave it, without a DOM call.
 */
import { compareStarts } from '../range-order.ts';
import { boundingRect } from '../ranges.ts';

/** Up to this many ranges added since the last recompute are measured one by one; more, and the window is recomputed (a binary search). */
const CHECKED_ONE_BY_ONE = 16;

type Show = (group: string, range: AbstractRange) => void;
type RectOf = (range: AbstractRange) => { top: number; bottom: number };

interface Item {
  group: string;
  range: AbstractRange;
  gone: boolean;
}

export class ViewportWindow {
  /** Every range in document order; deleted ones are marked `gone` and dropped at the next update. */
  private items: Item[] = [];
  private gone = 0;
  private readonly byGroup = new Map<string, Map<AbstractRange, Item>>();
  private shown = new Set<Item>();
  private frame = 0;
  /** Whether the next update must recompute even if the page scrolled less than a viewport. */
  private force = false;
  /** Whether the document's or viewport's size changed since the last update (recompute if the anchor moved). */
  private resized = false;
  /** Ranges added since the last recompute, checked one by one if nothing else calls for one. */
  private fresh: Item[] = [];
  /** The page's scroll position at the last recompute. */
  private lastY = Number.NaN;
  /**
   * The ranges at the window's two edges at the last recompute (its first,
   * and the first past its end), their tops in document coordinates, and
   * the viewport's height then.
   */
  private anchors: { edges: Array<{ item: Item; top: number }>; height: number } | undefined;
  private readonly stop: () => void;

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly show: Show,
    private readonly hide: Show,
    private readonly rectOf: RectOf = boundingRect,
  ) {
    const schedule = () => {
      this.resized = true;
      this.schedule(false);
    };
    // The page's own scroll may wait for a viewport's worth; a scrolling element's cannot (scrollY does not tell).
    const scrolled = (event: Event) => this.schedule(event.target !== view.document && event.target !== view);
    const options = { capture: true, passive: true };
    view.addEventListener('scroll', scrolled, options);
    view.addEventListener('resize', schedule, options);
    // Content that grows or shrinks (images loading, sections opening) moves the ranges without a scroll.
    const resized = typeof view.ResizeObserver === 'function' ? new view.ResizeObserver(schedule) : undefined;
    resized?.observe(view.document.documentElement);
    this.stop = () => {
      view.removeEventListener('scroll', scrolled, options);
      view.removeEventListener('resize', schedule, options);
      resized?.disconnect();
      if (this.frame) view.cancelAnimationFrame(this.frame);
      this.frame = 0;
    };
  }

  /** How many ranges the window holds. */
  get size(): number {
    return this.items.length - this.gone;
  }

  add(group: string, range: AbstractRange): void {
    let ranges = this.byGroup.get(group);
    if (!ranges) this.byGroup.set(group, (ranges = new Map()));
    if (ranges.has(range)) return;
    const item: Item = { group, range, gone: false };
    ranges.set(range, item);
    if (this.gone > this.items.length / 2) this.compact(); // e.g. a full scan's new findings after the old ones went
    // The scanner paints in document order: nearly always an append.
    const last = this.items[this.items.length - 1];
    if (!last || compare(last, item) <= 0) this.items.push(item);
    else this.items.splice(this.lowerBound(item), 0, item);
    this.fresh.push(item);
    this.schedule(false);
  }

  delete(group: string, range: AbstractRange): void {
    const item = this.byGroup.get(group)?.get(range);
    if (!item) return;
    this.byGroup.get(group)!.delete(range);
    item.gone = true;
    this.gone++;
    if (this.shown.delete(item)) this.hide(group, range);
  }

  /** Forgets every range of `group`, or of every group. */
  clear(group?: string): void {
    for (const [name, ranges] of this.byGroup) {
      if (!group || name === group) for (const range of [...ranges.keys()]) this.delete(name, range);
    }
  }

  dispose(): void {
    this.stop();
    this.clear();
    this.items = [];
    this.fresh = [];
    this.gone = 0;
  }

  /** Runs the update scheduled for the next frame now (the scanner's highlights are then registered when its scan ends). */
  flush(): void {
    if (!this.frame) return;
    this.view.cancelAnimationFrame(this.frame);
    this.refresh();
  }

  /**
   * Registers the ranges from two viewports above to three below, and
   * unregisters the others; `force` false: only if the page scrolled a
   * viewport or more since the last time.
   */
  update(force = true): void {
    this.frame = 0;
    this.force = false;
    this.resized = false;
    const height = this.view.innerHeight;
    const y = this.view.scrollY;
    if (!force && Math.abs(y - this.lastY) < height) return this.checkFresh();
    this.lastY = y;
    this.fresh = [];
    if (this.gone) this.compact();
    const near = new Set<Item>();
    const first = this.firstBelow(-2 * height);
    let end = first;
    for (; end < this.items.length; end++) {
      const item = this.items[end]!;
      const rect = this.rectOf(item.range);
      if (rect.top > 3 * height) break;
      if (rect.bottom >= -2 * height) near.add(item);
    }
    for (const item of this.shown) if (!near.has(item)) this.hide(item.group, item.range);
    for (const item of near) if (!this.shown.has(item)) this.show(item.group, item.range);
    this.shown = near;
    const edges = [...new Set([this.items[first], this.items[Math.min(end, this.items.length - 1)]])].filter((item) => item !== undefined);
    this.anchors = { edges: edges.map((item) => ({ item, top: this.rectOf(item.range).top + y })), height };
  }

  /**
   * The scheduled update: a recompute if the page scrolled a viewport, if a
   * size change moved a range at the window's edges, or if more ranges came than
   * are worth checking one by one (a full scan's); else only the new ranges
   * are checked.
   */
  private refresh() {
    this.update(this.force || this.fresh.length > CHECKED_ONE_BY_ONE || (this.resized && this.anchorMoved()));
  }

  /**
   * Whether a range at the window's edges is gone, or elsewhere in the
   * document than at the last recompute: content changed above the window or
   * inside it (a section opening or closing moves the ranges below it).
   */
  private anchorMoved(): boolean {
    const anchors = this.anchors;
    if (!anchors || anchors.height !== this.view.innerHeight) return true;
    if (!anchors.edges.length) return this.items.length > 0;
    const y = this.view.scrollY;
    return anchors.edges.some(({ item, top }) => item.gone || Math.abs(this.rectOf(item.range).top + y - top) >= 1);
  }

  /** Shows the ranges added since the last recompute that are inside the window. */
  private checkFresh() {
    const height = this.view.innerHeight;
    for (const item of this.fresh.splice(0)) {
      if (item.gone || this.shown.has(item)) continue;
      const rect = this.rectOf(item.range);
      if (rect.bottom >= -2 * height && rect.top <= 3 * height) {
        this.shown.add(item);
        this.show(item.group, item.range);
      }
    }
  }

  private compact() {
    this.items = this.items.filter((item) => !item.gone);
    this.gone = 0;
  }

  /** Updates at the next frame; `force` false (the page scrolled): only after a viewport's worth. */
  private schedule(force = true) {
    this.force ||= force;
    this.frame ||= this.view.requestAnimationFrame(() => this.refresh());
  }

  /** Index of the first range whose bottom is at or below `y` (viewport coordinates). */
  private firstBelow(y: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rectOf(this.items[mid]!.range).bottom < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first item after `item` in document order. */
  private lowerBound(item: Item): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.items[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function compare(a: Item, b: Item): number {
  return compareStarts(a.range, b.range);
}
