import { categoryByCode } from '../lexicon/index.ts';
import { ENGLISH_REPORT_TEXTS } from './report-texts.ts';
import type { FlagCategory } from './types.ts';

// Apart from report.ts (which needs tldts for sites), so the in-page flag
// form can word categories without the public-suffix list.

/** "Safety overclaims (SAFE)", or "Other" (`other`, translated by the caller) for claims outside the lexicon. */
export function categoryLabel(category: FlagCategory, other = ENGLISH_REPORT_TEXTS.other): string {
  return category === 'other' ? other : `${categoryByCode(category).name} (${category})`;
}
