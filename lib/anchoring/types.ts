/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors),
 * the two kinds ClinicCheck stores for every flag.
 */

/** The quoted text with some context either side, so it can be found again. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * UTF-16 code-unit offsets into the page's text basis, `end` exclusive.
 * The text basis is described in components/content/flags/text-basis.ts: the
 * Text nodes under `<body>` in document order, concatenated, without the
 * contents of script, style, noscript and template elements.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type FlagSelectors = [TextQuoteSelector, TextPositionSelector];

/** Where a quote lands in a text, and how sure we are (0..1). */
export interface Anchor {
  start: number;
  end: number;
  score: number;
}
