/**
 * The shape of the claim lexicon. The data itself lives in this folder, one
 * file per category; `index.ts` gathers it into `LEXICON`.
 */

export const CATEGORY_CODES = ['SCT', 'BIO', 'PERM', 'EFF', 'SAFE', 'SCI', 'REG', 'STAT', 'INV', 'TEST', 'PRESS'] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export type Severity = 'high' | 'medium' | 'low';

/** Checklist question id, `Q1` to `Q28` (see lib/checklist). */
export type QuestionId = `Q${number}`;

/** Source id, `S1`…, resolved by lib/lexicon/sources.ts. */
export type SourceId = `S${number}`;

export interface Category {
  code: CategoryCode;
  /** Short name shown in lists: "Safety overclaims". */
  name: string;
  /** One sentence on what the category covers. */
  summary: string;
  /** Checklist questions asked by default for any term of this category. */
  ask: QuestionId[];
}

/**
 * One lexicon entry.
 *
 * `variants` are written in a tiny pattern language that lib/detect compiles
 * into one matcher for the whole lexicon:
 * - words are matched whole, case-, accent- and punctuation-insensitively;
 *   `stem cell`, `stem-cell`, `stemcell` are the same; plurals and common
 *   inflections are folded, so write the base form ("regrow hair" matches
 *   "regrows hair", "regrowing hair");
 * - `a|b` inside parentheses are alternatives: `(permanent|lasting) results`;
 * - `[word]` is optional: `[100%] guaranteed`;
 * - `N` stands for any number ("N% success rate");
 * - `...` allows a gap of up to three words ("results ... permanent").
 */
export interface LexiconTerm {
  /** Stable id from the domain reference, e.g. `SCT-01`. */
  id: string;
  category: CategoryCode;
  /** The term's display name: "stem cell facial". */
  term: string;
  severity: Severity;
  variants: string[];
  /** Why it can mislead, in plain words (one or two sentences). */
  explanation: string;
  /** Questions to ask the clinic about it. */
  ask: QuestionId[];
  sources: SourceId[];
  /** When a hit is not a problem, in plain words (shown to reviewers). */
  notProblemWhen: string[];
  /**
   * The term is itself a negative construction ("no side effects", "no
   * downtime"): a single negation does not cancel it, only a second one.
   */
  selfNegating?: boolean;
  /**
   * Only a claim when the page also describes needles, injections,
   * incisions, fat harvest or anaesthesia (non-invasive, painless...).
   */
  needsInvasiveContext?: boolean;
  /** Shown as information only; never counted on its own. */
  infoOnly?: boolean;
  /** Texts that must produce this term, and texts that must not. */
  examples: { match: string[]; noMatch: string[] };
}
