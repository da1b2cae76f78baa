/**
 * The matcher's tries in the engine snapshot (see snapshot.ts), as numbers
 * for snapshot-codec.ts, with identical subtrees written once.
 */
import { next, type Cursor } from './snapshot-codec.ts';
import type { FlatTries } from './trie.ts';

/** Nodes most often reached from several parents (an alternative's end, say) are written by rank. */
const POPULAR = 40;

/**
 * The tries reachable from `roots` as integers, with identical subtrees
 * (same words, ends, outputs and children) written once: multiplied-out
 * variants share most of their tails, so the tries shrink about six-fold
 * and match exactly as before. Nodes are numbered breadth first from the
 * roots, which take the first numbers; a child is either the next new node
 * (costing nothing to write) or a node seen before: one of the POPULAR
 * most referred to, by rank, or another, by its distance back from the next
 * new number. Returns the roots' new numbers too.
 *
 * Layout: node, edge and output counts, the number of distinct roots, the
 * popular nodes; then per node: flags (end 1, NUM child 2, gap child 4,
 * outputs 8) plus 16 x its edge count; if outputs, their count - 1 and the
 * entries; per edge in token order, 2 x the token's increase + 1 if the
 * child was seen before, then its reference (rank, or POPULAR + distance
 * - 1); the NUM and gap children as 0 (new) or 1 + their reference.
 */
export function encodeTries(f: FlatTries, roots: readonly number[]): { values: number[]; roots: number[] } {
  const classOf = canonicalClasses(f, roots);
  const rep: number[] = []; // a node of each class
  classOf.forEach((c, node) => c >= 0 && rep[c] === undefined && (rep[c] = node));
  // Breadth first numbering of the classes.
  const id = new Map<number, number>();
  const order: number[] = [];
  const see = (c: number) => id.has(c) || (id.set(c, order.length), order.push(c));
  for (const r of roots) see(classOf[r]!);
  const rootCount = order.length;
  const children = (k: number) => [
    ...Array.from(f.edgeTo.subarray(f.edgeStart[k]!, f.edgeStart[k + 1]!)),
    ...(f.num[k]! >= 0 ? [f.num[k]!] : []),
    ...(f.gap[k]! >= 0 ? [f.gap[k]!] : []),
  ];
  for (let q = 0; q < order.length; q++) for (const child of children(rep[order[q]!]!)) see(classOf[child]!);
  let edges = 0, outs = 0;
  for (const c of order) {
    const k = rep[c]!;
    edges += f.edgeStart[k + 1]! - f.edgeStart[k]!;
    outs += f.outStart[k + 1]! - f.outStart[k]!;
  }
  // How often each node is referred to where it is not new.
  const referred = new Map<number, number>();
  let fresh = rootCount;
  const refTo = (node: number) => {
    const n = id.get(classOf[node]!)!;
    if (n === fresh) fresh++;
    else referred.set(n, (referred.get(n) ?? 0) + 1);
  };
  for (const c of order) for (const child of children(rep[c]!)) refTo(child);
  const popular = [...referred].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, POPULAR).map(([n]) => n);
  const rank = new Map(popular.map((n, r) => [n, r]));

  const values = [order.length, edges, outs, rootCount, popular.length, ...popular];
  fresh = rootCount;
  /** -1 for the next new node, else the reference (see the layout above). */
  const target = (node: number): number => {
    const n = id.get(classOf[node]!)!;
    if (n === fresh) return fresh++, -1;
    return rank.get(n) ?? POPULAR + fresh - n - 1;
  };
  for (const c of order) {
    const k = rep[c]!;
    const o0 = f.outStart[k]!, o1 = f.outStart[k + 1]!, e0 = f.edgeStart[k]!, e1 = f.edgeStart[k + 1]!;
    values.push(f.end[k]! | (f.num[k]! >= 0 ? 2 : 0) | (f.gap[k]! >= 0 ? 4 : 0) | (o1 > o0 ? 8 : 0) | ((e1 - e0) << 4));
    if (o1 > o0) values.push(o1 - o0 - 1, ...f.out.subarray(o0, o1));
    let prev = 0;
    for (let e = e0; e < e1; e++) {
      const ref = target(f.edgeTo[e]!);
      values.push(((f.edgeTok[e]! - prev) << 1) | (ref >= 0 ? 1 : 0));
      if (ref >= 0) values.push(ref);
      prev = f.edgeTok[e]!;
    }
    if (f.num[k]! >= 0) values.push(target(f.num[k]!) + 1);
    if (f.gap[k]! >= 0) values.push(target(f.gap[k]!) + 1);
  }
  return { values, roots: roots.map((r) => id.get(classOf[r]!)!) };
}

/**
 * A class number for every node reachable from `roots` (-1 elsewhere): two
 * nodes share a class when their subtrees are identical.
 */
function canonicalClasses(f: FlatTries, roots: readonly number[]): Int32Array {
  const classOf = new Int32Array(f.num.length).fill(-1);
  const classes = new Map<string, number>();
  const visit = (k: number): number => {
    if (classOf[k]! >= 0) return classOf[k]!;
    const key: number[] = [f.end[k]!, f.num[k]! >= 0 ? visit(f.num[k]!) : -1, f.gap[k]! >= 0 ? visit(f.gap[k]!) : -1];
    key.push(...f.out.subarray(f.outStart[k]!, f.outStart[k + 1]!), -1);
    for (let e = f.edgeStart[k]!; e < f.edgeStart[k + 1]!; e++) key.push(f.edgeTok[e]!, visit(f.edgeTo[e]!));
    const s = key.join(',');
    let c = classes.get(s);
    if (c === undefined) classes.set(s, (c = classes.size));
    return (classOf[k] = c);
  };
  for (const r of roots) visit(r);
  return classOf;
}

/** The tries `encodeTries` wrote, read from `c`; words are below `vocabSize`. */
export function decodeTries(c: Cursor, vocabSize: number): FlatTries {
  const n = next(c), edgeCount = next(c), outCount = next(c);
  let fresh = next(c);
  const popular = new Int32Array(next(c));
  for (let r = 0; r < popular.length; r++) popular[r] = next(c);
  const v = c.v;
  if (c.at + n > v.length || fresh > n || popular.length > POPULAR) throw new Error('Bad trie snapshot');
  const edgeStart = new Int32Array(n + 1), edgeTok = new Int32Array(edgeCount), edgeTo = new Int32Array(edgeCount);
  const num = new Int32Array(n).fill(-1), gap = new Int32Array(n).fill(-1), end = new Uint8Array(n);
  const outStart = new Int32Array(n + 1), out = new Int32Array(outCount);
  let at = c.at, e = 0, o = 0;
  // One flat loop; a reference r is popular[r], or the node (r - POPULAR + 1) before the next new one.
  for (let k = 0; k < n; k++) {
    const h = v[at++]!;
    end[k] = h & 1;
    outStart[k] = o;
    if (h & 8) for (let m = v[at++]! + 1; m > 0; m--) out[o++] = v[at++]!;
    edgeStart[k] = e;
    let tok = 0;
    for (let m = h >>> 4; m > 0; m--) {
      const t = v[at++]!;
      tok += t >>> 1;
      edgeTok[e] = tok;
      if (t & 1) {
        const r = v[at++]!;
        if ((edgeTo[e++] = r < POPULAR ? popular[r]! : fresh - r + POPULAR - 1) < 0) throw new Error('Bad trie snapshot');
      } else edgeTo[e++] = fresh++;
    }
    if (tok >= vocabSize) throw new Error('Bad trie snapshot');
    for (let side = 2; side <= 4; side += 2) {
      if (!(h & side)) continue;
      const r = v[at++]! - 1;
      const child = r < 0 ? fresh++ : r < POPULAR ? popular[r]! : fresh - r + POPULAR - 1;
      if (child < 0) throw new Error('Bad trie snapshot');
      if (side === 2) num[k] = child;
      else gap[k] = child;
    }
    if (at > v.length || e > edgeCount || o > outCount) throw new Error('Bad trie snapshot');
  }
  edgeStart[n] = e;
  outStart[n] = o;
  c.at = at;
  // Children are numbered below `fresh` (checked here) and not below 0 (checked as they are read).
  if (fresh !== n || e !== edgeCount || o !== outCount || popular.some((p) => p >= n)) throw new Error('Bad trie snapshot');
  return { edgeStart, edgeTok, edgeTo, num, gap, end, outStart, out };
}
