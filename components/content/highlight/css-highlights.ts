import { GROUP_PRIORITY, type HighlightRenderer } from './renderer.ts';

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
 * the API is missing it paints nothing.
 */
export class CssHighlightRenderer implements HighlightRenderer {
  readonly supported: boolean;
  private readonly highlights = new Map<string, Highlight>();

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
    this.group(group).add(range);
  }

  delete(group: string, range: AbstractRange): void {
    this.highlights.get(group)?.delete(range);
  }

  clear(group?: string): void {
    for (const [name, highlight] of this.highlights) if (!group || group === name) highlight.clear();
  }

  rangesAtPoint(x: number, y: number): AbstractRange[] | undefined {
    const registry = this.supported ? this.registry() : undefined;
    if (!registry?.highlightsFromPoint) return undefined;
    const ours = new Set(this.highlights.values());
    const hits = registry.highlightsFromPoint(x, y);
    // Chrome 140+ answers {highlight, ranges}; earlier drafts only the Highlight.
    if (hits.some((hit) => !('ranges' in hit))) return undefined;
    return hits.flatMap((hit) => ('ranges' in hit && ours.has(hit.highlight) ? hit.ranges : []));
  }

  dispose(): void {
    for (const name of this.highlights.keys()) this.registry().delete(name);
    this.highlights.clear();
  }
}
