import { DAY, type EngineContext } from './engineContext.js';
import { dayKey, nextLocalTime } from './localTime.js';
import { exerciseWaterMl, occurrencesBetween, type Workout } from './workouts.js';

/** Today's movement breaks, for the Today view: taken (done or timed out), skipped, natural, missed. */
export interface BreakTally {
  taken: number;
  skipped: number;
  natural: number;
  missed: number;
}
export const noBreaks = (): BreakTally => ({ taken: 0, skipped: 0, natural: 0, missed: 0 });

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

  /** Carries on a saved day if it is still today. */
  restore(saved: { day: string; drinks: number[]; breaks?: BreakTally }): void {
    if (saved.day !== this.day) return;
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

  undo(now: number): void {
    const ml = this.drinks.pop();
    if (ml !== undefined) this.ctx.record({ event: 'drinkUndone', ml, todayMl: this.todayMl() }, now);
  }

  /** Starts a new day when the local date (from `dayStartsAt`) differs from the counted one. */
  rollOver(now: number): void {
    const day = this.today(now);
    if (day === this.day) return;
    this.day = day;
    this.drinks = [];
    this.breaks = noBreaks();
    this.ctx.record({ event: 'newDay', day, goalMl: this.goalMl(now) }, now);
  }

  /** The day boundary, when the next day starts (mono). */
  nextBoundaryAt(now: number): number {
    return nextLocalTime(this.ctx.wall(now), this.ctx.zone, this.ctx.settings.dayStartsAt) - this.ctx.offset;
  }
}
