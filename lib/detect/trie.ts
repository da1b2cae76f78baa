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
