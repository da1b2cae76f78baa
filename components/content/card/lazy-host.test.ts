import { expect, test, vi } from 'vitest';
import type { PageFinding } from '../scanner.ts';
import type { ContentUi } from '../ui/contract.ts';
import type { CardHost } from './host.tsx';
import { createLazyCardHost } from './lazy-host.ts';

const finding = (id: string) => ({ id }) as PageFinding;
const hover = { pinned: false, index: 1, total: 2 };

/** A loader that resolves when the test says so, with a recording fake host. */
function setup() {
  const real = { open: vi.fn(), close: vi.fn(), dispose: vi.fn(), reposition: vi.fn(), contains: vi.fn(() => true), current: undefined, pinned: false } as unknown as CardHost;
  let resolve!: (ui: ContentUi) => void;
  let reject!: (error: Error) => void;
  const loadUi = vi.fn(() => new Promise<ContentUi>((ok, fail) => ((resolve = ok), (reject = fail))));
  const onClose = vi.fn();
  const lazy = createLazyCardHost(document, onClose, loadUi);
  const load = async () => {
    resolve({ createCardHost: () => real } as unknown as ContentUi);
    await vi.waitFor(() => expect(loadUi).toHaveBeenCalled());
    await Promise.resolve();
  };
  return { real, lazy, loadUi, onClose, load, fail: (e: Error) => reject(e) };
}

test('nothing loads until a card opens; the finding asked for opens once the card code is there', async () => {
  const { real, lazy, loadUi, load } = setup();
  expect(loadUi).not.toHaveBeenCalled();
  lazy.open(finding('a'), hover);
  lazy.open(finding('b'), { pinned: true, index: 2, total: 2 });
  // The hover loop sees the pending finding as current and does not ask again.
  expect(lazy.current?.id).toBe('b');
  expect(lazy.pinned).toBe(true);
  expect(lazy.contains(null)).toBe(false);
  await load();
  expect(loadUi).toHaveBeenCalledTimes(1);
  expect(real.open).toHaveBeenCalledTimes(1);
  expect(real.open).toHaveBeenCalledWith(finding('b'), { pinned: true, index: 2, total: 2 });
  // From now on every call goes straight to the real card.
  lazy.open(finding('a'), hover);
  lazy.close();
  expect(real.open).toHaveBeenCalledTimes(2);
  expect(real.close).toHaveBeenCalledTimes(1);
  expect(lazy.contains(null)).toBe(true);
});

test('a card closed before its code arrived does not open, and its highlight is released', async () => {
  const { real, lazy, onClose, load } = setup();
  lazy.open(finding('a'), hover);
  lazy.close();
  expect(onClose).toHaveBeenCalledWith(finding('a'));
  expect(lazy.current).toBeUndefined();
  await load();
  expect(real.open).not.toHaveBeenCalled();
});

test('after dispose a late load opens nothing', async () => {
  const { real, lazy, load } = setup();
  lazy.open(finding('a'), hover);
  lazy.dispose();
  await load();
  expect(real.open).not.toHaveBeenCalled();
  expect(lazy.current).toBeUndefined();
});

test('a failed load releases the pending finding', async () => {
  const { lazy, onClose, fail, loadUi } = setup();
  lazy.open(finding('a'), hover);
  fail(new Error('blocked'));
  await vi.waitFor(() => expect(onClose).toHaveBeenCalledWith(finding('a')));
  expect(lazy.current).toBeUndefined();
  expect(loadUi).toHaveBeenCalledTimes(1);
});
