/**
 * What a rescan reads again and what it forgets, at a cost that follows the
 * change: the changed nodes' blocks (each read once, not again inside
 * another), and the scanned blocks inside those or inside removed subtrees,
 * found by walking those subtrees rather than testing every scanned block.
 */
import { blockOf, isBlock, readable } from './blocks.ts';

export interface RescanPlan {
  /** Blocks to read again, outermost only, readable ones only. */
  roots: Element[];
  /** Scanned blocks whose findings may be stale: under a root or removed from the page. */
  stale: Set<Element>;
}

/**
 * `nodes`: what changed (the watcher's batch). Nodes still in the page mark
 * their block changed; elements removed from the page take the scanned
 * blocks under them along. An empty list means "something was removed":
 * then, as when the whole page is read again, every scanned block is
 * checked for having left the page.
 */
export function changedBlocks(nodes: readonly Node[], root: Element, scanned: ReadonlyMap<Element, unknown>): RescanPlan {
  const dirty = new Set<Element>();
  const gone: Element[] = [];
  for (const node of nodes) {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (root.contains(node)) dirty.add(element && isBlock(element) ? element : blockOf(node, root));
    else if (element && !element.isConnected) gone.push(element);
  }
  const roots = [...dirty].filter((el) => !insideAny(el, dirty, root));
  const stale = new Set<Element>();
  for (const el of [...roots, ...gone]) scannedUnder(el, scanned, stale);
  // Nothing said what changed, or the whole page is read again anyway: also
  // forget blocks that left the page unreported.
  const body = root.ownerDocument.body;
  if (!nodes.length || roots.some((el) => el === root || el === body)) {
    for (const owner of scanned.keys()) if (!owner.isConnected) stale.add(owner);
  }
  return { roots: roots.filter(readable), stale };
}

/** Whether a proper ancestor of `element` (up to `root`) is in `set`. */
function insideAny(element: Element, set: ReadonlySet<Element>, root: Element): boolean {
  for (let el = element === root ? null : element.parentElement; el; el = el === root ? null : el.parentElement) if (set.has(el)) return true;
  return false;
}

/** Adds `element` and its descendants that were scanned as blocks. */
function scannedUnder(element: Element, scanned: ReadonlyMap<Element, unknown>, into: Set<Element>) {
  if (scanned.has(element)) into.add(element);
  for (const el of element.getElementsByTagName('*')) if (scanned.has(el)) into.add(el);
}
