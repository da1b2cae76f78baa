import { CLASS_TABLE, classifySlow, Cls, fold, UNCLASSIFIED } from './chars.ts';
import { NUM, UNKNOWN, type Vocab } from './vocab.ts';
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
const { Word: WORD, Invisible: INVISIBLE, Apostrophe: APOSTROPHE, Dash: DASH, Comma: COMMA, Clause: CLAUSE, Stop: STOP, Newline: NEWLINE, Separator: SEPARATOR, Symbol: SYMBOL } = Cls;
const TABLE = CLASS_TABLE;
function cls(c: number): number {
  if (c >= 0x3000) return classifySlow(c);
  let k = TABLE[c]!;
  if (k === UNCLASSIFIED) TABLE[c] = k = classifySlow(c);
  return k;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'inc', 'ltd', 'no', 'fig', 'approx', 'prof', 'jr', 'sr', 'co']);
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
  let cap = Math.max(16, (len >> 2) + 16);
  let start = new Int32Array(cap), end = new Int32Array(cap), id = new Int32Array(cap);
  let brk = new Uint8Array(cap), sent = new Int32Array(cap);
  const sentences: Sentence[] = [];
  let count = 0;

  const bounds = blockBounds(blocks);
  const headingAt = headingLookup(blocks);
  let bi = 0;
  let nextBound = bounds.length ? bounds[0]! : -1;

  let pending: number = Brk.Block; // breaks seen since the last token
  let question = false;
  let sentFirst = 0, lastSection = -1;
  let lineStart = true;
  let sentHeadingBlock = false;
  let sentLineStart = true, sentEndsWithStop = false;

  const closeSentence = (atLineEnd: boolean) => {
    if (sentFirst >= count) return;
    const n = count - sentFirst;
    const inferred = !bounds.length && atLineEnd && sentLineStart && n <= HEADING_MAX_TOKENS && !sentEndsWithStop;
    const heading = bounds.length ? sentHeadingBlock : inferred;
    const idx = sentences.length;
    sentences.push({ first: sentFirst, end: count, question, heading, section: heading ? -1 : lastSection });
    if (heading) lastSection = idx;
    for (let t = sentFirst; t < count; t++) sent[t] = idx;
    sentFirst = count;
    question = false;
  };

  const push = (s: number, e: number, tokId: number) => {
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap); end = grow(end, cap); id = grow(id, cap);
      brk = growU8(brk, cap); sent = grow(sent, cap);
    }
    if (pending & (Brk.Sentence | Brk.Block)) {
      closeSentence((pending & (Brk.Line | Brk.Block)) !== 0);
      sentLineStart = (pending & (Brk.Line | Brk.Block)) !== 0 || lineStart;
      sentEndsWithStop = false;
      sentHeadingBlock = headingAt(s);
    }
    start[count] = s; end[count] = e; id[count] = tokId; brk[count] = pending;
    count++;
    pending = 0;
    lineStart = false;
  };

  // Lower-casing the whole text once lets plain ASCII words be sliced out
  // directly; when lower-casing changes the length (rare letters), every word
  // takes the careful path.
  const lowered = text.toLowerCase();
  const lower = lowered.length === len ? lowered : null;
  let i = 0;
  while (i < len) {
    if (i === nextBound) {
      pending |= Brk.Block;
      nextBound = ++bi < bounds.length ? bounds[bi]! : -1;
      continue;
    }
    const c = text.charCodeAt(i);
    const k = cls(c);
    if (k === WORD) {
      i = readWord(text, lower, i, nextBound, vocab, push);
      sentEndsWithStop = false;
      continue;
    }
    switch (k) {
      case COMMA: pending |= Brk.Comma; break;
      case CLAUSE: pending |= Brk.Clause; break;
      case SEPARATOR: pending |= Brk.Sentence; break;
      case DASH:
        if (i + 1 < len && cls(text.charCodeAt(i + 1)) !== WORD) pending |= Brk.Clause;
        else if (i > 0 && cls(text.charCodeAt(i - 1)) !== WORD) pending |= Brk.Clause;
        break;
      case SYMBOL:
        push(i, i + 1, vocab.idOf(c === 0x25 ? 'percent' : 'and'));
        break;
      case STOP:
        if (c === 0x2e && !endsSentenceAt(text, i, count > 0 ? end[count - 1]! : -1)) break;
        pending |= Brk.Sentence;
        sentEndsWithStop = c !== 0x3f && c !== 0xff1f;
        if (c === 0x3f || c === 0xff1f) question = true;
        break;
      case NEWLINE: {
        const blank = nextLineBlank(text, i);
        if (blank || !nextLineContinues(text, i)) pending |= blank ? Brk.Block | Brk.Line : Brk.Sentence | Brk.Line;
        else pending |= Brk.Line;
        lineStart = true;
        break;
      }
    }
    i++;
  }
  pending |= Brk.Line;
  closeSentence(true);
  return { count, start, end, id, brk, sent, sentences };
}

type Push = (s: number, e: number, id: number) => void;

/** Reads one word or number starting at `i`; returns the index after it. */
function readWord(text: string, lower: string | null, i: number, stopAt: number, vocab: Vocab, push: Push): number {
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
      push(s, j, NUM);
      return j;
    }
    // "3x more": a multiplier sign written against its number is the word "x".
    if ((text.charCodeAt(j) | 0x20) === 0x78 && (j + 1 >= len || j + 1 === stopAt || cls(text.charCodeAt(j + 1)) !== WORD)) {
      push(s, j, NUM);
      push(j, j + 1, vocab.idOf('x'));
      return j + 1;
    }
  }
  if (lower !== null) {
    // Fast path: a run of ASCII letters and digits ended by a plain separator.
    let j = i;
    while (j < len && j !== stopAt && isAsciiWord(text.charCodeAt(j))) j++;
    const next = j < len && j !== stopAt ? text.charCodeAt(j) : 0x20;
    if (next < 0x80 && next !== 0x27 && next !== 0x2b && next !== 0x5f && next !== 0x60) {
      if (!vocab.mayKnow(lower.charCodeAt(i), j - i > 1 ? lower.charCodeAt(i + 1) : 0)) {
        push(s, j, UNKNOWN);
        return j;
      }
      const r = vocab.resolve(lower.slice(i, j));
      if (typeof r === 'number') push(s, j, r);
      else for (const part of r) push(s, j, part);
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
  if (typeof r === 'number') push(s, e, r);
  else for (const part of r) push(s, e, part);
  return j;
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
  const set = new Set<number>();
  for (const b of blocks) {
    set.add(b.start);
    set.add(b.end);
  }
  return [...set].sort((a, b) => a - b);
}

/** Whether the block holding an offset is a heading; offsets must be asked in increasing order. */
function headingLookup(blocks?: readonly Block[]): (offset: number) => boolean {
  if (!blocks || !blocks.length) return () => false;
  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  let k = 0;
  return (offset) => {
    while (k < sorted.length && sorted[k]!.end <= offset) k++;
    const b = sorted[k];
    return b !== undefined && b.start <= offset && b.heading === true;
  };
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
