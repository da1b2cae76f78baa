/**
 * Page words already looked up, found again by their characters in the page
 * text: no string is sliced, lower-cased or hashed by the engine for a word
 * seen before, so the tokenizer allocates nothing per word. Only plain ASCII
 * words (letters and digits) go here; the hash is worked out by the
 * tokenizer as it reads the word (`hashStep`).
 */

/** `get` found nothing. */
export const MISS = -0x40000000;
/** Start value of a word's hash. */
export const HASH_SEED = 5381;
/** Words longer than this are not kept (long identifiers, base64): they would only fill the pool. */
const MAX_WORD = 48;
/** Past this many words the cache starts over, so a huge page cannot grow it without bound. */
const MAX_WORDS = 50_000;

/**
 * The hash after one more character (ASCII letter or digit; `| 0x20` folds
 * the case of letters, digits keep theirs): h * 33 + c in 24 bits, so every
 * value on the way stays a small integer, which a page's first, unoptimised
 * run handles without boxing numbers. The tokenizer writes this expression
 * out in its loops (a call per character costs that first run dearly):
 * keep them the same.
 */
export function hashStep(h: number, c: number): number {
  return ((h << 5) + h + (c | 0x20)) & 0xffffff;
}

/** Words (ASCII letters folded to lower case) to small integers, in open addressing over typed arrays. */
export class WordCache {
  private mask = 0;
  private hashes = new Int32Array(0);
  /** Offset of the slot's word in `pool`, or -1 for an empty slot. */
  private offsets = new Int32Array(0);
  private lengths = new Uint8Array(0);
  private values = new Int32Array(0);
  private pool = new Uint16Array(0);
  private used = 0;
  private size = 0;

  constructor() {
    this.clear();
  }

  clear(): void {
    this.allocate(1024);
    this.pool = new Uint16Array(8192);
    this.used = 0;
  }

  /** The value kept for the word text[s, e) with hash `h`, or MISS. */
  get(text: string, s: number, e: number, h: number): number {
    const len = e - s;
    const mask = this.mask, offsets = this.offsets, pool = this.pool;
    for (let slot = (h ^ (h >>> 11)) & mask; ; slot = (slot + 1) & mask) {
      const off = offsets[slot]!;
      if (off < 0) return MISS;
      if (this.hashes[slot] !== h || this.lengths[slot] !== len) continue;
      let k = 0;
      while (k < len && (text.charCodeAt(s + k) | 0x20) === pool[off + k]) k++;
      if (k === len) return this.values[slot]!;
    }
  }

  /** Keeps `value` for the word text[s, e) with hash `h` (not already kept). */
  set(text: string, s: number, e: number, h: number, value: number): void {
    const len = e - s;
    if (len > MAX_WORD) return;
    if (this.size >= MAX_WORDS) this.clear();
    if ((this.size + 1) * 2 > this.mask) this.rehash();
    if (this.used + len > this.pool.length) {
      const pool = new Uint16Array(this.pool.length * 2 + len);
      pool.set(this.pool);
      this.pool = pool;
    }
    const off = this.used;
    for (let k = 0; k < len; k++) this.pool[off + k] = text.charCodeAt(s + k) | 0x20;
    this.used += len;
    this.place(h, off, len, value);
  }

  private place(h: number, off: number, len: number, value: number): void {
    let slot = (h ^ (h >>> 11)) & this.mask;
    while (this.offsets[slot]! >= 0) slot = (slot + 1) & this.mask;
    this.hashes[slot] = h;
    this.offsets[slot] = off;
    this.lengths[slot] = len;
    this.values[slot] = value;
    this.size++;
  }

  private allocate(slots: number): void {
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.offsets = new Int32Array(slots).fill(-1);
    this.lengths = new Uint8Array(slots);
    this.values = new Int32Array(slots);
    this.size = 0;
  }

  private rehash(): void {
    const { hashes, offsets, lengths, values } = this;
    this.allocate((this.mask + 1) * 2);
    for (let k = 0; k < offsets.length; k++) if (offsets[k]! >= 0) this.place(hashes[k]!, offsets[k]!, lengths[k]!, values[k]!);
  }
}
