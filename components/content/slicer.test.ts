import { expect, test } from 'vitest';
import { Cancelled, createSlicer } from './slicer.ts';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

test('waiting on work done elsewhere ends the slice: the wait is not counted as work', async () => {
  const slicer = createSlicer(1000, () => false);
  busy(5);
  const value = await slicer.wait(new Promise((r) => setTimeout(() => r('answer'), 60)));
  busy(5);
  expect(value).toBe('answer');
  expect(slicer.longestMs()).toBeGreaterThanOrEqual(4);
  expect(slicer.longestMs()).toBeLessThan(40);
  expect(slicer.elapsedMs()).toBeGreaterThanOrEqual(60);
  // Both slices of work, not the wait between them.
  expect(slicer.busyMs()).toBeGreaterThanOrEqual(9);
  expect(slicer.busyMs()).toBeLessThan(50);
});

test('a scan cancelled while it waited stops there', async () => {
  let cancelled = false;
  const slicer = createSlicer(8, () => cancelled);
  const waiting = slicer.wait(new Promise((r) => setTimeout(r, 5)));
  cancelled = true;
  await expect(waiting).rejects.toBeInstanceOf(Cancelled);
});

test('work done for the scan in tasks of its own is charged to it', () => {
  const slicer = createSlicer(1000, () => false);
  slicer.charge(30, 20);
  expect(slicer.busyMs()).toBeGreaterThanOrEqual(30);
  expect(slicer.busyMs()).toBeLessThan(45);
  expect(slicer.longestMs()).toBeGreaterThanOrEqual(20);
});
