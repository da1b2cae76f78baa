import type { TextRun } from './blocks.ts';

/** Index of the node holding offset `at` (`end` picks the node a range ends in). */
function nodeIndex(run: TextRun, at: number, end: boolean): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = run.starts[mid]!;
    if (end ? start < at : start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The DOM Range for UTF-16 offsets `[start, end)` of a run's text, or
 * undefined when the run's nodes changed since it was read (stale).
 */
export function rangeFor(run: TextRun, start: number, end: number): Range | undefined {
  if (start < 0 || end > run.text.length || start >= end) return undefined;
  const first = nodeIndex(run, start, false);
  const last = nodeIndex(run, end, true);
  const startNode = run.nodes[first]!;
  const endNode = run.nodes[last]!;
  for (let i = first; i <= last; i++) {
    const node = run.nodes[i]!;
    const length = (run.starts[i + 1] ?? run.text.length) - run.starts[i]!;
    if (!node.isConnected || node.data.length !== length) return undefined;
  }
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, start - run.starts[first]!);
  range.setEnd(endNode, end - run.starts[last]!);
  return range;
}
