/**
 * The compiled engine (vocabulary, matcher, entries) as a JSON string, so the
 * extension's build can compile the lexicon once in Node and every page only
 * parses the result: compiling at run time costs a page 100–250 ms of main
 * thread on first use, restoring a snapshot a few milliseconds.
 *
 * The build passes the string in as the `__CC_ENGINE_SNAPSHOT__` constant
 * (see `engineSnapshotDefine`, used by wxt.config.ts and the benchmark's
 * bundle); wherever it is absent (Node, tests, the command line) the engine
 * compiles at run time as before, so the snapshot can never be stale
 * in a build and never matters elsewhere.
 */
import { compile, type Claim, type Compiled, type Entry } from './compile.ts';
import { Matcher, type MatcherData } from './matcher.ts';
import { decodeInts, encodeInts } from './snapshot-codec.ts';
import { Vocab, type VocabData } from './vocab.ts';

declare const __CC_ENGINE_SNAPSHOT__: string | undefined;

interface SnapshotData {
  version: number;
  vocab: VocabData;
  matcher: MatcherData;
  entries: Array<Exclude<Entry, { kind: 'claim' }> | { kind: 'claim'; claim: Omit<Claim, 'literal'> & { literal: string } }>;
}

/** Bumped whenever the snapshot's shape changes. */
const VERSION = 3;

/** The compiled engine as a string for `restore`. */
export function serialise(c: Compiled = compile()): string {
  const data: SnapshotData = {
    version: VERSION,
    vocab: c.vocab.dump(),
    matcher: c.matcher.dump(),
    entries: c.entries.map((e) => (e.kind === 'claim' ? { kind: 'claim', claim: { ...e.claim, literal: encodeSet(e.claim.literal) } } : e)),
  };
  return JSON.stringify(data);
}

/** The engine a `serialise` string describes. */
export function restore(snapshot: string): Compiled {
  const data = JSON.parse(snapshot) as SnapshotData;
  if (data.version !== VERSION) throw new Error('Engine snapshot of another version');
  const vocab = Vocab.restore(data.vocab);
  return {
    vocab,
    matcher: Matcher.restore(data.matcher, vocab.size),
    entries: data.entries.map((e) => (e.kind === 'claim' ? { kind: 'claim', claim: { ...e.claim, literal: decodeSet(e.claim.literal) } } : e)) as Entry[],
  };
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

/** The engine: restored from the build's snapshot when there is one, else compiled now. */
export function loadEngine(): Compiled {
  const snapshot = typeof __CC_ENGINE_SNAPSHOT__ === 'string' ? __CC_ENGINE_SNAPSHOT__ : undefined;
  if (snapshot) {
    try {
      return restore(snapshot);
    } catch {
      // A snapshot this code cannot read: compiling is slower but always right.
    }
  }
  return compile();
}

/** Vite `define` entries that build the snapshot into a bundle (call from the build config, in Node). */
export function engineSnapshotDefine(): Record<string, string> {
  return { __CC_ENGINE_SNAPSHOT__: JSON.stringify(serialise()) };
}
