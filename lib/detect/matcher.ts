import { GAP, GAP_MAX, type Slot } from './pattern.ts';
import { Brk, type Tokens } from './tokenize.ts';

/** A gap never runs across a comma or a clause break: "results, which are permanent" is two clauses. */
const GAP_STOP = Brk.Comma | Brk.Clause;
import { NUM } from './vocab.ts';

/** A trie over word sequences: one slot's alternatives, or the shared trie of small patterns. */
interface Node {
  next?: Map<number, Node>;
  num?: Node;
  /** Continuation after a `...` gap inside an alternative. */
  gap?: Node;
  /** An alternative ends here. */
  end?: boolean;
  /** Shared trie only: entries whose sequence ends here. */
  out?: number[];
}

type CSlot = { kind: 'req' | 'opt'; trie: Node } | { kind: 'gap' };

interface Compiled {
  slots: CSlot[];
  entry: number;
  /** Index among the slot patterns that have an anchor, or -1 (see `anchorOf`). */
  anchor: number;
}

/** Where a compiled pattern can start: the pattern and the slot to try first. */
type Start = [Compiled, number];

/** Matches found in one pass: parallel arrays, one row per match. */
export interface Matches {
  count: number;
  entry: number[];
  first: number[];
  end: number[];
}

/**
 * One matcher for every pattern of every entry (lexicon terms, claim patterns
 * and context cues). Patterns are indexed by the tokens they can start with,
 * in an array indexed by token id, so each page token costs one array read;
 * only tokens that start some pattern go further. Cost follows the page's
 * length and its candidate phrases, not the size of the lexicon.
 */
export class Matcher {
  private readonly byToken = new Map<number, Start[]>();
  private numStarts: Start[] = [];
  private rootArr: (Start[] | undefined)[] = [];
  /** Small patterns, multiplied out into one shared trie: common prefixes ("stem cell ...") are walked once. */
  private readonly shared: Node = {};
  private sharedArr: (Node | undefined)[] = [];
  /** Anchor tokens: token id → the anchored patterns it can stand for (see `anchorOf`). */
  private readonly anchors = new Map<number, number[]>();
  private anchorCount = 0;
  private anchorArr: (number[] | undefined)[] = [];

  /** Adds one fully expanded sequence for `entry` to the shared trie. */
  addSequence(seq: readonly number[], entry: number): void {
    let node = this.shared;
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

  /** Adds one compiled variant for `entry`. */
  add(slots: readonly Slot[], entry: number): void {
    const compiled: Compiled = {
      entry,
      slots: slots.map((sl) => (sl.kind === 'gap' ? sl : { kind: sl.kind, trie: buildTrie(sl.alts) })),
      anchor: -1,
    };
    const anchor = anchorOf(compiled.slots);
    if (anchor) {
      compiled.anchor = this.anchorCount++;
      for (const tok of anchor) {
        let list = this.anchors.get(tok);
        if (!list) this.anchors.set(tok, (list = []));
        list.push(compiled.anchor);
      }
    }
    // Index by every token the pattern can start with: the first slot's,
    // and the next slot's while the earlier ones are optional.
    const seen = new Set<number>();
    for (let k = 0; k < compiled.slots.length; k++) {
      const sl = compiled.slots[k]!;
      if (sl.kind === 'gap') break;
      for (const tok of sl.trie.next?.keys() ?? []) {
        if (seen.has(tok)) continue;
        seen.add(tok);
        let list = this.byToken.get(tok);
        if (!list) this.byToken.set(tok, (list = []));
        list.push([compiled, k]);
      }
      if (sl.trie.num && !seen.has(NUM)) {
        seen.add(NUM);
        this.numStarts.push([compiled, k]);
      }
      if (sl.kind === 'req') break;
    }
  }

  /** Call once after the last `add`. */
  seal(vocabSize: number): void {
    this.rootArr = new Array<Start[] | undefined>(vocabSize);
    for (const [id, list] of this.byToken) this.rootArr[id] = list;
    this.sharedArr = new Array<Node | undefined>(vocabSize);
    for (const [id, n] of this.shared.next ?? []) this.sharedArr[id] = n;
    this.anchorArr = new Array<number[] | undefined>(vocabSize);
    for (const [id, list] of this.anchors) if (id >= 0) this.anchorArr[id] = list;
  }

  /** Every match of every entry, within sentences. */
  run(t: Tokens): Matches {
    const m: Matches = { count: 0, entry: [], first: [], end: [] };
    const { id, sent, count } = t;
    const rootArr = this.rootArr;
    const sharedArr = this.sharedArr;
    const sharedNum = this.shared.num;
    // seen[a] === s: anchored pattern a has an anchor token in sentence s.
    const seen = new Int32Array(this.anchorCount).fill(-1);
    let stamped = -1;
    for (let i = 0; i < count; i++) {
      const tok = id[i]!;
      const node = tok >= 0 ? sharedArr[tok] : tok === NUM ? sharedNum : undefined;
      if (node) sharedWalk(node, i + 1, i, sent[i]!, t, m);
      const starts = tok >= 0 ? rootArr[tok] : tok === NUM ? this.numStarts : undefined;
      if (!starts) continue;
      const s = sent[i]!;
      if (s !== stamped) {
        stamped = s;
        this.stamp(t, s, seen);
      }
      for (const [p, k] of starts) if (p.anchor < 0 || seen[p.anchor] === s) matchSlot(p, k, i, i, s, t, m);
    }
    return m;
  }

  /** Marks the anchored patterns whose anchor tokens occur in sentence `s`. */
  private stamp(t: Tokens, s: number, seen: Int32Array): void {
    const { first, end } = t.sentences[s]!;
    const anchorArr = this.anchorArr;
    const numList = this.anchors.get(NUM);
    for (let j = first; j < end; j++) {
      const tok = t.id[j]!;
      const list = tok >= 0 ? anchorArr[tok] : tok === NUM ? numList : undefined;
      if (list) for (const a of list) seen[a] = s;
    }
  }
}

/**
 * A pattern's anchor: the first tokens of one required slot after the first
 * (the one with the fewest), every one of which a match must contain. A
 * sentence without any of them cannot match, so the pattern is not tried
 * there: the claim patterns start with common verbs ("improve", "reduce")
 * and mostly fail on their outcome words. None when no such slot exists.
 */
function anchorOf(slots: readonly CSlot[]): number[] | undefined {
  let best: number[] | undefined;
  for (let k = 1; k < slots.length; k++) {
    const sl = slots[k]!;
    if (sl.kind !== 'req' || sl.trie.end || sl.trie.gap) continue;
    const toks = [...(sl.trie.next?.keys() ?? [])];
    if (sl.trie.num) toks.push(NUM);
    if (!best || toks.length < best.length) best = toks;
  }
  return best;
}

function buildTrie(alts: readonly number[][]): Node {
  const root: Node = {};
  for (const seq of alts) {
    let node = root;
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
    node.end = true;
  }
  return root;
}

/** Matches slot `k` of pattern `p` at token `j` and everything after it. */
function matchSlot(p: Compiled, k: number, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (k === p.slots.length) {
    m.entry.push(p.entry);
    m.first.push(first);
    m.end.push(j);
    m.count++;
    return;
  }
  const sl = p.slots[k]!;
  if (sl.kind === 'gap') {
    for (let g = 0; g <= GAP_MAX && j + g < t.count && t.sent[j + g] === s; g++) {
      if (g > 0 && (t.brk[j + g]! | (g === 1 ? t.brk[j]! : 0)) & GAP_STOP) break;
      matchSlot(p, k + 1, j + g, first, s, t, m);
    }
    return;
  }
  if (sl.kind === 'opt') matchSlot(p, k + 1, j, first, s, t, m);
  walk(sl.trie, p, k, j, first, s, t, m);
}

/** Walks a slot's trie from token `j`; each alternative that ends continues with the next slot. */
function walk(node: Node, p: Compiled, k: number, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (node.end) matchSlot(p, k + 1, j, first, s, t, m);
  if (node.gap) {
    for (let g = 0; g <= GAP_MAX && j + g < t.count && t.sent[j + g] === s; g++) {
      if (g > 0 && (t.brk[j + g]! | (g === 1 ? t.brk[j]! : 0)) & GAP_STOP) break;
      step(node.gap, p, k, j + g, first, s, t, m);
    }
  }
  step(node, p, k, j, first, s, t, m);
}

function step(node: Node, p: Compiled, k: number, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (j >= t.count || t.sent[j] !== s) return;
  const tok = t.id[j]!;
  if (node.next && tok >= 0) {
    const child = node.next.get(tok);
    if (child) walk(child, p, k, j + 1, first, s, t, m);
  }
  if (node.num && tok === NUM) walk(node.num, p, k, j + 1, first, s, t, m);
}

/** Walks the shared trie of small patterns; every `out` on the way is a match. */
function sharedWalk(node: Node, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (node.out) {
    for (const e of node.out) {
      m.entry.push(e);
      m.first.push(first);
      m.end.push(j);
      m.count++;
    }
  }
  if (node.gap) {
    for (let g = 0; g <= GAP_MAX && j + g < t.count && t.sent[j + g] === s; g++) {
      if (g > 0 && (t.brk[j + g]! | (g === 1 ? t.brk[j]! : 0)) & GAP_STOP) break;
      sharedStep(node.gap, j + g, first, s, t, m);
    }
  }
  sharedStep(node, j, first, s, t, m);
}

function sharedStep(node: Node, j: number, first: number, s: number, t: Tokens, m: Matches): void {
  if (j >= t.count || t.sent[j] !== s) return;
  const tok = t.id[j]!;
  if (node.next && tok >= 0) {
    const child = node.next.get(tok);
    if (child) sharedWalk(child, j + 1, first, s, t, m);
  }
  if (node.num && tok === NUM) sharedWalk(node.num, j + 1, first, s, t, m);
}
