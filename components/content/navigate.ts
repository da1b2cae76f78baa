/**
 * Opening a finding's card, from a hover, a keyboard command or the popup,
 * and stepping to the next / previous finding. The open finding is also
 * painted with the `cliniccheck-current` highlight.
 */
import type { CardHost } from './card/host.tsx';
import { CURRENT_GROUP, type HighlightRenderer } from './highlight/renderer.ts';
import { boundingRect } from './ranges.ts';
import type { PageFinding, Scanner } from './scanner.ts';

export interface Navigator {
  /** Opens the card of a finding; `pinned` for keyboard and popup (scrolls, takes focus). */
  show(finding: PageFinding, pinned: boolean): void;
  step(direction: 'next' | 'previous'): PageFinding | undefined;
  reveal(id: string): boolean;
  /** Called when the card closes, to remove the current-finding highlight. */
  closed(finding: PageFinding): void;
}

/** Up to this many findings, each is measured (exact even where the layout is out of document order). */
const MEASURE_ALL_UP_TO = 400;

/** The first index whose item passes `test`, for a test that fails, then passes, along the list. */
export function firstIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function createNavigator(doc: Document, scanner: Scanner, renderer: HighlightRenderer, card: () => CardHost): Navigator {
  let last: PageFinding | undefined;

  function scrollTo(finding: PageFinding) {
    const view = doc.defaultView!;
    const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const target = finding.range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'instant' : 'smooth' });
    // The card sits in document coordinates, which a window scroll does not
    // change; a scrolling container inside the page does, so place it again.
    const again = () => card().current === finding && card().reposition();
    view.addEventListener('scrollend', again, { once: true, capture: true });
    view.setTimeout(again, 700);
  }

  function show(finding: PageFinding, pinned: boolean) {
    const active = scanner.active();
    const index = active.indexOf(finding);
    if (last && last !== finding) renderer.delete(CURRENT_GROUP, last.range);
    last = finding;
    renderer.add(CURRENT_GROUP, finding.range);
    if (pinned) scrollTo(finding);
    card().open(finding, { pinned, index: index + 1, total: active.length });
  }

  /**
   * Without an open card, start from the first finding below (or the last
   * above) the viewport's top. On a long page, a binary search in document
   * order, which is top-to-bottom order there (as the viewport window
   * assumes): measuring every finding took 3,500 layout queries on 1 MB.
   */
  function fromViewport(active: readonly PageFinding[], direction: 'next' | 'previous'): PageFinding | undefined {
    const top = (f: PageFinding) => boundingRect(f.range).top;
    if (active.length > MEASURE_ALL_UP_TO) {
      const below = firstIndex(active, (f) => top(f) > 0);
      return direction === 'next' ? (active[below] ?? active[0]) : (active[below - 1] ?? active[active.length - 1]);
    }
    const tops = active.map(top);
    if (direction === 'next') return active[tops.findIndex((t) => t > 0)] ?? active[0];
    const index = tops.findLastIndex((t) => t < 0);
    return active[index] ?? active[active.length - 1];
  }

  function inView(finding: PageFinding): boolean {
    const rect = boundingRect(finding.range);
    return rect.bottom > 0 && rect.top < doc.defaultView!.innerHeight;
  }

  return {
    show,
    step(direction) {
      const active = scanner.active();
      if (!active.length) return undefined;
      // From the open card, or the last one if it is still in view; else from the viewport.
      const current = card().current ?? (last && inView(last) ? last : undefined);
      const index = current ? active.indexOf(current) : -1;
      const next =
        index < 0
          ? fromViewport(active, direction)
          : active[(index + (direction === 'next' ? 1 : -1) + active.length) % active.length];
      if (next) show(next, true);
      return next;
    },
    reveal(id) {
      const finding = scanner.byId(id);
      if (!finding || finding.status !== 'active') return false;
      show(finding, true);
      return true;
    },
    closed(finding) {
      renderer.delete(CURRENT_GROUP, finding.range);
    },
  };
}
