import { DateTime } from 'luxon';
import { Engine, type EngineState } from '../../main/core/engine.js';
import { resolveSettings, type SettingsPatch } from '../../main/core/settings.js';
import type { AlertKind, BusyReason, EngineInput, HistoryRecord, ReminderKind, Snapshot } from '../../main/core/types.js';
import type { Workout } from '../../main/core/workouts.js';
import { VirtualClock } from '../../main/sim/virtualClock.js';

export const MINUTE = 60_000;

/** A real engine on a virtual clock, with a person whose keyboard activity the test controls. */
export class Harness {
  readonly clock: VirtualClock;
  readonly engine: Engine;
  readonly records: { t: number; record: HistoryRecord }[] = [];
  snapshot: Snapshot | null = null;
  private lastInput = 0;
  private idleFrom: number | null = null;
  locked = false;
  /** What the desktop says when asked whether the person is busy; every question is counted. */
  sensedBusy: BusyReason[] = [];
  busyAsked: number[] = [];

  constructor(options: { start?: string; zone?: string; settings?: SettingsPatch; restore?: EngineState; workouts?: Workout[] } = {}) {
    const zone = options.zone ?? 'Europe/Berlin';
    const start = DateTime.fromISO(options.start ?? '2026-03-02T08:00:00', { zone }).toMillis();
    this.clock = new VirtualClock(start, zone);
    this.engine = new Engine({
      clock: this.clock,
      sensor: {
        read: () => ({ idleSeconds: this.idleSeconds(), locked: this.locked }),
        busy: () => {
          this.busyAsked.push(this.clock.now() / MINUTE);
          return [...this.sensedBusy];
        },
      },
      settings: resolveSettings(options.settings ?? {}),
      restore: options.restore ?? null,
      workouts: options.workouts ?? [],
    });
    this.engine.subscribe((out) => {
      if (out.type === 'record') this.records.push({ t: this.clock.now(), record: out.record });
      else this.snapshot = out.snapshot;
    });
    this.engine.start();
  }

  private idleSeconds(): number {
    const now = this.clock.now();
    const last = this.idleFrom === null ? now : Math.max(this.idleFrom, this.lastInput);
    return (now - last) / 1000;
  }

  /** Let `minutes` pass with the person working at the keyboard. */
  work(minutes: number): this {
    this.clock.advanceTo(this.clock.now() + minutes * MINUTE);
    return this;
  }

  /** The person stops touching the keyboard for `minutes`, then comes back. */
  awayFor(minutes: number): this {
    this.idleFrom = this.clock.now();
    this.clock.advanceTo(this.clock.now() + minutes * MINUTE);
    this.idleFrom = null;
    this.lastInput = this.clock.now();
    return this;
  }

  /** Stop input (without coming back yet). */
  stopInput(): this {
    this.idleFrom = this.clock.now();
    return this;
  }

  resumeInput(): this {
    this.idleFrom = null;
    this.lastInput = this.clock.now();
    return this;
  }

  /** The person does something (input), then the engine receives it. */
  do(input: EngineInput): this {
    this.resumeInput();
    this.engine.dispatch(input);
    return this;
  }

  /** The OS reports something (no user input implied). */
  os(input: EngineInput): this {
    this.engine.dispatch(input);
    return this;
  }

  /** The machine sleeps for `minutes`: no timers fire; then it wakes and the person is back. */
  sleepFor(minutes: number): this {
    this.engine.dispatch({ type: 'suspend' });
    this.idleFrom = this.clock.now();
    this.clock.skipTo(this.clock.now() + minutes * MINUTE);
    this.idleFrom = null;
    this.lastInput = this.clock.now();
    this.engine.dispatch({ type: 'wake' });
    this.clock.advanceTo(this.clock.now());
    return this;
  }

  /** Minutes since start, with fractions. */
  minutes(): number {
    return this.clock.now() / MINUTE;
  }

  alerts(kind?: AlertKind): { minute: number; reminder: AlertKind; attempt: number; replaces?: ReminderKind }[] {
    return this.records.flatMap(({ t, record }) =>
      record.event === 'alert' && (!kind || record.reminder === kind)
        ? [{ minute: t / MINUTE, reminder: record.reminder, attempt: record.attempt, ...(record.replaces ? { replaces: record.replaces } : {}) }]
        : [],
    );
  }

  events(name: HistoryRecord['event']): { minute: number; record: HistoryRecord }[] {
    return this.records.filter((r) => r.record.event === name).map(({ t, record }) => ({ minute: t / MINUTE, record }));
  }

  /** The device's local wall time ("HH:mm") at `minute` minutes after the start (assuming no jumps). */
  wallClockAt(minute: number): string {
    return DateTime.fromMillis(this.clock.wallNow() - (this.clock.now() - minute * MINUTE), { zone: this.clock.timeZone() }).toFormat('HH:mm');
  }

  /** Local wall time of the device, "HH:mm". */
  wallClock(): string {
    return DateTime.fromMillis(this.clock.wallNow(), { zone: this.clock.timeZone() }).toFormat('HH:mm');
  }
}
