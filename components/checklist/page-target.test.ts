import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser, type Browser } from 'wxt/browser';
import { findTargetTab, loadTargetPage } from './page-target.ts';

type Tab = Browser.tabs.Tab;
const tab = (id: number, extra: Partial<Tab> = {}) => ({ id, index: 0, highlighted: false, active: false, pinned: false, incognito: false, ...extra }) as Tab;

beforeEach(() => fakeBrowser.reset());

test('?tab= names the tab', async () => {
  expect(await findTargetTab('?tab=42')).toBe(42);
});

test('the toolbar popup (not a tab itself) uses the active tab of its window', async () => {
  vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab(7, { active: true })] as never);
  expect(await findTargetTab('?tab=x')).toBe(7);
});

test('opened as a tab, it uses the most recently used other tab', async () => {
  vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(tab(1) as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab(1, { lastAccessed: 300 }), tab(2, { lastAccessed: 100 }), tab(3, { lastAccessed: 200 })] as never);
  expect(await findTargetTab('')).toBe(3);
});

test('a content script answer gives the url, title and findings', async () => {
  vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(5) as never);
  const finding = { id: 'f1', termId: 'SCT-01', category: 'SCT', severity: 'high', quote: 'stem cell facial', status: 'active' };
  vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ url: 'https://www.glow.com/x', title: 'Glow', findings: [finding] } as never);
  expect(await loadTargetPage('?tab=5')).toEqual({ tabId: 5, url: 'https://www.glow.com/x', title: 'Glow', findings: [finding] });
});

test.each([
  ['no content script', () => Promise.reject(new Error('Could not establish connection'))],
  ['a malformed answer', () => Promise.resolve({ url: 5, findings: 'x' })],
])('%s gives no findings, not an error', async (_name, reply) => {
  vi.spyOn(browser.tabs, 'get').mockResolvedValue(tab(5, { url: 'https://glow.com/' }) as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(reply as never);
  expect(await loadTargetPage('?tab=5')).toEqual({ tabId: 5, url: 'https://glow.com/', title: undefined, findings: [] });
});
