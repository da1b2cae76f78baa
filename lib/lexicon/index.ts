import { BIOLOGICS } from './biologics.ts';
import { EFFICACY } from './efficacy.ts';
import { PERMANENCE } from './permanence.ts';
import { SAFETY } from './safety.ts';
import { SCIENCE } from './science.ts';
import { STEM_CELL_TERMS } from './stem-cell-terms.ts';
import type { LexiconTerm } from './types.ts';

export { CATEGORIES, categoryByCode } from './categories.ts';
export type { Category, CategoryCode, LexiconTerm, QuestionId, Severity, SourceId } from './types.ts';

/**
 * Every lexicon term, category by category. Each category lives in its own
 * file so a reviewer can read one kind of claim at a time.
 */
export const LEXICON: readonly LexiconTerm[] = [
  ...STEM_CELL_TERMS,
  ...BIOLOGICS,
  ...PERMANENCE,
  ...EFFICACY,
  ...SAFETY,
  ...SCIENCE,
];

const byId = new Map(LEXICON.map((t) => [t.id, t]));

/** The term with this id (e.g. `SCT-01`), or undefined. */
export function termById(id: string): LexiconTerm | undefined {
  return byId.get(id);
}
