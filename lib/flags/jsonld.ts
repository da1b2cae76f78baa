import type { Flag } from './types.ts';

/**
 * Flags as a W3C Web Annotation AnnotationCollection
 * (https://www.w3.org/TR/annotation-model/, JSON-LD with the standard
 * context). Each flag is one Annotation:
 * - `motivation: "assessing"`: a reviewer's judgement of the quoted claim;
 * - bodies: a `classifying` TextualBody whose value is the category code
 *   (`SCT`…`PRESS`, or `other`), a `commenting` TextualBody with the note
 *   (plain text), and a `tagging` TextualBody `severity:<level>`;
 * - target: the page URL as `source` with a TextQuoteSelector (exact text,
 *   32 characters of prefix and suffix) and a TextPositionSelector.
 *
 * Positions count UTF-16 code units in ClinicCheck's text basis (the Text
 * nodes under <body> in document order, without script, style, noscript and
 * template contents). That is close to, but not always the same as,
 * Hypothesis's `body.textContent`; consumers should trust the quote selector
 * first and use the position only to choose between repeated quotes.
 *
 * ClinicCheck-only facts travel in extension properties named
 * `cliniccheck:…` (absolute IRIs in JSON-LD terms): the page title, whether
 * the flag came from a detected finding and its lexicon term, and on the
 * collection the export format version, which imports check.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Bump when the export changes in a way older importers would misread. */
export const FORMAT_VERSION = 1;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'classifying' | 'commenting' | 'tagging';
  value: string;
  format?: 'text/plain';
}

export interface Annotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: Flag['selectors'] };
  'cliniccheck:title': string;
  'cliniccheck:origin': Flag['origin'];
  'cliniccheck:termId'?: string;
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: 'ClinicCheck' };
  'cliniccheck:formatVersion': number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** One flag as a W3C Annotation. */
export function flagToAnnotation(flag: Flag): Annotation {
  const annotation: Annotation = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${flag.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: flag.createdAt,
    modified: flag.updatedAt,
    body: [
      { type: 'TextualBody', purpose: 'classifying', value: flag.category },
      { type: 'TextualBody', purpose: 'commenting', value: flag.note, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: `severity:${flag.severity}` },
    ],
    target: {
      source: flag.url,
      selector: [{ ...flag.selectors[0] }, { ...flag.selectors[1] }],
    },
    'cliniccheck:title': flag.title,
    'cliniccheck:origin': flag.origin,
  };
  if (flag.termId) annotation['cliniccheck:termId'] = flag.termId;
  return annotation;
}

/**
 * All flags as one AnnotationCollection with a single AnnotationPage.
 * `collectionId` is a fresh UUID from the caller (the pure core makes none).
 */
export function toAnnotationCollection(flags: readonly Flag[], collectionId: string, now: Date): AnnotationCollection {
  const items = flags.map(flagToAnnotation);
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${collectionId}`,
    type: 'AnnotationCollection',
    label: 'ClinicCheck reviewer flags',
    total: items.length,
    generated: now.toISOString(),
    generator: { type: 'Software', name: 'ClinicCheck' },
    'cliniccheck:formatVersion': FORMAT_VERSION,
    first: { id: `urn:uuid:${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
