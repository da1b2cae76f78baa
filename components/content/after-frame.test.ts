import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterNextFrame } from './after-frame.ts';

/** A window whose frames come only when the test renders one. */
function fakeView() {
  const frames = new Map<number, FrameRequestCallback>();
  let next = 1;
  const view = {
    requestAnimationFrame: (cb: FrameRequestCallback) => (frames.set(next, cb), next++),
    cancelAnimationFrame: (id: number) => void frames.delete(id),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  const render = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((cb) => cb(0));
  };
  return { view, render };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('afterNextFrame', () => {
  test('starts in a task after the next frame, not in the frame itself', () => {
    const { view, render } = fakeView();
    const start = vi.fn();
    afterNextFrame(view, start);
    vi.advanceTimersByTime(50);
    expect(start).not.toHaveBeenCalled();
    render();
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(200);
    expect(start).toHaveBeenCalledOnce();
  });

  test('starts after the time limit when no frame comes (a hidden tab), and only once', () => {
    const { view, render } = fakeView();
    const start = vi.fn();
    afterNextFrame(view, start, 100);
    vi.advanceTimersByTime(99);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledOnce();
    render();
    vi.advanceTimersByTime(200);
    expect(start).toHaveBeenCalledOnce();
  });

  test('a cancelled start never happens', () => {
    const { view, render } = fakeView();
    const start = vi.fn();
    afterNextFrame(view, start)();
    render();
    vi.advanceTimersByTime(500);
    expect(start).not.toHaveBeenCalled();
  });
});
