/**
 * Character classes for the tokenizer, precomputed for the Basic Latin and
 * Latin-1 ranges (the hot path) and worked out once per character elsewhere.
 */

export const Cls = {
  /** Space or a character with no meaning for matching. */
  Space: 0,
  /** Letter or digit (already lower-cased, accents folded). */
  Word: 1,
  /** Characters skipped even inside a word: soft hyphen, zero-width marks. */
  Invisible: 2,
  /** Apostrophes: kept inside words ("don't"), dropped from the key. */
  Apostrophe: 3,
  /** Hyphens and dashes: split words; spaced dashes end a clause. */
  Dash: 4,
  Comma: 5,
  /** ; : ( ) and brackets: end a clause. */
  Clause: 6,
  /** . ! ? … : may end a sentence. */
  Stop: 7,
  Newline: 8,
  /** Bullets and bars used as separators in menus and lists. */
  Separator: 9,
  /** % and & become words ("percent", "and"). */
  Symbol: 10,
} as const;
export type Cls = (typeof Cls)[keyof typeof Cls];

/** Marks a code unit of CLASS_TABLE not worked out yet. */
export const UNCLASSIFIED = 255;

/**
 * Classes of the first 0x3000 code units: Latin-1 precomputed at load, the
 * rest filled in on first sight (a page uses few of them, and working all
 * out up front would cost every page load several milliseconds).
 */
export const CLASS_TABLE = new Uint8Array(0x3000).fill(UNCLASSIFIED);
for (let c = 0; c < 0x100; c++) CLASS_TABLE[c] = classifySlow(c);

/** Class of a UTF-16 code unit. */
export function cls(code: number): Cls {
  if (code >= 0x3000) return classifySlow(code);
  let k = CLASS_TABLE[code]!;
  if (k === UNCLASSIFIED) CLASS_TABLE[code] = k = classifySlow(code);
  return k as Cls;
}

/** Class of any code unit, worked out from Unicode properties. */
export function classifySlow(c: number): Cls {
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return Cls.Newline;
  if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x034f) {
    return Cls.Invisible;
  }
  if (c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4) return Cls.Apostrophe;
  if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d) return Cls.Dash;
  if (c === 0x2c || c === 0xff0c || c === 0x3001) return Cls.Comma;
  if (c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
    return Cls.Clause;
  }
  if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0xff01 || c === 0xff1f || c === 0x3002) return Cls.Stop;
  if (c === 0x2022 || c === 0x7c || c === 0xb7 || c === 0x25aa || c === 0x25cf || c === 0x2023 || c === 0x25e6) {
    return Cls.Separator;
  }
  // %, & and # read as words: percent, and, number ("#1 clinic" is "number 1 clinic").
  if (c === 0x25 || c === 0x26 || c === 0x23) return Cls.Symbol;
  if (c >= 0xd800 && c <= 0xdfff) return Cls.Space;
  const ch = String.fromCharCode(c);
  return /[\p{L}\p{N}]/u.test(ch) ? Cls.Word : /\p{Mn}/u.test(ch) ? Cls.Invisible : Cls.Space;
}

const foldCache = new Map<number, string>();
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-cased, accent-free form of one word character ("É" → "e"). */
export function fold(code: number): string {
  if (code < 0x80) return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  let f = foldCache.get(code);
  if (f === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    f = SPECIAL[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
    foldCache.set(code, f);
  }
  return f;
}

/** The word a symbol character reads as (Cls.Symbol): 50% is "50 percent", #1 "number 1", R&D "R and D". */
export function symbolWord(code: number): string {
  return code === 0x25 ? 'percent' : code === 0x23 ? 'number' : 'and';
}
