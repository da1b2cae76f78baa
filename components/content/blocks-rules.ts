/**
 * What counts as a block, what is never read, and the small DOM helpers
 * built on those rules (blocks.ts reads runs with them; rescan-plan.ts and
 * watch-mutations.ts use them to find the blocks a change touches).
 */
import { OWN_UI_ATTRIBUTE } from './highlight/styles.ts';

/** Elements that start a new block; everything else joins its block's text. */
export const BLOCK_TAGS = new Set(
  ('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table ' +
    'tbody td tfoot th thead tr ul').split(' '),
);
/** Never read: code, templates, form fields, embedded content. */
export const SKIP_TAGS = new Set(
  ('script style noscript template textarea input select option button iframe object embed canvas svg math ' +
    'video audio head title meta link').split(' '),
);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Attributes that make an element and everything under it unreadable for us. */
export const SKIP_ATTRIBUTE_SELECTOR = [
  `[${OWN_UI_ATTRIBUTE}]`,
  '[hidden]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false"])',
].join(',');
/** The attributes SKIP_ATTRIBUTE_SELECTOR looks at (for a MutationObserver's attributeFilter). */
export const SKIP_ATTRIBUTES = [OWN_UI_ATTRIBUTE, 'hidden', 'aria-hidden', 'contenteditable'];
/** Ancestors that make everything under them unreadable for us. */
export const SKIP_SELECTOR = [...SKIP_TAGS, SKIP_ATTRIBUTE_SELECTOR].join(',');

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

/** One options object for every checkVisibility call: Blink converts it on each call, a fresh literal costs more. */
const VISIBILITY = { visibilityProperty: true } as CheckVisibilityOptions;

/**
 * Whether an element is not rendered or is invisible (display:none or
 * visibility:hidden, on it or inherited). Asked of block containers (by
 * rescans, of the blocks they start from, and by placing, place.ts, of the
 * blocks that have findings) and of the styled inline elements of those
 * (`hidesInline`); computing style for every inline element costs too
 * much. The reader asks no block (blocks.ts).
 */
export function renderedHidden(element: Element): boolean {
  if (typeof element.checkVisibility === 'function' && element.isConnected) return !element.checkVisibility(VISIBILITY);
  return hiddenByComputedStyle(element);
}

function hiddenByComputedStyle(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/**
 * Whether a shown block hides some of its inline content (a "read more"
 * snippet: a span hidden by a class or a style). Only an element with a
 * class or a style attribute is asked, short of rules on bare tag names: one
 * native query, and a display check for each element it finds (most blocks
 * have none or one), instead of one per finding. Only display:none counts
 * here: checkVisibility without options skips converting an options
 * dictionary, which was half this check's cost on the 1 MB benchmark page
 * (3 of 7 ms); an inline snippet hidden by visibility:hidden is counted.
 */
export function hidesInline(block: Element): boolean {
  for (const el of block.querySelectorAll('[class],[style]')) {
    if (typeof el.checkVisibility === 'function' ? !el.checkVisibility() : hiddenByComputedStyle(el)) return true;
  }
  return false;
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

/** A run with something besides whitespace in it (tested only when its first character is not plain ASCII). */
const HAS_TEXT = /\S/;
export const hasText = (text: string) => {
  const c = text.charCodeAt(0);
  return (c > 32 && c < 127) || HAS_TEXT.test(text);
};

/** Adds or drops the elements a change gave or took a skip attribute (`skipped` holds those under the root). */
export function noteSkips(record: MutationRecord, skipped: Set<Element>) {
  if (record.type === 'attributes') {
    const target = record.target as Element;
    if (target.matches(SKIP_ATTRIBUTE_SELECTOR)) skipped.add(target);
    else skipped.delete(target);
    return;
  }
  for (const added of record.addedNodes) {
    if (added.nodeType !== Node.ELEMENT_NODE) continue;
    if ((added as Element).matches(SKIP_ATTRIBUTE_SELECTOR)) skipped.add(added as Element);
    for (const el of (added as Element).querySelectorAll(SKIP_ATTRIBUTE_SELECTOR)) skipped.add(el);
  }
}
