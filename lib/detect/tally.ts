/**
 * Page signals (see `pageSignals`) as counts that add up: the scanner
 * prepares a long page batch by batch, adds the batches' tallies and turns
 * the sum into the page's signals once, with no second pass over the text.
 */
import { SALES_CATEGORIES, type ClaimMatch, type CueSpans } from './context.ts';
import type { PageSignals } from './types.ts';

/** Counts from one text that add up across a page's texts into its PageSignals. */
export interface SignalTally {
  /** Word tokens. */
  tokens: number;
  /** Critical and editorial cues: together they measure how much the text distances itself (R7). */
  critical: number;
  editorial: number;
  /** Invasive-procedure cues (R5). */
  invasive: number;
  /** Lexicon terms outside the sales categories: the text is about treatments. */
  clinicalTerms: number;
}

/** Editorial pages: at least this many distancing cues... */
const EDITORIAL_MIN_CUES = 4;
/** ...and at least this many per thousand words (marketing pages stay under 10). */
const EDITORIAL_PER_1000 = 15;
/** A text this short (a sentence or two) says too little about its page: assume it is about treatments. */
const SHORT_TEXT = 40;

/** A tally of nothing, to add texts' tallies into. */
export function emptyTally(): SignalTally {
  return { tokens: 0, critical: 0, editorial: 0, invasive: 0, clinicalTerms: 0 };
}

/** Adds `more` into `into` and returns `into`. */
export function addTally(into: SignalTally, more: SignalTally): SignalTally {
  into.tokens += more.tokens;
  into.critical += more.critical;
  into.editorial += more.editorial;
  into.invasive += more.invasive;
  into.clinicalTerms += more.clinicalTerms;
  return into;
}

/** The counts of one matched text. */
export function tallyOf(tokens: number, claims: readonly ClaimMatch[], cues: CueSpans): SignalTally {
  let clinicalTerms = 0;
  for (const c of claims) if (c.claim.rule.startsWith('term:') && !SALES_CATEGORIES.has(c.claim.category)) clinicalTerms++;
  return { tokens, critical: cues.critical.length, editorial: cues.editorial.length, invasive: describedInvasive(claims, cues), clinicalTerms };
}

/**
 * Invasive cues that describe an invasive step: not those inside an
 * invasiveness claim, which deny one ("no needles", "needle-free"), so a
 * topical treatment's page that says it uses no needles is not taken for a
 * page that describes them (rule R5).
 */
function describedInvasive(claims: readonly ClaimMatch[], cues: CueSpans): number {
  const denials = claims.filter((c) => c.claim.category === 'INV');
  if (!denials.length) return cues.invasive.length;
  return cues.invasive.filter((q) => !denials.some((c) => c.first <= q.first && q.end <= c.end)).length;
}

/** The page's signals from its tally: the rule `pageSignals(wholePageText)` applies. */
export function signalsFromTally(tally: SignalTally): PageSignals {
  return signalsOf(tally, false);
}

/**
 * `shortMeansClinical`: only when detect() works out the signals from its own
 * text. Page signals never assume, since a page's short last batch must not
 * switch sales wording on for a whole shop page.
 */
export function signalsOf(tally: SignalTally, shortMeansClinical: boolean): PageSignals {
  const distancing = tally.critical + tally.editorial;
  return {
    invasive: tally.invasive > 0,
    clinical: (shortMeansClinical && tally.tokens < SHORT_TEXT) || tally.invasive > 0 || tally.clinicalTerms > 0,
    editorial: distancing >= EDITORIAL_MIN_CUES && (distancing * 1000) / Math.max(1, tally.tokens) >= EDITORIAL_PER_1000,
  };
}
