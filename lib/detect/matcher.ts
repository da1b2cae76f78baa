import type { Slot } from './pattern.ts';
import type { Tokens } from './tokenize.ts';
import { insert, TrieFlattener, type FlatTries, type Node } from './trie.ts';
import { NUM } from './vocab.ts';
import { matchSlot, sharedWalk, type Compiled, type CSlot, type Ctx, type Matches } from './match-walk.ts';
import { runIndex, sharedByToken, stamp, type RunIndex, type Start } from './run-index.ts';

export type { Matches } from './match-walk.ts';

/** Every gap slot of a restored matcher (gaps carry nothing). */
const GAP_SLOT: CSlot = { kind: 'gap' };

function badData(): never {
  throw new Error('Bad matcher data');
}

/**
 * A sealed matcher as plain data (see snapshot.ts): the very arrays `run`
 * reads (see RunIndex), so restoring one only wraps them, and its slot
 * patterns flat: pattern p's slots are `slotCode[slotOff[p]]` to
 * `slotCode[slotOff[p + 1]]`, each 0 for a gap, else 1 + (its trie's root
 * x 2, + 1 if optional).
 */
export interface MatcherData {
  /** Every trie, as flat arrays (snapshot.ts encodes them). */
  tries: FlatTries;
  /** The shared trie's root. */
  shared: number;
  patEntry: Int32Array;
  patAnchor: Int32Array;
  slotOff: Int32Array;
  slotCode: Int32Array;
  startOff: Int32Array;
  startPat: Int32Array;
  startSlot: Int32Array;
  anchorOff: Int32Array;
  anchorOf: Int32Array;
  anchorCount: number;
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
  /** Small patterns, multiplied out into one shared trie: common prefixes ("stem cell ...") are walked once. */
  private readonly sharedTrie: Node = {};
  private shared = -1;
  private tries: FlatTries | undefined;
  /** Anchor tokens: token id → the anchored patterns it can stand for (see `anchorOf`). */
  private readonly anchors = new Map<number, number[]>();
  private anchorCount = 0;
  /** What `run` reads, by token id (NUM at `vocabSize`): see `index`. */
  private at: RunIndex | undefined;

  /** Adds one fully expanded sequence for `entry` to the shared trie. */
  addSequence(seq: readonly number[], entry: number): void {
    const node = insert(this.sharedTrie, seq);
    node.out ??= [];
    if (!node.out.includes(entry)) node.out.push(entry);
  }

  /** Adds one compiled variant for `entry`. */
  add(slots: readonly Slot[], entry: number): void {
    const compiled: Compiled = {
      entry,
      slots: slots.map((sl) => (sl.kind === 'gap' ? sl : { kind: sl.kind, trie: -1, node: buildTrie(sl.alts) })),
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
      for (const tok of sl.node!.next?.keys() ?? []) {
        if (seen.has(tok)) continue;
        seen.add(tok);
        let list = this.byToken.get(tok);
        if (!list) this.byToken.set(tok, (list = []));
        list.push([compiled, k]);
      }
      if (sl.node!.num && !seen.has(NUM)) {
        seen.add(NUM);
        this.numStarts.push([compiled, k]);
      }
      if (sl.kind === 'req') break;
    }
  }

  /** Call once after the last `add`: numbers every trie into flat arrays. */
  seal(vocabSize: number): void {
    const flat = new TrieFlattener();
    this.shared = flat.add(this.sharedTrie);
    for (const p of this.patterns()) {
      for (const sl of p.slots) {
        if (sl.kind === 'gap' || !sl.node) continue;
        sl.trie = flat.add(sl.node);
        delete sl.node;
      }
    }
    this.tries = flat.finish();
    this.index(vocabSize);
  }

  /** The lookup arrays by token id. */
  private index(vocabSize: number): void {
    const patterns = this.patterns();
    const lists = new Array<Start[] | undefined>(vocabSize + 1);
    for (const [id, list] of this.byToken) lists[id] = list;
    lists[vocabSize] = this.numStarts;
    this.at = runIndex(this.tries!, this.shared, patterns, lists, this.anchors, this.anchorCount, vocabSize);
  }

  /** Every slot pattern once, in the order they were added. */
  private patterns(): Compiled[] {
    const seen = new Set<Compiled>();
    for (const list of [...this.byToken.values(), this.numStarts]) for (const [p] of list) seen.add(p);
    return [...seen];
  }

  /** This (sealed) matcher as plain data for `restore`. */
  dump(): MatcherData {
    const at = this.at!;
    const slotOff = new Int32Array(at.patterns.length + 1);
    const slotCode: number[] = [];
    at.patterns.forEach((p, k) => {
      for (const sl of p.slots) slotCode.push(sl.kind === 'gap' ? 0 : 1 + ((sl.trie << 1) | (sl.kind === 'opt' ? 1 : 0)));
      slotOff[k + 1] = slotCode.length;
    });
    const { startOff, startPat, startSlot, anchorOff, anchorOf, patAnchor, anchorCount } = at;
    return {
      tries: this.tries!, shared: this.shared, patEntry: Int32Array.from(at.patterns, (p) => p.entry), patAnchor,
      slotOff, slotCode: Int32Array.from(slotCode), startOff, startPat, startSlot, anchorOff, anchorOf, anchorCount,
    };
  }

  /**
   * A sealed matcher from `dump` output, for `vocabSize` words. Cheap on a
   * page's cold code: plain loops, one small object per slot pattern and
   * slot, the lookup arrays taken as they are. Throws on data out of range.
   */
  static restore(data: MatcherData, vocabSize: number): Matcher {
    const { tries, shared: root, patEntry, patAnchor, slotOff, slotCode, startOff, startPat, startSlot, anchorOff, anchorOf, anchorCount } = data;
    const n = patEntry.length, nodes = tries.num.length;
    if (slotOff.length !== n + 1 || patAnchor.length !== n || slotOff[n] !== slotCode.length) badData();
    if (startOff.length !== vocabSize + 2 || anchorOff.length !== vocabSize + 2 || !(root >= 0 && root < nodes)) badData();
    const patterns: Compiled[] = [];
    for (let p = 0; p < n; p++) {
      const slots: CSlot[] = [];
      for (let k = slotOff[p]!, e = slotOff[p + 1]!; k < e; k++) {
        const code = slotCode[k]! - 1;
        if (code < 0) slots.push(GAP_SLOT);
        else if (code >>> 1 < nodes) slots.push({ kind: code & 1 ? 'opt' : 'req', trie: code >>> 1 });
        else badData();
      }
      if (patAnchor[p]! >= anchorCount) badData();
      patterns.push({ entry: patEntry[p]!, slots, anchor: patAnchor[p]! });
    }
    if (startOff[vocabSize + 1] !== startPat.length || startSlot.length !== startPat.length || anchorOff[vocabSize + 1] !== anchorOf.length) badData();
    for (let q = 0; q < startPat.length; q++) {
      const p = patterns[startPat[q]!];
      if (!p || startSlot[q]! >= p.slots.length) badData();
    }
    for (let q = 0; q < anchorOf.length; q++) if (anchorOf[q]! >= anchorCount) badData();
    const m = new Matcher();
    m.tries = tries;
    m.shared = root;
    m.at = {
      numAt: vocabSize, shared: sharedByToken(tries, root, vocabSize), startOff, startPat, startSlot,
      patterns, patAnchor, anchorCount, anchorOff, anchorOf,
    };
    return m;
  }

  /** Every match of every entry, within sentences. */
  run(t: Tokens): Matches {
    const m: Matches = { count: 0, entry: [], first: [], end: [] };
    const c: Ctx = { f: this.tries!, t, m };
    const { id, sent, count } = t;
    const { numAt, shared, startOff, startPat, startSlot, patterns, patAnchor, anchorCount } = this.at!;
    // last[a]: the last token of the sentences stamped so far that is an anchor of pattern a.
    const last = new Int32Array(anchorCount).fill(-1);
    let stamped = -1;
    for (let i = 0; i < count; i++) {
      const tok = id[i]!;
      const x = tok >= 0 ? tok : tok === NUM ? numAt : -1;
      if (x < 0) continue;
      const node = shared[x]!;
      if (node >= 0) sharedWalk(c, node, i + 1, i, sent[i]!);
      const from = startOff[x]!, to = startOff[x + 1]!;
      if (from === to) continue;
      const s = sent[i]!;
      if (s !== stamped) {
        stamped = s;
        stamp(this.at!, t, s, last);
      }
      // A match starting here needs an anchor at or after this token, in this sentence (earlier sentences' are before it).
      for (let q = from; q < to; q++) {
        const p = startPat[q]!;
        const a = patAnchor[p]!;
        if (a < 0 || last[a]! >= i) matchSlot(c, patterns[p]!, startSlot[q]!, i, i, s);
      }
    }
    return m;
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
    if (sl.kind !== 'req' || sl.node!.end || sl.node!.gap) continue;
    const toks = [...(sl.node!.next?.keys() ?? [])];
    if (sl.node!.num) toks.push(NUM);
    if (!best || toks.length < best.length) best = toks;
  }
  return best;
}

function buildTrie(alts: readonly number[][]): Node {
  const root: Node = {};
  for (const seq of alts) insert(root, seq).end = true;
  return root;
}

