/**
 * From one text's matches to its findings: the context rules (context.ts)
 * for each claim match, then overlapping findings resolved into one per claim.
 */
import { subordinate, suppression, type ClaimMatch, type CueSpans } from './context.ts';
import { anyWithin } from './spans.ts';
import type { Tokens } from './tokenize.ts';
import type { Finding, PageSignals, SuppressionReason } from './types.ts';

/** A text after tokenizing and matching: everything the context rules read. */
export interface Matched {
  text: string;
  tokens: Tokens;
  /** Claim matches ordered by start. */
  claims: ClaimMatch[];
  cues: CueSpans;
}

/** Findings of a matched text, active and suppressed (with the reason). */
export function findingsOf({ text, tokens: t, claims, cues }: Matched, page: PageSignals): Finding[] {
  const selfNeg = claims.filter((c) => c.claim.selfNegating);
  const findings: Finding[] = [];
  const info: ClaimMatch[] = [];
  const claimSentences = new Set<number>();
  const toFinding = (c: ClaimMatch, reason: SuppressionReason | undefined): Finding => {
    const start = t.start[c.first]!;
    const end = t.end[c.end - 1]!;
    const { termId, category, severity, rule } = c.claim;
    const f: Finding = { start, end, quote: text.slice(start, end), termId, category, severity, rule, status: reason ? 'suppressed' : 'active' };
    if (reason) f.reason = reason;
    return f;
  };
  const dependent: ClaimMatch[] = [];
  for (const c of longestPerStart(claims)) {
    if (c.claim.infoOnly) {
      info.push(c);
      continue;
    }
    const reason = suppression(c, t, cues, selfNeg, page);
    if (reason === 'not-a-claim') continue;
    if (!reason && !c.claim.naming && subordinate(c, t, cues)) {
      dependent.push(c);
      continue;
    }
    // Naming a treatment is not itself the kind of claim a tone word can sit in.
    if (!reason && !c.claim.naming) claimSentences.add(t.sent[c.first]!);
    findings.push(toFinding(c, reason));
  }
  // A means or consequence clause is part of its sentence's main claim (R3):
  // it only stands on its own when the sentence has no other claim.
  for (const c of dependent) if (!claimSentences.has(t.sent[c.first]!)) findings.push(toFinding(c, undefined));
  // Information-only tone words ("cutting-edge", "minimally invasive") never
  // count on their own, only inside a sentence that makes a claim (section
  // 1.1, severity low). The umbrella label "stem cell therapy" counts only
  // where its sentence says it is something else, such as PRP (SCT-06).
  for (const c of info) {
    const counts = c.claim.category === 'SCT' ? namesOtherProduct(c, t, cues) : claimSentences.has(t.sent[c.first]!);
    if (counts && !suppression(c, t, cues, selfNeg, page)) findings.push(toFinding(c, undefined));
  }
  return resolveOverlaps(findings);
}

/**
 * Whether the sentence of a "stem cell therapy" label names a product that
 * holds no stem cells ("our stem cell therapy is PRP"), and does not set the
 * two apart ("PRP and stem cell therapy are not the same", "unlike PRP").
 */
function namesOtherProduct(c: ClaimMatch, t: Tokens, cues: CueSpans): boolean {
  const { first, end } = t.sentences[t.sent[c.first]!]!;
  return anyWithin(cues.notStemCell, first, end) && !anyWithin(cues.negation, first, end) && !anyWithin(cues.contrast, first, end);
}

/** One match per claim and start: the longest (matches arrive ordered by start). */
function longestPerStart(claims: ClaimMatch[]): ClaimMatch[] {
  const out: ClaimMatch[] = [];
  let groupStart = 0;
  for (const c of claims) {
    if (out.length && out[groupStart]!.first !== c.first) groupStart = out.length;
    let k = groupStart;
    while (k < out.length && out[k]!.claim !== c.claim) k++;
    if (k === out.length) out.push(c);
    else if (c.end > out[k]!.end) out[k] = c;
  }
  return out;
}

/**
 * Overlapping findings become one: active before suppressed, then lexicon
 * terms before free-wording patterns, then the longer span. Findings are
 * grouped into clusters of mutually overlapping spans first, so the cost
 * stays linear in the number of findings.
 */
function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  let cluster: Finding[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]!);
    else if (cluster.length) {
      const chosen: Finding[] = [];
      for (const f of cluster.sort((a, b) => rank(a) - rank(b))) {
        if (!chosen.some((k) => conflicts(k, f))) chosen.push(f);
      }
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const f of sorted) {
    if (f.start >= clusterEnd) flush();
    cluster.push(f);
    clusterEnd = Math.max(clusterEnd, f.end);
  }
  flush();
  return kept;
}

/**
 * Two findings conflict when one contains the other, or when they overlap
 * and are not two different active lexicon terms ("We guarantee visible
 * regrowth in three months" is a guarantee and a timeline).
 */
function conflicts(k: Finding, f: Finding): boolean {
  if (!(k.start < f.end && f.start < k.end)) return false;
  const nested = (k.start <= f.start && f.end <= k.end) || (f.start <= k.start && k.end <= f.end);
  if (nested) return true;
  const bothTerms = k.rule.startsWith('term:') && f.rule.startsWith('term:') && k.status === 'active' && f.status === 'active';
  return !bothTerms || k.termId === f.termId;
}

function rank(f: Finding): number {
  return (f.status === 'active' ? 0 : 4) + (f.rule.startsWith('term:') ? 0 : 2) - (f.end - f.start) / 1e6;
}
