/**
 * Some desktop sessions (several Wayland compositors) report an idle time of 0 forever. Then
 * Limber never sees anyone step away and never counts a natural break. Real input leaves gaps: a
 * reading above zero proves the sensor works; an hour of exact zeros (whole seconds, sampled
 * every few minutes) means it does not — even a fast typist pauses for a second now and then.
 */
export type IdleHealth = 'unknown' | 'ok' | 'unreliable';

export class IdleHealthMonitor {
  private health: IdleHealth = 'unknown';
  private zerosSince: number | null = null;
  private zeroReadings = 0;

  constructor(
    /** How long only zeros must be seen before calling the sensor unreliable (monotonic ms). */
    private readonly window = 60 * 60_000,
    private readonly minReadings = 15,
  ) {}

  get state(): IdleHealth {
    return this.health;
  }

  /** Feeds one reading; returns the health after it. */
  observe(idleSeconds: number, now: number): IdleHealth {
    if (idleSeconds > 0) {
      this.health = 'ok';
      this.zerosSince = null;
      this.zeroReadings = 0;
      return this.health;
    }
    if (this.health === 'ok') return this.health;
    this.zerosSince ??= now;
    this.zeroReadings++;
    if (this.zeroReadings >= this.minReadings && now - this.zerosSince >= this.window) this.health = 'unreliable';
    return this.health;
  }
}
