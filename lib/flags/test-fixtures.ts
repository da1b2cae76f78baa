import { describeQuote } from '../anchoring/describe.ts';
import { createFlag, type NewFlag } from './model.ts';
import type { Flag } from './types.ts';

/** A made-up clinic page used across the flags tests. */
export const PAGE_TEXT =
  'Renew Clinic offers stem cell facials with permanent results. Our doctors explain every risk before treatment.';

export const UUIDS = [
  '0b6f5d2e-8a3c-4d1e-9f2a-111111111111',
  '0b6f5d2e-8a3c-4d1e-9f2a-222222222222',
  '0b6f5d2e-8a3c-4d1e-9f2a-333333333333',
];

/** A flag on PAGE_TEXT quoting `quote`. */
export function sampleFlag(quote: string, overrides: Partial<NewFlag> = {}, id = UUIDS[0]!): Flag {
  const start = PAGE_TEXT.indexOf(quote);
  return createFlag(
    {
      url: 'https://www.renew-clinic.example/facials#top',
      title: 'Stem cell facials | Renew',
      category: 'PERM',
      severity: 'high',
      note: 'No follow-up data.',
      selectors: describeQuote(PAGE_TEXT, start, start + quote.length),
      ...overrides,
    },
    id,
    new Date('2026-09-01T10:00:00Z'),
  );
}
