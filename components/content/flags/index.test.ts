import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { keptByFilters } from '../findings-filter.ts';
import type { PageFinding } from '../scanner.ts';
import type { ContentUi, PageFlagsUi } from '../ui/contract.ts';
import { startFlags } from './index.ts';

const finding = { id: 'cc-1' } as PageFinding;
let stop: () => void;

/** Starts the core flags feature with a fake on-demand UI whose filter drops everything. */
function start() {
  const flags = { ready: Promise.resolve(), keeps: vi.fn(() => false), status: () => ({ url: 'u', anchored: ['f1'], orphaned: [] }) } as unknown as PageFlagsUi;
  const loadUi = vi.fn(async () => ({ flags }) as unknown as ContentUi);
  const ctx = { addEventListener: vi.fn(), onInvalidated: (fn: () => void) => (stop = fn) } as unknown as ContentScriptContext;
  startFlags(ctx, loadUi);
  return { loadUi, flags };
}

/** Asks the content script as the popup does; it answers through sendResponse (see answer.ts). */
function ask(message: unknown): Promise<unknown> {
  // The fake's trigger is typed without sendResponse; the listeners still receive it.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => void trigger(message, {}, resolve));
}

beforeEach(() => {
  stop?.();
  fakeBrowser.reset();
});

test('with no flags or dismissals for the page, findings pass and the UI never loads', async () => {
  await browser.storage.local.set({ 'flag:1': { url: 'https://elsewhere.example/' } });
  const { loadUi } = start();
  // Until storage has answered, no finding shows (a dismissed one must not flash).
  expect(keptByFilters(finding)).toBe(false);
  await vi.waitFor(() => expect(keptByFilters(finding)).toBe(true));
  expect(loadUi).not.toHaveBeenCalled();
  const status = await ask({ type: 'cliniccheck:flags/status' });
  expect(status).toEqual({ url: location.href, anchored: [], orphaned: [] });
  expect(loadUi).not.toHaveBeenCalled();
});

test('a dismissal for this page loads the UI, whose filter then decides', async () => {
  await browser.storage.local.set({ 'dismissal:1': { kind: 'occurrence', url: location.href.split('#')[0] } });
  const { loadUi, flags } = start();
  await vi.waitFor(() => expect(loadUi).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => {
    expect(keptByFilters(finding)).toBe(false);
    expect(flags.keeps).toHaveBeenCalledWith(finding);
  });
  expect(await ask({ type: 'cliniccheck:flags/status' })).toMatchObject({ anchored: ['f1'] });
});

test('a flag saved later for this page (another tab, the card) loads the UI', async () => {
  const { loadUi } = start();
  await vi.waitFor(() => expect(keptByFilters(finding)).toBe(true));
  expect(loadUi).not.toHaveBeenCalled();
  await browser.storage.local.set({ 'flag:2': { url: location.href.split('#')[0] } });
  await vi.waitFor(() => expect(loadUi).toHaveBeenCalledTimes(1));
});

test('a UI that fails to load does not hide findings', async () => {
  await browser.storage.local.set({ 'flag:1': { url: location.href.split('#')[0] } });
  const ctx = { addEventListener: vi.fn(), onInvalidated: (fn: () => void) => (stop = fn) } as unknown as ContentScriptContext;
  startFlags(ctx, () => Promise.reject(new Error('blocked')));
  await vi.waitFor(() => expect(keptByFilters(finding)).toBe(true));
});

test('a selection gone before the UI loaded gets no Flag button; a later one does', async () => {
  document.body.textContent = 'Results that last a lifetime.';
  const showAdder = vi.fn();
  const flags = { ready: Promise.resolve(), keeps: () => true, showAdder, hideAdder: vi.fn() } as unknown as PageFlagsUi;
  let resolve!: (ui: ContentUi) => void;
  const loaded = new Promise<ContentUi>((ok) => (resolve = ok));
  const ctx = { addEventListener: vi.fn(), onInvalidated: (fn: () => void) => (stop = fn) } as unknown as ContentScriptContext;
  startFlags(ctx, () => loaded);
  const select = (start: number, end: number) => {
    const range = document.createRange();
    range.setStart(document.body.firstChild!, start);
    range.setEnd(document.body.firstChild!, end);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup'));
  };
  select(0, 7);
  await new Promise((r) => setTimeout(r, 30));
  getSelection()!.removeAllRanges();
  document.dispatchEvent(new MouseEvent('mouseup'));
  await new Promise((r) => setTimeout(r, 30));
  resolve({ flags } as unknown as ContentUi);
  await new Promise((r) => setTimeout(r, 10));
  expect(showAdder).not.toHaveBeenCalled();
  select(8, 12);
  await vi.waitFor(() => expect(showAdder).toHaveBeenCalledTimes(1));
  expect(String(showAdder.mock.calls[0]![0])).toBe('that');
});
