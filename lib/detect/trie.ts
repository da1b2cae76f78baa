import { GAP } from './pattern.ts';
import { NUM } from './vocab.ts';

/** A trie node while compiling: word sequences, NUM (any number) and GAP steps. */
export interface Node {
  next?: Map<number, Node>;
  num?: Node;
  /** Continuation after a `...` gap. */
  gap?: Node;
  /** A slot alternative ends here. */
  end?: boolean;
  /** Shared trie only: entries whose sequence ends here. */
  out?: number[];
}

/** Walks `seq` from `root`, creating nodes as needed; returns the last node. */
export function insert(root: Node, seq: readonly number[]): Node {
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
  return node;
}

/**
 * Every trie of the matcher as numbered nodes in typed arrays: node k's
 * word edges are `edgeTok`/`edgeTo` from `edgeStart[k]` to `edgeStart[k + 1]`,
 * sorted by token; `num`, `gap` are child nodes or -1; `out` lists are
 * sliced the same way. Thousands of small objects and Maps cost a page
 * more to create than to use; these arrays come straight out of a snapshot.
 */
export interface FlatTries {
  edgeStart: Int32Array;
  edgeTok: Int32Array;
  edgeTo: Int32Array;
  num: Int32Array;
  gap: Int32Array;
  end: Uint8Array;
  outStart: Int32Array;
  out: Int32Array;
}

/** Numbers the nodes of several tries into one FlatTries. */
export class TrieFlattener {
  private readonly edges: Array<[number, number][]> = [];
  private readonly num: number[] = [];
  private readonly gap: number[] = [];
  private readonly end: number[] = [];
  private readonly outs: number[][] = [];

  /** Adds a trie; returns its root's number. */
  add(node: Node): number {
    const k = this.edges.length;
    this.edges.push([]);
    this.num.push(-1);
    this.gap.push(-1);
    this.end.push(node.end ? 1 : 0);
    this.outs.push(node.out ?? []);
    const edges: [number, number][] = [];
    for (const [tok, child] of node.next ?? []) edges.push([tok, this.add(child)]);
    this.edges[k] = edges.sort((a, b) => a[0] - b[0]);
    if (node.num) this.num[k] = this.add(node.num);
    if (node.gap) this.gap[k] = this.add(node.gap);
    return k;
  }

  finish(): FlatTries {
    const n = this.edges.length;
    const edgeStart = new Int32Array(n + 1);
    const outStart = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      edgeStart[k + 1] = edgeStart[k]! + this.edges[k]!.length;
      outStart[k + 1] = outStart[k]! + this.outs[k]!.length;
    }
    const edgeTok = new Int32Array(edgeStart[n]!);
    const edgeTo = new Int32Array(edgeStart[n]!);
    this.edges.forEach((list, k) => list.forEach(([tok, to], e) => ((edgeTok[edgeStart[k]! + e] = tok), (edgeTo[edgeStart[k]! + e] = to))));
    return {
      edgeStart, edgeTok, edgeTo, num: Int32Array.from(this.num), gap: Int32Array.from(this.gap),
      end: Uint8Array.from(this.end), outStart, out: Int32Array.from(this.outs.flat()),
    };
  }
}

/** The child of `node` for word `tok`, or -1. */
export function childOf(f: FlatTries, node: number, tok: number): number {
  let lo = f.edgeStart[node]!;
  let hi = f.edgeStart[node + 1]!;
  const toks = f.edgeTok;
  while (hi - lo > 8) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]! < tok) lo = mid + 1;
    else hi = mid + 1; // toks[mid] may be tok
  }
  for (; lo < hi; lo++) if (toks[lo] === tok) return f.edgeTo[lo]!;
  return -1;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let k = 0; k < 64; k++) DIGIT_VALUE[DIGITS.charCodeAt(k)] = k;

/** Non-negative integers in the variable-length code of `encodeTries`. */
export function encodeInts(values: Iterable<number>): string {
  const out: string[] = [];
  for (let v of values) {
    do {
      let d = v & 31;
      v >>>= 5;
      if (v) d |= 32;
      out.push(DIGITS[d]!);
    } while (v);
  }
  return out.join('');
}

/** The integers `encodeInts` wrote. */
export function decodeInts(text: string): number[] {
  const out: number[] = [];
  let v = 0, shift = 0;
  for (let at = 0; at < text.length; at++) {
    const d = DIGIT_VALUE[text.charCodeAt(at)]!;
    if (d === undefined || d < 0) throw new Error('Bad number list');
    v |= (d & 31) << shift;
    shift += 5;
    if (!(d & 32)) {
      out.push(v);
      v = shift = 0;
    }
  }
  return out;
}

/**
 * The tries as one compact string: a header (node, edge and output counts),
 * then every node in number order: its flags and outputs, its word edges in
 * token order, each as the token and the child's distance in node numbers
 * (children are numbered after their parent), then the NUM and gap
 * children's distances. Five bits per character (a source-map style
 * variable-length code: about a third of the size of JSON arrays), and a
 * decoder that is one flat loop over typed arrays, cheap even before the
 * page's JavaScript engine has optimised it.
 */
export function encodeTries(f: FlatTries): string {
  const values: number[] = [f.num.length, f.edgeTok.length, f.out.length];
  for (let k = 0; k < f.num.length; k++) {
    const outs = f.outStart[k + 1]! - f.outStart[k]!;
    values.push((f.end[k] ? 1 : 0) | (f.num[k]! >= 0 ? 2 : 0) | (f.gap[k]! >= 0 ? 4 : 0) | (outs << 3));
    for (let o = f.outStart[k]!; o < f.outStart[k + 1]!; o++) values.push(f.out[o]!);
    values.push(f.edgeStart[k + 1]! - f.edgeStart[k]!);
    for (let e = f.edgeStart[k]!; e < f.edgeStart[k + 1]!; e++) values.push(f.edgeTok[e]!, f.edgeTo[e]! - k);
    if (f.num[k]! >= 0) values.push(f.num[k]! - k);
    if (f.gap[k]! >= 0) values.push(f.gap[k]! - k);
  }
  return encodeInts(values);
}

/** The tries `encodeTries` wrote. */
export function decodeTries(text: string): FlatTries {
  const digits = DIGIT_VALUE;
  let at = 0;
  const read = (): number => {
    let v = 0;
    for (let shift = 0; ; shift += 5) {
      const d = digits[text.charCodeAt(at++)]!;
      if (d === undefined || d < 0) throw new Error('Bad trie snapshot');
      v |= (d & 31) << shift;
      if (!(d & 32)) return v;
    }
  };
  const n = read(), edgeCount = read(), outCount = read();
  const edgeStart = new Int32Array(n + 1), edgeTok = new Int32Array(edgeCount), edgeTo = new Int32Array(edgeCount);
  const num = new Int32Array(n).fill(-1), gap = new Int32Array(n).fill(-1), end = new Uint8Array(n);
  const outStart = new Int32Array(n + 1), out = new Int32Array(outCount);
  let e = 0, o = 0;
  for (let k = 0; k < n; k++) {
    const flags = read();
    end[k] = flags & 1;
    outStart[k] = o;
    for (let c = flags >>> 3; c > 0; c--) out[o++] = read();
    edgeStart[k] = e;
    for (let c = read(); c > 0; c--) {
      edgeTok[e] = read();
      edgeTo[e++] = k + read();
    }
    if (flags & 2) num[k] = k + read();
    if (flags & 4) gap[k] = k + read();
  }
  edgeStart[n] = e;
  outStart[n] = o;
  if (at !== text.length || e !== edgeCount || o !== outCount) throw new Error('Bad trie snapshot');
  return { edgeStart, edgeTok, edgeTo, num, gap, end, outStart, out };
}
