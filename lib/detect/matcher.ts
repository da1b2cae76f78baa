import { GAP, GAP_MAX } from './pattern.ts';
import type { Tokens } from './tokenize.ts';
import { NUM } from './vocab.ts';

interface Node {
  next?: Map<number, Node>;
  num?: Node;
  /** Continuation after a `...` gap. */
  gap?: Node;
  /** Entries whose pattern ends here. */
  out?: number[];
}

/** Matches found in one pass: parallel arrays, one row per match. */
export interface Matches {
  count: number;
  entry: number[];
  first: number[];
  end: number[];
}

/**
 * One token trie for every pattern of every entry (lexicon terms, claim
 * patterns and context cues). The root is an array indexed by token id, so
 * each page token costs one array read; only tokens that start some pattern
 * go further. Cost follows page length, not lexicon size.
 */
export class Matcher {
  private readonly root: Node = {};
  private rootArr: (Node | undefined)[] = [];

  /** Adds one expanded element sequence for `entry`. */
  add(seq: readonly number[], entry: number): void {
    let node = this.root;
    for (const e of seq) {
      if (e === NUM) node = node.num ??= {};
      else if (e === GAP) node = node.gap ??= {};
      else {
        node.next ??= new Map();
        let child = node.next.get(e);
        if (!child) node.next.set(e, (child = {}));
        node = child;
      }
    }
    node.out ??= [];
    if (!node.out.includes(entry)) node.out.push(entry);
  }

  /** Call once after the last `add`. */
  seal(vocabSize: number): void {
    this.rootArr = new Array<Node | undefined>(vocabSize);
    for (const [id, n] of this.root.next ?? []) this.rootArr[id] = n;
  }

  /** Every match of every entry, within sentences. */
  run(t: Tokens): Matches {
    const m: Matches = { count: 0, entry: [], first: [], end: [] };
    const { id, sent, count } = t;
    const rootArr = this.rootArr;
    const numRoot = this.root.num;
    for (let i = 0; i < count; i++) {
      const tok = id[i]!;
      const n = tok >= 0 ? rootArr[tok] : tok === NUM ? numRoot : undefined;
      if (n) walk(n, i + 1, i, sent[i]!, t, m);
    }
    return m;
  }
}

function walk(node: Node, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (node.out) {
    for (const e of node.out) {
      m.entry.push(e);
      m.first.push(first);
      m.end.push(j);
      m.count++;
    }
  }
  if (node.gap) {
    for (let k = j + 1; k <= j + GAP_MAX && k < t.count && t.sent[k] === s; k++) step(node.gap, k, first, s, t, m);
    step(node.gap, j, first, s, t, m);
  }
  step(node, j, first, s, t, m);
}

/** Follows one token edge (word or number) from `node` at token `j`. */
function step(node: Node, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (j >= t.count || t.sent[j] !== s) return;
  const tok = t.id[j]!;
  if (node.next && tok >= 0) {
    const child = node.next.get(tok);
    if (child) walk(child, j + 1, first, s, t, m);
  }
  if (node.num && tok === NUM) walk(node.num, j + 1, first, s, t, m);
}
