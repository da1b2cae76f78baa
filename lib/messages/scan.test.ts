import { describe, expect, test } from 'vitest';
import { isBadge, isFindingsGet, isFindingsReveal, isFindingsStep, parseFindingsResponse } from './scan.ts';

const finding = { id: 'f1', termId: 'SCT-01', category: 'SCT', severity: 'high', quote: 'stem cell facial', status: 'active' };

describe('message validators', () => {
  test.each([
    [isFindingsGet, { type: 'cliniccheck:findings/get' }, true],
    [isFindingsGet, { type: 'cliniccheck:findings/gets' }, false],
    [isFindingsGet, null, false],
    [isFindingsReveal, { type: 'cliniccheck:findings/reveal', id: 'f1' }, true],
    [isFindingsReveal, { type: 'cliniccheck:findings/reveal', id: '' }, false],
    [isFindingsReveal, { type: 'cliniccheck:findings/reveal', id: 3 }, false],
    [isFindingsStep, { type: 'cliniccheck:findings/step', direction: 'next' }, true],
    [isFindingsStep, { type: 'cliniccheck:findings/step', direction: 'previous' }, true],
    [isFindingsStep, { type: 'cliniccheck:findings/step', direction: 'up' }, false],
    [isBadge, { type: 'cliniccheck:badge', count: 3 }, true],
    [isBadge, { type: 'cliniccheck:badge', count: 0 }, true],
    [isBadge, { type: 'cliniccheck:badge', count: -1 }, false],
    [isBadge, { type: 'cliniccheck:badge', count: 1.5 }, false],
    [isBadge, { type: 'cliniccheck:badge', count: '3' }, false],
    [isBadge, ['cliniccheck:badge', 3], false],
  ])('%o accepts %o: %s', (check, message, expected) => {
    expect((check as (m: unknown) => boolean)(message)).toBe(expected);
  });

  test('a findings answer is checked finding by finding', () => {
    expect(parseFindingsResponse({ url: 'https://a.test/', title: 'A', findings: [finding] })?.findings).toHaveLength(1);
    expect(parseFindingsResponse({ url: 'https://a.test/', title: 'A', findings: [{ ...finding, severity: 'huge' }] })).toBeUndefined();
    expect(parseFindingsResponse({ url: 'https://a.test/', title: 'A', findings: [{ ...finding, reason: 'meh' }] })).toBeUndefined();
    expect(parseFindingsResponse({ url: 'https://a.test/', findings: [] })).toBeUndefined();
    expect(parseFindingsResponse({ url: 'x', title: 'A', findings: [], scanning: false })?.scanning).toBe(false);
    expect(parseFindingsResponse({ url: 'x', title: 'A', findings: [], pending: true })?.pending).toBe(true);
    expect(parseFindingsResponse({ url: 'x', title: 'A', findings: [], pending: 'yes' })?.pending).toBe(false);
  });
});
