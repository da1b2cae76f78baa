/**
 * Keeps only the ranges near the viewport registered with CSS.highlights.
 *
 * Why: Chromium turns every registered range into document markers again on
 * each DOM or style change (HighlightRegistry::ValidateHighlightMarkers), at
 * roughly 20 µs a range. With thousands of findings (a long page), the first
 * paint after a scan and every later change of the page became a task of
 * 70 ms and more. Here each range is tied to the element its start sits in;
 * one IntersectionObserver (margin: one viewport above and below) tells when
 * such an element comes near the viewport, and only then are its ranges
 * registered. Cost per change now follows what is on screen, not the page.
 */
type Show = (group: string, range: AbstractRange) => void;

export class ViewportWindow {
  /** Element → its ranges, with their groups. */
  private readonly byElement = new Map<Element, Array<{ group: string; range: AbstractRange }>>();
  /** Group → range → the element it was tied to (live ranges move, so remember it). */
  private readonly anchors = new Map<string, Map<AbstractRange, Element>>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    view: Window & typeof globalThis,
    private readonly show: Show,
    private readonly hide: Show,
  ) {
    this.observer = new view.IntersectionObserver((entries) => this.update(entries), { rootMargin: '100% 0px' });
  }

  /** How many ranges the window holds. */
  get size(): number {
    let n = 0;
    for (const ranges of this.anchors.values()) n += ranges.size;
    return n;
  }

  add(group: string, range: AbstractRange): void {
    let ranges = this.anchors.get(group);
    if (!ranges) this.anchors.set(group, (ranges = new Map()));
    if (ranges.has(range)) return;
    const element = anchorOf(range);
    if (!element) return;
    ranges.set(range, element);
    let list = this.byElement.get(element);
    if (!list) {
      this.byElement.set(element, (list = []));
      this.observer.observe(element);
    }
    list.push({ group, range });
    if (this.near.has(element)) this.show(group, range);
  }

  delete(group: string, range: AbstractRange): void {
    const ranges = this.anchors.get(group);
    const element = ranges?.get(range);
    if (!element) return;
    ranges!.delete(range);
    this.hide(group, range);
    const list = this.byElement.get(element)!;
    list.splice(list.findIndex((r) => r.group === group && r.range === range), 1);
    if (!list.length) {
      this.byElement.delete(element);
      this.near.delete(element);
      this.observer.unobserve(element);
    }
  }

  /** Forgets every range of `group`, or of every group. */
  clear(group?: string): void {
    for (const [name, ranges] of [...this.anchors]) {
      if (group && name !== group) continue;
      for (const range of [...ranges.keys()]) this.delete(name, range);
    }
  }

  dispose(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.anchors.clear();
    this.near.clear();
  }

  private update(entries: IntersectionObserverEntry[]) {
    for (const { target, isIntersecting } of entries) {
      const list = this.byElement.get(target);
      if (!list || isIntersecting === this.near.has(target)) continue;
      if (isIntersecting) this.near.add(target);
      else this.near.delete(target);
      for (const { group, range } of list) (isIntersecting ? this.show : this.hide)(group, range);
    }
  }
}

/** The element a range starts in (a text node's parent). */
function anchorOf(range: AbstractRange): Element | null {
  const node = range.startContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
