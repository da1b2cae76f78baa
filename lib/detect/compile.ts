import { LEXICON } from '../lexicon/index.ts';
import { GENERIC_WORD_SET } from '../lexicon/generic-words.ts';
import type { CategoryCode, Severity } from '../lexicon/types.ts';
import { CLAIM_PATTERNS } from './claim-patterns.ts';
import { CUES, type CueKind } from './cues.ts';
import { Matcher } from './matcher.ts';
import { expandPattern, expansionCount, forEachSequence, parsePattern, patternSlots, type Slot } from './pattern.ts';
import { Vocab } from './vocab.ts';

/** A term or claim pattern as the context rules see it. */
export interface Claim {
  termId: string;
  category: CategoryCode;
  severity: Severity;
  /** `term:SCT-01` or `pattern:<name>`. */
  rule: string;
  selfNegating: boolean;
  needsInvasiveContext: boolean;
  infoOnly: boolean;
  /** Naming terms count in questions and under hedges (adjudication rule R1). */
  naming: boolean;
  /**
   * Word ids written in the pattern itself: cue words among them are part of
   * the claim. Only negation and hedge words are kept, the only ones the rules
   * ask about (context.ts), which keeps the build's snapshot small.
   */
  literal: Set<number>;
}

export type Entry = { kind: 'claim'; claim: Claim } | { kind: CueKind };

/**
 * Naming terms (rule R1): labels of treatments and products, counted at every
 * own-voice use, headings phrased as questions included.
 */
const NAMING = new Set(['SCT-01', 'SCT-02', 'SCT-03', 'SCT-04', 'SCT-05', 'SCT-07', 'BIO-01', 'BIO-02', 'BIO-06']);

export interface Compiled {
  vocab: Vocab;
  matcher: Matcher;
  entries: Entry[];
}

/** Builds the one matcher for lexicon, claim patterns and cues (once, at module load). */
/** Generic entries are at most this many tokens long ("regenerative medicine", "stem cells"). */
const GENERIC_MAX_LENGTH = 3;

export function compile(): Compiled {
  const vocab = new Vocab();
  const matcher = new Matcher();
  const entries: Entry[] = [];
  // Generic words (section 1.3) never fire alone: a variant that is nothing
  // but one of them is dropped; inside a longer pattern they are fine.
  const generic = new Set<string>();
  for (const w of GENERIC_WORD_SET) for (const seq of expandPattern(w, vocab)) generic.add(seq.join(','));

  const addClaim = (claim: Claim, variants: readonly string[]) => {
    const index = entries.push({ kind: 'claim', claim }) - 1;
    for (const v of variants) {
      addVariant(matcher, v, index, vocab, generic, claim.literal);
    }
  };

  for (const t of LEXICON) {
    addClaim(
      {
        termId: t.id, category: t.category, severity: t.severity, rule: `term:${t.id}`,
        selfNegating: t.selfNegating === true, needsInvasiveContext: t.needsInvasiveContext === true,
        infoOnly: t.infoOnly === true, naming: NAMING.has(t.id), literal: new Set(),
      },
      t.variants,
    );
  }
  const byId = new Map(LEXICON.map((t) => [t.id, t]));
  for (const p of CLAIM_PATTERNS) {
    const t = byId.get(p.termId);
    if (!t) continue; // the lexicon term has not landed yet
    addClaim(
      {
        termId: t.id, category: t.category, severity: p.severity ?? t.severity, rule: `pattern:${p.name}`,
        selfNegating: p.selfNegating === true, needsInvasiveContext: p.needsInvasiveContext === true, infoOnly: false, naming: false,
        literal: new Set(),
      },
      p.patterns,
    );
  }
  const askedAbout = new Set<number>();
  for (const kind of Object.keys(CUES) as CueKind[]) {
    const index = entries.push({ kind }) - 1;
    const words = kind === 'negation' || kind === 'hedge' ? askedAbout : new Set<number>();
    for (const c of CUES[kind]) addVariant(matcher, c, index, vocab, new Set(), words);
  }
  keepOnly(entries, askedAbout);
  matcher.seal(vocab.size);
  return { vocab, matcher, entries };
}

/**
 * Drops from every claim's `literal` the words no rule asks about: the rules
 * look up the words inside negation and hedge cues, which are those cues'
 * own words as long as no such cue has a gap (`...`, any word).
 */
function keepOnly(entries: Entry[], asked: ReadonlySet<number>): void {
  if ([...CUES.negation, ...CUES.hedge].some((c) => /\.\.\.|…/.test(c))) return;
  for (const e of entries) {
    if (e.kind === 'claim') for (const id of e.claim.literal) if (!asked.has(id)) e.claim.literal.delete(id);
  }
}

/**
 * Variants that stand for at most this many word sequences are multiplied out
 * into the matcher's shared trie (common prefixes walked once); larger ones
 * (the claim patterns' verb x outcome classes) stay as slots.
 */
const EXPAND_LIMIT = 64;

/**
 * Adds one variant to the matcher. Generic words (section 1.3) never fire
 * alone: a sequence that is nothing but one of them is dropped.
 */
function addVariant(matcher: Matcher, v: string, entry: number, vocab: Vocab, generic: ReadonlySet<string>, literal: Set<number>): void {
  const items = parsePattern(v);
  if (expansionCount(items) <= EXPAND_LIMIT) {
    let added = 0;
    forEachSequence(items, vocab, (q) => {
      if (q.length <= GENERIC_MAX_LENGTH && generic.has(q.join(','))) return;
      for (const e of q) if (e >= 0) literal.add(e);
      matcher.addSequence(q, entry);
      added++;
    });
    if (!added) throw new Error(`Pattern matches only generic words: ${v}`);
    return;
  }
  const slots: Slot[] = patternSlots(items, vocab);
  for (const sl of slots) if (sl.kind !== 'gap') for (const alt of sl.alts) for (const e of alt) if (e >= 0) literal.add(e);
  matcher.add(slots, entry);
}
