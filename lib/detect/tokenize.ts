import { CLASS_TABLE, classifySlow, Cls, fold, UNCLASSIFIED } from './chars.ts';
import { NUM, SEVERAL, type Vocab } from './vocab.ts';
import { HASH_SEED, hashStep, MISS } from './words.ts';
import type { Block } from './types.ts';

/** Punctuation seen between a token and the one before it (bit flags). */
export const Brk = { Comma: 1, Clause: 2, Sentence: 4, Block: 8, Line: 16 } as const;

export interface Sentence {
  /** First token and one past the last token. */
  first: number;
  end: number;
  question: boolean;
  heading: boolean;
  /** The heading sentence this sentence sits under, or -1. */
  section: number;
}

/** The page as integer tokens with offsets into the original text. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  brk: Uint8Array;
  sent: Int32Array;
  sentences: Sentence[];
}

// Module-local copies: the hot loops below read them for every character.
const { Space: SPACE, Word: WORD, Invisible: INVISIBLE, Apostrophe: APOSTROPHE, Dash: DASH, Comma: COMMA, Clause: CLAUSE, Stop: STOP, Newline: NEWLINE, Separator: SEPARATOR, Symbol: SYMBOL } = Cls;
const TABLE = CLASS_TABLE;
function cls(c: number): number {
  if (c >= 0x3000) return classifySlow(c);
  let k = TABLE[c]!;
  if (k === UNCLASSIFIED) TABLE[c] = k = classifySlow(c);
  return k;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'inc', 'ltd', 'no', 'fig', 'approx', 'prof', 'jr', 'sr', 'co']);
const ABBREVIATION_MAX = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/** How many characters a vocabulary's first texts are read by slicing words (see `tokenize`). */
const SLICED_CHARS = 64_000;
/** Lines this short without a full stop read as headings. */
const HEADING_MAX_TOKENS = 12;

/**
 * Splits `text` into word tokens in one pass. Case, accents, apostrophes,
 * soft hyphens and zero-width characters are folded away; hyphens split
 * words; block boundaries always split words and sentences, so text joined
 * from separate elements never runs together.
 */
export function tokenize(text: string, vocab: Vocab, blocks?: readonly Block[]): Tokens {
  const len = text.length;
  const w = new TokenWriter(len, blocks);
  const bounds = blockBounds(blocks);
  let bi = 0;
  let nextBound = bounds.length ? bounds[0]! : -1;
  // Plain ASCII words are read here and found in the vocabulary's word cache
  // without slicing the text. Lower-casing "İ" makes two characters, and
  // then every word takes the careful path, as it always has.
  const fast = text.indexOf('\u0130') < 0;
  const words = vocab.words;
  // A page's first words are read while the engine's code is still cold
  // (interpreted): there, slicing a word and one Map lookup (native code) cost
  // less than hashing and comparing it character by character in JavaScript.
  // Past them, the word cache is faster and allocates nothing.
  const firstWords = vocab.firstWords;
  const slicedUntil = Math.max(0, SLICED_CHARS - vocab.charsRead);
  vocab.charsRead += len;
  let i = 0;
  while (i < len) {
    if (i === nextBound) {
      w.pending |= Brk.Block;
      nextBound = ++bi < bounds.length ? bounds[bi]! : -1;
      continue;
    }
    const c = text.charCodeAt(i);
    const k = c < 0x3000 ? TABLE[c]! : UNCLASSIFIED;
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === WORD) {
      // The common case inline: an ASCII word starting with a letter, ended by a plain separator.
      if (fast && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
        const stop = nextBound > i && nextBound < len ? nextBound : len;
        const first = i < slicedUntil;
        let h = 0;
        let j = i + 1;
        if (first) {
          for (; j < stop; j++) {
            const d = text.charCodeAt(j);
            if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
          }
        } else {
          // hashStep, written out.
          h = ((HASH_SEED << 5) + HASH_SEED + (c | 0x20)) & 0xffffff;
          for (; j < stop; j++) {
            const d = text.charCodeAt(j);
            if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57))) break;
            h = ((h << 5) + h + (d | 0x20)) & 0xffffff;
          }
        }
        if (endsPlainWord(j < stop ? text.charCodeAt(j) : 0x20)) {
          let v: number;
          if (first) {
            const word = text.slice(i, j);
            const known = firstWords.get(word);
            if (known === undefined) firstWords.set(word, (v = vocab.asciiValue(word)));
            else v = known;
          } else {
            v = words.get(text, i, j, h);
            if (v === MISS) v = vocab.asciiWord(text, i, j, h);
          }
          if (v > SEVERAL) w.push(i, j, v);
          else pushParts(w, vocab, v, i, j);
          i = j;
          continue;
        }
      }
      i = readWord(text, fast, i, nextBound, vocab, w);
      continue;
    }
    switch (k === UNCLASSIFIED ? cls(c) : k) {
      case COMMA: w.pending |= Brk.Comma; break;
      case CLAUSE: w.pending |= Brk.Clause; break;
      case SEPARATOR: w.pending |= Brk.Sentence; break;
      case WORD:
        i = readWord(text, fast, i, nextBound, vocab, w);
        continue;
      case DASH:
        if (i + 1 < len && cls(text.charCodeAt(i + 1)) !== WORD) w.pending |= Brk.Clause;
        else if (i > 0 && cls(text.charCodeAt(i - 1)) !== WORD) w.pending |= Brk.Clause;
        break;
      case SYMBOL:
        w.push(i, i + 1, vocab.single(c === 0x25 ? 'percent' : 'and'));
        break;
      case STOP:
        if (c === 0x2e && !endsSentenceAt(text, i, w.count > 0 ? w.end[w.count - 1]! : -1)) break;
        w.pending |= Brk.Sentence;
        w.endsWithStop = c !== 0x3f && c !== 0xff1f;
        if (c === 0x3f || c === 0xff1f) w.question = true;
        break;
      case NEWLINE: {
        const blank = nextLineBlank(text, i);
        if (blank || !nextLineContinues(text, i)) w.pending |= blank ? Brk.Block | Brk.Line : Brk.Sentence | Brk.Line;
        else w.pending |= Brk.Line;
        break;
      }
    }
    i++;
  }
  return w.finish();
}

/**
 * The token arrays as they fill, and the sentence being read. A class rather
 * than closures over the tokenizer's variables, so the character loop keeps
 * its own variables in registers.
 */
class TokenWriter {
  count = 0;
  private cap: number;
  start: Int32Array;
  end: Int32Array;
  private id: Int32Array;
  private brk: Uint8Array;
  private sent: Int32Array;
  private readonly sentences: Sentence[] = [];
  /** Breaks seen since the last token. */
  pending: number = Brk.Block;
  /** The sentence so far is a question; its last stop was a full stop or "!" (not "?"). */
  question = false;
  endsWithStop = false;
  private sentFirst = 0;
  private lastSection = -1;
  private sentHeadingBlock = false;
  private sentLineStart = true;
  private readonly hasBlocks: boolean;
  /** Blocks by start, and the index of the first that may hold the next sentence. */
  private readonly blocks: readonly Block[];
  private blockAt = 0;

  constructor(len: number, blocks: readonly Block[] | undefined) {
    this.cap = Math.max(16, (len >> 2) + 16);
    this.start = new Int32Array(this.cap);
    this.end = new Int32Array(this.cap);
    this.id = new Int32Array(this.cap);
    this.brk = new Uint8Array(this.cap);
    this.sent = new Int32Array(this.cap);
    this.hasBlocks = blocks !== undefined && blocks.length > 0;
    this.blocks = this.hasBlocks ? sortedByStart(blocks!) : [];
  }

  push(s: number, e: number, tokId: number): void {
    const n = this.count;
    if (n === this.cap) this.grow();
    const pending = this.pending;
    if (pending & (Brk.Sentence | Brk.Block)) {
      this.closeSentence((pending & (Brk.Line | Brk.Block)) !== 0);
      // A token after a line break or block boundary (always true of the very first token).
      this.sentLineStart = (pending & (Brk.Line | Brk.Block)) !== 0;
      this.endsWithStop = false;
      this.sentHeadingBlock = this.hasBlocks && this.headingAt(s);
    }
    this.start[n] = s;
    this.end[n] = e;
    this.id[n] = tokId;
    this.brk[n] = pending;
    this.count = n + 1;
    this.pending = 0;
  }

  finish(): Tokens {
    this.pending |= Brk.Line;
    this.closeSentence(true);
    const { count, start, end, id, brk, sent, sentences } = this;
    return { count, start, end, id, brk, sent, sentences };
  }

  private closeSentence(atLineEnd: boolean): void {
    const first = this.sentFirst, count = this.count;
    if (first >= count) return;
    const n = count - first;
    const inferred = !this.hasBlocks && atLineEnd && this.sentLineStart && n <= HEADING_MAX_TOKENS && !this.endsWithStop;
    const heading = this.hasBlocks ? this.sentHeadingBlock : inferred;
    const idx = this.sentences.length;
    this.sentences.push({ first, end: count, question: this.question, heading, section: heading ? -1 : this.lastSection });
    if (heading) this.lastSection = idx;
    // A loop, not fill(): sentences are short, and the call costs more than the stores.
    const sent = this.sent;
    for (let t = first; t < count; t++) sent[t] = idx;
    this.sentFirst = count;
    this.question = false;
  }

  /** Whether the block holding an offset is a heading; offsets must be asked in increasing order. */
  private headingAt(offset: number): boolean {
    const sorted = this.blocks;
    let k = this.blockAt;
    while (k < sorted.length && sorted[k]!.end <= offset) k++;
    this.blockAt = k;
    const b = sorted[k];
    return b !== undefined && b.start <= offset && b.heading === true;
  }

  private grow(): void {
    this.cap *= 2;
    this.start = grow(this.start, this.cap);
    this.end = grow(this.end, this.cap);
    this.id = grow(this.id, this.cap);
    this.brk = growU8(this.brk, this.cap);
    this.sent = grow(this.sent, this.cap);
  }
}

/** Reads one word or number starting at `i` (the careful path); returns the index after it. */
function readWord(text: string, fast: boolean, i: number, stopAt: number, vocab: Vocab, w: TokenWriter): number {
  const len = text.length;
  const s = i;
  const first = text.charCodeAt(i);
  if (first >= 48 && first <= 57) {
    // Numbers: 96, 1,000, 2.5 (the separators only count between digits).
    let j = i + 1;
    while (j < len && j !== stopAt) {
      const d = text.charCodeAt(j);
      if (d >= 48 && d <= 57) j++;
      else if ((d === 0x2c || d === 0x2e) && j + 1 < len && isDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    if (j >= len || j === stopAt || cls(text.charCodeAt(j)) !== WORD) {
      w.push(s, j, NUM);
      return j;
    }
    // "3x more": a multiplier sign written against its number is the word "x".
    if ((text.charCodeAt(j) | 0x20) === 0x78 && (j + 1 >= len || j + 1 === stopAt || cls(text.charCodeAt(j + 1)) !== WORD)) {
      w.push(s, j, NUM);
      w.push(j, j + 1, vocab.single('x'));
      return j + 1;
    }
  }
  if (fast) {
    // A run of ASCII letters and digits ended by a plain separator.
    let j = i;
    let h = HASH_SEED;
    while (j < len && j !== stopAt && isAsciiWord(text.charCodeAt(j))) h = hashStep(h, text.charCodeAt(j++));
    if (j > i && endsPlainWord(j < len && j !== stopAt ? text.charCodeAt(j) : 0x20)) {
      pushAscii(w, vocab, text, i, j, h);
      return j;
    }
  }
  let raw = '';
  let j = i;
  let e = i;
  while (j < len && j !== stopAt) {
    const d = text.charCodeAt(j);
    const k = cls(d);
    if (k === WORD) {
      raw += fold(d);
      j++;
      e = j;
    } else if (k === INVISIBLE || (k === APOSTROPHE && j + 1 < len && cls(text.charCodeAt(j + 1)) === WORD)) {
      j++;
    } else if ((d === 0x2b || d === 0x5f) && j + 1 < len && cls(text.charCodeAt(j + 1)) === WORD) {
      // URL slugs and identifiers (share+this+page, snake_case) are not prose: keep them one token.
      raw += '+';
      j++;
    } else break;
  }
  // Possessive 's is dropped: "body's" → "body".
  if (raw.length > 2 && raw.endsWith('s') && isApostrophe(text.charCodeAt(e - 2))) raw = raw.slice(0, -1);
  const r = vocab.resolve(raw);
  if (typeof r === 'number') w.push(s, e, r);
  else for (const part of r) w.push(s, e, part);
  return j;
}

/** Whether a plain ASCII word may end before this character (apostrophes, "+", "_" and non-ASCII go the careful way). */
function endsPlainWord(next: number): boolean {
  return next < 0x80 && next !== 0x27 && next !== 0x2b && next !== 0x5f && next !== 0x60;
}

/** Pushes the token(s) of the plain ASCII word text[s, e), whose hash is `h`. */
function pushAscii(w: TokenWriter, vocab: Vocab, text: string, s: number, e: number, h: number): void {
  let v = vocab.words.get(text, s, e, h);
  if (v === MISS) v = vocab.asciiWord(text, s, e, h);
  if (v > SEVERAL) w.push(s, e, v);
  else pushParts(w, vocab, v, s, e);
}

/** Pushes the tokens of a word that is several (an `asciiWord` value at most SEVERAL). */
function pushParts(w: TokenWriter, vocab: Vocab, v: number, s: number, e: number): void {
  for (const part of vocab.partsOf(v)) w.push(s, e, part);
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return cls(c) === APOSTROPHE;
}

/** A full stop ends a sentence unless it closes an abbreviation or sits inside a token (www.x.com, e.g). */
function endsSentenceAt(text: string, i: number, prevEnd: number): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
  if (cls(next) === WORD) return false;
  if (prevEnd === i) {
    let s = i;
    while (s > 0 && cls(text.charCodeAt(s - 1)) === WORD) s--;
    // Longer than any abbreviation (lower-casing never shortens a word): no need to look.
    if (i - s > ABBREVIATION_MAX) return true;
    const word = text.slice(s, i).toLowerCase();
    if (word.length === 1 && /[a-z]/.test(word)) return false;
    if (ABBREVIATIONS.has(word)) return false;
  }
  return true;
}

function nextLineBlank(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return true;
}

/** A single line break inside a sentence: the next line goes on in lower case. */
function nextLineContinues(text: string, i: number): boolean {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    return c >= 97 && c <= 122;
  }
  return false;
}

function blockBounds(blocks?: readonly Block[]): number[] {
  if (!blocks || !blocks.length) return [];
  if (inOrder(blocks)) {
    // The usual case (blocks in document order, none inside another): their edges are already sorted.
    const out: number[] = [];
    for (const b of blocks) {
      if (out[out.length - 1] !== b.start) out.push(b.start);
      if (b.end !== b.start) out.push(b.end);
    }
    return out;
  }
  const set = new Set<number>();
  for (const b of blocks) {
    set.add(b.start);
    set.add(b.end);
  }
  return [...set].sort((a, b) => a - b);
}

/** Whether blocks follow each other without overlapping, each ending at or after its start. */
function inOrder(blocks: readonly Block[]): boolean {
  let last = -Infinity;
  for (const b of blocks) {
    if (b.start < last || b.end < b.start) return false;
    last = b.end;
  }
  return true;
}

/** Blocks sorted by start (the same array when they already are). */
function sortedByStart(blocks: readonly Block[]): readonly Block[] {
  for (let k = 1; k < blocks.length; k++) if (blocks[k]!.start < blocks[k - 1]!.start) return [...blocks].sort((a, b) => a.start - b.start);
  return blocks;
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function growU8(a: Uint8Array, cap: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
