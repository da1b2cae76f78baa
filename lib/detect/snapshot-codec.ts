/**
 * The engine snapshot's number encodings (see snapshot.ts): integer lists
 * and the matcher's tries as compact strings.
 */
import type { FlatTries } from './trie.ts';

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
