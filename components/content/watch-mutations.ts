/**
 * Watches a page for new or changed content and reports it in batches: one
 * observer for the document, debounced (`debounceMs` after the last change,
 * at most `maxWaitMs` after the first), ignoring ClinicCheck's own nodes.
 * Above `hugeCount` added nodes in a batch it asks for a full rescan instead
 * (Dark Reader's threshold), so the work per change stays bounded.
 */
import { isBlock } from './blocks.ts';
import { OWN_UI_ATTRIBUTE } from './highlight/styles.ts';

export interface WatchOptions {
  root: Element;
  /** Changed nodes, and removed elements (no longer in the page). */
  onChange(nodes: Node[]): void;
  onHuge(): void;
  /**
   * Whether a class or style change of this inline element may change what
   * the scan found (a "read more" span shown or hidden in a block with
   * findings): asked of inline elements only; without it they are ignored.
   */
  inlineMatters?(element: Element): boolean;
  debounceMs?: number;
  maxWaitMs?: number;
  hugeCount?: number;
}

const ATTRIBUTES = ['hidden', 'aria-hidden', 'open', 'class', 'style'];

function isOwn(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!element?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}

/** Starts watching; returns a function that stops. */
export function watchMutations(options: WatchOptions): () => void {
  const { debounceMs = 150, maxWaitMs = 500, hugeCount = 1000 } = options;
  let pending = new Set<Node>();
  let added = 0;
  let dirty = false;
  let firstAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush() {
    timer = undefined;
    const nodes = [...pending];
    const huge = added > hugeCount;
    pending = new Set();
    added = 0;
    dirty = false;
    if (huge) options.onHuge();
    else options.onChange(nodes);
  }

  function schedule() {
    const now = performance.now();
    if (!dirty) firstAt = now;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, firstAt + maxWaitMs - now)));
  }

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) {
      const target = record.target;
      if (isOwn(target)) continue;
      if (record.type === 'characterData') {
        pending.add(target);
        relevant = true;
      } else if (record.type === 'attributes') {
        const element = target as Element;
        if (element === options.root || element.localName === 'body') continue;
        const always = isBlock(element) || record.attributeName === 'hidden' || record.attributeName === 'aria-hidden';
        if (!always && !options.inlineMatters?.(element)) continue;
        pending.add(element);
        relevant = true;
      } else {
        for (const node of record.addedNodes) {
          if (isOwn(node)) continue;
          pending.add(node);
          added++;
          relevant = true;
        }
        for (const node of record.removedNodes) {
          const ownRemoved = node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE);
          if (ownRemoved) continue;
          // A removed element takes the findings of the blocks in it along
          // (the scanner looks under it); removed inline content changes its parent block.
          if (node.nodeType === Node.ELEMENT_NODE) pending.add(node);
          if (!(node.nodeType === Node.ELEMENT_NODE && isBlock(node as Element))) pending.add(target);
          relevant = true;
        }
      }
    }
    if (relevant) schedule();
  });
  observer.observe(options.root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
  });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
