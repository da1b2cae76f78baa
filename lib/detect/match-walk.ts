/**
 * The matcher's walks over a page's tokens (matcher.ts \`run\`): a pattern's
 * slots one by one, each slot's trie, and the shared trie of small patterns.
 * Gaps stay inside a sentence and never cross a comma or a clause break.
 */
import { GAP_MAX } from './pattern.ts';
import { Brk, type Tokens } from './tokenize.ts';
import { childOf, type FlatTries, type Node } from './trie.ts';
import { NUM } from './vocab.ts';

/** A gap never runs across a comma or a clause break: "results, which are permanent" is two clauses. */
const GAP_STOP = Brk.Comma | Brk.Clause;

/** A slot: its trie's root node (a number once sealed; the trie itself while compiling). */
export type CSlot = { kind: 'req' | 'opt'; trie: number; node?: Node } | { kind: 'gap' };

export interface Compiled {
  slots: CSlot[];
  entry: number;
  /** Index among the slot patterns that have an anchor, or -1 (see `anchorOf`). */
  anchor: number;
}

/** Matches found in one pass: parallel arrays, one row per match. */
export interface Matches {
  count: number;
  entry: number[];
  first: number[];
  end: number[];
}

/** What the walks read: the tries, the page's tokens and the matches found so far. */
export interface Ctx {
  f: FlatTries;
  t: Tokens;
  m: Matches;
}

/** Whether a gap may go on to token `j + g` (same sentence, no comma or clause break crossed). */
function gapReaches(t: Tokens, j: number, g: number, s: number): boolean {
  if (j + g >= t.count || t.sent[j + g] !== s) return false;
  return g === 0 || !((t.brk[j + g]! | (g === 1 ? t.brk[j]! : 0)) & GAP_STOP);
}

/** Matches slot `k` of pattern `p` at token `j` and everything after it. */
export function matchSlot(c: Ctx, p: Compiled, k: number, j: number, first: number, s: number): void {
  if (k === p.slots.length) {
    c.m.entry.push(p.entry);
    c.m.first.push(first);
    c.m.end.push(j);
    c.m.count++;
    return;
  }
  const sl = p.slots[k]!;
  if (sl.kind === 'gap') {
    for (let g = 0; g <= GAP_MAX && gapReaches(c.t, j, g, s); g++) matchSlot(c, p, k + 1, j + g, first, s);
    return;
  }
  if (sl.kind === 'opt') matchSlot(c, p, k + 1, j, first, s);
  walk(c, sl.trie, p, k, j, first, s);
}

/** Walks a slot's trie from token `j`; each alternative that ends continues with the next slot. */
function walk(c: Ctx, node: number, p: Compiled, k: number, j: number, first: number, s: number): void {
  const { f, t } = c;
  // A loop along the trie (a token is a word or a number, so there is one way on), recursion only for gaps.
  for (;;) {
    if (f.end[node]) matchSlot(c, p, k + 1, j, first, s);
    const gap = f.gap[node]!;
    if (gap >= 0) {
      for (let g = 0; g <= GAP_MAX && gapReaches(t, j, g, s); g++) {
        const next = advance(f, t, gap, j + g, s);
        if (next >= 0) walk(c, next, p, k, j + g + 1, first, s);
      }
    }
    node = advance(f, t, node, j, s);
    if (node < 0) return;
    j++;
  }
}

/** Walks the shared trie of small patterns; every `out` on the way is a match. */
export function sharedWalk(c: Ctx, node: number, j: number, first: number, s: number): void {
  const { f, t, m } = c;
  for (;;) {
    for (let o = f.outStart[node]!, end = f.outStart[node + 1]!; o < end; o++) {
      m.entry.push(f.out[o]!);
      m.first.push(first);
      m.end.push(j);
      m.count++;
    }
    const gap = f.gap[node]!;
    if (gap >= 0) {
      for (let g = 0; g <= GAP_MAX && gapReaches(t, j, g, s); g++) {
        const next = advance(f, t, gap, j + g, s);
        if (next >= 0) sharedWalk(c, next, j + g + 1, first, s);
      }
    }
    node = advance(f, t, node, j, s);
    if (node < 0) return;
    j++;
  }
}

/** The node after `node` on token `j` of sentence `s` (its word's edge, or its NUM edge for a number), or -1. */
function advance(f: FlatTries, t: Tokens, node: number, j: number, s: number): number {
  if (j >= t.count || t.sent[j] !== s) return -1;
  const tok = t.id[j]!;
  if (tok >= 0) return childOf(f, node, tok);
  return tok === NUM ? f.num[node]! : -1;
}
