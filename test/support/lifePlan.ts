import { DateTime } from 'luxon';
import { resolveSettings } from '../../main/core/settings.js';
import { reminderKinds, replyActions } from '../../main/core/types.js';
import type { Scenario, ScenarioEvent, UserAction } from '../../main/sim/scenario.js';
import { Prng } from './prng.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** [from, to) in elapsed ms since the scenario's start (the monotonic timeline). */
export interface Spell {
  from: number;
  to: number;
}

export interface PlannedAction {
  at: number;
  act: UserAction;
}

export interface PlannedJump {
  at: number;
  jumpMs: number;
}

/**
 * A generated stretch of someone's life at the machine, kept as ground truth beside the scenario
 * built from it: the checks judge the engine against this, not against the engine's own records.
 */
export interface LifePlan {
  label: string;
  seed: number;
  days: number;
  scenario: Scenario;
  /** Spells without input; the user is idle from `from`, the moment input stopped. */
  idle: Spell[];
  locks: Spell[];
  suspends: Spell[];
  busy: Spell[];
  actions: PlannedAction[];
  jumps: PlannedJump[];
}

export interface LifeOptions {
  label: string;
  seed: number;
  timeZone: string;
  /** Local date of the first day ("2026-02-15"); the run starts at 07:00 local that day. */
  firstDay: string;
  days: number;
  respond: Scenario['respond'];
  /** Long stretches at the keyboard between spells away, so stretches come due and moves turn into them. */
  focused?: boolean;
}

/** Spells are whole seconds, so no two moments of a plan fall between the engine's millisecond steps. */
const seconds = (ms: number) => Math.round(ms / SECOND) * SECOND;
const minutes = (n: number) => seconds(n * MINUTE);

/**
 * Plans `days` of working life: mornings and evenings, glances away, idle spells, locks, lids closed,
 * lunches, nights asleep (and a few nights locked or idle), busy spells, replies and intents, and
 * wall-clock jumps (mostly a wrong step and its correction). On a day the clocks change the person
 * is at the machine from 00:30 and pauses "until tomorrow" at 01:30, across the change.
 */
export function planLife(options: LifeOptions): LifePlan {
  return new Planner(options).plan();
}

class Planner {
  private readonly rng: Prng;
  private readonly zone: string;
  private readonly first: DateTime;
  private readonly startWall: number;
  private readonly durationMs: number;
  private readonly idle: Spell[] = [];
  private readonly locks: Spell[] = [];
  private readonly suspends: Spell[] = [];
  private readonly busy: Spell[] = [];
  private readonly actions: PlannedAction[] = [];
  private readonly jumps: PlannedJump[] = [];

  constructor(private readonly options: LifeOptions) {
    this.rng = new Prng(options.seed);
    this.zone = options.timeZone;
    this.first = DateTime.fromISO(options.firstDay, { zone: options.timeZone }).startOf('day');
    if (!this.first.isValid) throw new Error(`bad first day ${options.firstDay}`);
    this.startWall = this.first.set({ hour: 7 }).toMillis();
    this.durationMs = this.first.plus({ days: options.days }).set({ hour: 7 }).toMillis() - this.startWall;
  }

  plan(): LifePlan {
    const { rng } = this;
    let nightFrom: number | null = null;
    for (let d = 0; d < this.options.days; d++) {
      const date = this.first.plus({ days: d });
      const weekend = date.weekday >= 6;
      const clocksChange = isClockChangeDay(date);
      const clocksChangeTomorrow = isClockChangeDay(date.plus({ days: 1 }));
      if (d > 0 && weekend && !clocksChange && rng.chance(0.2)) continue; // a day off: the night goes on

      let morning = d === 0 ? 0 : clocksChange ? this.at(date, 30) : this.at(date, weekend ? rng.int(540, 690) : rng.int(390, 570));
      if (nightFrom !== null) {
        morning = Math.max(morning, nightFrom + 20 * MINUTE);
        morning = this.night(nightFrom, morning);
      }
      let cursor = morning;
      if (clocksChange) {
        // Awake across the change, pausing "until tomorrow" (04:00) before it.
        cursor = Math.max(cursor, this.at(date, 105));
        this.actions.push({ at: this.at(date, 90), act: { action: 'pause', pause: { for: 'tomorrow' } } });
      }
      const late = !clocksChangeTomorrow && rng.chance(0.25);
      const evening = this.at(date, late ? rng.int(1260, 1420) : rng.int(990, clocksChangeTomorrow ? 1200 : 1230));
      const end = this.day(cursor, evening);
      const dayQuiet = this.quietSpellsBetween(morning, end);
      this.busySpells(morning, evening);
      this.dailyActions(morning, end, dayQuiet);
      nightFrom = end;
    }
    if (nightFrom !== null && nightFrom < this.durationMs) this.night(nightFrom, this.durationMs);
    this.clockJumps();
    return this.build();
  }

  /** Elapsed ms of a local time of day (minutes after midnight) on `date`. */
  private at(date: DateTime, minuteOfDay: number): number {
    return date.set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }).toMillis() - this.startWall;
  }

  /** Spells of one day at the machine; returns when the person leaves for the night. */
  private day(from: number, evening: number): number {
    const { rng } = this;
    let cursor = from;
    for (;;) {
      if (this.options.focused) cursor += minutes(rng.chance(0.2) ? rng.between(1, 20) : rng.between(40, 170));
      else cursor += minutes(rng.chance(0.3) ? rng.between(1, 8) : rng.between(8, 70));
      if (cursor >= evening) return cursor;
      cursor = this.episode(cursor);
    }
  }

  private episode(a: number): number {
    const { rng } = this;
    // Idle spells keep clear of 3 min (the idle threshold) and of 5 min ± the 10 s away poll (the
    // stretch's natural break), where the ground truth could honestly differ from what the engine can know.
    switch (rng.weighted({ glance: 22, idle: 26, lock: 20, lid: 10, autoLock: 10, autoSleep: 6, lunch: 6 })) {
      case 'glance':
        return this.spell(this.idle, a, seconds(rng.between(15, 170) * SECOND));
      case 'idle': {
        const length = rng.weighted({ short: 3, medium: 5, long: 2 });
        const mins = length === 'short' ? rng.between(3.5, 4.4) : length === 'medium' ? rng.between(5.6, 25) : rng.between(25, 90);
        return this.spell(this.idle, a, minutes(mins));
      }
      case 'lock': {
        const length = rng.weighted({ brief: 3, short: 3, long: 4 });
        const secs = length === 'brief' ? rng.between(20, 110) : length === 'short' ? rng.between(130, 290) : rng.between(310, 45 * 60);
        return this.spell(this.locks, a, seconds(secs * SECOND));
      }
      case 'lid':
        return this.spell(this.suspends, a, rng.chance(0.5) ? seconds(rng.between(30, 600) * SECOND) : minutes(rng.between(10, 120)));
      case 'autoLock': {
        // Walked away; the screen locked itself later; back to unlock it.
        const lockAfter = minutes(rng.between(3.5, 12));
        const length = lockAfter + minutes(rng.between(0.5, 40));
        this.spell(this.locks, a + lockAfter, length - lockAfter);
        return this.spell(this.idle, a, length);
      }
      case 'autoSleep': {
        const sleepAfter = minutes(rng.between(3.5, 15));
        this.spell(this.idle, a, sleepAfter);
        return this.spell(this.suspends, a + sleepAfter, minutes(rng.between(1, 60)));
      }
      case 'lunch':
        return this.spell(rng.chance(0.5) ? this.suspends : this.locks, a, minutes(rng.between(30, 75)));
    }
  }

  /** Away from `from` until `morning` (or the run's end); returns when the person is back at the keyboard. */
  private night(from: number, morning: number): number {
    const { rng } = this;
    const kind = morning - from < 40 * MINUTE ? 'lid' : rng.weighted({ lid: 55, idleThenSleep: 25, lockedThroughWake: 12, lockedAllNight: 4, idleAllNight: 4 });
    switch (kind) {
      case 'lid':
        this.spell(this.suspends, from, morning - from);
        return morning;
      case 'idleThenSleep': {
        const sleepAfter = minutes(rng.between(4, 30));
        this.spell(this.idle, from, sleepAfter);
        this.spell(this.suspends, from + sleepAfter, morning - from - sleepAfter);
        return morning;
      }
      case 'lockedThroughWake': {
        // Idle, locked by itself, asleep; woken in the morning and unlocked a little later.
        const lockAfter = minutes(rng.between(4, 15));
        const sleepAfter = lockAfter + minutes(rng.between(1, 20));
        const unlock = morning + seconds(rng.between(10, 90) * SECOND);
        this.spell(this.idle, from, unlock - from);
        this.spell(this.locks, from + lockAfter, unlock - from - lockAfter);
        this.spell(this.suspends, from + sleepAfter, morning - from - sleepAfter);
        return unlock;
      }
      case 'lockedAllNight': {
        const lockAfter = minutes(rng.between(4, 15));
        this.spell(this.idle, from, morning - from);
        this.spell(this.locks, from + lockAfter, morning - from - lockAfter);
        return morning;
      }
      case 'idleAllNight':
        this.spell(this.idle, from, morning - from);
        return morning;
    }
  }

  private spell(list: Spell[], from: number, length: number): number {
    list.push({ from, to: from + length });
    return from + length;
  }

  private quietSpellsBetween(from: number, to: number): Spell[] {
    return [...this.idle, ...this.locks, ...this.suspends].filter((s) => s.to > from && s.from < to);
  }

  private busySpells(from: number, to: number): void {
    const { rng } = this;
    const count = Number(rng.weighted({ 0: 3, 1: 4, 2: 3, 3: 1 }));
    for (let i = 0; i < count; i++) {
      const start = seconds(rng.between(from, to));
      const length = rng.chance(0.7) ? minutes(rng.between(3, 55)) : minutes(rng.between(62, 150));
      const spell = { from: start, to: start + length };
      if (this.busy.some((b) => b.from < spell.to + MINUTE && spell.from < b.to + MINUTE)) continue;
      this.busy.push(spell);
    }
  }

  /** Intents, at moments when the person is at the keyboard (well clear of any spell's edges). */
  private dailyActions(from: number, to: number, quiet: Spell[]): void {
    const { rng } = this;
    const margin = 15 * SECOND;
    const present = (t: number) => t >= from && t < to && !quiet.some((s) => t > s.from - margin && t < s.to + margin);
    const count = rng.int(3, 12);
    for (let i = 0; i < count; i++) {
      const at = seconds(rng.between(from, to));
      if (!present(at)) continue;
      const kind = rng.weighted({ drink: 20, reply: 30, breakNow: 8, pauseMinutes: 10, pauseTomorrow: 4, pauseIndefinitely: 4, resume: 8 });
      switch (kind) {
        case 'drink':
          this.actions.push({ at, act: { action: 'drink', ml: rng.chance(0.5) ? undefined : rng.int(1, 12) * 50 } });
          break;
        case 'reply':
          this.actions.push({ at, act: { action: rng.pick(replyActions), reminder: rng.pick(reminderKinds) } });
          break;
        case 'breakNow':
          this.actions.push({ at, act: { action: 'breakNow' } });
          break;
        case 'pauseMinutes':
          this.actions.push({ at, act: { action: 'pause', pause: { for: 'minutes', minutes: rng.int(5, 180) } } });
          break;
        case 'pauseTomorrow':
          this.actions.push({ at, act: { action: 'pause', pause: { for: 'tomorrow' } } });
          break;
        case 'pauseIndefinitely': {
          const resumeAt = seconds(at + minutes(rng.between(10, 240)));
          if (!present(resumeAt)) break;
          this.actions.push({ at, act: { action: 'pause', pause: { for: 'indefinitely' } } }, { at: resumeAt, act: { action: 'resume' } });
          break;
        }
        case 'resume':
          this.actions.push({ at, act: { action: 'resume' } });
          break;
      }
    }
  }

  /**
   * Wall-clock jumps of 1 to 180 minutes, at any moment (asleep included): mostly a wrong step and
   * its correction, otherwise single steps that lean back towards the true time. They are at least
   * 30 minutes apart and at most one falls in a sleep, so each is seen before the next: the checks'
   * tolerance after a jump assumes that.
   */
  private clockJumps(): void {
    const { rng } = this;
    let drift = 0;
    const fits = (at: number) => {
      if (at <= 0 || at >= this.durationMs) return false;
      if (this.jumps.some((j) => Math.abs(j.at - at) < 30 * MINUTE)) return false;
      const sleep = this.suspends.find((s) => at >= s.from && at < s.to);
      return !sleep || !this.jumps.some((j) => j.at >= sleep.from && j.at < sleep.to);
    };
    for (let d = 0; d < this.options.days; d++) {
      if (!rng.chance(0.35)) continue;
      // Half a second off the whole seconds of every other event, so nothing coincides with a jump.
      const at = seconds(rng.between(d * 24 * HOUR, (d + 1) * 24 * HOUR)) + 500;
      if (!fits(at)) continue;
      const size = rng.int(1, 180) * MINUTE;
      if (rng.chance(0.6)) {
        const sign = rng.chance(0.5) ? 1 : -1;
        this.jumps.push({ at, jumpMs: sign * size });
        let back: number | null = null;
        for (let tries = 0; tries < 5 && back === null; tries++) {
          const candidate = seconds(at + rng.between(31 * MINUTE, 6 * HOUR)) + 500;
          if (fits(candidate)) back = candidate;
        }
        if (back !== null) this.jumps.push({ at: back, jumpMs: -sign * size });
        else drift += sign * size;
      } else {
        // A step towards the true time (never past it) when the clock is off, otherwise either way.
        const sign = drift === 0 ? (rng.chance(0.5) ? 1 : -1) : rng.chance(0.75) || Math.abs(drift) > 3 * HOUR ? -Math.sign(drift) : Math.sign(drift);
        const step = sign === -Math.sign(drift) ? Math.min(size, Math.abs(drift)) : size;
        this.jumps.push({ at, jumpMs: sign * step });
        drift += sign * step;
      }
    }
    this.jumps.sort((a, b) => a.at - b.at);
  }

  private build(): LifePlan {
    const inRun = <T extends { at: number }>(e: T) => e.at < this.durationMs;
    const spells = (type: 'away' | 'lock' | 'suspend' | 'busy', list: Spell[]): ScenarioEvent[] =>
      list.map((s) => ({ type, at: s.from, durationMs: s.to - s.from }));
    const events: ScenarioEvent[] = [
      ...spells('away', this.idle),
      ...spells('lock', this.locks),
      ...spells('suspend', this.suspends),
      ...spells('busy', this.busy),
      ...this.actions.map((a): ScenarioEvent => ({ type: 'action', at: a.at, act: a.act })),
      ...this.jumps.map((j): ScenarioEvent => ({ type: 'clockJump', at: j.at, jumpMs: j.jumpMs })),
    ]
      .filter(inRun)
      .sort((a, b) => a.at - b.at);
    const byStart = (a: Spell, b: Spell) => a.from - b.from;
    return {
      label: this.options.label,
      seed: this.options.seed,
      days: this.options.days,
      scenario: {
        timeZone: this.zone,
        startWall: this.startWall,
        durationMs: this.durationMs,
        // The random person snoozes as often as they like: the limits on putting breaks off have
        // their own tests (breakLimits.test.ts), and a refused reply would end the run.
        settings: resolveSettings({ breaks: { maxSnoozes: null } }),
        respond: this.options.respond,
        events,
      },
      idle: this.idle.filter((s) => s.from < this.durationMs).sort(byStart),
      locks: this.locks.filter((s) => s.from < this.durationMs).sort(byStart),
      suspends: this.suspends.filter((s) => s.from < this.durationMs).sort(byStart),
      busy: this.busy.filter((s) => s.from < this.durationMs).sort(byStart),
      actions: this.actions.filter(inRun).sort((a, b) => a.at - b.at),
      jumps: this.jumps.filter(inRun),
    };
  }
}

function isClockChangeDay(date: DateTime): boolean {
  const midnight = date.startOf('day');
  return midnight.offset !== midnight.plus({ days: 1 }).offset;
}
