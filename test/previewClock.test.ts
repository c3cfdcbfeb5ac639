import { describe, expect, it } from 'vitest';
import { PreviewClock } from '../renderer/preview/previewClock.js';

describe('the preview clock', () => {
  it('gives whole milliseconds, like the real clock, at any speed and after a fast-forward', () => {
    let real = 0.3;
    const clock = new PreviewClock(Date.UTC(2025, 5, 2, 7), 'Europe/Berlin', 7, () => real);
    for (const step of [0.1, 0.37, 1.9, 13.25]) {
      real += step;
      expect(Number.isInteger(clock.now()), `now at real ${real}`).toBe(true);
      expect(Number.isInteger(clock.wallNow()), `wallNow at real ${real}`).toBe(true);
    }
    clock.setTimer(12_345.5, () => undefined);
    expect(clock.forwardToNextTimer(20_000)).toBe(true);
    real += 0.01;
    expect(Number.isInteger(clock.now())).toBe(true);
    expect(clock.now()).toBeGreaterThanOrEqual(12_345);
  });
});
