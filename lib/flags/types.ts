import type { FlagSelectors, TextQuoteSelector } from '../anchoring/types.ts';
import type { CategoryCode, Severity } from '../lexicon/types.ts';

/** One of the eleven lexicon categories, or `other` for claims outside them. */
export type FlagCategory = CategoryCode | 'other';

/**
 * A reviewer's flag: a quote on a page, judged misleading. Stored as it is
 * and exported as one W3C Web Annotation (lib/flags/jsonld.ts).
 */
export interface Flag {
  /** A UUID; exported as `urn:uuid:<id>`. */
  id: string;
  /** The page, without its #fragment (lib/flags/url.ts `pageKey`). */
  url: string;
  /** The page's title when flagged. */
  title: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  category: FlagCategory;
  severity: Severity;
  /** The reviewer's own words; may be empty. */
  note: string;
  /** Quote (with context) and position in the page's text basis. */
  selectors: FlagSelectors;
  /** `finding` when made with "Flag this" on a detected claim. */
  origin: 'manual' | 'finding';
  /** The lexicon term of that finding. */
  termId?: string;
}

/**
 * "Not a claim here": a finding the reviewer dismissed, either this one
 * occurrence (page + quote) or the term anywhere on the site.
 */
export type Dismissal =
  | { id: string; kind: 'occurrence'; url: string; termId: string; quote: FlagSelectors; createdAt: string }
  | { id: string; kind: 'site'; site: string; termId: string; createdAt: string };

export type { FlagSelectors, TextQuoteSelector };
