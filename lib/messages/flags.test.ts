import { expect, test } from 'vitest';
import { isFlagReveal, isFlagSite, isFlagStart, isFlagStatus, parseFlagSite, parseFlagStatus } from './flags.ts';

test.each([
  [{ type: 'cliniccheck:flags/start', via: 'menu' }, true],
  [{ type: 'cliniccheck:flags/start', via: 'command' }, true],
  [{ type: 'cliniccheck:flags/start', via: 'page' }, false],
  [{ type: 'cliniccheck:flags/start' }, false],
  [null, false],
  ['cliniccheck:flags/start', false],
])('isFlagStart(%j) is %s', (message, ok) => expect(isFlagStart(message)).toBe(ok));

test('status and reveal', () => {
  expect(isFlagStatus({ type: 'cliniccheck:flags/status' })).toBe(true);
  expect(isFlagStatus([{ type: 'cliniccheck:flags/status' }])).toBe(false);
  expect(isFlagReveal({ type: 'cliniccheck:flags/reveal', id: 'a' })).toBe(true);
  expect(isFlagReveal({ type: 'cliniccheck:flags/reveal', id: '' })).toBe(false);
  expect(isFlagReveal({ type: 'cliniccheck:flags/reveal', id: 'x'.repeat(201) })).toBe(false);
});

test.each([
  [{ url: 'https://a.example/', anchored: ['a'], orphaned: [] }, true],
  [{ url: 'https://a.example/', anchored: ['a'], orphaned: [3] }, false],
  [{ url: 'https://a.example/', anchored: 'a', orphaned: [] }, false],
  [{ anchored: [], orphaned: [] }, false],
])('parseFlagStatus(%j)', (value, ok) => expect(parseFlagStatus(value) !== undefined).toBe(ok));

test.each([
  [{ type: 'cliniccheck:flags/site', url: 'https://www.renew.example/a' }, true],
  [{ type: 'cliniccheck:flags/site', url: 'javascript:alert(1)' }, false],
  [{ type: 'cliniccheck:flags/site', url: 'https://a.example/' + 'x'.repeat(9000) }, false],
  [{ type: 'cliniccheck:flags/site' }, false],
  [{ type: 'cliniccheck:flags/site', url: 42 }, false],
])('isFlagSite(%j) is %s', (message, ok) => expect(isFlagSite(message)).toBe(ok));

test.each([
  [{ site: 'renew.example' }, { site: 'renew.example' }],
  [{ site: '' }, undefined],
  [{ site: 'a b' }, undefined],
  [{ site: 'x'.repeat(254) }, undefined],
  [undefined, undefined],
  ['renew.example', undefined],
])('parseFlagSite(%j)', (value, parsed) => expect(parseFlagSite(value)).toEqual(parsed));
