import { liveRange, PlainRange } from '../ranges.ts';
import { GROUP_PRIORITY, type HighlightRenderer } from './renderer.ts';
import { ViewportWindow } from './viewport-window.ts';

/**
 * Up to this many ranges are all registered; beyond, only those near the
 * viewport (see viewport-window.ts): a typical clinic page never gets there.
 */
export const ALL_RANGES_UP_TO = 400;

/** `CSS.highlights` with the (Chrome 140+) hit-testing method, where present. */
interface Registry extends HighlightRegistry {
  highlightsFromPoint?(x: number, y: number): Array<Highlight | { highlight: Highlight; ranges: AbstractRange[] }>;
}

/** Whether this browser has the CSS Custom Highlight API. */
export function highlightsSupported(win: typeof globalThis = globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

/**
 * Paints ranges with the CSS Custom Highlight API: one `Highlight` per group,
 * registered under the group's name, without touching the page's DOM. The
 * styles come with the content script (highlights.css, manifest CSS). Where
 * the API is missing it paints nothing. Past `ALL_RANGES_UP_TO` ranges only
 * the ranges near the viewport are registered, the others as they scroll near.
 *
 * It takes any AbstractRange, the scanner's PlainRanges included: for those
 * it registers a live Range, made when registered and let go when
 * unregistered, so only the ranges registered at the time are live (why:
 * ranges.ts). A live Range also follows edits of the page until the rescan.
 * `rangesAtPoint` answers with the ranges as they were given.
 */
export class CssHighlightRenderer implements HighlightRenderer {
  readonly supported: boolean;
  private readonly highlights = new Map<string, Highlight>();
  private window: ViewportWindow | undefined;
  /** Per group, the range registered for each range given (itself unless a PlainRange). */
  private readonly registeredFor = new Map<string, Map<AbstractRange, AbstractRange>>();
  /** The range given for each range registered. */
  private readonly given = new WeakMap<AbstractRange, AbstractRange>();

  constructor(private readonly doc: Document = document) {
    this.supported = highlightsSupported(doc.defaultView ?? globalThis);
  }

  private registry(): Registry {
    return (this.doc.defaultView ?? globalThis).CSS.highlights as Registry;
  }

  private group(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = GROUP_PRIORITY[name] ?? 0;
      this.highlights.set(name, highlight);
      this.registry().set(name, highlight);
    }
    return highlight;
  }

  add(group: string, range: AbstractRange): void {
    if (!this.supported) return;
    if (this.window) return this.window.add(group, range);
    this.register(group, range);
    if (this.registered() > ALL_RANGES_UP_TO) this.startWindow();
  }

  delete(group: string, range: AbstractRange): void {
    if (this.window) this.window.delete(group, range);
    else this.unregister(group, range);
  }

  flush(): void {
    this.window?.flush();
  }

  private register(group: string, range: AbstractRange) {
    let ranges = this.registeredFor.get(group);
    if (!ranges) this.registeredFor.set(group, (ranges = new Map()));
    if (ranges.has(range)) return;
    const native = range instanceof PlainRange ? liveRange(range) : range;
    ranges.set(range, native);
    this.given.set(native, range);
    this.group(group).add(native);
  }

  private unregister(group: string, range: AbstractRange) {
    const native = this.registeredFor.get(group)?.get(range);
    if (!native) return;
    this.registeredFor.get(group)!.delete(range);
    this.highlights.get(group)?.delete(native);
  }

  clear(group?: string): void {
    if (!group) this.stopWindow();
    this.window?.clear(group);
    for (const [name, highlight] of this.highlights) {
      if (group && group !== name) continue;
      highlight.clear();
      this.registeredFor.get(name)?.clear();
    }
  }

  /**
   * Goes straight to the viewport window when that many ranges would pass
   * ALL_RANGES_UP_TO: registering the first few hundred first and then
   * narrowing them to the window changed the registered set twice, and each
   * change repaints the whole page.
   */
  expect(count: number): void {
    if (this.supported && !this.window && this.registered() + count > ALL_RANGES_UP_TO) this.startWindow();
  }

  /** Whether only the ranges near the viewport are registered. */
  get windowed(): boolean {
    return !!this.window;
  }

  private registered(): number {
    let n = 0;
    for (const highlight of this.highlights.values()) n += highlight.size;
    return n;
  }

  /** Hands every range to a viewport window, which registers the ones near the viewport again. */
  private startWindow() {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    const viewport = new ViewportWindow(
      view,
      (group, range) => this.register(group, range),
      (group, range) => this.unregister(group, range),
    );
    for (const [name, highlight] of this.highlights) {
      const ranges = [...highlight];
      highlight.clear();
      this.registeredFor.get(name)?.clear();
      for (const range of ranges) viewport.add(name, this.given.get(range) ?? range);
    }
    this.window = viewport;
  }

  private stopWindow() {
    this.window?.dispose();
    this.window = undefined;
  }

  rangesAtPoint(x: number, y: number): AbstractRange[] | undefined {
    const registry = this.supported ? this.registry() : undefined;
    if (!registry?.highlightsFromPoint) return undefined;
    const ours = new Set(this.highlights.values());
    const hits = registry.highlightsFromPoint(x, y);
    // Chrome 140+ answers {highlight, ranges}; earlier drafts only the Highlight.
    if (hits.some((hit) => !('ranges' in hit))) return undefined;
    return hits.flatMap((hit) => ('ranges' in hit && ours.has(hit.highlight) ? hit.ranges.map((r) => this.given.get(r) ?? r) : []));
  }

  dispose(): void {
    this.stopWindow();
    for (const name of this.highlights.keys()) this.registry().delete(name);
    this.highlights.clear();
    this.registeredFor.clear();
  }
}
