import { describe, expect, it } from 'vitest';
import { countTicks, measureWakeups } from '../bench/engine.js';

// The bench's wake-up figures are counts on a virtual clock, so they are deterministic and can be
// held to their targets here. Timings are never asserted.
describe('bench: timer wake-ups', () => {
  it('a 1-second ticking design wakes 3600 times an hour', () => {
    expect(countTicks(2 * 60 * 60_000)).toBe(7200);
  });

  it('an 8-hour day at the keyboard costs at most 70 wake-ups an hour, over 40 times fewer than ticking', () => {
    const figures = measureWakeups();
    expect(figures.activeHours).toBe(8);
    expect(figures.alerts).toBeGreaterThan(0); // the day really had reminders in it
    expect(figures.tickWakeups).toBe(8 * 3600);
    expect(figures.wakeupsPerActiveHour).toBeLessThanOrEqual(70);
    expect(figures.tickBaselineRatio).toBeGreaterThan(40);
  });

  it('asks the desktop whether the person is busy only when something is about to fire', () => {
    const figures = measureWakeups();
    // Once per alert about to fire (first showings; answered before any repeat): no polling.
    expect(figures.senseChecks).toBe(figures.alerts);
    expect(figures.senseChecksPerActiveHour).toBeLessThanOrEqual(30);
  });
});
