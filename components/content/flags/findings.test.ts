import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { siteOfPage } from './findings.ts';

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
