/**
 * Reads a page's text block by block. A run is the text of consecutive text
 * nodes under one block-level element, with inline elements (<b>, <a>,
 * <span>...) joined in, so `stem <b>cell</b> facial` reads as one phrase. A
 * nested block or a <br> ends a run. Each run keeps its text nodes and their
 * offsets, so a finding's offsets map back to a DOM Range (see ranges.ts).
 * Which elements are blocks or skipped: blocks-rules.ts. A block that is
 * not displayed or invisible (display:none, visibility:hidden) is read like
 * any other: its findings are dropped when placed (place.ts), which asks only
 * the blocks that have findings, not every block (a style check per block was
 * about a tenth of the page's time for a scan of the 1 MB benchmark page).
 *
 * No DOM change, no `browser` import: runs anywhere there is a DOM.
 */
import { BLOCK_TAGS, HEADINGS, SKIP_ATTRIBUTES, SKIP_ATTRIBUTE_SELECTOR, SKIP_TAGS, hasText, noteSkips } from './blocks-rules.ts';
import { WholeRun, wholeTest } from './whole-run.ts';

export { SKIP_SELECTOR, blockOf, hidesInline, isBlock, readable, renderedHidden } from './blocks-rules.ts';

export interface TextRun {
  /** The nearest block-level element: where a rescan starts. */
  owner: Element;
  /** Concatenated data of `nodes`. */
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  heading: boolean;
}

/** `starts` of every run of one node (never written to: runs are read-only once made). */
const ONE_NODE: number[] = Object.freeze([0]) as number[];

/**
 * Yields the runs under `root` in document order (lazily, so a caller can
 * pause between runs). Whitespace-only runs are dropped.
 *
 * Speed (see tests/bench/read.ts): a block with nothing but inline content
 * (most of a page's text) is read whole, with one textContent, and its
 * insides are not walked (whole-run.ts). Elsewhere, one
 * native TreeWalker over elements and text (comments never reach us), one
 * property read per node to tell them apart (`localName`, which text nodes
 * lack), the skip attributes found by one querySelectorAll instead of four
 * attribute reads per element, and no object per element: the only stack is
 * the enclosing blocks, each with the node where it ends (found once, from its
 * next sibling). Text nodes give their length while walking and their text
 * when the run ends, most often as one textContent of the whole block (see
 * flush). If the page changes the DOM while the caller is paused, the
 * enclosing blocks and their ends are worked out again before going on.
 */
export function* readRuns(root: Element): Generator<TextRun> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const skipped = new Set(root.querySelectorAll(SKIP_ATTRIBUTE_SELECTOR));
  // Whether a block is read whole, without walking inside (whole-run.ts).
  let whole = wholeTest(root, skipped);
  // The innermost enclosing block: owner of the text read now, whether it is a heading, and the first node after it.
  let owner = root;
  let heading = HEADINGS.has(root.localName);
  let end = null as Node | null;
  // The blocks around it, outermost first (three arrays: no object per block).
  const owners: Element[] = [];
  const headings: boolean[] = [];
  const ends: Array<Node | null> = [];
  // The run being read (its text is put together when it ends): its first node, and its nodes once it has a
  // second (most runs have one; the whitespace between blocks is one, read and dropped without an array).
  let length = 0;
  let first = null as Text | null;
  let nodes = null as Text[] | null;
  let starts: number[] = ONE_NODE;
  let ready = null as TextRun | null;
  // Whether everything read since entering `owner` is one run holding all of its text.
  let allOne = false;

  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => void changes.push(...records));
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: SKIP_ATTRIBUTES });

  /** Ends the run; `atEnd` when `owner` ends here (the run may then be all of its text). */
  const flush = (atEnd: boolean) => {
    if (first !== null) {
      // One native textContent (one flat string) instead of a string per node, where it is the same text.
      let text = nodes === null ? first.data : atEnd && allOne ? owner.textContent! : '';
      if (nodes !== null && text.length !== length) {
        text = '';
        for (const n of nodes) text += n.data;
      }
      if (hasText(text)) ready = nodes === null ? { owner, text, nodes: [first], starts: ONE_NODE, heading } : { owner, text, nodes, starts, heading };
      first = null;
      nodes = null;
    }
    allOne = false;
  };
  const enter = (block: Element, isHeading: boolean) => {
    owners.push(owner);
    headings.push(heading);
    ends.push(end);
    end = after(block);
    owner = block;
    heading = isHeading;
    allOne = true;
  };
  const leave = () => {
    owner = owners.pop()!;
    heading = headings.pop()!;
    end = ends.pop()!;
  };
  /** The first element or text node after `el` and everything in it; `el` is inside `owner`. */
  const after = (el: Node): Node | null => {
    for (let n: Node | null = el; ; ) {
      for (let s = n.nextSibling; s !== null; s = s.nextSibling) {
        const type = s.nodeType;
        if (type === 1 || type === 3) return s;
      }
      n = n.parentNode;
      if (n === owner || n === null) return end;
    }
  };
  /**
   * After the page changed the DOM while the caller was paused: notes new
   * skip attributes, keeps the enclosing blocks still in place, finds their
   * ends again, and says where to go on.
   */
  const resume = (node: Node): Node | null => {
    for (const record of changes.splice(0)) noteSkips(record, skipped);
    whole = wholeTest(root, skipped);
    const chain = [...owners.slice(1), ...(owner === root ? [] : [owner])];
    const chainHeadings = [...headings.slice(1), heading];
    while (owners.length) leave();
    for (let k = 0; k < chain.length && owner.contains(chain[k]!); k++) enter(chain[k]!, chainHeadings[k]!);
    if (owner.contains(node) && node !== owner) return node;
    // The next node was taken away: go on after the last text read, if still in place, else after the
    // innermost block still in place (then the change's own rescan reads the rest of that block).
    if (first !== null || ready === null) return end;
    if (ready instanceof WholeRun) return owner.contains(ready.owner) ? after(ready.owner) : end;
    const last = ready.nodes[ready.nodes.length - 1]!;
    if (!owner.contains(last)) return end;
    walker.currentNode = last;
    return walker.nextNode();
  };

  try {
    let node = walker.nextNode();
    for (;;) {
      if (ready !== null) {
        yield ready;
        if (changes.length && node !== null) {
          node = resume(node);
          if (node !== null) walker.currentNode = node;
        }
        ready = null;
      }
      if (node === null) break;
      if (node === end) {
        flush(true);
        leave();
        continue;
      }
      const name = (node as Element).localName;
      if (typeof name !== 'string') {
        // A text node: its length now, its text when the run ends.
        const size = (node as Text).length;
        if (size !== 0) {
          if (first === null) {
            length = size;
            first = node as Text;
          } else if (nodes === null) {
            nodes = [first, node as Text];
            starts = [0, length];
            length += size;
          } else {
            starts.push(length);
            nodes.push(node as Text);
            length += size;
          }
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const skip = SKIP_TAGS.has(name) || (skipped.size > 0 && skipped.has(el));
      if (BLOCK_TAGS.has(name) && !skip) {
        flush(false);
        // The run before this block goes out first (one run is yielded at a time); then back to this block.
        if (ready !== null) continue;
        if (!whole(el)) {
          enter(el, HEADINGS.has(name));
          node = walker.nextNode();
          continue;
        }
        const text = el.textContent!;
        if (hasText(text)) ready = new WholeRun(el, text, HEADINGS.has(name));
      } else {
        if (name === 'br') flush(false);
        if (!skip) {
          node = walker.nextNode();
          continue;
        }
      }
      // Skipped or read whole: go on after everything in it.
      allOne = false;
      node = after(el);
      if (node !== null) walker.currentNode = node;
    }
    flush(false);
    if (ready !== null) yield ready;
  } finally {
    observer.disconnect();
  }
}
