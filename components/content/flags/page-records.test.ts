import { describe, expect, test } from 'vitest';
import { recordsConcern, touchesRecords } from './page-records.ts';

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
