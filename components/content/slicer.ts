import { yieldToMain } from './yield.ts';

/** Thrown out of a slice when its scan was cancelled (disposed, or replaced by a newer full scan). */
export class Cancelled extends Error {}

export interface Slicer {
  /** Call between units of work: yields to the page once `sliceMs` of work has run. */
  tick(): Promise<void>;
  elapsedMs(): number;
  /** The longest stretch of work without yielding so far. */
  longestMs(): number;
}

export function createSlicer(sliceMs: number, cancelled: () => boolean): Slicer {
  const started = performance.now();
  let sliceStart = started;
  let longest = 0;
  return {
    async tick() {
      const now = performance.now();
      if (now - sliceStart < sliceMs) return;
      longest = Math.max(longest, now - sliceStart);
      await yieldToMain();
      if (cancelled()) throw new Cancelled();
      sliceStart = performance.now();
    },
    elapsedMs: () => performance.now() - started,
    longestMs: () => Math.max(longest, performance.now() - sliceStart),
  };
}
