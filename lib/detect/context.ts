import type { Claim, Entry } from './compile.ts';
import { CUE_KINDS, type CueKind } from './cue-kinds.ts';
import type { Matches } from './matcher.ts';
import { Brk, type Tokens } from './tokenize.ts';
import type { PageSignals, SuppressionReason } from './types.ts';

/** Tokens a negation reaches forward (NegEx window, section 1.2). */
const NEG_WINDOW = 5;
/** A self-negating claim ("no downtime") needs its second negation close by. */
const SELF_NEG_WINDOW = 6;
/** Tokens a hedge reaches forward within its clause. */
const HEDGE_WINDOW = 14;
/** Tokens after a claim in which a contrast can take it back ("... but does not remove it"). */
const CONTRAST_WINDOW = 8;
/** A list item under a lead-in ("Be suspicious of:") is at most this many tokens long... */
const LIST_ITEM_MAX = 30;
/** ...and a lead-in's scope covers at most this many of them. */
const LIST_MAX = 15;
/**
 * Sales wording (price, pressure, figures, testimonials) only makes a clinic
 * claim on a page about treatments: "Offer ends Sunday" on a shop is not one.
 */
export const SALES_CATEGORIES: ReadonlySet<string> = new Set(['PRESS', 'STAT', 'TEST']);

interface Span {
  first: number;
  end: number;
}

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

/**
 * Lists under a critical lead-in ending with a colon ("Be suspicious of
 * clinics that promise:") quote what to distrust: the lead-in's critical
 * scope covers the short items that follow it.
 */
function underCriticalLeadIn(s: number, c: ClaimMatch, claim: Claim, t: Tokens, cues: CueSpans): boolean {
  const own = t.sentences[s]!;
  if (own.end - own.first > LIST_ITEM_MAX) return false;
  for (let p = s - 1; p >= 0 && s - p <= LIST_MAX; p--) {
    const next = t.sentences[p + 1]!;
    const b = t.brk[next.first]!;
    const lead = t.sentences[p]!;
    // A colon (or bracket) and then a new line: sentence p introduces a list.
    if (b & Brk.Clause && b & (Brk.Line | Brk.Block)) {
      if (hasCue(cues.critical, lead.first, lead.end, c, claim, t)) return true;
      const h = lead.section >= 0 ? t.sentences[lead.section]! : undefined;
      return h !== undefined && hasCue(cues.critical, h.first, h.end, c, claim, t);
    }
    if (lead.end - lead.first > LIST_ITEM_MAX || !(b & (Brk.Line | Brk.Block))) return false;
  }
  return false;
}

/** A contrast right after the claim takes it back ("reduces the risk, but does not remove it"). */
function takenBack(c: Span, t: Tokens, list: readonly Span[], sentEnd: number): boolean {
  for (let k = lowerBound(list, c.end); k < list.length && list[k]!.first < Math.min(sentEnd, c.end + CONTRAST_WINDOW); k++) {
    if (t.sent[list[k]!.first] === t.sent[c.first]) return true;
  }
  return false;
}

/** The sentence opens on an established product ("Minoxidil can slow hair loss") and the claim is in that clause. */
function aboutOtherProduct(cues: CueSpans, sentFirst: number, c: Span, t: Tokens): boolean {
  const q = cues.otherProduct[lowerBound(cues.otherProduct, sentFirst)];
  return q !== undefined && q.first === sentFirst && q.first <= c.first && reaches(q.end, c.first, t, cues.terminator, false);
}

/** A wish ("for those who want tighter skin") governs the rest of its clause, up to a comma. */
function wished(c: Span, t: Tokens, list: readonly Span[], sentFirst: number): boolean {
  for (let k = lowerBound(list, Math.max(sentFirst, c.first - HEDGE_WINDOW)); k < list.length && list[k]!.first < c.first; k++) {
    const q = list[k]!;
    if (q.end <= c.first && reaches(q.end, c.first, t, [], true)) return true;
  }
  return false;
}

/** A cue of this kind in [from, to), not made of the claim's own words. */
function hasCue(list: readonly Span[], from: number, to: number, c: Span, claim: Claim, t: Tokens): boolean {
  for (let k = lowerBound(list, from); k < list.length && list[k]!.first < to; k++) {
    const q = list[k]!;
    if (q.end > to) continue;
    if (q.first >= c.first && q.end <= c.end && ownWords(q, claim, t)) continue;
    return true;
  }
  return false;
}

function negated(c: ClaimMatch, t: Tokens, cues: CueSpans, selfNeg: readonly Span[], sentFirst: number): boolean {
  const claim = c.claim;
  const self = claim.selfNegating;
  const window = self ? SELF_NEG_WINDOW : NEG_WINDOW;
  const from = Math.max(sentFirst, c.first - window);
  for (let k = lowerBound(cues.negation, from); k < cues.negation.length; k++) {
    const q = cues.negation[k]!;
    if (q.first >= c.end) break;
    if (covered(q, cues.pseudo)) continue;
    if (q.first >= c.first) {
      // Inside the match: only words the pattern did not ask for negate it
      // ("results are not permanent"); "no" in "no downtime" is the claim.
      if (!self && !ownWords(q, claim, t)) return true;
      continue;
    }
    if (q.end > c.first) continue;
    // A negation that belongs to another negative claim ("no pain, no downtime").
    if (insideOther(q, c, selfNeg)) continue;
    if (!reaches(q.end, c.first, t, cues.terminator, true)) continue;
    return true;
  }
  return false;
}

function hedged(c: ClaimMatch, t: Tokens, cues: CueSpans, sentFirst: number): boolean {
  const from = Math.max(sentFirst, c.first - HEDGE_WINDOW);
  for (let k = lowerBound(cues.hedge, from); k < cues.hedge.length; k++) {
    const q = cues.hedge[k]!;
    if (q.first >= c.end) break;
    if (q.first >= c.first) {
      // Inside the match: a hedge the pattern did not ask for ("results ... may last").
      if (!c.claim.literal.has(t.id[q.first]!)) return true;
      continue;
    }
    if (q.end > c.first) continue;
    if (reaches(q.end, c.first, t, cues.terminator, false)) return true;
  }
  return false;
}

/**
 * Whether the claim sits in a means or consequence clause ("by stimulating
 * collagen, ...", "..., leading to smoother skin") right after its cue.
 */
export function subordinate(c: ClaimMatch, t: Tokens, cues: CueSpans): boolean {
  const list = cues.subordinate;
  const s = t.sent[c.first]!;
  for (let k = lowerBound(list, c.first - 8); k < list.length && list[k]!.first <= c.first; k++) {
    const q = list[k]!;
    if (t.sent[q.first] !== s) continue;
    if (q.first <= c.first && c.first - q.end <= 3 && reaches(q.end, c.first, t, [], false)) return true;
  }
  return false;
}

/** Whether a cue of this list starts exactly at token `j`. */
function startsAt(list: readonly Span[], j: number): boolean {
  const q = list[lowerBound(list, j)];
  return q !== undefined && q.first === j;
}

/** Whether a cue of this list ends at most `gap` tokens before the claim, in its sentence. */
function follows(list: readonly Span[], c: Span, gap: number): boolean {
  for (let k = lowerBound(list, c.first - gap - 6); k < list.length && list[k]!.first < c.first; k++) {
    const q = list[k]!;
    if (q.end <= c.first && c.first - q.end <= gap) return true;
  }
  return false;
}

/** The sentence opens by describing nature ("Stem cells are...", "As we age..."), not the offer (R6). */
function describesBiology(list: readonly Span[], sentFirst: number, c: Span): boolean {
  const k = lowerBound(list, sentFirst);
  const q = list[k];
  return q !== undefined && q.first === sentFirst && q.first <= c.first;
}

/** No clause break or scope terminator between a cue ending at `from` and the claim at `to`. */
function reaches(from: number, to: number, t: Tokens, terminators: readonly Span[], commaStops: boolean): boolean {
  const stop = commaStops ? Brk.Comma | Brk.Clause : Brk.Clause;
  for (let j = from; j <= to; j++) if (t.brk[j]! & stop) return false;
  for (let k = lowerBound(terminators, from); k < terminators.length && terminators[k]!.first < to; k++) return false;
  return true;
}

/** Whether cue `q` lies inside one of `spans` (sorted by start) other than `c`. */
function insideOther(q: Span, c: Span, spans: readonly Span[]): boolean {
  for (let k = lowerBound(spans, q.first - 8); k < spans.length && spans[k]!.first <= q.first; k++) {
    const o = spans[k]!;
    if (o !== c && o.first <= q.first && q.end <= o.end) return true;
  }
  return false;
}

function covered(q: Span, list: readonly Span[]): boolean {
  for (let k = lowerBound(list, q.first - 3); k < list.length && list[k]!.first <= q.first; k++) {
    const p = list[k]!;
    if (p.first <= q.first && q.end <= p.end) return true;
  }
  return false;
}

/** Whether every word of cue `q` is written in the claim's own pattern. */
function ownWords(q: Span, claim: Claim, t: Tokens): boolean {
  for (let j = q.first; j < q.end; j++) if (!claim.literal.has(t.id[j]!)) return false;
  return true;
}

/** First index whose span starts at or after `first`. */
function lowerBound(list: readonly Span[], first: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
