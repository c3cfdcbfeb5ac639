import type { Clock, TimerId } from '../core/clock.js';

/**
 * A clock for the simulator and tests: time moves only when told to, timers fire in order, and
 * every timer callback is counted (the engine's wake-ups, which the benchmark reports).
 */
export class VirtualClock implements Clock {
  private mono = 0;
  private wallJump = 0;
  private zone: string;
  private readonly timers = new Map<TimerId, { at: number; fire: () => void }>();
  private nextId = 1;
  /** Timer callbacks run so far. */
  wakeups = 0;

  constructor(
    private readonly wallAtStart: number,
    timeZone: string,
  ) {
    this.zone = timeZone;
  }

  now(): number {
    return this.mono;
  }

  wallNow(): number {
    return this.wallAtStart + this.mono + this.wallJump;
  }

  timeZone(): string {
    return this.zone;
  }

  setTimer(at: number, fire: () => void): TimerId {
    const id = this.nextId++;
    this.timers.set(id, { at, fire });
    return id;
  }

  clearTimer(id: TimerId): void {
    this.timers.delete(id);
  }

  /** How many timers are armed now (the engine keeps at most one). */
  armedTimers(): number {
    return this.timers.size;
  }

  /** When the earliest armed timer is due, or null. */
  nextTimerAt(): number | null {
    let best: number | null = null;
    for (const { at } of this.timers.values()) if (best === null || at < best) best = at;
    return best;
  }

  /** Moves time forward to `to`, firing every timer due on the way, each at its own moment. */
  advanceTo(to: number): void {
    for (;;) {
      const due = this.earliestDue(to);
      if (!due) break;
      this.timers.delete(due.id);
      this.mono = Math.max(this.mono, due.at);
      this.wakeups++;
      due.fire();
    }
    this.mono = Math.max(this.mono, to);
  }

  /** Moves time forward without firing anything (the machine is asleep); overdue timers fire at the next advance. */
  skipTo(to: number): void {
    this.mono = Math.max(this.mono, to);
  }

  /** The wall clock jumps (manual change, NTP step); monotonic time does not. */
  jumpWall(ms: number): void {
    this.wallJump += ms;
  }

  setTimeZone(zone: string): void {
    this.zone = zone;
  }

  private earliestDue(to: number): { id: TimerId; at: number; fire: () => void } | null {
    let best: { id: TimerId; at: number; fire: () => void } | null = null;
    for (const [id, t] of this.timers) if (t.at <= to && (!best || t.at < best.at)) best = { id, ...t };
    return best;
  }
}
