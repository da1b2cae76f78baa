/**
 * The claim detection engine (pure: no DOM, no browser APIs).
 *
 * 1. tokenize.ts: one pass over the text into integer tokens with UTF-16
 *    offsets into the original; case, accents, apostrophes, soft hyphens and
 *    zero-width characters folded, hyphens and block boundaries split words,
 *    inflections folded by stem.ts, sentences and headings marked.
 * 2. matcher.ts: every lexicon variant, free-wording claim pattern
 *    (claim-patterns.ts) and context cue (cues.ts) compiled once into one
 *    matcher; one pass over the tokens finds them all.
 * 3. context.ts: the rules of the domain reference (section 1.2, R1–R8)
 *    decide for each match: active, suppressed with a reason, or no claim.
 * 4. Overlapping findings are resolved into one per claim.
 */
import type { Compiled } from './compile.ts';
import { SALES_CATEGORIES, sortMatches, subordinate, suppression, type ClaimMatch, type CueSpans } from './context.ts';
import { loadEngine } from './snapshot.ts';
import { tokenize } from './tokenize.ts';
import type { Block, Finding, PageSignals, SuppressionReason } from './types.ts';

export type { Block, Finding, PageSignals, SuppressionReason } from './types.ts';

/**
 * Lexicon, claim patterns and cues in one matcher, made on first use (not at
 * import, so a paused site or a page that never scans pays nothing): restored
 * from the build's snapshot in the extension, compiled elsewhere (snapshot.ts).
 */
let compiled: Compiled | undefined;
const engine = () => (compiled ??= loadEngine());

export interface DetectOptions {
  /** Paragraphs, headings and list items: claims never run across them. */
  blocks?: Block[];
  /** Facts about the whole page (see `pageSignals`); computed from `text` when absent. */
  page?: PageSignals;
}

/**
 * Finds claims in `text` in one pass over its tokens for the whole lexicon,
 * then applies the context rules. Suppressed matches are returned too, with
 * the reason, so the interface can say why they were not flagged.
 */
export function detect(text: string, options: DetectOptions = {}): Finding[] {
  const { vocab, matcher, entries } = engine();
  const t = tokenize(text, vocab, options.blocks);
  const { claims, cues } = sortMatches(matcher.run(t), entries);
  const page = options.page ?? signalsFrom(cues, t.count, claims, true);
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
  // 1.1, severity low). The umbrella label "stem cell therapy" never does.
  for (const c of info) {
    if (c.claim.category === 'SCT' || !claimSentences.has(t.sent[c.first]!)) continue;
    if (!suppression(c, t, cues, selfNeg, page)) findings.push(toFinding(c, undefined));
  }
  return resolveOverlaps(findings);
}

/** Page-level signals: compute once per page and pass to every `detect` call on its parts. */
export function pageSignals(text: string): PageSignals {
  const { vocab, matcher, entries } = engine();
  const t = tokenize(text, vocab);
  const { claims, cues } = sortMatches(matcher.run(t), entries);
  return signalsFrom(cues, t.count, claims, false);
}

/** Editorial pages: at least this many distancing cues... */
const EDITORIAL_MIN_CUES = 4;
/** ...and at least this many per thousand words (marketing pages stay under 10). */
const EDITORIAL_PER_1000 = 15;

/** A text this short (a sentence or two) says too little about its page: assume it is about treatments. */
const SHORT_TEXT = 40;

/**
 * `shortMeansClinical`: only when detect() works out the signals from its own
 * text. pageSignals() never assumes, since the content script combines the
 * signals of a long page's chunks and a short last chunk must not switch
 * sales wording on for a whole shop page.
 */
function signalsFrom(cues: CueSpans, tokenCount: number, claims: readonly ClaimMatch[], shortMeansClinical: boolean): PageSignals {
  const distancing = cues.critical.length + cues.editorial.length;
  return {
    invasive: cues.invasive.length > 0,
    clinical:
      (shortMeansClinical && tokenCount < SHORT_TEXT) || cues.invasive.length > 0 || claims.some((c) => c.claim.rule.startsWith('term:') && !SALES_CATEGORIES.has(c.claim.category)),
    editorial: distancing >= EDITORIAL_MIN_CUES && (distancing * 1000) / Math.max(1, tokenCount) >= EDITORIAL_PER_1000,
  };
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
