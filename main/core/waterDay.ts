import type { EngineContext } from './engineContext.js';
import { dayKey, nextLocalTime, wallAt } from './localTime.js';
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

  /**
   * Carries on a saved day. One saved on an earlier day ends at the first step, as any day does,
   * with its newDay record (the new day's goal for the history); one counted ahead of the local
   * date (a clock set back) goes on, as a day is never reopened.
   */
  restore(saved: { day: string; drinks: number[]; breaks?: BreakTally }): void {
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
    const { zone, settings } = this.ctx;
    const from = wallAt(this.today(now), settings.dayStartsAt, zone);
    return exerciseWaterMl(occurrencesBetween(this.plan(), from, nextLocalTime(from, zone, settings.dayStartsAt), zone));
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
    const nextStart = (wall: number) => nextLocalTime(wall, zone, settings.dayStartsAt);
    // A day may be counted ahead of the local date (after a flight west, or a clock set back): it
    // ends when its own next day starts, not at the next local day start.
    return Math.max(nextStart(this.ctx.wall(now)), nextStart(wallAt(day, settings.dayStartsAt, zone)));
  }

  /** When the next day starts (mono). */
  nextBoundaryAt(now: number): number {
    return this.nextDayStartAfter(this.day, now) - this.ctx.offset;
  }
}
