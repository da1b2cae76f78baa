import { stem } from './stem.ts';
import { WordCache } from './words.ts';

/** Token id of any number ("96", "1,000", "2.5"). */
export const NUM = -2;
/** Token id of a word no pattern uses. */
export const UNKNOWN = -1;
/** `asciiWord` values at or below this stand for several tokens: `partsOf(value)`. */
export const SEVERAL = -3;

/**
 * Words that are one token on some pages and several on others. Splitting
 * them (the same way in patterns and in page text) makes "stemcell",
 * "stem-cell" and "stem cell" identical.
 */
const COMPOUNDS = new Map<string, string[]>([
  ['stemcell', ['stem', 'cell']],
  ['stemcells', ['stem', 'cells']],
  ['facelift', ['face', 'lift']],
  ['facelifts', ['face', 'lifts']],
  ['facelifting', ['face', 'lifting']],
  ['skincare', ['skin', 'care']],
  ['downtime', ['down', 'time']],
  ['antiaging', ['anti', 'aging']],
  ['antiageing', ['anti', 'ageing']],
  ['lunchtime', ['lunch', 'time']],
  ['bloodstream', ['blood', 'stream']],
]);
const NON_WORDS = new Set(['none', 'nonetheless', 'nonsense', 'nonce']);

/**
 * Number words read as numbers ("look ten years younger" is "look N years
 * younger"). "one" stays a word: it is mostly a pronoun.
 */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions',
  'dozen', 'dozens',
]);

/** A vocabulary as plain data (see snapshot.ts): keys in id order, and the two-letter beginnings marked. */
export interface VocabData {
  keys: string[];
  prefixes: number[] | 'all';
}

/**
 * Maps words to small integer ids. Pattern words are added at module load;
 * page words are only looked up (unknown words share one id), so matching
 * compares integers and never grows with the page.
 */
export class Vocab {
  private readonly ids = new Map<string, number>();
  private readonly memo = new Map<string, number | number[]>();
  private readonly added = new Map<string, number[]>();
  /** Plain ASCII page words seen before, found without slicing the text: `words.get`, else `asciiWord`. */
  readonly words = new WordCache();
  /**
   * The first page words, as written (case kept) → `asciiValue`: the
   * tokenizer looks them up by slicing while its code is still cold (see
   * `charsRead`), then switches to `words`.
   */
  readonly firstWords = new Map<string, number>();
  /** Characters tokenized with this vocabulary so far. */
  charsRead = 0;
  /** The token lists of words that are several tokens, numbered for `asciiWord`. */
  private readonly several: number[][] = [];
  private readonly severalIndex = new Map<readonly number[], number>();
  /**
   * Which two-letter ASCII beginnings any pattern word has: page words that
   * start otherwise are unknown without being looked up (suffix folding never
   * changes the first two letters).
   */
  readonly prefixes = new Uint8Array(128 * 128);

  constructor() {
    for (const w of NUMBER_WORDS) this.notePrefix(w);
  }

  /** Whether a word starting with these two ASCII codes (second 0 for one-letter words) may be known. */
  mayKnow(c1: number, c2: number): boolean {
    return this.prefixes[(c1 << 7) | c2] === 1;
  }

  private notePrefix(raw: string): void {
    const c1 = raw.charCodeAt(0);
    const c2 = raw.length > 1 ? raw.charCodeAt(1) : 0;
    if (c1 < 128 && c2 < 128) this.prefixes[(c1 << 7) | c2] = 1;
    else this.prefixes.fill(1); // a non-ASCII pattern word: no shortcut is safe
  }

  /** Ids of a pattern word, creating them (one or more, see COMPOUNDS). */
  add(raw: string): number[] {
    if (NUMBER_WORDS.has(raw)) return [NUM];
    let ids = this.added.get(raw);
    if (ids) return ids;
    this.notePrefix(raw);
    if (this.memo.size) this.memo.clear();
    this.words.clear();
    this.firstWords.clear();
    ids = split(raw).map((w) => {
      const key = stem(w);
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      return id;
    });
    this.added.set(raw, ids);
    return ids;
  }

  /** Id(s) of a page word (lower-cased, accents folded, apostrophes dropped). */
  resolve(raw: string): number | number[] {
    let r = this.memo.get(raw);
    if (r === undefined) {
      if (NUMBER_WORDS.has(raw)) return NUM;
      const parts = split(raw);
      r = parts.length === 1 ? this.idOf(parts[0]!) : parts.map((p) => this.idOf(p));
      if (this.memo.size > 50_000) this.memo.clear();
      this.memo.set(raw, r);
    }
    return r;
  }

  /**
   * Token id(s) of the page word text[s, e), made of ASCII letters and digits
   * only, whose `hashStep` hash is `h`: as `resolve` would give them, but as
   * one number (an id, UNKNOWN, NUM, or at most SEVERAL: see `partsOf`), and
   * kept in `words` so the next time it is found without slicing the text.
   */
  asciiWord(text: string, s: number, e: number, h: number): number {
    // Lower-casing keeps letters and digits apart: `| 0x20` folds letters, digits are unchanged.
    if (!this.mayKnow(text.charCodeAt(s) | 0x20, e - s > 1 ? text.charCodeAt(s + 1) | 0x20 : 0)) return UNKNOWN;
    const v = this.asciiValue(text.slice(s, e));
    this.words.set(text, s, e, h, v);
    return v;
  }

  /** `asciiWord`'s value for a plain ASCII word given as a string, in any case. */
  asciiValue(word: string): number {
    if (!this.mayKnow(word.charCodeAt(0) | 0x20, word.length > 1 ? word.charCodeAt(1) | 0x20 : 0)) return UNKNOWN;
    const r = this.resolve(word.toLowerCase());
    if (typeof r === 'number') return r;
    let k = this.severalIndex.get(r);
    if (k === undefined) this.severalIndex.set(r, (k = this.several.push(r) - 1));
    return SEVERAL - k;
  }

  /** The tokens an `asciiWord` value at or below SEVERAL stands for. */
  partsOf(value: number): readonly number[] {
    return this.several[SEVERAL - value]!;
  }

  /** Id of a single word that is never split ("and", "percent"), memoised. */
  single(word: string): number {
    const r = this.resolve(word);
    return typeof r === 'number' ? r : UNKNOWN;
  }

  /** Id of an already split word, or UNKNOWN. */
  idOf(word: string): number {
    return this.ids.get(stem(word)) ?? UNKNOWN;
  }

  get size(): number {
    return this.ids.size;
  }

  /** What a page needs of this vocabulary (pattern words are never added after compiling). */
  dump(): VocabData {
    const marked: number[] = [];
    this.prefixes.forEach((v, k) => v && marked.push(k));
    return { keys: [...this.ids.keys()], prefixes: marked.length === this.prefixes.length ? 'all' : marked };
  }

  /** A vocabulary from `dump` output, for reading pages. */
  static restore(data: VocabData): Vocab {
    const v = new Vocab();
    const { keys, prefixes } = data;
    // Plain loops: a page runs this once, on cold code, where every callback costs.
    for (let id = 0; id < keys.length; id++) v.ids.set(keys[id]!, id);
    if (prefixes === 'all') v.prefixes.fill(1);
    else for (let k = 0; k < prefixes.length; k++) v.prefixes[prefixes[k]!] = 1;
    return v;
  }
}

function split(raw: string): string[] {
  const known = COMPOUNDS.get(raw);
  if (known) return known;
  const n = raw.length;
  if (n >= 7 && raw.startsWith('non') && !NON_WORDS.has(raw)) return ['non', raw.slice(3)];
  if (n >= 7 && raw.endsWith('free')) return [raw.slice(0, -4), 'free'];
  if (n >= 8 && raw.startsWith('antiag')) return ['anti', raw.slice(4)];
  return [raw];
}
