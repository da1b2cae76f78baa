import { expect, test } from 'vitest';
import { phaseClock } from './scan-phases.ts';

test('each phase is the difference of the readings at its start and end, in wall and main-thread time', () => {
  let wall = 0;
  let busy = 0;
  const clock = phaseClock({ elapsedMs: () => wall, busyMs: () => busy, pauses: () => 4 });
  for (const [w, b] of [[10, 6], [30, 7], [33, 10], [40, 15], [41, 16]]) {
    [wall, busy] = [w!, b!];
    clock.lap();
  }
  expect(clock.phases(3, 12)).toEqual({
    readMs: 10, waitMs: 20, placeMs: 3, paintMs: 7, notifyMs: 1,
    readBusyMs: 6, replyBusyMs: 1, placeBusyMs: 3, paintBusyMs: 5, notifyBusyMs: 1,
    texts: 3, pauses: 4, detectMs: 12,
  });
  expect(clock.phases(3, undefined)).not.toHaveProperty('detectMs');
});
