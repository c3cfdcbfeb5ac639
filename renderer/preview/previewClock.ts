import type { Clock, TimerId } from '../../main/core/clock.ts';

/** setTimeout's longest delay; a longer wait re-arms when it runs out. */
const MAX_DELAY = 2 ** 31 - 1;

interface Timer {
  at: number;
  fire: () => void;
  handle: ReturnType<typeof setTimeout> | null;
}

/**
 * A Clock for the preview: simulated time that follows real time at `speed` simulated milliseconds
 * per real one (0 freezes it), and can be fast-forwarded to put the engine into a chosen state.
 * Timers are real `setTimeout`s scaled by the speed; fast-forwarding fires them in order, each at
 * its own moment, like the simulator's VirtualClock.
 */
export class PreviewClock implements Clock {
  private simulatedAtAnchor = 0;
  private realAnchor: number;
  private readonly timers = new Map<TimerId, Timer>();
  private nextId = 1;
  private forwarding = false;

  constructor(
    private readonly wallAtStart: number,
    private readonly zone: string,
    readonly speed: number,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.realAnchor = realNow();
  }

  /** Whole milliseconds, like the real clock: history times and exports then match the app's. */
  now(): number {
    return Math.floor(this.simulatedAtAnchor + (this.realNow() - this.realAnchor) * this.speed);
  }

  wallNow(): number {
    return this.wallAtStart + this.now();
  }

  timeZone(): string {
    return this.zone;
  }

  setTimer(at: number, fire: () => void): TimerId {
    const id = this.nextId++;
    this.timers.set(id, { at, fire, handle: null });
    if (!this.forwarding) this.armReal(id);
    return id;
  }

  clearTimer(id: TimerId): void {
    const timer = this.timers.get(id);
    if (timer?.handle != null) clearTimeout(timer.handle);
    this.timers.delete(id);
  }

  /**
   * Jumps to the earliest armed timer at or before `limit` and fires it. Returns false when there
   * is none, leaving time where it was.
   */
  forwardToNextTimer(limit: number): boolean {
    let earliest: [TimerId, Timer] | null = null;
    for (const entry of this.timers) if (entry[1].at <= limit && (!earliest || entry[1].at < earliest[1].at)) earliest = entry;
    if (!earliest) return false;
    const [id, timer] = earliest;
    this.forwarding = true;
    try {
      this.clearTimer(id);
      this.jumpTo(timer.at);
      timer.fire();
    } finally {
      this.forwarding = false;
      this.rearmAll();
    }
    return true;
  }

  private jumpTo(simulated: number): void {
    const now = this.now();
    this.realAnchor = this.realNow();
    this.simulatedAtAnchor = Math.max(now, simulated);
  }

  private rearmAll(): void {
    for (const id of this.timers.keys()) this.armReal(id);
  }

  private armReal(id: TimerId): void {
    const timer = this.timers.get(id);
    if (!timer || this.speed <= 0) return;
    if (timer.handle !== null) clearTimeout(timer.handle);
    const delay = Math.min(MAX_DELAY, Math.max(0, (timer.at - this.now()) / this.speed));
    timer.handle = setTimeout(() => {
      timer.handle = null;
      if (this.timers.get(id) !== timer) return;
      if (this.now() < timer.at) return this.armReal(id);
      this.timers.delete(id);
      timer.fire();
    }, delay);
  }
}
