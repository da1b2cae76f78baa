/**
 * The engine snapshot's number code (see snapshot.ts): lists of integers as
 * compact strings, read back in one flat loop. The matcher's tries are
 * turned into such numbers by snapshot-tries.ts.
 */

/**
 * The characters numbers are written with: printable ASCII without quotes,
 * backslash and `|` (which separates the snapshot's sections), so the string
 * needs no escaping in the bundle. The first TERMINAL end a number, the
 * other CONTINUE carry more digits.
 */
const DIGITS = [...Array(94)].map((_, k) => String.fromCharCode(33 + k)).filter((c) => !`"'\\\`|`.includes(c)).join('');
const TERMINAL = 57;
const CONTINUE = DIGITS.length - TERMINAL;
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let k = 0; k < DIGITS.length; k++) DIGIT_VALUE[DIGITS.charCodeAt(k)] = k;

/**
 * Non-negative integers as text, in a variable-length code of 89 digits:
 * numbers under 57 take one character, under 1881 two. Little-endian: each
 * continuation digit stands for TERMINAL + its value times the weight so far.
 */
export function encodeInts(values: Iterable<number>): string {
  const out: string[] = [];
  for (let v of values) {
    if (!(v >= 0 && v <= 0x3fffffff && Number.isInteger(v))) throw new Error(`Not a snapshot number: ${v}`);
    while (v >= TERMINAL) {
      v -= TERMINAL;
      out.push(DIGITS[TERMINAL + (v % CONTINUE)]!);
      v = Math.floor(v / CONTINUE);
    }
    out.push(DIGITS[v]!);
  }
  return out.join('');
}

/** The integers `encodeInts` wrote, in one flat loop (cheap even before the page's engine optimises it). */
export function decodeInts(text: string): Int32Array {
  const out = new Int32Array(text.length);
  const digits = DIGIT_VALUE;
  let n = 0, v = 0, weight = 1;
  for (let at = 0; at < text.length; at++) {
    const d = digits[text.charCodeAt(at)];
    if (d === undefined || d < 0) throw new Error('Bad number list');
    if (d < TERMINAL) {
      out[n++] = v + weight * d;
      v = 0;
      weight = 1;
    } else {
      v += weight * d;
      weight *= CONTINUE;
    }
  }
  if (weight !== 1) throw new Error('Bad number list');
  return out.subarray(0, n);
}

/** Integers being read in order: `v[at]` is the next one. */
export interface Cursor {
  v: Int32Array;
  at: number;
}

/** The next integer, or an error past the end. */
export function next(c: Cursor): number {
  if (c.at >= c.v.length) throw new Error('Snapshot cut short');
  return c.v[c.at++]!;
}
