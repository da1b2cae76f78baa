/**
 * The scoped context rules (section 1.2 and rules R3, R6): how far a
 * negation, a hedge, a wish, a contrast, a critical lead-in or a sentence's
 * opening reaches, each asked of one claim match by `suppression`
 * (context.ts).
 */
import type { Claim } from './compile.ts';
import type { ClaimMatch, CueSpans } from './context.ts';
import { covered, insideOther, lowerBound, ownWords, reaches, hasCue, type Span } from './spans.ts';
import { Brk, type Tokens } from './tokenize.ts';

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
 * Lists under a critical lead-in ending with a colon ("Be suspicious of
 * clinics that promise:") quote what to distrust: the lead-in's critical
 * scope covers the short items that follow it.
 */
export function underCriticalLeadIn(s: number, c: ClaimMatch, claim: Claim, t: Tokens, cues: CueSpans): boolean {
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
export function takenBack(c: Span, t: Tokens, list: readonly Span[], sentEnd: number): boolean {
  for (let k = lowerBound(list, c.end); k < list.length && list[k]!.first < Math.min(sentEnd, c.end + CONTRAST_WINDOW); k++) {
    if (t.sent[list[k]!.first] === t.sent[c.first]) return true;
  }
  return false;
}

/** The sentence opens on an established product ("Minoxidil can slow hair loss") and the claim is in that clause. */
export function aboutOtherProduct(cues: CueSpans, sentFirst: number, c: Span, t: Tokens): boolean {
  const q = cues.otherProduct[lowerBound(cues.otherProduct, sentFirst)];
  return q !== undefined && q.first === sentFirst && q.first <= c.first && reaches(q.end, c.first, t, cues.terminator, false);
}

/** A wish ("for those who want tighter skin") governs the rest of its clause, up to a comma. */
export function wished(c: Span, t: Tokens, list: readonly Span[], sentFirst: number): boolean {
  for (let k = lowerBound(list, Math.max(sentFirst, c.first - HEDGE_WINDOW)); k < list.length && list[k]!.first < c.first; k++) {
    const q = list[k]!;
    if (q.end <= c.first && reaches(q.end, c.first, t, [], true)) return true;
  }
  return false;
}

export function negated(c: ClaimMatch, t: Tokens, cues: CueSpans, selfNeg: readonly Span[], sentFirst: number): boolean {
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

/** Tokens after a claim in which a limit to some ("in some patients") still hedges it, within its clause. */
const LIMIT_AFTER = 6;

export function hedged(c: ClaimMatch, t: Tokens, cues: CueSpans, sentFirst: number): boolean {
  for (let k = lowerBound(cues.limited, c.end); k < cues.limited.length && cues.limited[k]!.first < c.end + LIMIT_AFTER; k++) {
    if (t.sent[cues.limited[k]!.first] === t.sent[c.first] && reaches(c.end, cues.limited[k]!.first, t, [], true)) return true;
  }
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

/** The sentence opens by describing nature ("Stem cells are...", "As we age..."), not the offer (R6). */
export function describesBiology(list: readonly Span[], sentFirst: number, c: Span): boolean {
  const k = lowerBound(list, sentFirst);
  const q = list[k];
  return q !== undefined && q.first === sentFirst && q.first <= c.first;
}
