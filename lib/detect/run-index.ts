/**
 * The matcher's lookups by token id, built once when it is sealed or
 * restored (matcher.ts), and the per-sentence anchor stamps \`run\` keeps.
 */
import type { Compiled } from './match-walk.ts';
import type { Tokens } from './tokenize.ts';
import type { FlatTries } from './trie.ts';
import { NUM } from './vocab.ts';

/** Where a compiled pattern can start: the pattern and the slot to try first. */
export type Start = [Compiled, number];

/**
 * The matcher's lookups as flat arrays indexed by token id (NUM at `numAt`),
 * so each page token costs a few typed-array reads: the shared trie's child
 * for it, the slot patterns it can start (`startOff[x]` to `startOff[x + 1]`
 * in `startPat`, `startSlot`), and the anchored patterns it is an anchor of
 * (`anchorOff[x]` to `anchorOff[x + 1]` in `anchorOf`).
 */
export interface RunIndex {
  numAt: number;
  shared: Int32Array;
  startOff: Int32Array;
  startPat: Int32Array;
  startSlot: Int32Array;
  patterns: Compiled[];
  patAnchor: Int32Array;
  anchorCount: number;
  anchorOff: Int32Array;
  anchorOf: Int32Array;
}

export function runIndex(
  f: FlatTries,
  sharedRoot: number,
  patterns: Compiled[],
  starts: ReadonlyArray<Start[] | undefined>,
  anchors: ReadonlyMap<number, number[]>,
  anchorCount: number,
  numAt: number,
): RunIndex {
  const shared = sharedByToken(f, sharedRoot, numAt);
  const number = new Map(patterns.map((p, k) => [p, k]));
  const startOff = offsets(numAt, (x) => starts[x]?.length ?? 0);
  const startPat = new Int32Array(startOff[numAt + 1]!);
  const startSlot = new Int32Array(startPat.length);
  for (let x = 0; x <= numAt; x++) {
    starts[x]?.forEach(([p, k], n) => {
      startPat[startOff[x]! + n] = number.get(p)!;
      startSlot[startOff[x]! + n] = k;
    });
  }
  const anchorsAt = (x: number) => anchors.get(x === numAt ? NUM : x);
  const anchorOff = offsets(numAt, (x) => anchorsAt(x)?.length ?? 0);
  const anchorOf = new Int32Array(anchorOff[numAt + 1]!);
  for (let x = 0; x <= numAt; x++) anchorsAt(x)?.forEach((a, n) => (anchorOf[anchorOff[x]! + n] = a));
  const patAnchor = Int32Array.from(patterns, (p) => p.anchor);
  return { numAt, shared, startOff, startPat, startSlot, patterns, patAnchor, anchorCount, anchorOff, anchorOf };
}

/** The shared trie's child by token id (NUM at `numAt`), or -1. */
export function sharedByToken(f: FlatTries, root: number, numAt: number): Int32Array {
  const shared = new Int32Array(numAt + 1).fill(-1);
  for (let e = f.edgeStart[root]!, end = f.edgeStart[root + 1]!; e < end; e++) shared[f.edgeTok[e]!] = f.edgeTo[e]!;
  shared[numAt] = f.num[root]!;
  return shared;
}

/** Offsets of lists by token (0 to numAt) laid end to end: list x is [off[x], off[x + 1]). */
function offsets(numAt: number, size: (x: number) => number): Int32Array {
  const off = new Int32Array(numAt + 2);
  for (let x = 0; x <= numAt; x++) off[x + 1] = off[x]! + size(x);
  return off;
}

/** Notes, for each anchored pattern, the last of its anchor tokens in sentence `s`. */
export function stamp(at: RunIndex, t: Tokens, s: number, last: Int32Array): void {
  const { first, end } = t.sentences[s]!;
  const { numAt, anchorOff, anchorOf } = at;
  const id = t.id;
  for (let j = first; j < end; j++) {
    const tok = id[j]!;
    const x = tok >= 0 ? tok : tok === NUM ? numAt : -1;
    if (x < 0) continue;
    for (let k = anchorOff[x]!, e = anchorOff[x + 1]!; k < e; k++) last[anchorOf[k]!] = j;
  }
}

