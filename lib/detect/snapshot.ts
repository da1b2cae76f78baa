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
import { Matcher, type MatcherData } from './matcher.ts';
import { decodeInts, decodeTries, encodeInts, encodeTries } from './snapshot-codec.ts';
import { Vocab, type VocabData } from './vocab.ts';

interface SnapshotData {
  version: number;
  vocab: VocabData;
  matcher: Omit<MatcherData, 'tries'> & { tries: string };
  entries: Array<Exclude<Entry, { kind: 'claim' }> | { kind: 'claim'; claim: Omit<Claim, 'literal'> & { literal: string } }>;
}

/** Bumped whenever the snapshot's shape changes. */
const VERSION = 3;

/** A compiled engine as a string for `restore`. */
export function serialise(c: Compiled): string {
  const matcher = c.matcher.dump();
  const data: SnapshotData = {
    version: VERSION,
    vocab: c.vocab.dump(),
    matcher: { ...matcher, tries: encodeTries(matcher.tries) },
    entries: c.entries.map((e) => (e.kind === 'claim' ? { kind: 'claim', claim: { ...e.claim, literal: encodeSet(e.claim.literal) } } : e)),
  };
  return JSON.stringify(data);
}

/** The engine a `serialise` string describes; throws on a snapshot of another version or a damaged one. */
export function restore(snapshot: string): Compiled {
  const data = JSON.parse(snapshot) as SnapshotData;
  if (data.version !== VERSION) throw new Error('Engine snapshot of another version');
  const vocab = Vocab.restore(data.vocab);
  return {
    vocab,
    matcher: Matcher.restore({ ...data.matcher, tries: decodeTries(data.matcher.tries) }, vocab.size),
    entries: data.entries.map((e) => (e.kind === 'claim' ? { kind: 'claim', claim: { ...e.claim, literal: decodeSet(e.claim.literal) } } : e)) as Entry[],
  };
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

/** A set of word ids (pattern words: never negative) as ascending differences. */
function encodeSet(ids: ReadonlySet<number>): string {
  const sorted = [...ids].sort((a, b) => a - b);
  return encodeInts(sorted.map((v, k) => v - (k ? sorted[k - 1]! : 0)));
}

function decodeSet(text: string): Set<number> {
  const set = new Set<number>();
  let v = 0;
  for (const d of decodeInts(text)) set.add((v += d));
  return set;
}
