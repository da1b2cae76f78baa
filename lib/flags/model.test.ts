import { describe, expect, test } from 'vitest';
import { describeQuote } from '../anchoring/describe.ts';
import { dismissOccurrence, dismissOnSite, dismissedFindingIds, dismissalsFor } from './dismissals.ts';
import { duplicateKey, editFlag, FLAG_CATEGORIES, isFlagCategory } from './model.ts';
import { isWebUrl, pageKey, siteOf } from './url.ts';
import { sampleFlag } from './test-fixtures.ts';

describe('flag model', () => {
  test('createFlag keeps the page without #fragment, times, origin', () => {
    const flag = sampleFlag('permanent results');
    expect(flag).toMatchObject({ url: 'https://www.renew-clinic.example/facials', origin: 'manual', createdAt: '2026-09-01T10:00:00.000Z' });
    expect(flag.updatedAt).toBe(flag.createdAt);
    expect('termId' in flag).toBe(false);
  });

  test('editFlag changes only category, severity, note and bumps updatedAt', () => {
    const flag = sampleFlag('permanent results');
    const edited = editFlag(flag, { note: 'Checked: no study.', severity: 'low' }, new Date('2026-09-03T00:00:00Z'));
    expect(edited).toEqual({ ...flag, note: 'Checked: no study.', severity: 'low', updatedAt: '2026-09-03T00:00:00.000Z' });
  });

  test('the eleven categories plus other', () => {
    expect(FLAG_CATEGORIES).toHaveLength(12);
    expect(isFlagCategory('other')).toBe(true);
    expect(isFlagCategory('toString')).toBe(false);
  });

  test('duplicateKey: same page, quote, context and category; note does not matter', () => {
    const a = sampleFlag('permanent results');
    expect(duplicateKey({ ...a, url: a.url + '#x' })).toBe(duplicateKey(a));
    expect(duplicateKey(sampleFlag('permanent results', { note: 'other words' }))).toBe(duplicateKey(a));
    expect(duplicateKey(sampleFlag('permanent results', { category: 'EFF' }))).not.toBe(duplicateKey(a));
  });

  test.each([
    ['https://a.example/x#y', 'https://a.example/x'],
    ['https://a.example/x?q=1', 'https://a.example/x?q=1'],
  ])('pageKey(%s)', (url, key) => expect(pageKey(url)).toBe(key));

  test.each([
    ['https://www.renew.example/a', 'renew.example'],
    ['https://shop.renew.co.uk/', 'renew.co.uk'],
    ['http://127.0.0.1:4173/x.html', '127.0.0.1'],
  ])('siteOf(%s)', (url, site) => expect(siteOf(url)).toBe(site));

  test.each([
    ['https://a.example/x', true],
    ['http://127.0.0.1:80/', true],
    ['javascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['https://user:pw@a.example/', false],
    ['https://a.example/ x', false],
  ])('isWebUrl(%s) is %s', (url, ok) => expect(isWebUrl(url)).toBe(ok));
});

describe('dismissals', () => {
  const TEXT = 'No downtime, they say. Later: no downtime for most people, but swelling lasts days.';
  const URL = 'https://clinic.example/offer';
  const first = { id: 'f1', termId: 'INV-01', start: 0, end: 11 };
  const second = { id: 'f2', termId: 'INV-01', start: 30, end: 41 };
  const now = new Date('2026-09-01T00:00:00Z');

  test('an occurrence dismissal removes that occurrence only, and follows the text', () => {
    const d = dismissOccurrence(URL + '#faq', 'INV-01', describeQuote(TEXT, 30, 41), 'd1', now);
    expect(dismissedFindingIds(TEXT, URL, [first, second], [d])).toEqual(new Set(['f2']));
    const moved = 'Offer! ' + TEXT;
    expect(dismissedFindingIds(moved, URL, [{ ...first, start: 7, end: 18 }, { ...second, start: 37, end: 48 }], [d])).toEqual(new Set(['f2']));
  });

  test('an occurrence dismissal does not apply to another term at the same place, nor another page', () => {
    const d = dismissOccurrence(URL, 'INV-01', describeQuote(TEXT, 30, 41), 'd1', now);
    expect(dismissedFindingIds(TEXT, URL, [{ ...second, termId: 'SAFE-02' }], [d]).size).toBe(0);
    expect(dismissedFindingIds(TEXT, 'https://clinic.example/other', [second], [d]).size).toBe(0);
  });

  test('a site dismissal removes the term on every page of the site, and nowhere else', () => {
    const d = dismissOnSite('https://www.clinic.example/a', 'INV-01', 'd2', now);
    expect(d).toMatchObject({ kind: 'site', site: 'clinic.example' });
    expect(dismissedFindingIds(TEXT, 'https://clinic.example/b', [first, second], [d])).toEqual(new Set(['f1', 'f2']));
    expect(dismissalsFor('https://other.example/b', [d])).toEqual([]);
  });
});
