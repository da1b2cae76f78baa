import { OWN_UI_ATTRIBUTE } from '../highlight/styles.ts';
import { rangeFor } from '../ranges.ts';

/**
 * The text that flag positions count in ("text basis"): the data of every
 * Text node under <body>, in document order, concatenated as it is (no
 * whitespace folding), leaving out script, style, noscript and template
 * contents and ClinicCheck's own UI. Offsets are UTF-16 code units, `end`
 * exclusive, as in W3C TextPositionSelector. It differs from the scanner's
 * per-block runs on purpose: one flat string lets a quote span several
 * blocks, and hidden text counts, so hiding a menu does not move every
 * position after it.
 */
export interface TextBasis {
  text: string;
  nodes: Text[];
  /** Offset of each node's first character in `text`. */
  starts: number[];
  /** Position of each node in `nodes`. */
  index: Map<Text, number>;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template']);

export function readTextBasis(doc: Document = document): TextBasis {
  const basis: TextBasis = { text: '', nodes: [], starts: [], index: new Map() };
  const root = doc.body;
  if (!root) return basis;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      return SKIP.has(el.localName) || el.hasAttribute(OWN_UI_ATTRIBUTE) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    basis.index.set(text, basis.nodes.length);
    basis.nodes.push(text);
    basis.starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  basis.text = parts.join('');
  return basis;
}

/** Offset in the basis of a boundary point (container, offset) of a Range. */
function offsetOf(basis: TextBasis, container: Node, offset: number): number {
  const doc = container.ownerDocument ?? document;
  if (container.nodeType === Node.TEXT_NODE) {
    const i = basis.index.get(container as Text);
    if (i !== undefined) return basis.starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // An element boundary (or a text node outside the basis): the offset of
  // the first basis node at or after the point.
  const point = doc.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = basis.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(basis.nodes[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < basis.nodes.length ? basis.starts[lo]! : basis.text.length;
}

/**
 * The basis offsets a Range covers, with surrounding whitespace trimmed;
 * undefined when it covers no text (or only whitespace).
 */
export function spanOfRange(basis: TextBasis, range: AbstractRange): { start: number; end: number } | undefined {
  let start = offsetOf(basis, range.startContainer, range.startOffset);
  let end = offsetOf(basis, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(basis.text[start]!)) start++;
  while (end > start && /\s/.test(basis.text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * The DOM Range for basis offsets `[start, end)`, or undefined when out of
 * range or the nodes changed since the basis was read. The basis is one big
 * run for the scanner's offset-to-Range mapping (components/content/ranges.ts).
 */
export function rangeOfSpan(basis: TextBasis, start: number, end: number): Range | undefined {
  const root = basis.nodes[0]?.ownerDocument.body;
  return root ? rangeFor({ ...basis, owner: root, heading: false }, start, end) : undefined;
}
