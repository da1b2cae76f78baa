import type { FindingSummary } from '../../../lib/messages/scan.ts';
import { CATEGORIES } from '../../../lib/lexicon/index.ts';
import type { Category } from '../../../lib/lexicon/types.ts';

export interface FindingGroup {
  category: Category;
  findings: FindingSummary[];
}

/** Active findings by category, in the lexicon's category order; empty groups left out. */
export function groupByCategory(findings: readonly FindingSummary[]): FindingGroup[] {
  return CATEGORIES.map((category) => ({
    category,
    findings: findings.filter((f) => f.status === 'active' && f.category === category.code),
  })).filter((g) => g.findings.length > 0);
}
