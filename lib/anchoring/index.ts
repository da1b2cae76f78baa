export type { Anchor, FlagSelectors, TextPositionSelector, TextQuoteSelector } from './types.ts';
export { CONTEXT_LENGTH, describeQuote } from './describe.ts';
export { MIN_FUZZY_SCORE, anchorQuote } from './match-quote.ts';
