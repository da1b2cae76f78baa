import { LEXICON } from '../lexicon/index.ts';
import { GENERIC_WORD_SET } from '../lexicon/generic-words.ts';
import type { CategoryCode, Severity } from '../lexicon/types.ts';
import { CLAIM_PATTERNS } from './claim-patterns.ts';
import { CUES, type CueKind } from './cues.ts';
import { Matcher } from './matcher.ts';
import { expandPattern, expansionCount, patternSlots, type Slot } from './pattern.ts';
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
  /** Word ids written in the pattern itself: cue words among them are part of the claim. */
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
      for (const slots of compileVariant(v, vocab, generic)) {
        for (const sl of slots) if (sl.kind !== 'gap') for (const alt of sl.alts) for (const e of alt) if (e >= 0) claim.literal.add(e);
        matcher.add(slots, index);
      }
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
  for (const kind of Object.keys(CUES) as CueKind[]) {
    const index = entries.push({ kind }) - 1;
    for (const c of CUES[kind]) matcher.add(patternSlots(c, vocab), index);
  }
  matcher.seal(vocab.size);
  return { vocab, matcher, entries };
}


/** Small variants are checked against the generic words (section 1.3) sequence by sequence. */
const GENERIC_CHECK_LIMIT = 256;

/**
 * Compiles one variant into slot lists: normally one, kept whole; when a
 * small variant could match nothing but a generic word ("[your] stem cells"),
 * its other sequences are added one by one and the generic one is dropped.
 */
function compileVariant(v: string, vocab: Vocab, generic: ReadonlySet<string>): Slot[][] {
  const slots = patternSlots(v, vocab);
  if (expansionCount(v) > GENERIC_CHECK_LIMIT) return [slots];
  const seqs = expandPattern(v, vocab);
  if (!seqs.some((q) => generic.has(q.join(',')))) return [slots];
  return seqs.filter((q) => !generic.has(q.join(','))).map((q) => [{ kind: 'req', alts: [q] }]);
}
