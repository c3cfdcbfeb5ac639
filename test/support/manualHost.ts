import type { ClockHost } from '../../main/platform/clock.js';

/** A host clock the test moves by hand: the app's real timers, on virtual time. */
export class ManualHost implements ClockHost {
  private t = 0;
  private timers: { at: number; fire: () => void; id: number }[] = [];
  private nextId = 1;
  constructor(private readonly wallStart: number) {}
  wallNow = () => this.wallStart + this.t;
  monotonicNow = () => this.t;
  timeZone = () => 'Europe/Berlin';
  setTimeout = (fire: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms, fire, id });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  };
  /** Timers armed now, as wall times: what a test checks for "one timer, no polling". */
  pending(): number[] {
    return this.timers.map((timer) => this.wallStart + timer.at).sort((a, b) => a - b);
  }
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.fire();
    }
    this.t = end;
  }
}
