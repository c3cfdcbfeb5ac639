import type { PresenceReading, PresenceSensor } from './clock.js';
import { MINUTE, SECOND, type EngineContext } from './engineContext.js';
import type { Settings } from './settings.js';
import { busyReasons, type AwayReason, type BusyReason } from './types.js';

/** While an alert is held, the desktop is asked again this often (one armed timer, never a tick). */
export const HOLD_RECHECK = 90 * SECOND;

/** Whether the person chose to be left alone for this reason (Preferences, "what counts as busy"). */
function counts(reason: BusyReason, busy: Settings['busy']): boolean {
  return reason === 'app' ? busy.apps : busy[reason];
}

/**
 * How long a reason may hold an alert. A call or a screen share holds until it ends, at most
 * `alerts.callHoldMaxMinutes`; full screen, do-not-disturb and chosen apps at most
 * `alerts.busyHoldMaxMinutes` (a film must not swallow the evening's breaks).
 */
function holdLimit(reason: BusyReason, alerts: Settings['alerts']): number {
  return (reason === 'inCall' || reason === 'screenSharing' ? alerts.callHoldMaxMinutes : alerts.busyHoldMaxMinutes) * MINUTE;
}

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
  /** Busy reasons pushed by the desktop (D-Bus signals, window events), each since when (mono). */
  private readonly pushed = new Map<BusyReason, number>();
  /** Busy reasons the sensor answered when last asked, each since when it was first seen (mono). */
  private readonly sensed = new Map<BusyReason, number>();
  /** When the sensor was last asked (mono; -Infinity: not since the last release). */
  private askedAt = -Infinity;
  /** Times the sensor was asked, for the benchmark. */
  senseChecks = 0;

  constructor(
    private readonly ctx: EngineContext,
    private readonly sensor: PresenceSensor,
  ) {}

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
      const since = this.idleAway ? this.lastInputAt : now;
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

  /**
   * A pushed busy change of one reason (no reason: full screen). The history says when the person
   * became busy for any pushed reason and when the last one ended.
   */
  setBusy(busy: boolean, reason: BusyReason | undefined, now: number): void {
    const which = reason ?? 'fullScreen';
    const wasBusy = this.pushed.size > 0;
    if (busy && !this.pushed.has(which)) this.pushed.set(which, now);
    else if (!busy) this.pushed.delete(which);
    if (!wasBusy && this.pushed.size > 0) this.ctx.record({ event: 'busy' }, now);
    else if (wasBusy && this.pushed.size === 0) this.ctx.record({ event: 'busyEnd' }, now);
  }

  /** Busy for a reason the person counts as busy (pushed, or as last sensed). */
  isBusy(): boolean {
    const { busy } = this.ctx.settings;
    return [...this.pushed.keys(), ...this.sensed.keys()].some((r) => counts(r, busy));
  }

  /**
   * Whether an alert about to fire must wait, and for which reason: the first counted reason whose
   * hold limit has not run out. The sensor is asked here — only when something is about to fire —
   * and at most once per recheck interval while holding; pushed reasons need no asking.
   */
  holdReason(now: number): BusyReason | null {
    const pushed = this.holdingReason(this.pushed, now);
    if (pushed) return pushed;
    // A hold is rechecked every interval; an answer that held nothing is stale at the next alert.
    if (now - this.askedAt >= HOLD_RECHECK || this.sensed.size === 0) this.ask(now);
    return this.holdingReason(this.sensed, now);
  }

  private ask(now: number): void {
    this.askedAt = now;
    this.senseChecks++;
    const answer = new Set(this.sensor.busy?.() ?? []);
    for (const reason of [...this.sensed.keys()]) if (!answer.has(reason)) this.sensed.delete(reason);
    for (const reason of answer) if (!this.sensed.has(reason)) this.sensed.set(reason, now);
  }

  private holdingReason(reasons: Map<BusyReason, number>, now: number): BusyReason | null {
    const { busy, alerts } = this.ctx.settings;
    for (const reason of busyReasons) {
      const since = reasons.get(reason);
      if (since !== undefined && counts(reason, busy) && now - since < holdLimit(reason, alerts)) return reason;
    }
    return null;
  }

  /** A held alert is released: what was sensed is stale by the next time something is due. */
  released(): void {
    this.sensed.clear();
    this.askedAt = -Infinity;
  }

  /** While holding: when to look again (mono) — a sensed reason is rechecked, a limit runs out. */
  holdWakeAt(now: number): number | null {
    const { busy, alerts } = this.ctx.settings;
    const ends: number[] = [];
    for (const [reason, since] of [...this.pushed, ...this.sensed]) if (counts(reason, busy)) ends.push(since + holdLimit(reason, alerts));
    if (this.sensed.size > 0) ends.push(this.askedAt + HOLD_RECHECK);
    const future = ends.filter((at) => at > now);
    return future.length ? Math.min(...future) : null;
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
}
