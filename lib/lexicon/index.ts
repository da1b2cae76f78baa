import { BIOLOGICS } from './biologics.ts';
import { EFFICACY } from './efficacy.ts';
import { INVASIVENESS } from './invasiveness.ts';
import { PERMANENCE } from './permanence.ts';
import { PRESSURE } from './pressure.ts';
import { REGULATORY } from './regulatory.ts';
import { SAFETY } from './safety.ts';
import { SCIENCE } from './science.ts';
import { STATISTICS } from './statistics.ts';
import { STEM_CELL_TERMS } from './stem-cell-terms.ts';
import { TESTIMONIALS } from './testimonials.ts';
import type { LexiconTerm } from './types.ts';

export { CATEGORIES, categoryByCode } from './categories.ts';
export type { Category, CategoryCode, LexiconTerm, QuestionId, Severity, SourceId } from './types.ts';

/**
 * Every lexicon term, in the order of CATEGORIES. Each category lives in its
 * own file so a reviewer can read one kind of claim at a time. Ids follow the
 * domain reference's tables (section 1.4), so findings, checklist links and
 * the labelled corpus all speak of the same term; lexicon.test.ts checks the
 * shape of every entry and lib/detect runs every entry's examples.
 */
export const LEXICON: readonly LexiconTerm[] = [
  ...STEM_CELL_TERMS,
  ...BIOLOGICS,
  ...PERMANENCE,
  ...EFFICACY,
  ...SAFETY,
  ...SCIENCE,
  ...REGULATORY,
  ...STATISTICS,
  ...INVASIVENESS,
  ...TESTIMONIALS,
  ...PRESSURE,
];

const byId = new Map(LEXICON.map((t) => [t.id, t]));

/** The term with this id (e.g. `SCT-01`), or undefined. */
export function termById(id: string): LexiconTerm | undefined {
  return byId.get(id);
}
