/**
 * Blocks whose text is read whole, and the run that holds such a block's
 * text. A block with nothing inside but text and common inline elements
 * (most paragraphs, headings and list items) is one run: all of its
 * `textContent`. The reader (blocks.ts) then takes that text with one native
 * call and does not walk the inline elements and text nodes inside: in a
 * content script each node touched costs a wrapper object of the script's own
 * world (reading the 1 MB bench page in an isolated world: 50 ms walking every
 * node, 31 ms so, against 16.5 ms for the bare walk over its text nodes).
 * The run's text nodes, needed only to put a finding's range in
 * the page, are looked up when first asked for (see ranges.ts `PlainRange`:
 * the highlight window asks only for the findings near the viewport).
 */
import type { TextRun } from './blocks.ts';

/**
 * The inline elements a block read whole may hold: none of them starts a
 * block, ends a run or is skipped. Any other element inside (a block, a <br>,
 * a skipped tag, but also a custom element or a rarer inline tag) means the
 * block is walked, which gives the same runs, only slower. A list of what may
 * be inside, not of what may not: the query that checks it is about three
 * times as fast with these 30 names as with the 70 of the blocks, skipped
 * tags and <br> (matching tests each element inside against every name).
 * The most common first.
 */
export const INLINE_TAGS: readonly string[] = ('span a b strong em i u small sup sub mark abbr cite code q s del ins time font label img wbr ' +
  'bdi bdo data dfn kbd samp var big').split(' ');
const NOT_INLINE = `:not(${INLINE_TAGS.join(',')})`;

/**
 * Whether a block under `root` can be read whole: nothing but the inline
 * elements above inside it, and no element of `skipped`. Asked as the reader
 * meets each block, with one native query over its insides that makes no
 * wrapper object for the elements it looks at; the elements of `skipped`
 * (few) mark the blocks around them once, up front.
 */
export function wholeTest(root: Element, skipped: ReadonlySet<Element>): (block: Element) => boolean {
  const broken = new Set<Element>();
  for (const el of skipped) {
    for (let up = el.parentElement; up !== null && up !== root && !broken.has(up); up = up.parentElement) broken.add(up);
  }
  return (block) => !broken.has(block) && block.querySelector(NOT_INLINE) === null;
}

/** A run that is all of its owner's text; its nodes are found when first asked for. */
export class WholeRun implements TextRun {
  private found: Text[] | undefined;
  private offsets: number[] | undefined;

  constructor(
    readonly owner: Element,
    readonly text: string,
    readonly heading: boolean,
  ) {}

  /** Whether its nodes were looked up (they are then as they were at that moment). */
  get resolved(): boolean {
    return this.found !== undefined;
  }

  get nodes(): Text[] {
    if (this.found === undefined) this.resolve();
    return this.found!;
  }

  get starts(): number[] {
    if (this.offsets === undefined) this.resolve();
    return this.offsets!;
  }

  /** Its owner's non-empty text nodes now, as the reader would have listed them. */
  private resolve() {
    const walker = this.owner.ownerDocument.createTreeWalker(this.owner, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    const starts: number[] = [];
    let at = 0;
    for (let n = walker.nextNode() as Text | null; n !== null; n = walker.nextNode() as Text | null) {
      const size = n.length;
      if (size === 0) continue;
      nodes.push(n);
      starts.push(at);
      at += size;
    }
    this.found = nodes;
    this.offsets = starts;
  }
}

/** Whether a run's nodes are known without looking them up. */
export function nodesKnown(run: TextRun): boolean {
  return !(run instanceof WholeRun) || run.resolved;
}
