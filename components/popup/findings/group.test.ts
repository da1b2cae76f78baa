import { expect, test } from 'vitest';
import type { FindingSummary } from '../../../lib/messages/scan.ts';
import { groupByCategory } from './group.ts';

const f = (id: string, category: FindingSummary['category'], status: FindingSummary['status'] = 'active'): FindingSummary => ({
  id,
  termId: 'X',
  category,
  severity: 'high',
  quote: id,
  status,
});

test('groups active findings by category in category order, leaving suppressed ones out', () => {
  const groups = groupByCategory([f('a', 'SAFE'), f('b', 'SCT'), f('c', 'SAFE'), f('d', 'PERM', 'suppressed')]);
  expect(groups.map((g) => [g.category.code, g.findings.map((x) => x.id)])).toEqual([
    ['SCT', ['b']],
    ['SAFE', ['a', 'c']],
  ]);
});
