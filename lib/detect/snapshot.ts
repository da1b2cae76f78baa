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
import { Matcher } from './matcher.ts';
import { decodeInts, encodeInts, next, type Cursor } from './snapshot-codec.ts';
import { decodeTries, encodeTries } from './snapshot-tries.ts';
import { Vocab } from './vocab.ts';

/** Bumped whenever the snapshot's layout changes. */
const VERSION = 5;

/**
 * A compiled engine as a string for `restore`: `5|strings|words|numbers`.
 * `strings` are the entries' names (term ids, categories, severities, pattern
 * names) and `words` the vocabulary's keys in id order, each joined by
 * spaces; `numbers` (snapshot-codec.ts) hold the rest in this order: how
 * many strings and words there are, the vocabulary's two-letter beginnings,
 * the entries, the matcher's tries (snapshot-tries.ts), its slot patterns,
 * and the lookups its run reads by token id (MatcherData) nearly as they
 * are (the offsets as the lengths of the lists that are not empty). No JSON
 * objects, no repeated keys; the page builds no Map, tuple or token's list.
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
  const slotTries = [...m.slotCode].filter((code) => code > 0).map((code) => (code - 1) >>> 1);
  const tries = encodeTries(m.tries, [m.shared, ...slotTries]);
  values.push(...tries.values, tries.roots[0]!, m.patEntry.length);
  let slot = 1;
  for (let p = 0; p < m.patEntry.length; p++) {
    values.push(m.patEntry[p]!, m.patAnchor[p]! + 1, m.slotOff[p + 1]! - m.slotOff[p]!);
    for (const code of m.slotCode.subarray(m.slotOff[p]!, m.slotOff[p + 1]!)) {
      values.push(code === 0 ? 0 : 1 + ((tries.roots[slot++]! << 1) | ((code - 1) & 1)));
    }
  }
  for (const [off, ...lists] of [[m.startOff, m.startPat, m.startSlot], [m.anchorOff, m.anchorOf]] as const) {
    // The tokens that have a list, each as its distance from the previous one, and the list's length.
    const tokens: number[] = [];
    for (let x = 0; x + 1 < off.length; x++) if (off[x + 1]! > off[x]!) tokens.push(x);
    values.push(tokens.length);
    tokens.forEach((x, k) => values.push(x - (k ? tokens[k - 1]! : -1), off[x + 1]! - off[x]!));
    for (const list of lists) values.push(...list);
  }
  values.push(m.anchorCount);
  values[0] = strings.length;
  return [VERSION, strings.join(' '), vocab.keys.join(' '), encodeInts(values)].join('|');
}

/**
 * The engine a `serialise` string describes; throws on a snapshot of another
 * version or a damaged one. A page runs this once, on cold code: plain loops
 * over one array of numbers, no call or allocation per number.
 */
export function restore(snapshot: string): Compiled {
  const [version, names, words, numbers, ...rest] = snapshot.split('|');
  if (version !== String(VERSION)) throw new Error('Engine snapshot of another version');
  if (numbers === undefined || rest.length) throw new Error('Bad engine snapshot');
  const c: Cursor = { v: decodeInts(numbers), at: 0 };
  const v = c.v;
  const strings = listOf(names!, next(c));
  const keys = listOf(words!, next(c));
  const prefixCount = next(c);
  const vocab = Vocab.restore({ keys, prefixes: prefixCount ? readAscending(c, prefixCount - 1) : 'all' });
  const entries: Entry[] = [];
  // Read in place (a call per number costs cold code); a read past the end gives undefined, refused below.
  const entryCount = next(c);
  let at = c.at;
  for (let k = entryCount; k > 0; k--) {
    const kind = v[at++]!;
    if (kind) {
      entries.push({ kind: CUE_KINDS[kind - 1] ?? badSnapshot() });
      continue;
    }
    const termId = strings[v[at++]!] ?? badSnapshot();
    const category = (strings[v[at++]!] ?? badSnapshot()) as Claim['category'];
    const severity = (strings[v[at++]!] ?? badSnapshot()) as Claim['severity'];
    const pattern = v[at++]!;
    const flags = v[at++]!;
    const literal = new Set<number>();
    const count = v[at++]!;
    if (!(at + count <= v.length)) badSnapshot(); // also past the end: undefined
    for (let n = count, id = 0; n > 0; n--) literal.add((id += v[at++]!));
    entries.push({
      kind: 'claim',
      claim: {
        termId, category, severity, rule: pattern ? `pattern:${strings[pattern - 1] ?? badSnapshot()}` : `term:${termId}`,
        selfNegating: (flags & 1) > 0, needsInvasiveContext: (flags & 2) > 0, infoOnly: (flags & 4) > 0, naming: (flags & 8) > 0,
        literal,
      },
    });
  }
  if (at > v.length) badSnapshot();
  c.at = at;
  const tries = decodeTries(c, vocab.size);
  const shared = next(c);
  const patternCount = next(c);
  const patEntry = new Int32Array(patternCount), patAnchor = new Int32Array(patternCount), slotOff = new Int32Array(patternCount + 1);
  const codes = c.at;
  for (let p = 0; p < patternCount; p++) {
    patEntry[p] = v[c.at++]!;
    patAnchor[p] = v[c.at++]! - 1;
    const count = v[c.at]!;
    c.at += 1 + count;
    slotOff[p + 1] = slotOff[p]! + count;
  }
  if (c.at > v.length) badSnapshot();
  // The slot codes again, now that their number is known.
  const slotCode = new Int32Array(slotOff[patternCount]!);
  for (let p = 0, at = codes, s = 0; p < patternCount; p++) {
    at += 2;
    for (let n = v[at++]!; n > 0; n--) slotCode[s++] = v[at++]!;
  }
  const [startOff, startPat, startSlot] = lookups(c, vocab.size, 2);
  const [anchorOff, anchorOf] = lookups(c, vocab.size, 1);
  const anchorCount = next(c);
  if (c.at !== v.length) throw new Error('Bad engine snapshot');
  const matcher = Matcher.restore(
    { tries, shared, patEntry, patAnchor, slotOff, slotCode, startOff, startPat, startSlot, anchorOff, anchorOf, anchorCount },
    vocab.size,
  );
  return { vocab, matcher, entries };
}

/**
 * Lists by token id (`vocabSize` + 1 of them, NUM last) as `serialise` wrote
 * them: how many tokens have a list, each token's distance from the last
 * such one and its list's length, then `lists` runs of numbers as long as
 * all the lists together (the second run empty if `lists` is 1). Returns
 * the offsets and the runs, copied out (the decoded numbers are not kept
 * alive).
 */
function lookups(c: Cursor, vocabSize: number, lists: 1 | 2): [Int32Array, Int32Array, Int32Array] {
  const v = c.v;
  const count = next(c);
  if (c.at + 2 * count > v.length) badSnapshot();
  const off = new Int32Array(vocabSize + 2);
  let x = -1;
  for (let k = 0, at = c.at; k < count; k++) {
    x += v[at++]!;
    if (x > vocabSize) badSnapshot();
    off[x + 1] = v[at++]!; // the length for now: summed below
  }
  c.at += 2 * count;
  for (x = 0; x <= vocabSize; x++) off[x + 1] = off[x + 1]! + off[x]!;
  const total = off[vocabSize + 1]!;
  if (c.at + total * lists > v.length) badSnapshot();
  const first = v.slice(c.at, (c.at += total));
  return [off, first, lists === 2 ? v.slice(c.at, (c.at += total)) : new Int32Array(0)];
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
