import { DAY, type EngineContext } from './engineContext.js';
import { dayKey, nextLocalTime } from './localTime.js';
import { exerciseWaterMl, occurrencesBetween, type Workout } from './workouts.js';

/**
 * Today's movement breaks, for the Today view: taken (done or timed out), skipped, natural, missed,
 * and snoozed (each time a break was put off, so one break snoozed twice counts two).
 */
export interface BreakTally {
  taken: number;
  skipped: number;
  natural: number;
  missed: number;
  snoozed: number;
}
export const noBreaks = (): BreakTally => ({ taken: 0, skipped: 0, natural: 0, missed: 0, snoozed: 0 });

/**
 * The day as the person counts it (from `dayStartsAt`): today's drinks against the goal, and
 * today's break tally. Both start afresh when the day changes.
 */
export class WaterDay {
  day = '';
  drinks: number[] = [];
  breaks: BreakTally = noBreaks();

  constructor(
    private readonly ctx: EngineContext,
    /** The planned workouts, whose extra water joins today's goal. */
    private readonly plan: () => readonly Workout[],
  ) {}

  begin(now: number): void {
    this.day = this.today(now);
    this.drinks = [];
  }

  /** Carries on a saved day if it is still today (or later: a clock set back never reopens a day). */
  restore(saved: { day: string; drinks: number[]; breaks?: BreakTally }): void {
    if (saved.day < this.day) return;
    this.day = saved.day;
    this.drinks = [...saved.drinks];
    this.breaks = { ...noBreaks(), ...saved.breaks };
  }

  export(): { day: string; drinks: number[]; breaks: BreakTally } {
    return { day: this.day, drinks: [...this.drinks], breaks: { ...this.breaks } };
  }

  today(now: number): string {
    return dayKey(this.ctx.wall(now), this.ctx.zone, this.ctx.settings.dayStartsAt);
  }

  todayMl(): number {
    return this.drinks.reduce((a, b) => a + b, 0);
  }

  /** Extra water for today's planned workouts (the day as the water count has it). */
  exerciseMl(now: number): number {
    const plan = this.plan();
    if (plan.length === 0) return 0;
    const wall = this.ctx.wall(now);
    const { zone, settings } = this.ctx;
    const dayStart = nextLocalTime(wall - DAY, zone, settings.dayStartsAt);
    const from = dayStart > wall ? dayStart - DAY : dayStart;
    return exerciseWaterMl(occurrencesBetween(plan, from, nextLocalTime(from, zone, settings.dayStartsAt), zone));
  }

  goalMl(now: number): number {
    return this.ctx.settings.hydrate.dailyGoalMl + this.exerciseMl(now);
  }

  add(ml: number, now: number): void {
    this.drinks.push(ml);
    this.ctx.record({ event: 'drink', ml, todayMl: this.todayMl() }, now);
  }

  /** Takes back today's last drink; false when there is none. */
  undo(now: number): boolean {
    const ml = this.drinks.pop();
    if (ml === undefined) return false;
    this.ctx.record({ event: 'drinkUndone', ml, todayMl: this.todayMl() }, now);
    return true;
  }

  /**
   * Starts a new day when the local date (from `dayStartsAt`) passes the counted one. A day only
   * ever advances: a clock set back, a flight west or a later day start keep today's drinks, and
   * the next day starts when the day start next comes after the counted day (ISO dates compare as
   * strings).
   */
  rollOver(now: number): void {
    const day = this.today(now);
    if (day <= this.day) return;
    this.day = day;
    this.drinks = [];
    this.breaks = noBreaks();
    this.ctx.record({ event: 'newDay', day, goalMl: this.goalMl(now) }, now);
  }

  /** The first day start after now (wall) that begins a day later than `day`, in today's zone. */
  nextDayStartAfter(day: string, now: number): number {
    const { zone, settings } = this.ctx;
    let at = this.ctx.wall(now);
    // A day may be counted ahead of the local date (after a flight west): look a few day starts on.
    for (let i = 0; i < 4; i++) {
      at = nextLocalTime(at, zone, settings.dayStartsAt);
      if (dayKey(at, zone, settings.dayStartsAt) > day) return at;
    }
    return at;
  }

  /** When the next day starts (mono). */
  nextBoundaryAt(now: number): number {
    return this.nextDayStartAfter(this.day, now) - this.ctx.offset;
  }
}
