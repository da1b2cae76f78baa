import { fold, cls, Cls, symbolWord } from './chars.ts';
import { NUM, type Vocab } from './vocab.ts';

/** A pattern element: a word id, NUM (any number) or GAP (up to three words). */
export const GAP = -3;
/** How many words `...` may skip. */
export const GAP_MAX = 3;
/** Expansion limit per pattern: alternatives multiply, keep them honest. */
const MAX_EXPANSIONS = 20_000;

export type Item = { kind: 'text'; text: string } | { kind: 'alt'; options: Item[][] } | { kind: 'opt'; body: Item[] } | { kind: 'gap' };

/**
 * A pattern compiled for matching: a list of slots, each a required or
 * optional choice between word sequences, or a gap. Alternatives stay inside
 * their slot instead of being multiplied out, so "(30 verbs) ... (30 nouns)"
 * is two small slots, not 900 sequences.
 */
export type Slot = { kind: 'req' | 'opt'; alts: number[][] } | { kind: 'gap' };

/** Parses one variant of the lexicon's pattern language (see lib/lexicon/types.ts). */
export function parsePattern(pattern: string): Item[] {
  const [items, rest] = parseSeq(pattern, 0, '');
  if (rest !== pattern.length) throw new Error(`Unbalanced pattern: ${pattern}`);
  return items;
}

/**
 * Compiles a variant into slots. Throws on unbalanced brackets or a pattern
 * that starts or ends with a gap, so a bad variant fails the lexicon tests
 * rather than silently matching nothing.
 */
export function patternSlots(pattern: string | Item[], vocab: Vocab): Slot[] {
  const slots: Slot[] = [];
  for (const item of typeof pattern === 'string' ? parsePattern(pattern) : pattern) {
    if (item.kind === 'gap') {
      if (slots.length && slots[slots.length - 1]!.kind !== 'gap') slots.push({ kind: 'gap' });
      continue;
    }
    const alts = item.kind === 'opt' ? expandItems(item.body, vocab) : expandItems([item], vocab);
    const nonEmpty = alts.filter((a) => a.length);
    if (!nonEmpty.length) continue;
    slots.push({ kind: item.kind === 'opt' || nonEmpty.length < alts.length ? 'opt' : 'req', alts: nonEmpty });
  }
  if (!slots.length || slots[0]!.kind === 'gap' || slots[slots.length - 1]!.kind === 'gap') {
    throw new Error(`Pattern must start and end with words: ${pattern}`);
  }
  if (slots.every((sl) => sl.kind === 'opt')) throw new Error(`Pattern matches nothing: ${String(pattern)}`);
  return slots;
}

/** Every element sequence a variant stands for (for small patterns only: generic-word checks). */
export function expandPattern(pattern: string | Item[], vocab: Vocab): number[][] {
  const out: number[][] = [];
  forEachSequence(typeof pattern === 'string' ? parsePattern(pattern) : pattern, vocab, (seq) => out.push(seq.slice()));
  return out;
}

/**
 * Calls `visit` with every non-empty element sequence the items stand for,
 * in the order `expandPattern` lists them, without building them all: one
 * path buffer is extended and shortened depth first (compiling the lexicon
 * made thousands of short-lived arrays, and that garbage dominated the
 * first detect() call). Two gaps in a row count as one; sequences that start
 * or end with a gap are skipped. `visit` must not keep `seq`.
 */
export function forEachSequence(items: readonly Item[], vocab: Vocab, visit: (seq: readonly number[]) => void): void {
  // Word ids are handed out in the order the words are written, as before.
  internWords(items, vocab);
  const path: number[] = [];
  const done = () => {
    if (path.length && path[path.length - 1] !== GAP) visit(path);
  };
  const seq = (list: readonly Item[], k: number, then: () => void): void => {
    if (k === list.length) return then();
    const item = list[k]!;
    const rest = () => seq(list, k + 1, then);
    if (item.kind === 'text') {
      const ids = textIds(item.text, vocab);
      for (const e of ids) path.push(e);
      rest();
      path.length -= ids.length;
    } else if (item.kind === 'gap') {
      if (!path.length) return; // would start with a gap
      if (path[path.length - 1] === GAP) return rest();
      path.push(GAP);
      rest();
      path.pop();
    } else if (item.kind === 'opt') {
      rest();
      seq(item.body, 0, rest);
    } else {
      for (const o of item.options) seq(o, 0, rest);
    }
  };
  seq(items, 0, done);
}

function internWords(items: readonly Item[], vocab: Vocab): void {
  for (const item of items) {
    if (item.kind === 'text') textIds(item.text, vocab);
    else if (item.kind === 'opt') internWords(item.body, vocab);
    else if (item.kind === 'alt') for (const o of item.options) internWords(o, vocab);
  }
}

/** Word ids of literal pattern text, per vocabulary: the same class words recur in many patterns. */
const textIdCache = new WeakMap<Vocab, Map<string, number[]>>();
function textIds(text: string, vocab: Vocab): number[] {
  let cache = textIdCache.get(vocab);
  if (!cache) textIdCache.set(vocab, (cache = new Map()));
  let ids = cache.get(text);
  if (!ids) cache.set(text, (ids = wordIds(text, vocab)));
  return ids;
}

/** How many sequences parsed items stand for, without building them. */
export function expansionCount(items: readonly Item[]): number {
  let n = 1;
  for (const it of items) {
    if (it.kind === 'alt') {
      let sum = 0;
      for (const o of it.options) sum += expansionCount(o);
      n *= sum;
    } else if (it.kind === 'opt') n *= 1 + expansionCount(it.body);
  }
  return n;
}

function parseSeq(p: string, i: number, close: string): [Item[], number] {
  const items: Item[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) items.push({ kind: 'text', text });
    text = '';
  };
  while (i < p.length) {
    const c = p[i]!;
    if (c === close || (close && c === '|')) break;
    if (c === '(' || c === '[') {
      flush();
      const closer = c === '(' ? ')' : ']';
      const options: Item[][] = [];
      i++;
      for (;;) {
        const [opt, j] = parseSeq(p, i, closer);
        options.push(opt);
        if (p[j] === '|') i = j + 1;
        else if (p[j] === closer) { i = j + 1; break; }
        else throw new Error(`Unclosed ${c} in pattern: ${p}`);
      }
      const group: Item = { kind: 'alt', options };
      items.push(c === '(' ? group : { kind: 'opt', body: [group] });
    } else if (c === ')' || c === ']' || c === '|') {
      return [items, i];
    } else if (p.startsWith('...', i) || c === '…') {
      flush();
      items.push({ kind: 'gap' });
      i += c === '…' ? 1 : 3;
    } else {
      text += c;
      i++;
    }
  }
  flush();
  return [items, i];
}

function expandItems(items: Item[], vocab: Vocab): number[][] {
  let acc: number[][] = [[]];
  for (const item of items) {
    let tails: number[][];
    if (item.kind === 'text') tails = [textIds(item.text, vocab)];
    else if (item.kind === 'gap') tails = [[GAP]];
    else if (item.kind === 'opt') tails = [[], ...expandItems(item.body, vocab)];
    else tails = item.options.flatMap((o) => expandItems(o, vocab));
    const next: number[][] = [];
    for (const a of acc) for (const t of tails) next.push(a.concat(t));
    if (next.length > MAX_EXPANSIONS) throw new Error('Pattern expands too far');
    acc = next;
  }
  // Two gaps in a row, or a gap next to nothing, collapse to one.
  return acc.map((s) => s.filter((e, k) => !(e === GAP && s[k - 1] === GAP)));
}

/** Splits literal pattern text into word ids exactly as page text is split. */
function wordIds(text: string, vocab: Vocab): number[] {
  const out: number[] = [];
  let raw = '';
  let isNum = false;
  const flush = () => {
    if (raw) out.push(...(isNum || raw === 'N' ? [NUM] : vocab.add(raw.toLowerCase())));
    raw = '';
    isNum = false;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const k = cls(code);
    if (k === Cls.Word) {
      if (!raw && code >= 48 && code <= 57) isNum = true;
      raw += code === 78 && !raw && !isWordAt(text, i + 1) ? 'N' : isNum ? text[i] : fold(code);
    } else if (k === Cls.Apostrophe || k === Cls.Invisible) {
      if (raw && text[i + 1] === 's' && !isWordAt(text, i + 2)) i++;
    } else if ((code === 0x2c || code === 0x2e) && isNum && isWordAt(text, i + 1)) {
      raw += text[i];
    } else {
      flush();
      if (k === Cls.Symbol) out.push(...vocab.add(symbolWord(code)));
    }
  }
  flush();
  return out;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && cls(text.charCodeAt(i)) === Cls.Word;
}
