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
const DIGIT_VALUE = new Int8Array(256).fill(-1);
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

/** The encoder of the platform (Node and every browser have one; lib/ typechecks without DOM types). */
declare const TextEncoder: new () => { encodeInto(text: string, into: Uint8Array): { read: number } };

/**
 * The integers `encodeInts` wrote, in one flat loop. A page runs it once, on
 * cold code, where a call (`charCodeAt`) or a property read per character
 * costs several times the rest of the loop: the characters are copied out
 * by the platform's text encoder first, and the loop only reads arrays.
 */
export function decodeInts(text: string): Int32Array {
  const len = text.length;
  const bytes = new Uint8Array(len);
  // A character past ASCII takes several bytes, so some characters are left unread: refused below.
  const read = new TextEncoder().encodeInto(text, bytes).read;
  const out = new Int32Array(len);
  const digits = DIGIT_VALUE, terminal = TERMINAL, base = CONTINUE;
  let n = 0, v = 0, weight = 1, bad = read - len;
  for (let at = 0; at < len; at++) {
    const d = digits[bytes[at]!]!;
    bad |= d; // -1 for a character that is no digit
    if (d < terminal) {
      out[n++] = v + weight * d;
      v = 0;
      weight = 1;
    } else {
      v += weight * d;
      weight *= base;
    }
  }
  if (bad < 0 || weight !== 1) throw new Error('Bad number list');
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
