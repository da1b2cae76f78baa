import { expect, test } from 'vitest';
import { dismissalsFor, siteDismissal } from './dismissal-match.ts';
import { hostOf, isOnSite } from './page-url.ts';
import { siteOf } from './url.ts';

test.each([
  ['https://www.Renew.example/a?b#c', 'www.renew.example'],
  ['http://127.0.0.1:4173/x.html', '127.0.0.1'],
  ['https://user:pw@clinic.example:8443/', 'clinic.example'],
  ['https://clinic.example./', 'clinic.example'],
  ['http://[::1]:8080/', '[::1]'],
  ['not a url', ''],
])('hostOf(%s) is %s', (url, host) => expect(hostOf(url)).toBe(host));

// The content script matches site dismissals with isOnSite (no public-suffix
// list); it must agree with comparing siteOf, which the background computes.
test.each([
  ['https://www.renew.example/a', 'https://renew.example/b', true],
  ['https://a.b.renew.co.uk/', 'https://renew.co.uk/', true],
  ['https://shop.renew.co.uk/', 'https://other.co.uk/', false],
  ['https://notrenew.example/', 'https://renew.example/', false],
  ['https://renew.example.evil.test/', 'https://renew.example/', false],
  ['http://127.0.0.1:4173/x.html', 'http://127.0.0.1:9000/', true],
  ['http://127.0.0.1/', 'http://27.0.0.1/', false],
  ['http://localhost:3000/', 'http://localhost/', true],
  ['https://user.github.io/', 'https://other.github.io/', true],
])('a page at %s is on the site of %s: %s, as siteOf says', (page, dismissedOn, same) => {
  const site = siteOf(dismissedOn);
  expect(siteOf(page) === site).toBe(same);
  expect(isOnSite(hostOf(page), site)).toBe(same);
  expect(dismissalsFor(page, [siteDismissal(site, 'INV-01', 'd1', new Date(0))])).toHaveLength(same ? 1 : 0);
});

test('an empty host or site matches nothing', () => {
  expect(isOnSite('', 'renew.example')).toBe(false);
  expect(isOnSite('renew.example', '')).toBe(false);
});
