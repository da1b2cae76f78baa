/**
 * Reads a page's text block by block. A run is the text of consecutive text
 * nodes under one block-level element, with inline elements (<b>, <a>,
 * <span>...) joined in, so `stem <b>cell</b> facial` reads as one phrase. A
 * nested block or a <br> ends a run. Each run keeps its text nodes and their
 * offsets, so a finding's offsets map back to a DOM Range (see ranges.ts).
 *
 * No DOM change, no `browser` import: runs anywhere there is a DOM.
 */
import { OWN_UI_ATTRIBUTE } from './highlight/styles.ts';

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

/** Elements that start a new block; everything else joins its block's text. */
const BLOCK_TAGS = new Set(
  ('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table ' +
    'tbody td tfoot th thead tr ul').split(' '),
);
/** Never read: code, templates, form fields, embedded content. */
const SKIP_TAGS = new Set(
  ('script style noscript template textarea input select option button iframe object embed canvas svg math ' +
    'video audio head title meta link').split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Ancestors that make everything under them unreadable for us. */
export const SKIP_SELECTOR = [
  ...SKIP_TAGS,
  `[${OWN_UI_ATTRIBUTE}]`,
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** Attribute checks (only on elements that have attributes at all). */
function skippedByAttribute(element: Element): boolean {
  if (element.hasAttribute(OWN_UI_ATTRIBUTE) || element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** A run with something besides whitespace in it. */
const HAS_TEXT = /\S/;

/** Style checks, only on block containers (computing style per inline element costs too much). */
export function renderedHidden(element: Element): boolean {
  if (typeof element.checkVisibility === 'function' && element.isConnected) {
    return !element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  }
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** The nearest block-level ancestor-or-self of `node` inside `root`. */
export function blockOf(node: Node, root: Element): Element {
  let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && element !== root && !isBlock(element)) element = element.parentElement;
  return element ?? root;
}

/** Whether `element` is readable at all: not inside skipped or hidden content. */
export function readable(element: Element): boolean {
  return element.isConnected && !element.closest(SKIP_SELECTOR) && !renderedHidden(element);
}

/** One element being walked by readRuns: its next child, and whether it is a block (closing a run when done). */
interface Frame {
  element: Element;
  owner: Element;
  child: ChildNode | null;
  block: boolean;
}

/**
 * Yields the runs under `root` in document order (lazily, so a caller can
 * pause between runs). Whitespace-only runs are dropped. One generator with
 * its own stack: a generator per element (yield* walk) cost more than
 * reading the text on large pages.
 */
export function* readRuns(root: Element): Generator<TextRun> {
  let run: TextRun | undefined;
  const stack: Frame[] = [{ element: root, owner: isBlock(root) ? root : blockOf(root, root), child: root.firstChild, block: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      // Back in the parent: go on after the element just walked.
      const parent = stack[stack.length - 1];
      if (parent) parent.child = parent.child!.nextSibling;
      if (frame.block) {
        if (run && HAS_TEXT.test(run.text)) yield run;
        run = undefined;
      }
      continue;
    }
    // Each DOM property read once: this loop visits every node of the page.
    const type = child.nodeType;
    if (type === Node.TEXT_NODE) {
      const data = (child as Text).data;
      if (data) {
        const owner = frame.owner;
        run ??= { owner, text: '', nodes: [], starts: [], heading: HEADINGS.has(owner.localName) };
        run.starts.push(run.text.length);
        run.nodes.push(child as Text);
        run.text += data;
      }
    } else if (type === Node.ELEMENT_NODE) {
      const el = child as Element;
      const name = el.localName;
      const block = BLOCK_TAGS.has(name);
      const skip = SKIP_TAGS.has(name) || (el.hasAttributes() && skippedByAttribute(el));
      if (name === 'br' || (block && !skip)) {
        if (run && HAS_TEXT.test(run.text)) yield run;
        run = undefined;
      }
      if (!skip && !(block && renderedHidden(el))) {
        stack.push({ element: el, owner: block ? el : frame.owner, child: el.firstChild, block });
        continue; // frame.child moves on when this element is done
      }
    }
    frame.child = child.nextSibling;
  }
  if (run && HAS_TEXT.test(run.text)) yield run;
}
