/**
 * The clock behind a full scan's `phases` (scanner-types.ts, for the
 * benchmark): at the end of each of the five phases the scan takes its wall
 * time and its main-thread time so far, and the phases are the differences.
 */
import type { ScanResult } from './scanner-types.ts';
import type { Slicer } from './slicer.ts';

export type ScanPhases = NonNullable<ScanResult['phases']>;

export function phaseClock(slicer: Pick<Slicer, 'elapsedMs' | 'busyMs' | 'pauses'>) {
  const wall = [0];
  const busy = [0];
  /** Phase `i`'s share of `at` (the readings at each phase's end). */
  const of = (at: number[], i: number) => at[i + 1]! - at[i]!;
  return {
    /** Ends the current phase: reading and sending, waiting for the reply, placing, painting, notifying. */
    lap(): void {
      wall.push(slicer.elapsedMs());
      busy.push(slicer.busyMs());
    },
    /** The figures, once the five phases have ended; `detectMs` is detection's own time, where it ran. */
    phases(texts: number, detectMs: number | undefined): ScanPhases {
      return {
        readMs: of(wall, 0),
        waitMs: of(wall, 1),
        placeMs: of(wall, 2),
        paintMs: of(wall, 3),
        notifyMs: of(wall, 4),
        readBusyMs: of(busy, 0),
        replyBusyMs: of(busy, 1),
        placeBusyMs: of(busy, 2),
        paintBusyMs: of(busy, 3),
        notifyBusyMs: of(busy, 4),
        texts,
        pauses: slicer.pauses(),
        ...(detectMs !== undefined ? { detectMs } : {}),
      };
    },
  };
}
