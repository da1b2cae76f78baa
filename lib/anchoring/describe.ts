import type { FlagSelectors } from './types.ts';

/**
 * Characters of context kept either side of a quote. Hypothesis uses 32 too
 * (`TextQuoteAnchor.fromRange`): enough to tell repeated quotes apart, short
 * enough to survive nearby edits.
 */
export const CONTEXT_LENGTH = 32;

/**
 * Describes `text.slice(start, end)` as a quote selector (with prefix and
 * suffix) and a position selector. Throws on an empty or out-of-range span,
 * which would make a flag that can never be found again.
 */
export function describeQuote(text: string, start: number, end: number): FlagSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Cannot describe span ${start}..${end} of a ${text.length}-character text`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
