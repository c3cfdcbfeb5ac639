import type { PresenceReading } from './clock.js';
import { MINUTE, SECOND, type EngineContext } from './engineContext.js';
import type { AwayReason, BusyReason } from './types.js';

/** A change of presence found by a step: the person went away (since when), or came back. */
export type PresenceChange = { type: 'away'; since: number; reason: AwayReason } | { type: 'back'; awayMs: number } | null;

/**
 * Whether the person is at the machine: idle time, lock and sleep make an away spell; and whether
 * they are busy. It decides only presence; what an away spell means for the reminders (a natural
 * break, a stale alert) is the schedule's business.
 */
export class Presence {
  lastInputAt = 0;
  private idleAway = false;
  private sensorLocked = false;
  private eventLocked = false;
  asleep = false;
  /** Start of the current away spell (mono), or null while present. */
  awaySince: number | null = null;
  busySince: number | null = null;
  busyReason: BusyReason = 'fullScreen';

  constructor(private readonly ctx: EngineContext) {}

  /** Takes an idle reading. */
  read(reading: PresenceReading, now: number): void {
    const idleMs = Math.max(0, reading.idleSeconds * SECOND);
    this.lastInputAt = now - idleMs;
    this.idleAway = idleMs >= this.ctx.settings.presence.idleThresholdMinutes * MINUTE;
    this.sensorLocked = reading.locked;
  }

  setLocked(locked: boolean): void {
    this.eventLocked = locked;
  }

  awayReason(): AwayReason | null {
    if (this.asleep) return 'asleep';
    if (this.eventLocked || this.sensorLocked) return 'locked';
    if (this.idleAway) return 'idle';
    return null;
  }

  /** Starts or ends the away spell to match what is known now. */
  update(now: number): PresenceChange {
    const reason = this.awayReason();
    if (reason && this.awaySince === null) {
      // An idle spell began when input stopped, not when we noticed it.
      const since = Math.min(now, this.idleAway ? this.lastInputAt : now);
      this.awaySince = since;
      return { type: 'away', since, reason };
    }
    if (!reason && this.awaySince !== null) {
      const awayMs = now - this.awaySince;
      this.awaySince = null;
      return { type: 'back', awayMs };
    }
    return null;
  }

  /** A pushed busy change. */
  setBusy(busy: boolean, reason: BusyReason | undefined, now: number): void {
    if (busy && this.busySince === null) {
      this.busySince = now;
      this.busyReason = reason ?? 'fullScreen';
      this.ctx.record({ event: 'busy' }, now);
    } else if (!busy && this.busySince !== null) {
      this.busySince = null;
      this.ctx.record({ event: 'busyEnd' }, now);
    }
  }

  /** Alerts wait while busy, at most the hold maximum. */
  holding(now: number): boolean {
    return this.busySince !== null && now - this.busySince < this.ctx.settings.alerts.busyHoldMaxMinutes * MINUTE;
  }

  /** The next moment presence must be looked at (mono). */
  nextSampleAt(now: number): number | null {
    const s = this.ctx.settings.presence;
    if (this.awaySince === null) return Math.max(this.lastInputAt + s.idleThresholdMinutes * MINUTE, now + SECOND);
    if (this.asleep) return null;
    // Look for the return often at first (a short absence ends soon), less often after ten minutes.
    const slow = now - this.awaySince >= 10 * MINUTE ? 3 : 1;
    return now + s.awayPollSeconds * SECOND * slow;
  }

  /** When the busy hold runs out (mono). */
  holdEndsAt(): number | null {
    return this.busySince === null ? null : this.busySince + this.ctx.settings.alerts.busyHoldMaxMinutes * MINUTE;
  }
}
