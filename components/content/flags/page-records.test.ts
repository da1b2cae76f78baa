import { describe, expect, test, vi } from 'vitest';
import { flagRecords, recordsConcern, touchesRecords, type RecordArea } from './page-records.ts';

const URL = 'https://www.clinic.example/treatments?x=1#top';

describe('recordsConcern', () => {
  test.each([
    ['a flag on the page (fragment ignored)', { 'flag:1': { url: 'https://www.clinic.example/treatments?x=1' } }],
    ['an occurrence dismissal on the page', { 'dismissal:1': { kind: 'occurrence', url: 'https://www.clinic.example/treatments?x=1' } }],
    ['a site dismissal for the registrable domain', { 'dismissal:1': { kind: 'site', site: 'clinic.example' } }],
    ['a site dismissal for the host itself', { 'dismissal:1': { kind: 'site', site: 'www.clinic.example' } }],
  ])('yes: %s', (_, records) => {
    expect(recordsConcern(records, URL)).toBe(true);
  });

  test.each([
    ['nothing stored', {}],
    ['a flag on another page', { 'flag:1': { url: 'https://www.clinic.example/other' } }],
    ['a flag on another query', { 'flag:1': { url: 'https://www.clinic.example/treatments?x=2' } }],
    ['version metadata only', { 'flag:1$': { v: 1 } }],
    ['an occurrence dismissal elsewhere', { 'dismissal:1': { kind: 'occurrence', url: 'https://other.example/treatments?x=1' } }],
    ['a site dismissal for a lookalike domain', { 'dismissal:1': { kind: 'site', site: 'linic.example' } }],
    ['a site dismissal without a site', { 'dismissal:1': { kind: 'site' } }],
    ['damaged records', { 'flag:1': null, 'dismissal:2': 'x', 'flag:3': 7 }],
    ['other keys with a page url', { settings: { url: 'https://www.clinic.example/treatments?x=1' } }],
  ])('no: %s', (_, records) => {
    expect(recordsConcern(records as Record<string, unknown>, URL)).toBe(false);
  });
});

test.each([
  [['flag:1'], true],
  [['dismissal:abc$'], true],
  [['settings', 'checklist:x'], false],
  [['flag-state:1'], false],
])('touchesRecords(%j) = %s', (keys, expected) => {
  expect(touchesRecords(keys)).toBe(expected);
});

describe('flagRecords', () => {
  const stored: Record<string, unknown> = {
    'flag:1': { url: URL },
    'flag:1$': { v: 1 },
    'dismissal:2': { kind: 'site', site: 'clinic.example' },
    'answer:clinic.example:q1': { status: 'red-flag', note: 'a long note' },
    settings: { enabled: true },
  };
  const area = (withKeys: boolean, data = stored) => {
    const get = vi.fn(async (keys: null | string[]) => (keys === null ? data : Object.fromEntries(keys.map((k) => [k, data[k]]))));
    const a: RecordArea = { get };
    if (withKeys) a.getKeys = async () => Object.keys(data);
    return { a, get };
  };

  test('where keys can be listed, only flag and dismissal records are read', async () => {
    const { a, get } = area(true);
    expect(Object.keys(await flagRecords(a)).sort()).toEqual(['dismissal:2', 'flag:1', 'flag:1$']);
    expect(get).toHaveBeenCalledWith(['flag:1', 'flag:1$', 'dismissal:2']);
  });

  test('with no flags or dismissals stored, no value is read at all', async () => {
    const { a, get } = area(true, { settings: { enabled: true } });
    expect(await flagRecords(a)).toEqual({});
    expect(get).not.toHaveBeenCalled();
  });

  test('without getKeys, everything is read (and the check still works)', async () => {
    const { a, get } = area(false);
    const records = await flagRecords(a);
    expect(get).toHaveBeenCalledWith(null);
    expect(recordsConcern(records, URL)).toBe(true);
  });
});
