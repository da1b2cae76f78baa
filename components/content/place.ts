/**
 * Places a batch's findings in the page: from engine-text offsets to their
 * run, run-relative offsets and a range (a PlainRange: why, see ranges.ts). Kept
 * apart from detection so how a finding's range is made can change without
 * touching where detection runs.
 */
import type { Block, Finding } from '../../lib/detect/types.ts';
import { hidesInline, renderedHidden, type TextRun } from './blocks.ts';
import { nodeIndex } from './plain-range.ts';
import { plainRangeFor } from './ranges.ts';

/** A finding placed in the page. `id` is unique for the page's lifetime. */
export interface PageFinding extends Finding {
  id: string;
  /**
   * Where it is, as of its (re)scan. Not a live Range: it does not follow
   * later DOM changes (the rescan of a changed block replaces the finding)
   * and has no methods. Measure it with ranges.ts `boundingRect` /
   * `clientRects`, order it with range-order.ts, make a live Range of it with
   * `liveRange`; highlight renderers take it as it is.
   */
  range: AbstractRange;
  run: TextRun;
}

/** Page-lifetime finding ids. */
let nextId = 1;

/**
 * Maps findings from engine text offsets (runs joined as `blocks`) to their
 * runs, in document order. Findings that cross a block edge, whose run's
 * nodes changed since they were read, or that are not shown are dropped:
 * in a block that is not displayed or invisible (asked here, of the blocks
 * with findings only: the reader reads every block, see blocks.ts), or, in
 * a shown block, inside an inline element the page hides (a "read more"
 * snippet), from its first character to its last. The blocks that lost
 * findings for being hidden are added to `hiddenOwners`, so a rescan can
 * tell when they are shown.
 */
export function placeFindings(found: Finding[], blocks: readonly Block[], runs: readonly TextRun[], hiddenOwners?: Set<Element>): PageFinding[] {
  const placed: PageFinding[] = [];
  let k = 0;
  // The last block asked whether it is invisible or hides inline text, and its answers (a block's findings come together).
  let asked: Element | undefined;
  let hidden = false;
  let hidesSome = false;
  for (const f of found.sort((a, b) => a.start - b.start)) {
    while (k < blocks.length && f.start >= blocks[k]!.end) k++;
    const block = blocks[k];
    if (!block || f.start < block.start || f.end > block.end) continue;
    const run = runs[k]!;
    if (run.owner !== asked) {
      asked = run.owner;
      hidden = renderedHidden(asked);
      hidesSome = !hidden && hidesInline(asked);
      if (hidden) hiddenOwners?.add(asked);
    }
    if (hidden) continue;
    const start = f.start - block.start;
    const end = f.end - block.start;
    if (hidesSome && inHiddenInline(run, nodeIndex(run, start, false)) && inHiddenInline(run, nodeIndex(run, end, true))) {
      hiddenOwners?.add(run.owner);
      continue;
    }
    const range = plainRangeFor(run, start, end);
    if (!range) continue;
    // Fields named, not spread: a spread with fields after it copies property by property (3,600 findings on 1 MB).
    const { quote, termId, category, severity, rule, status, reason } = f;
    const page: PageFinding = { start, end, quote, termId, category, severity, rule, status, id: `cc-${nextId++}`, range, run };
    if (reason) page.reason = reason;
    placed.push(page);
  }
  return placed;
}

/** Whether a run's node `index` is in an inline element (inside its block) that is not shown. */
function inHiddenInline(run: TextRun, index: number): boolean {
  const parent = run.nodes[index]?.parentElement;
  return !!parent && parent !== run.owner && renderedHidden(parent);
}
