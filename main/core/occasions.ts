import { DAY, HOUR, MINUTE, type EngineContext } from './engineContext.js';
import { carryAdvice, occasionKinds, occasionsBetween, prehydrateMl, type Occasion, type OccasionKind, type Workout } from './workouts.js';
import type { ReplyAction, Snapshot, WorkoutAlertDetail } from './types.js';

/**
 * The one-off moments: around each planned workout (drink, eat or wait, warm up, cool down,
 * rehydrate) and the nightly bedtime stretch. Each is said once, only inside its window; a moment
 * that passed while the person was away or the machine slept is dropped rather than said late.
 */
export class Occasions {
  /** Occasions already said (key → wall time of the occasion), pruned after two days. */
  private readonly said = new Map<string, number>();
  /** A snoozed occasion may be said again from `until` (mono), as its next attempt. */
  private readonly snoozes = new Map<string, { until: number; attempt: number }>();
  /** The wall time the windows were last looked at: a window closing after it and unsaid is dropped. */
  private lookedAt: number | null = null;
  /** The last meal logged (mono), for the warm-up's "you ate recently". */
  lastMealAt: number | null = null;
  private cache: { from: number; to: number; zone: string; list: Occasion[] } | null = null;
  /** Moments that came due while the person was busy: said once when the hold ends, window or not. */
  private readonly held = new Map<string, Occasion>();

  constructor(
    private readonly ctx: EngineContext,
    /** The planned workouts. */
    public plan: Workout[],
  ) {}

  restore(said: readonly string[], lastMealAtWall: number | null, now: number): void {
    const wall = this.ctx.wall(now);
    for (const key of said) this.said.set(key, wall);
    this.lastMealAt = this.ctx.toMono(lastMealAtWall);
  }

  export(): { said: string[]; lastMealAt: number | null } {
    return { said: [...this.said.keys()], lastMealAt: this.lastMealAt === null ? null : this.ctx.wall(this.lastMealAt) };
  }

  /** The settings changed: the moments are computed afresh. */
  invalidate(): void {
    this.cache = null;
  }

  meal(now: number): void {
    this.lastMealAt = now;
    this.ctx.record({ event: 'meal' }, now);
  }

  /** Occasions around now, recomputed only when the day, the plan or the settings change. */
  near(now: number): Occasion[] {
    const wall = this.ctx.wall(now);
    const cache = this.cache;
    // The margins decide only how often the list is recomputed: a list reaching 12 hours back and
    // 23 ahead of now covers every window the step looks at.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: any margin inside the list's span gives the same answers
    if (cache && cache.zone === this.ctx.zone && wall >= cache.from + 12 * HOUR && wall < cache.to - 25 * HOUR) return cache.list;
    const from = wall - 24 * HOUR;
    const to = wall + 2 * DAY;
    const list = occasionsBetween(this.plan, this.ctx.settings, from, to, this.ctx.zone);
    this.cache = { from, to, zone: this.ctx.zone, list };
    return list;
  }

  /** Closes an occasion's alert when its window ends; forgets said moments after two days. */
  expire(now: number): void {
    const wall = this.ctx.wall(now);
    for (const kind of occasionKinds) {
      const occasion = this.ctx.alerts[kind]?.occasion;
      if (occasion && wall >= occasion.until) this.ctx.closeAlert(kind, 'expired', now);
    }
    for (const [key, at] of this.said) if (at < wall - 2 * DAY) this.said.delete(key);
    // Moments whose window closed since the last look without being said are recorded as dropped,
    // each once (a held one waits for its hold to end). Before the first look nothing is known.
    if (this.lookedAt !== null) {
      const since = this.lookedAt;
      for (const o of this.near(now)) {
        if (o.until <= since || o.until > wall || this.said.has(o.key) || this.held.has(o.key)) continue;
        // Said and snoozed past its window: it was said, it just ends.
        if (this.snoozes.delete(o.key)) this.said.set(o.key, o.at);
        else this.drop(o, now);
      }
    }
    this.lookedAt = wall;
  }

  private drop(occasion: Occasion, now: number): void {
    this.said.set(occasion.key, occasion.at);
    this.snoozes.delete(occasion.key);
    const o = occasion.occurrence;
    this.ctx.record({ event: 'occasionDropped', reminder: occasion.reminder, due: occasion.at, ...(o ? { workoutId: o.workout.id, workoutStart: o.start } : {}) }, now);
  }

  /** The moments due now: inside their window, or held past it. */
  private due(now: number): Occasion[] {
    const wall = this.ctx.wall(now);
    return this.near(now).filter((o) => {
      if (o.at > wall || (wall >= o.until && !this.held.has(o.key)) || this.said.has(o.key)) return false;
      const snoozed = this.snoozes.get(o.key);
      return snoozed === undefined || now >= snoozed.until;
    });
  }

  dueNow(now: number): OccasionKind | null {
    return this.due(now)[0]?.reminder ?? null;
  }

  /** The person is busy: what is due now waits (issue 10: the bedtime stretch during a film). */
  hold(now: number): void {
    for (const o of this.due(now)) this.held.set(o.key, o);
  }

  /**
   * Said, or the person went away or paused meanwhile: a held moment that passed is dropped, and so
   * is one that no longer exists (its workout moved, bedtime was turned off). One still ahead in
   * its window (the zone changed) is simply due again.
   */
  release(now: number): void {
    const wall = this.ctx.wall(now);
    const current = new Map(this.near(now).map((o) => [o.key, o]));
    for (const [key, held] of this.held) {
      if (this.said.has(key)) continue;
      const o = current.get(key);
      if (!o || wall >= o.until) this.drop(o ?? held, now);
    }
    this.held.clear();
  }

  fire(now: number): void {
    const wall = this.ctx.wall(now);
    for (const occasion of this.due(now)) {
      const attempt = (this.snoozes.get(occasion.key)?.attempt ?? 0) + 1;
      this.snoozes.delete(occasion.key);
      // Each session's moments come on time: an older, unanswered one of the same kind (the last
      // session's cool-down) makes way rather than holding the new one back.
      this.ctx.closeAlert(occasion.reminder, 'superseded', now);
      this.said.set(occasion.key, occasion.at);
      // A held moment said after its window gets a window as long as its own from now.
      const until = wall < occasion.until ? occasion.until : wall + (occasion.until - occasion.at);
      this.ctx.alerts[occasion.reminder] = { attempt, nextAt: Infinity, occasion: { key: occasion.key, until } };
      this.ctx.record({ event: 'alert', reminder: occasion.reminder, attempt, ...this.detail(occasion) }, now);
    }
  }

  private detail(occasion: Occasion): WorkoutAlertDetail {
    const o = occasion.occurrence;
    if (!o) return {};
    const w = o.workout;
    const detail: WorkoutAlertDetail = { workoutId: w.id, workoutKind: w.kind, intensity: w.intensity, hot: w.hot, workoutStart: o.start, workoutMinutes: w.minutes };
    const carry = carryAdvice(w);
    switch (occasion.reminder) {
      case 'prehydrate':
        return { ...detail, ml: prehydrateMl(this.ctx.settings.profile.bodyWeightKg), ...(carry ? { carryMl: carry.ml, drinkEveryMinutes: carry.everyMinutes } : {}) };
      case 'warmup': {
        const recentMeal = this.lastMealAt !== null && o.start - this.ctx.wall(this.lastMealAt) < this.ctx.settings.workout.mealCutoffMinutesBefore * MINUTE;
        return { ...detail, ...(carry ? { carryMl: carry.ml, drinkEveryMinutes: carry.everyMinutes } : {}), ...(recentMeal ? { recentMeal } : {}) };
      }
      case 'rehydrate':
        return { ...detail, ml: w.minutes >= 90 || w.hot ? 750 : 500, electrolytes: true };
      default:
        return detail;
    }
  }

  reply(reminder: OccasionKind, action: ReplyAction, now: number): void {
    const alert = this.ctx.alerts[reminder];
    this.ctx.record({ event: 'reply', reminder, action, hadAlert: alert !== undefined }, now);
    if (!alert?.occasion) return;
    const { key } = alert.occasion;
    this.ctx.closeAlert(reminder, 'replied', now);
    if (action === 'snooze') {
      this.said.delete(key);
      this.snoozes.set(key, { until: now + this.ctx.settings.alerts.snoozeMinutes * MINUTE, attempt: alert.attempt });
    }
  }

  /** A new plan: moments of moved or cancelled workouts go, the new ones come at their times. */
  changePlan(workouts: Workout[], now: number): void {
    this.plan = structuredClone(workouts);
    this.cache = null;
    const keys = new Set(this.near(now).map((o) => o.key));
    for (const kind of occasionKinds) {
      const occasion = this.ctx.alerts[kind]?.occasion;
      if (occasion && !keys.has(occasion.key)) this.ctx.closeAlert(kind, 'rescheduled', now);
    }
    this.ctx.record({ event: 'workoutsChanged', count: workouts.length }, now);
  }

  /** The moments a timer must wake for (mono): open alerts' window ends and every moment (the engine wakes for those ahead). */
  wakeCandidates(now: number): (number | null)[] {
    const windowEnds = occasionKinds.map((kind) => this.ctx.toMono(this.ctx.alerts[kind]?.occasion?.until ?? null));
    // Every moment, not only the first: one that is due but waiting (snoozed) must not hide the
    // ones after it. One already said wakes the engine at most for a look that finds nothing.
    const moments = this.near(now).map((o) => Math.max(o.at - this.ctx.offset, this.snoozes.get(o.key)?.until ?? -Infinity));
    return [...windowEnds, ...moments];
  }

  /** Moments in the next 24 hours not yet said, for the snapshot. */
  upcoming(now: number): Snapshot['upcoming'] {
    const wall = this.ctx.wall(now);
    return this.near(now)
      .filter((o) => o.at >= wall - MINUTE && o.at < wall + DAY && !this.said.has(o.key))
      .slice(0, 8)
      .map((o) => (o.occurrence ? { reminder: o.reminder, at: o.at, workoutId: o.occurrence.workout.id } : { reminder: o.reminder, at: o.at }));
  }
}
