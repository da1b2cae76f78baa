/**
 * The compiled engine (vocabulary, matcher, entries) as a string, so the
 * extension's build compiles the lexicon once in Node and every page only
 * restores the result: compiling at run time costs a page 100–250 ms of main
 * thread on first use, restoring a snapshot a few milliseconds.
 *
 * The build puts the string into the content script in place of engine.ts
 * (see engine-build.ts); wherever there is no build (Node, tests, the command
 * line) the engine compiles at run time, so the snapshot can never be stale
 * in a build and never matters elsewhere. This module is part of the content
 * script: it imports nothing of the compile path.
 */
import type { Claim, Compiled, Entry } from './compile.ts';
import { CUE_KINDS } from './cue-kinds.ts';
import { Matcher, type MatcherData } from './matcher.ts';
import { decodeInts, encodeInts, next, type Cursor } from './snapshot-codec.ts';
import { decodeTries, encodeTries } from './snapshot-tries.ts';
import { NUM, Vocab } from './vocab.ts';

/** Bumped whenever the snapshot's layout changes. */
const VERSION = 4;

/**
 * A compiled engine as a string for `restore`: `4|strings|words|numbers`.
 * `strings` are the entries' names (term ids, categories, severities, pattern
 * names) and `words` the vocabulary's keys in id order, each joined by
 * spaces; `numbers` (snapshot-codec.ts) hold the rest in this order: how
 * many strings and words there are, the vocabulary's two-letter beginnings, the entries, the matcher's tries, slot
 * patterns, start and anchor tokens. No JSON objects, no repeated keys.
 */
export function serialise(c: Compiled): string {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string) => {
    if (!/^[^ |]+$/.test(s)) throw new Error(`Cannot put in a snapshot: "${s}"`);
    let k = index.get(s);
    if (k === undefined) index.set(s, (k = strings.push(s) - 1));
    return k;
  };
  const vocab = c.vocab.dump();
  for (const key of vocab.keys) if (!/^[^ |]+$/.test(key)) throw new Error(`Cannot put in a snapshot: "${key}"`);
  const values: number[] = [0, vocab.keys.length]; // the first becomes the strings' count
  if (vocab.prefixes === 'all') values.push(0);
  else values.push(vocab.prefixes.length + 1, ...ascendingDifferences(vocab.prefixes));
  values.push(c.entries.length);
  for (const e of c.entries) {
    if (e.kind !== 'claim') {
      values.push(1 + CUE_KINDS.indexOf(e.kind));
      continue;
    }
    const { termId, category, severity, rule, selfNegating, needsInvasiveContext, infoOnly, naming, literal } = e.claim;
    const pattern = /^pattern:(.+)$/.exec(rule)?.[1];
    if (rule !== `term:${termId}` && !pattern) throw new Error(`Cannot put in a snapshot: rule ${rule}`);
    values.push(0, str(termId), str(category), str(severity), pattern ? 1 + str(pattern) : 0);
    values.push(+selfNegating | (+needsInvasiveContext << 1) | (+infoOnly << 2) | (+naming << 3), literal.size);
    values.push(...ascendingDifferences([...literal].sort((a, b) => a - b)));
  }
  const m = c.matcher.dump();
  const slotTries = m.patterns.flatMap(([, , slots]) => slots.flatMap((sl) => (sl === 0 ? [] : [sl[1]])));
  const tries = encodeTries(m.tries, [m.shared, ...slotTries]);
  values.push(...tries.values, tries.roots[0]!, m.patterns.length);
  let slot = 1;
  for (const [entry, anchor, slots] of m.patterns) {
    values.push(entry, anchor + 1, slots.length);
    for (const sl of slots) values.push(sl === 0 ? 0 : 1 + ((tries.roots[slot++]! << 1) | (sl[0] === 2 ? 1 : 0)));
  }
  for (const list of [m.starts, m.anchors]) {
    values.push(list.length);
    for (const [tok, items] of list) values.push(tok - NUM, items.length, ...items);
  }
  values.push(m.anchorCount);
  values[0] = strings.length;
  return [VERSION, strings.join(' '), vocab.keys.join(' '), encodeInts(values)].join('|');
}

/** The engine a `serialise` string describes; throws on a snapshot of another version or a damaged one. */
export function restore(snapshot: string): Compiled {
  const [version, names, words, numbers, ...rest] = snapshot.split('|');
  if (version !== String(VERSION)) throw new Error('Engine snapshot of another version');
  if (numbers === undefined || rest.length) throw new Error('Bad engine snapshot');
  const c: Cursor = { v: decodeInts(numbers), at: 0 };
  const strings = listOf(names!, next(c));
  const str = (k: number) => strings[k] ?? badSnapshot();
  const keys = listOf(words!, next(c));
  const prefixCount = next(c);
  const vocab = Vocab.restore({ keys, prefixes: prefixCount ? readAscending(c, prefixCount - 1) : 'all' });
  const entries: Entry[] = [];
  for (let k = next(c); k > 0; k--) {
    const kind = next(c);
    if (kind) {
      entries.push({ kind: CUE_KINDS[kind - 1] ?? badSnapshot() });
      continue;
    }
    const termId = str(next(c)), category = str(next(c)) as Claim['category'], severity = str(next(c)) as Claim['severity'];
    const pattern = next(c);
    const flags = next(c);
    entries.push({
      kind: 'claim',
      claim: {
        termId, category, severity, rule: pattern ? `pattern:${str(pattern - 1)}` : `term:${termId}`,
        selfNegating: (flags & 1) > 0, needsInvasiveContext: (flags & 2) > 0, infoOnly: (flags & 4) > 0, naming: (flags & 8) > 0,
        literal: new Set(readAscending(c, next(c))),
      },
    });
  }
  const tries = decodeTries(c, vocab.size);
  const shared = next(c);
  const patterns: MatcherData['patterns'] = [];
  for (let k = next(c); k > 0; k--) {
    const entry = next(c), anchor = next(c) - 1;
    const slots: MatcherData['patterns'][number][2] = [];
    for (let s = next(c); s > 0; s--) {
      const code = next(c) - 1; // -1: a gap; else the trie's number x 2, + 1 if optional
      slots.push(code < 0 ? 0 : [code & 1 ? 2 : 1, code >>> 1]);
    }
    patterns.push([entry, anchor, slots]);
  }
  const [starts, anchors] = [0, 1].map(() => {
    const list: Array<[number, number[]]> = [];
    for (let k = next(c); k > 0; k--) {
      const tok = next(c) + NUM;
      const items: number[] = [];
      const count = next(c);
      if (c.at + count > c.v.length) badSnapshot();
      for (let m = 0; m < count; m++) items.push(c.v[c.at++]!);
      list.push([tok, items]);
    }
    return list;
  }) as [MatcherData['starts'], MatcherData['anchors']];
  const anchorCount = next(c);
  if (c.at !== c.v.length) throw new Error('Bad engine snapshot');
  return { vocab, matcher: Matcher.restore({ tries, shared, patterns, starts, anchors, anchorCount }, vocab.size), entries };
}

/** The space-separated list, which must have `count` items. */
function listOf(joined: string, count: number): string[] {
  const list = joined ? joined.split(' ') : [];
  return list.length === count ? list : badSnapshot();
}

function badSnapshot(): never {
  throw new Error('Bad engine snapshot');
}

/** Ascending numbers as their differences (small numbers are short in the snapshot). */
function ascendingDifferences(sorted: readonly number[]): number[] {
  return sorted.map((v, k) => v - (k ? sorted[k - 1]! : 0));
}

/** `count` numbers written by `ascendingDifferences`. */
function readAscending(c: Cursor, count: number): number[] {
  const out: number[] = [];
  let v = 0;
  if (c.at + count > c.v.length) badSnapshot();
  for (let k = 0; k < count; k++) out.push((v += c.v[c.at++]!));
  return out;
}

/**
 * The engine of `snapshot`, or `fallback()`'s when this code cannot read it.
 * The build checks its snapshot restores, so in the extension the fallback
 * (an engine that finds nothing: no page breaks, nothing is flagged wrongly)
 * only guards against a damaged file.
 */
export function restoreOr(snapshot: string, fallback: () => Compiled = emptyEngine): Compiled {
  try {
    return restore(snapshot);
  } catch {
    return fallback();
  }
}

/** An engine with no patterns: every text has no findings. */
export function emptyEngine(): Compiled {
  const matcher = new Matcher();
  matcher.seal(0);
  return { vocab: new Vocab(), matcher, entries: [] };
}
