/**
 * The context rules: from the matcher's output to claim matches and cue
 * spans, and for each claim match whether it stands or why not
 * (`suppression`). How far each kind of cue reaches: scoped-rules.ts.
 */
import type { Claim, Entry } from './compile.ts';
import { CUE_KINDS, type CueKind } from './cue-kinds.ts';
import type { Matches } from './matcher.ts';
import { aboutOtherProduct, describesBiology, hedged, negated, takenBack, underCriticalLeadIn, wished } from './scoped-rules.ts';
import { follows, hasCue, startsAt, type Span } from './spans.ts';
import type { Tokens } from './tokenize.ts';
import type { PageSignals, SuppressionReason } from './types.ts';

export { subordinate } from './scoped-rules.ts';

/**
 * Sales wording (price, pressure, figures, testimonials) only makes a clinic
 * claim on a page about treatments: "Offer ends Sunday" on a shop is not one.
 */
export const SALES_CATEGORIES: ReadonlySet<string> = new Set(['PRESS', 'STAT', 'TEST']);

/** Cue matches of one page, by kind, in token order. */
export type CueSpans = Record<CueKind, Span[]>;

export interface ClaimMatch extends Span {
  claim: Claim;
}

/** Splits the matcher's output into claims and cues. */
export function sortMatches(m: Matches, entries: readonly Entry[]): { claims: ClaimMatch[]; cues: CueSpans } {
  const cues = Object.fromEntries(CUE_KINDS.map((k) => [k, [] as Span[]])) as CueSpans;
  const claims: ClaimMatch[] = [];
  for (let k = 0; k < m.count; k++) {
    const e = entries[m.entry[k]!]!;
    if (e.kind === 'claim') claims.push({ first: m.first[k]!, end: m.end[k]!, claim: e.claim });
    else cues[e.kind].push({ first: m.first[k]!, end: m.end[k]! });
  }
  return { claims, cues };
}

/**
 * Decides whether a claim match stands (undefined) or why it does not, from
 * the cues around it (section 1.2 and adjudication rules R1–R8). `not-a-claim`
 * means there is no claim here at all (a sentence explaining nature, R6, or
 * sales wording on a page that is not about treatments), so the match is
 * dropped rather than listed as suppressed.
 */
export function suppression(
  c: ClaimMatch,
  t: Tokens,
  cues: CueSpans,
  selfNegSpans: readonly Span[],
  page: PageSignals,
): SuppressionReason | 'not-a-claim' | undefined {
  const claim = c.claim;
  if (claim.needsInvasiveContext && !page.invasive) return 'no-invasive-context';
  // Free-wording patterns only count on a page about treatments (lexicon
  // terms are specific enough on their own): a skillet's "patented handle"
  // or a shop's "40% off" is not a clinic claim.
  if (page.clinical === false && (claim.rule.startsWith('pattern:') || SALES_CATEGORIES.has(claim.category))) return 'not-a-claim';
  // On a page that reports or warns, only its own price and pressure tactics are its claims (R7).
  if (page.editorial && claim.category !== 'PRESS') return 'critical';
  const s = t.sent[c.first]!;
  // A claim never runs across a sentence (labeling guideline, span boundaries).
  if (t.sent[c.end - 1] !== s) return 'not-a-claim';
  const sentence = t.sentences[s]!;
  if (hasCue(cues.critical, sentence.first, sentence.end, c, claim, t)) return 'critical';
  if (sentence.section >= 0) {
    const h = t.sentences[sentence.section]!;
    if (hasCue(cues.critical, h.first, h.end, c, claim, t)) return 'critical';
  }
  if (underCriticalLeadIn(s, c, claim, t, cues)) return 'critical';
  if (negated(c, t, cues, selfNegSpans, sentence.first)) return 'negated';
  if (takenBack(c, t, cues.contrast, sentence.end)) return 'negated';
  if (describesBiology(cues.biology, sentence.first, c)) return 'not-a-claim';
  if (hasCue(cues.history, sentence.first, sentence.end, c, claim, t)) return 'not-a-claim';
  if (aboutOtherProduct(cues, sentence.first, c, t)) return 'not-a-claim';
  if (!claim.naming && follows(cues.function, c, 2)) return 'not-a-claim';
  if (!claim.naming && startsAt(cues.field, c.end)) return 'not-a-claim';
  // Naming terms count even in questions ("What is a stem cell facial?", R1).
  if (claim.naming) return undefined;
  if (sentence.question) return 'question';
  if (hedged(c, t, cues, sentence.first)) return 'hedged';
  if (wished(c, t, cues.wish, sentence.first)) return 'hedged';
  return undefined;
}
















