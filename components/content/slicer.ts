import { yieldToMain } from './yield.ts';

/** Thrown out of a slice when its scan was cancelled (disposed, or replaced by a newer full scan). */
export class Cancelled extends Error {}

/**
 * Cuts a scan into slices of about `sliceMs` of work. Loops check `due()`
 * (a clock read, no promise) after each unit of work and `await pause()` only
 * when it says so: an `await` per unit cost a microtask each, thousands per
 * page.
 *
 * ```ts
 * for (const run of runs) { work(run); if (slicer.due()) await slicer.pause(); }
 * ```
 */
export interface Slicer {
  /** Whether this slice has used its time: the caller should `pause()` now. */
  due(): boolean;
  /** Yields to the page; throws `Cancelled` if the scan was cancelled meanwhile. */
  pause(): Promise<void>;
  /**
   * Awaits work done elsewhere (detection in the background): the page's
   * main thread is free meanwhile, so this ends the slice like a pause.
   * Throws `Cancelled` if the scan was cancelled meanwhile.
   */
  wait<T>(work: Promise<T>): Promise<T>;
  /**
   * Counts work done for this scan in tasks of its own (the page's handling
   * of detection's reply messages while the scan waited): `ms` in all, the
   * longest task `longestMs`.
   */
  charge(ms: number, longestMs: number): void;
  /** `pause()` when due, else nothing: for loops where one await per unit is cheap enough. */
  tick(): Promise<void>;
  elapsedMs(): number;
  /** The longest stretch of work without yielding so far. */
  longestMs(): number;
  /** Main-thread time used so far: the slices added up, without the pauses and waits between them. */
  busyMs(): number;
  /** How many times the scan yielded. */
  pauses(): number;
}

export function createSlicer(sliceMs: number, cancelled: () => boolean): Slicer {
  const started = performance.now();
  let sliceStart = started;
  let longest = 0;
  let busy = 0;
  let pauses = 0;
  /** Ends the current slice. */
  const endSlice = () => {
    const slice = performance.now() - sliceStart;
    longest = Math.max(longest, slice);
    busy += slice;
  };
  const slicer: Slicer = {
    due: () => performance.now() - sliceStart >= sliceMs,
    async pause() {
      endSlice();
      pauses++;
      await yieldToMain();
      if (cancelled()) throw new Cancelled();
      sliceStart = performance.now();
    },
    async wait(work) {
      endSlice();
      try {
        return await work;
      } finally {
        sliceStart = performance.now();
        if (cancelled()) throw new Cancelled();
      }
    },
    charge(ms, longestMs) {
      busy += ms;
      longest = Math.max(longest, longestMs);
    },
    tick: () => (slicer.due() ? slicer.pause() : Promise.resolve()),
    elapsedMs: () => performance.now() - started,
    longestMs: () => Math.max(longest, performance.now() - sliceStart),
    busyMs: () => busy + performance.now() - sliceStart,
    pauses: () => pauses,
  };
  return slicer;
}
