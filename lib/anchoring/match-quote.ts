import approxSearch from 'approx-string-match';
import type { Anchor, FlagSelectors } from './types.ts';

/**
 * Re-anchoring, after Hypothesis's `anchoring/match-quote.ts`: every
 * candidate place for the quote gets a weighted score from how well the
 * quote, its prefix and its suffix match there, and how far it is from
 * where the quote used to be. The weights are Hypothesis's.
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/**
 * Below this normalised score a fuzzy candidate is more likely some other
 * sentence than the flagged one, so the flag is reported as orphaned. With
 * the weights above, a quote with a quarter of its characters changed and
 * intact context scores about 0.86; a quote that is gone, matched against
 * whatever half-similar text is left, scores about 0.4-0.6.
 */
export const MIN_FUZZY_SCORE = 0.75;

/** The fuzzy search tolerates at most this many edits, whatever the quote length. */
const MAX_ERRORS_CAP = 256;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** 1 when `pattern` occurs in `text` as it is, falling towards 0 with each edit needed. */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  if (text.includes(pattern)) return 1;
  const [best] = approxSearch(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

/**
 * Finds where the quote of `selectors` is in `text` now: the exact quote
 * first (prefix, suffix and old position decide between repeats), then a
 * fuzzy match. Returns null when it cannot be placed (an orphan).
 */
export function anchorQuote(text: string, selectors: FlagSelectors): Anchor | null {
  const [quote, position] = selectors;
  const exact = quote.exact;
  if (exact.length === 0 || text.length === 0) return null;

  let candidates = exactCandidates(text, exact);
  const fuzzy = candidates.length === 0;
  if (fuzzy) {
    const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(exact.length / 2));
    candidates = approxSearch(text, exact, maxErrors);
  }

  const score = (c: Candidate): number => {
    const quoteScore = 1 - c.errors / exact.length;
    // Compare the context just outside the candidate with the stored one.
    const prefixScore = similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix);
    const suffixScore = similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix);
    const positionScore = 1 - Math.min(1, Math.abs(c.start - position.start) / text.length);
    return (
      (WEIGHTS.quote * quoteScore +
        WEIGHTS.prefix * prefixScore +
        WEIGHTS.suffix * suffixScore +
        WEIGHTS.position * positionScore) /
      MAX_SCORE
    );
  };

  let best: Anchor | null = null;
  for (const c of candidates) {
    const s = score(c);
    if (!best || s > best.score) best = { start: c.start, end: c.end, score: s };
  }
  if (!best || (fuzzy && best.score < MIN_FUZZY_SCORE)) return null;
  return best;
}
