import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { describeQuote } from '../../../lib/anchoring/describe.ts';
import { dismissOccurrence } from '../../../lib/flags/dismissal-match.ts';
import type { PageFinding } from '../scanner.ts';
import { setBody } from '../testing.ts';
import { FindingHooks, siteOfPage } from './findings.ts';
import type { FlagUi } from './ui.tsx';

beforeEach(() => fakeBrowser.reset());

test('the site key comes from the background, which holds the public-suffix list', async () => {
  const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ site: 'renew.co.uk' } as never);
  await expect(siteOfPage('https://shop.renew.co.uk/a')).resolves.toBe('renew.co.uk');
  expect(send).toHaveBeenCalledWith({ type: 'cliniccheck:flags/site', url: 'https://shop.renew.co.uk/a' });
});

test.each([
  ['no background answer', () => Promise.reject(new Error('Could not establish connection'))],
  ['a malformed answer', () => Promise.resolve({ site: 'a b' })],
])('with %s, the page host is the site', async (_, answer) => {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(answer as never);
  await expect(siteOfPage('https://shop.renew.co.uk/a')).resolves.toBe('shop.renew.co.uk');
});

test("the page's text is read for the dismissals only when one concerns the page; findings pass meanwhile", () => {
  setBody('<p>Our facial gives permanent results.</p>');
  const text = document.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 18);
  range.setEnd(text, 35);
  const finding = { id: 'f1', termId: 'permanent-results', start: 18, end: 35, range } as unknown as PageFinding;
  const changed = vi.fn();
  const hooks = new FindingHooks({} as FlagUi, async () => undefined, changed);
  const walk = vi.spyOn(document, 'createTreeWalker');
  // Before the dismissals are read, nothing passes (no dismissed finding flashes up).
  expect(hooks.filter(finding)).toBe(false);
  const elsewhere = dismissOccurrence('https://other.example/page', 'permanent-results', describeQuote(text.data, 18, 35), 'd1', new Date());
  hooks.update([elsewhere]);
  expect(walk).not.toHaveBeenCalled();
  expect(hooks.filter(finding)).toBe(true);
  const here = dismissOccurrence(location.href, 'permanent-results', describeQuote(text.data, 18, 35), 'd2', new Date());
  hooks.update([elsewhere, here]);
  expect(walk).toHaveBeenCalled();
  expect(hooks.filter(finding)).toBe(false);
  expect(changed).toHaveBeenCalledTimes(2);
  walk.mockRestore();
});
