import { CLASS_TABLE, classifySlow, Cls, fold, symbolWord, UNCLASSIFIED } from './chars.ts';
import { NUM, SEVERAL, type Vocab } from './vocab.ts';
import { HASH_SEED, hashStep, MISS } from './words.ts';
import type { Block } from './types.ts';
import { blockBounds, nextLineBlank, nextLineContinues } from './line-breaks.ts';
import { Brk, TokenWriter, type Tokens } from './token-writer.ts';

export { Brk, type Sentence, type Tokens } from './token-writer.ts';

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
        w.push(i, i + 1, vocab.single(symbolWord(c)));
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
