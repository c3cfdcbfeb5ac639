import type { Clock, PresenceSensor, TimerId } from './clock.js';
import {
  advanceInside,
  dayKey,
  everyDay,
  nextInside,
  nextLocalTime,
  overlap,
  weeklyWindows,
  type DailyWindows,
} from './localTime.js';
import { crampEntrySchema } from './diary.js';
import { resolveSettings, defaultSettings, type Settings } from './settings.js';
import {
  carryAdvice,
  exerciseWaterMl,
  occasionKinds,
  occasionsBetween,
  occurrencesBetween,
  prehydrateMl,
  workoutPlanSchema,
  type Occasion,
  type OccasionKind,
  type Workout,
} from './workouts.js';
import {
  assertNever,
  type AlertKind,
  type WorkoutAlertDetail,
  type AlertCloseReason,
  type AwayReason,
  type BusyReason,
  type EngineInput,
  type EngineOutput,
  type HistoryRecord,
  type MovementKind,
  type PauseRequest,
  type ReminderKind,
  type ReplyAction,
  type Snapshot,
} from './types.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Wall-clock changes smaller than this are drift, not a jump worth recording. */
const JUMP_WORTH_RECORDING = MINUTE;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

interface AlertState {
  attempt: number;
  /** When the next repeat (or, after the last repeat, the verdict "missed") is due. */
  nextAt: number;
  /** For a workout or bedtime alert: which occasion, and until when it makes sense (wall). */
  occasion?: { key: string; until: number };
}

interface ActiveCount {
  /** Active milliseconds banked before the current counting span. */
  banked: number;
  /** When the count was last reset; active time before it does not count. */
  resetAt: number;
}

type PauseState = { untilMono: number; untilWall: number } | { untilMono: null; untilWall: number } | { untilMono: null; untilWall: null };

export interface EngineOptions {
  clock: Clock;
  sensor: PresenceSensor;
  settings?: Settings;
  /** What the engine saved before the app last quit (or crashed), to carry on from. */
  restore?: EngineState | null;
  /** The planned workouts. */
  workouts?: Workout[];
}

/** What survives a restart. Times are wall times: monotonic time means nothing across runs. */
export interface EngineState {
  version: 1;
  savedAt: number;
  activeMs: Record<MovementKind, number>;
  /** The last drink or hydration alert. */
  hydrateFrom: number;
  pause: { until: number | null } | null;
  water: { day: string; drinks: number[]; breaks?: BreakTally };
  /** Workout and bedtime moments already said, so a restart never says one twice. */
  said?: string[];
  /** The last meal logged (wall), for the warm-up's "you ate recently". */
  lastMealAt?: number | null;
}

/** Today's movement breaks, for the Today view: taken (done or timed out), skipped, natural, missed. */
export interface BreakTally {
  taken: number;
  skipped: number;
  natural: number;
  missed: number;
}
const noBreaks = (): BreakTally => ({ taken: 0, skipped: 0, natural: 0, missed: 0 });

/** After a start, nothing fires for this long: an app that nags the moment it opens is broken. */
const START_GRACE = 2 * MINUTE;

type Listener = (output: EngineOutput) => void;

/**
 * Decides when to remind someone to move, stretch and drink. It is event-driven: every input and
 * every timer runs one step (sync clock → sense presence → apply → expire → fire → publish → arm),
 * and each step arms exactly one timer for the next moment anything can change.
 */
export class Engine {
  private readonly clock: Clock;
  private readonly sensor: PresenceSensor;
  private settings: Settings;
  private workingHours: DailyWindows;
  private hydrateWindow: DailyWindows;
  private readonly listeners = new Set<Listener>();

  private running = false;
  private stepping = false;
  private readonly queue: EngineInput[] = [];
  private timer: { id: TimerId; at: number } | null = null;

  // Time: wall = mono + offset, in `zone`.
  private offset = 0;
  private zone = 'UTC';

  // Presence.
  private lastInputAt = 0;
  private idleAway = false;
  private sensorLocked = false;
  private eventLocked = false;
  private asleep = false;
  private awaySince: number | null = null;
  private busySince: number | null = null;
  private busyReason: BusyReason = 'fullScreen';

  // Counting: active time accrues only while present and not paused.
  private countingSince: number | null = null;
  private readonly counts: Record<MovementKind, ActiveCount> = {
    move: { banked: 0, resetAt: 0 },
    stretch: { banked: 0, resetAt: 0 },
  };
  private hydrateFrom = 0;
  private movementSnoozedUntil: number | null = null;
  private hydrateSnoozedUntil: number | null = null;
  /** Nothing fires before this (the grace after a start that carried on from a saved state). */
  private quietUntil: number | null = null;
  private readonly alerts: Partial<Record<AlertKind, AlertState>> = {};
  private plan: Workout[] = [];
  /** Occasions already said (key → wall time of the occasion), pruned after two days. */
  private readonly said = new Map<string, number>();
  /** A snoozed occasion may be said again from this moment (mono). */
  private readonly occasionSnoozes = new Map<string, number>();
  private lastMealAt: number | null = null;
  private occasionCache: { from: number; to: number; zone: string; list: Occasion[] } | null = null;
  private breakState: { reminder: MovementKind; until: number } | null = null;
  private pause: PauseState | null = null;

  private water: { day: string; drinks: number[] } = { day: '', drinks: [] };
  private breaks: BreakTally = noBreaks();
  private lastSnapshot = '';
  private published: Snapshot | null = null;
  private publishedAt = 0;
  /** Records emitted so far: a step that emits none and takes no input can skip the snapshot. */
  private recorded = 0;

  private readonly restoreFrom: EngineState | null;

  constructor(options: EngineOptions) {
    this.restoreFrom = options.restore ?? null;
    this.plan = [...(options.workouts ?? [])];
    this.clock = options.clock;
    this.sensor = options.sensor;
    this.settings = options.settings ?? defaultSettings();
    this.workingHours = weeklyWindows(this.settings.workingHours);
    this.hydrateWindow = everyDay(this.settings.hydrate.window);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts counting from now, as if the user had just sat down. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const now = this.clock.now();
    this.offset = this.clock.wallNow() - now;
    this.zone = this.clock.timeZone();
    this.lastInputAt = now;
    this.resetAll(now);
    this.water = { day: this.today(now), drinks: [] };
    this.countingSince = now;
    if (this.restoreFrom) this.carryOn(this.restoreFrom, now);
    this.run(null);
  }

  /**
   * Carries on from a saved state. The time the app was not running is treated like time away: a
   * quick restart keeps the counts, a longer one counts as the breaks it could have been.
   */
  private carryOn(saved: EngineState, now: number): void {
    const wall = now + this.offset;
    const gap = wall - saved.savedAt;
    for (const key of saved.said ?? []) this.said.set(key, wall);
    if (saved.lastMealAt !== undefined && saved.lastMealAt !== null) this.lastMealAt = saved.lastMealAt - this.offset;
    if (saved.water.day === this.water.day) {
      this.water = { day: saved.water.day, drinks: [...saved.water.drinks] };
      this.breaks = { ...noBreaks(), ...saved.water.breaks };
    }
    if (saved.pause && (saved.pause.until === null || saved.pause.until > wall)) {
      this.pause = { untilMono: null, untilWall: saved.pause.until };
      this.countingSince = null;
      return;
    }
    if (gap >= 0) {
      for (const kind of ['move', 'stretch'] as const) {
        if (gap < this.settings[kind].durationMinutes * MINUTE) this.counts[kind] = { banked: Math.max(0, saved.activeMs[kind]), resetAt: now };
      }
      this.hydrateFrom = Math.min(saved.hydrateFrom - this.offset, now);
    }
    this.quietUntil = now + START_GRACE;
  }

  /** The state to save, so that a restart carries on where this run left off. */
  exportState(): EngineState {
    const now = this.clock.now();
    return {
      version: 1,
      savedAt: now + this.offset,
      activeMs: { move: this.active('move', now), stretch: this.active('stretch', now) },
      hydrateFrom: this.hydrateFrom + this.offset,
      pause: this.pause ? { until: this.pause.untilWall } : null,
      water: { day: this.water.day, drinks: [...this.water.drinks], breaks: { ...this.breaks } },
      said: [...this.said.keys()],
      lastMealAt: this.lastMealAt === null ? null : this.lastMealAt + this.offset,
    };
  }

  stop(): void {
    this.running = false;
    if (this.timer) this.clock.clearTimer(this.timer.id);
    this.timer = null;
  }

  getSettings(): Settings {
    return structuredClone(this.settings);
  }

  /** The state as last published: between steps nothing in it changes (due times are absolute). */
  snapshot(): Snapshot {
    return structuredClone(this.published ?? this.buildSnapshot(this.clock.now()));
  }

  /** Applies one input. Throws InputError (or SettingsError) for bad input, changing nothing. */
  dispatch(input: EngineInput): void {
    if (!this.running) throw new InputError('the engine is not running');
    this.validate(input);
    this.run(input);
  }

  // ── the step ──────────────────────────────────────────────────────────────────────────────

  private run(input: EngineInput | null): void {
    if (this.stepping) {
      // A listener reacting to an output: finish this step first, then take the input.
      if (input) this.queue.push(input);
      return;
    }
    this.stepping = true;
    try {
      this.step(input);
      for (let next = this.queue.shift(); next; next = this.queue.shift()) this.step(next);
    } finally {
      this.stepping = false;
    }
  }

  private readonly onTimer = (): void => {
    this.timer = null;
    if (this.running) this.run(null);
  };

  private step(input: EngineInput | null): void {
    const now = this.clock.now();
    const recordedBefore = this.recorded;
    this.syncClock(now);
    if (!this.asleep) this.sense(now);
    if (input) this.apply(input, now);
    this.expire(now);
    this.fireDue(now);
    this.publish(now, input !== null || this.recorded !== recordedBefore);
    this.arm(now);
  }

  private syncClock(now: number): void {
    const offset = this.clock.wallNow() - now;
    const zone = this.clock.timeZone();
    const jump = offset - this.offset;
    if (Math.abs(jump) < SECOND && zone === this.zone) return;
    // Bank active time under the old wall clock: working hours are read on the clock in force then.
    this.bankCounting(now);
    const oldZone = this.zone;
    this.offset = offset;
    this.zone = zone;
    if (this.countingSince !== null) this.countingSince = now;
    if (Math.abs(jump) >= JUMP_WORTH_RECORDING) this.record({ event: 'clockChanged', jumpMinutes: Math.round(jump / MINUTE) }, now);
    if (zone !== oldZone) this.record({ event: 'timeZoneChanged', from: oldZone, to: zone }, now);
  }

  private sense(now: number): void {
    const reading = this.sensor.read();
    const idleMs = Math.max(0, reading.idleSeconds * SECOND);
    this.lastInputAt = now - idleMs;
    this.idleAway = idleMs >= this.settings.presence.idleThresholdMinutes * MINUTE;
    this.sensorLocked = reading.locked;
    this.updatePresence(now);
  }

  private awayReason(): AwayReason | null {
    if (this.asleep) return 'asleep';
    if (this.eventLocked || this.sensorLocked) return 'locked';
    if (this.idleAway) return 'idle';
    return null;
  }

  private updatePresence(now: number): void {
    const reason = this.awayReason();
    if (reason && this.awaySince === null) {
      // An idle spell began when input stopped, not when we noticed it.
      const since = Math.min(now, this.idleAway ? this.lastInputAt : now);
      this.awaySince = since;
      this.stopCounting(Math.max(since, this.countingSince ?? since));
      this.record({ event: 'away', since: since + this.offset, reason }, now);
    } else if (!reason && this.awaySince !== null) {
      const awayMs = now - this.awaySince;
      this.awaySince = null;
      this.record({ event: 'back', awayMinutes: roundMinutes(awayMs) }, now);
      this.naturalBreaks(awayMs, now);
      // An alert nobody saw for longer than its repeat interval is stale; if the reminder is still
      // due it is asked afresh, once.
      if (this.alerts.hydrate && awayMs >= this.settings.alerts.repeatEveryMinutes * MINUTE) this.closeAlert('hydrate', 'expired', now);
      if (!this.pause) this.countingSince = now;
    }
  }

  /** An away spell at least as long as a break counts as that break taken. */
  private naturalBreaks(awayMs: number, now: number): void {
    const taken = (['stretch', 'move'] as const).filter(
      (kind) => this.settings[kind].enabled && awayMs >= this.settings[kind].durationMinutes * MINUTE,
    );
    if (taken.length === 0) return;
    for (const kind of taken) this.closeAlert(kind, 'naturalBreak', now);
    this.breaks.natural++;
    this.record({ event: 'naturalBreak', reminders: taken, minutes: roundMinutes(awayMs) }, now);
    this.breakTaken(taken.includes('stretch') ? 'stretch' : 'move', now);
  }

  private apply(input: EngineInput, now: number): void {
    switch (input.type) {
      case 'suspend':
        this.asleep = true;
        this.updatePresence(now);
        return;
      case 'wake':
        this.asleep = false;
        this.sense(now);
        return;
      case 'lock':
        this.eventLocked = true;
        this.updatePresence(now);
        return;
      case 'unlock':
        this.eventLocked = false;
        this.sense(now);
        return;
      case 'busy':
        if (input.busy && this.busySince === null) {
          this.busySince = now;
          this.busyReason = input.reason ?? 'fullScreen';
          this.record({ event: 'busy' }, now);
        } else if (!input.busy && this.busySince !== null) {
          this.busySince = null;
          this.record({ event: 'busyEnd' }, now);
        }
        return;
      case 'reply':
        if ((occasionKinds as readonly string[]).includes(input.reminder)) this.replyToOccasion(input.reminder as OccasionKind, input.action, now);
        else this.reply(input.reminder as ReminderKind, input.action, now);
        return;
      case 'meal':
        this.lastMealAt = now;
        this.record({ event: 'meal' }, now);
        return;
      case 'workouts':
        this.changePlan(input.workouts, now);
        return;
      case 'cramp':
        this.record({ event: 'cramp', ...input.cramp }, now);
        return;
      case 'deleteCramp':
        this.record({ event: 'crampDeleted', id: input.id }, now);
        return;
      case 'drink':
        this.drink(input.ml ?? this.settings.hydrate.defaultDrinkMl, now);
        return;
      case 'undoDrink': {
        const ml = this.water.drinks.pop();
        if (ml !== undefined) this.record({ event: 'drinkUndone', ml, todayMl: this.todayMl() }, now);
        return;
      }
      case 'pause':
        this.startPause(input.pause, now);
        return;
      case 'resume':
        if (this.pause) this.resumeFresh('user', now);
        return;
      case 'breakNow':
        if (!this.breakState) this.startBreak(this.nextMovementKind(now), 'breakNow', now);
        return;
      case 'settings':
        this.changeSettings(resolveSettings(input.patch, this.settings), now);
        return;
      case 'clockCheck':
        return; // syncClock has already run for this step
      default:
        assertNever(input, 'engine input');
    }
  }

  private expire(now: number): void {
    if (this.quietUntil !== null && now >= this.quietUntil) this.quietUntil = null;
    // An alert left up when its window closes is not carried into tomorrow.
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      if (this.alerts[kind] && !this.windowFor(kind).contains(now + this.offset, this.zone)) this.closeAlert(kind, 'expired', now);
    }
    for (const kind of occasionKinds) {
      const occasion = this.alerts[kind]?.occasion;
      if (occasion && now + this.offset >= occasion.until) this.closeAlert(kind, 'expired', now);
    }
    for (const [key, at] of this.said) if (at < now + this.offset - 2 * DAY) this.said.delete(key);
    if (this.pause && this.pauseEndsAt() !== null && now >= (this.pauseEndsAt() as number)) this.resumeFresh('expired', now);
    if (this.breakState && now >= this.breakState.until) {
      const { reminder } = this.breakState;
      this.breakState = null;
      this.breaks.taken++;
      this.record({ event: 'breakEnd', reminder }, now);
      this.breakTaken(reminder, now);
    }
    const day = this.today(now);
    if (day !== this.water.day) {
      this.water = { day, drinks: [] };
      this.breaks = noBreaks();
      this.record({ event: 'newDay', day, goalMl: this.settings.hydrate.dailyGoalMl + this.exerciseMl(now) }, now);
    }
  }

  private fireDue(now: number): void {
    if (this.awaySince !== null || this.pause || this.holding(now)) return;
    if (this.quietUntil !== null && now < this.quietUntil) return;
    if (!this.breakState && this.workingHours.contains(now + this.offset, this.zone)) this.fireMovement(now);
    if (this.settings.hydrate.enabled && this.hydrateWindow.contains(now + this.offset, this.zone)) this.fireHydrate(now);
    this.fireOccasions(now);
  }

  /** Workout and bedtime moments: said once, only inside their window; a passed one is dropped. */
  private fireOccasions(now: number): void {
    const wall = now + this.offset;
    for (const occasion of this.occasionsNear(now)) {
      if (occasion.at > wall || wall >= occasion.until || this.said.has(occasion.key) || this.alerts[occasion.reminder]) continue;
      const snoozedUntil = this.occasionSnoozes.get(occasion.key);
      if (snoozedUntil !== undefined && now < snoozedUntil) continue;
      this.occasionSnoozes.delete(occasion.key);
      this.said.set(occasion.key, occasion.at);
      this.alerts[occasion.reminder] = { attempt: 1, nextAt: Infinity, occasion: { key: occasion.key, until: occasion.until } };
      this.record({ event: 'alert', reminder: occasion.reminder, attempt: 1, ...this.occasionDetail(occasion) }, now);
    }
  }

  private occasionDetail(occasion: Occasion): WorkoutAlertDetail {
    const o = occasion.occurrence;
    if (!o) return {};
    const w = o.workout;
    const detail: WorkoutAlertDetail = { workoutId: w.id, workoutKind: w.kind, intensity: w.intensity, hot: w.hot, workoutStart: o.start, workoutMinutes: w.minutes };
    const carry = carryAdvice(w);
    switch (occasion.reminder) {
      case 'prehydrate':
        return { ...detail, ml: prehydrateMl(this.settings.profile.bodyWeightKg), ...(carry ? { carryMl: carry.ml, drinkEveryMinutes: carry.everyMinutes } : {}) };
      case 'warmup': {
        const recentMeal = this.lastMealAt !== null && o.start - (this.lastMealAt + this.offset) < this.settings.workout.mealCutoffMinutesBefore * MINUTE;
        return { ...detail, ...(carry ? { carryMl: carry.ml, drinkEveryMinutes: carry.everyMinutes } : {}), ...(recentMeal ? { recentMeal } : {}) };
      }
      case 'rehydrate':
        return { ...detail, ml: w.minutes >= 90 || w.hot ? 750 : 500, electrolytes: true };
      default:
        return detail;
    }
  }

  /** Occasions around now, recomputed only when the day, the plan or the settings change. */
  private occasionsNear(now: number): Occasion[] {
    const wall = now + this.offset;
    const cache = this.occasionCache;
    if (cache && cache.zone === this.zone && wall >= cache.from + 12 * HOUR && wall < cache.to - 25 * HOUR) return cache.list;
    const from = wall - 24 * HOUR;
    const to = wall + 2 * DAY;
    const list = this.plan.length || this.settings.bedtime.enabled ? occasionsBetween(this.plan, this.settings, from, to, this.zone) : [];
    this.occasionCache = { from, to, zone: this.zone, list };
    return list;
  }

  private replyToOccasion(reminder: OccasionKind, action: ReplyAction, now: number): void {
    const alert = this.alerts[reminder];
    this.record({ event: 'reply', reminder, action, hadAlert: alert !== undefined }, now);
    if (!alert?.occasion) return;
    const { key } = alert.occasion;
    this.closeAlert(reminder, 'replied', now);
    if (action === 'snooze') {
      this.said.delete(key);
      this.occasionSnoozes.set(key, now + this.settings.alerts.snoozeMinutes * MINUTE);
    }
  }

  /** A new plan: moments of moved or cancelled workouts go, the new ones come at their times. */
  private changePlan(workouts: Workout[], now: number): void {
    this.plan = structuredClone(workouts);
    this.occasionCache = null;
    const keys = new Set(this.occasionsNear(now).map((o) => o.key));
    for (const kind of occasionKinds) {
      const occasion = this.alerts[kind]?.occasion;
      if (occasion && !keys.has(occasion.key)) this.closeAlert(kind, 'rescheduled', now);
    }
    this.record({ event: 'workoutsChanged', count: workouts.length }, now);
  }

  private fireMovement(now: number): void {
    const open = (['move', 'stretch'] as const).find((kind) => this.alerts[kind]);
    if (open) {
      const alert = this.alerts[open] as AlertState;
      if (now < alert.nextAt) return;
      if (alert.attempt > this.settings.alerts.maxRepeats) return this.missed(open, now);
      // A repeated movement alert becomes a stretch once the stretch is close enough to replace it.
      if (open === 'move' && this.stretchReplacesMove(now)) {
        this.closeAlert('move', 'superseded', now);
        return this.fire('stretch', now, 'move', alert.attempt + 1);
      }
      return this.fire(open, now);
    }
    const snoozed = this.movementSnoozedUntil !== null && now < this.movementSnoozedUntil;
    if (snoozed) return;
    const moveDue = this.settings.move.enabled && this.remaining('move', now) <= 0;
    if (this.settings.stretch.enabled && this.remaining('stretch', now) <= 0) return this.fire('stretch', now, moveDue ? 'move' : undefined);
    if (moveDue) {
      if (this.stretchReplacesMove(now)) return this.fire('stretch', now, 'move');
      return this.fire('move', now);
    }
  }

  private fireHydrate(now: number): void {
    const alert = this.alerts.hydrate;
    if (alert) {
      if (now < alert.nextAt) return;
      if (alert.attempt > this.settings.alerts.maxRepeats) return this.missed('hydrate', now);
      return this.fire('hydrate', now);
    }
    // A snooze asks again when it ends; otherwise the interval decides.
    const dueAt = this.hydrateSnoozedUntil ?? this.hydrateFrom + this.settings.hydrate.intervalMinutes * MINUTE;
    if (now >= dueAt) {
      this.hydrateFrom = now; // the interval runs from the last drink or hydration alert
      this.fire('hydrate', now);
    }
  }

  private fire(reminder: ReminderKind, now: number, replaces?: ReminderKind, carriedAttempt?: number): void {
    const previous = this.alerts[reminder];
    const attempt = carriedAttempt ?? (previous ? previous.attempt + 1 : 1);
    this.alerts[reminder] = { attempt, nextAt: now + this.settings.alerts.repeatEveryMinutes * MINUTE };
    if (reminder === 'hydrate') this.hydrateSnoozedUntil = null;
    else this.movementSnoozedUntil = null;
    this.record(replaces ? { event: 'alert', reminder, attempt, replaces } : { event: 'alert', reminder, attempt }, now);
  }

  private missed(reminder: ReminderKind, now: number): void {
    this.closeAlert(reminder, 'missed', now);
    this.record({ event: 'missed', reminder }, now);
    if (reminder !== 'hydrate') {
      this.breaks.missed++;
      this.resetMovement(reminder, now);
      return;
    }
    // Hydration counts from the first alert; after a long absence that moment may be long past, so
    // leave at least one repeat interval before asking again rather than nagging straight away.
    const earliestNext = now + this.settings.alerts.repeatEveryMinutes * MINUTE;
    this.hydrateFrom = Math.max(this.hydrateFrom, earliestNext - this.settings.hydrate.intervalMinutes * MINUTE);
  }

  // ── replies and intents ───────────────────────────────────────────────────────────────────

  private reply(reminder: ReminderKind, action: ReplyAction, now: number): void {
    const hadAlert = this.alerts[reminder] !== undefined;
    if (reminder === 'hydrate') {
      this.record({ event: 'reply', reminder, action, hadAlert }, now);
      switch (action) {
        case 'start':
        case 'done':
          return this.drink(this.settings.hydrate.defaultDrinkMl, now, false);
        case 'snooze':
          this.closeAlert('hydrate', 'replied', now);
          this.hydrateSnoozedUntil = now + this.settings.alerts.snoozeMinutes * MINUTE;
          return;
        case 'skip':
          this.closeAlert('hydrate', 'replied', now);
          this.hydrateFrom = now;
          return;
        default:
          return assertNever(action, 'reply');
      }
    }
    this.record({ event: 'reply', reminder, action, hadAlert }, now);
    switch (action) {
      case 'start':
        if (!this.breakState) this.startBreak(reminder, 'reply', now);
        return;
      case 'done':
        this.breaks.taken++;
        this.closeMovementAlerts('replied', now);
        if (this.breakState) {
          this.record({ event: 'breakEnd', reminder: this.breakState.reminder }, now);
          this.breakState = null;
        }
        this.breakTaken(reminder, now);
        return;
      case 'snooze':
        this.closeMovementAlerts('replied', now);
        this.movementSnoozedUntil = now + this.settings.alerts.snoozeMinutes * MINUTE;
        return;
      case 'skip':
        this.breaks.skipped++;
        this.closeMovementAlerts('replied', now);
        this.resetMovement(reminder, now);
        return;
      default:
        return assertNever(action, 'reply');
    }
  }

  private drink(ml: number, now: number, recordReply = true): void {
    if (recordReply && this.alerts.hydrate) this.record({ event: 'reply', reminder: 'hydrate', action: 'drink', hadAlert: true }, now);
    this.closeAlert('hydrate', 'replied', now);
    this.hydrateSnoozedUntil = null;
    this.hydrateFrom = now;
    this.water.drinks.push(ml);
    this.record({ event: 'drink', ml, todayMl: this.todayMl() }, now);
  }

  private startPause(request: PauseRequest, now: number): void {
    const wall = now + this.offset;
    switch (request.for) {
      case 'minutes':
        this.pause = { untilMono: now + request.minutes * MINUTE, untilWall: wall + request.minutes * MINUTE };
        break;
      case 'tomorrow':
        this.pause = { untilMono: null, untilWall: nextLocalTime(wall, this.zone, this.settings.dayStartsAt) };
        break;
      case 'indefinitely':
        this.pause = { untilMono: null, untilWall: null };
        break;
      default:
        assertNever(request, 'pause');
    }
    this.stopCounting(now);
    for (const kind of Object.keys(this.alerts) as AlertKind[]) this.closeAlert(kind, 'paused', now);
    this.movementSnoozedUntil = null;
    this.hydrateSnoozedUntil = null;
    this.record({ event: 'paused', until: this.pause.untilWall }, now);
  }

  /** Resuming starts every count fresh, as after a break. */
  private resumeFresh(reason: 'user' | 'expired', now: number): void {
    this.pause = null;
    this.resetAll(now);
    if (this.awaySince === null) this.countingSince = now;
    this.record({ event: 'resumed', reason }, now);
  }

  private startBreak(reminder: MovementKind, source: 'reply' | 'breakNow', now: number): void {
    // The break is under way before the alert closes, so a listener sees a break, not nothing.
    const until = now + this.settings[reminder].durationMinutes * MINUTE;
    this.breakState = { reminder, until };
    this.closeMovementAlerts(source === 'reply' ? 'replied' : 'breakStarted', now);
    this.movementSnoozedUntil = null;
    this.record({ event: 'breakStart', reminder, until: until + this.offset, source }, now);
  }

  private changeSettings(next: Settings, now: number): void {
    this.bankCounting(now);
    if (this.countingSince !== null) this.countingSince = now;
    this.settings = next;
    this.occasionCache = null;
    this.workingHours = weeklyWindows(next.workingHours);
    this.hydrateWindow = everyDay(next.hydrate.window);
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      if (!next[kind].enabled) this.closeAlert(kind, 'disabled', now);
    }
    this.record({ event: 'settingsChanged' }, now);
  }

  // ── counting ──────────────────────────────────────────────────────────────────────────────

  private active(kind: MovementKind, now: number): number {
    const count = this.counts[kind];
    if (this.countingSince === null) return count.banked;
    const from = Math.max(this.countingSince, count.resetAt);
    return count.banked + overlap(this.workingHours, from + this.offset, now + this.offset, this.zone);
  }

  /** Active time left before a movement reminder is due (≤ 0: due). */
  private remaining(kind: MovementKind, now: number): number {
    const left = this.settings[kind].intervalMinutes * MINUTE - this.active(kind, now);
    if (kind === 'move') return left;
    // Never two breaks close together: a stretch keeps its distance from the last movement break.
    const gap = this.settings.stretch.replacesMoveWithinMinutes * MINUTE - this.active('move', now);
    return Math.max(left, gap);
  }

  private stretchReplacesMove(now: number): boolean {
    return this.settings.stretch.enabled && this.remaining('stretch', now) <= this.settings.stretch.replacesMoveWithinMinutes * MINUTE;
  }

  private nextMovementKind(now: number): MovementKind {
    if (this.alerts.stretch || this.stretchReplacesMove(now)) return 'stretch';
    return 'move';
  }

  private bankCounting(now: number): void {
    if (this.countingSince === null) return;
    for (const kind of ['move', 'stretch'] as const) {
      this.counts[kind].banked = this.active(kind, now);
      this.counts[kind].resetAt = Math.min(this.counts[kind].resetAt, now);
    }
  }

  private stopCounting(at: number): void {
    this.bankCounting(at);
    this.countingSince = null;
  }

  private resetMovement(kind: MovementKind, now: number): void {
    const kinds: MovementKind[] = kind === 'stretch' ? ['move', 'stretch'] : ['move'];
    for (const k of kinds) this.counts[k] = { banked: 0, resetAt: now };
  }

  /** A stretch break is also a movement break. */
  private breakTaken(kind: MovementKind, now: number): void {
    this.resetMovement(kind, now);
    this.movementSnoozedUntil = null;
  }

  private resetAll(now: number): void {
    this.resetMovement('stretch', now);
    this.hydrateFrom = now;
    this.movementSnoozedUntil = null;
    this.hydrateSnoozedUntil = null;
  }

  private closeAlert(reminder: AlertKind, reason: AlertCloseReason, now: number): void {
    if (!this.alerts[reminder]) return;
    delete this.alerts[reminder];
    this.record({ event: 'alertClosed', reminder, reason }, now);
  }

  private closeMovementAlerts(reason: AlertCloseReason, now: number): void {
    this.closeAlert('move', reason, now);
    this.closeAlert('stretch', reason, now);
  }

  private holding(now: number): boolean {
    return this.busySince !== null && now - this.busySince < this.settings.alerts.busyHoldMaxMinutes * MINUTE;
  }

  /** The reminder that is due now but held while busy, if any. */
  private heldAlert(now: number): Snapshot['holding'] {
    if (!this.holding(now) || this.pause || this.awaySince !== null) return null;
    const due = (['stretch', 'move', 'hydrate'] as const).find((kind) => {
      const at = this.alerts[kind] ? null : this.dueAt(kind, now);
      return at !== null && at <= now;
    });
    return due ? { reminder: due, reason: this.busyReason } : null;
  }

  private pauseEndsAt(): number | null {
    if (!this.pause) return null;
    if (this.pause.untilMono !== null) return this.pause.untilMono;
    if (this.pause.untilWall !== null) return this.pause.untilWall - this.offset;
    return null;
  }

  private today(now: number): string {
    return dayKey(now + this.offset, this.zone, this.settings.dayStartsAt);
  }

  /** Extra water for today's planned workouts (the day as the water count has it). */
  private exerciseMl(now: number): number {
    if (this.plan.length === 0) return 0;
    const wall = now + this.offset;
    const dayStart = nextLocalTime(wall - DAY, this.zone, this.settings.dayStartsAt);
    const from = dayStart > wall ? dayStart - DAY : dayStart;
    return exerciseWaterMl(occurrencesBetween(this.plan, from, nextLocalTime(from, this.zone, this.settings.dayStartsAt), this.zone));
  }

  private todayMl(): number {
    return this.water.drinks.reduce((a, b) => a + b, 0);
  }

  // ── when next ─────────────────────────────────────────────────────────────────────────────

  /** The moment a reminder will next come due if the user stays present (mono), or null. */
  private dueAt(kind: ReminderKind, now: number): number | null {
    if (!this.settings[kind].enabled || this.pause) return null;
    if (kind === 'hydrate') {
      const from = Math.max(this.hydrateSnoozedUntil ?? this.hydrateFrom + this.settings.hydrate.intervalMinutes * MINUTE, this.quietUntil ?? 0, now);
      return this.toMono(nextInside(this.hydrateWindow, from + this.offset, this.zone));
    }
    if (this.countingSince === null || this.breakState) return null;
    const start = Math.max(now, this.quietUntil ?? now);
    const due = this.toMono(advanceInside(this.workingHours, start + this.offset, Math.max(0, this.remaining(kind, now) - (start - now)), this.zone));
    if (due === null || this.movementSnoozedUntil === null || this.movementSnoozedUntil <= due) return due;
    return this.toMono(nextInside(this.workingHours, this.movementSnoozedUntil + this.offset, this.zone));
  }

  private windowFor(kind: ReminderKind): DailyWindows {
    return kind === 'hydrate' ? this.hydrateWindow : this.workingHours;
  }

  private toMono(wall: number | null): number | null {
    return wall === null ? null : wall - this.offset;
  }

  private arm(now: number): void {
    const candidates: (number | null)[] = [];
    const threshold = this.settings.presence.idleThresholdMinutes * MINUTE;
    if (this.awaySince === null) candidates.push(Math.max(this.lastInputAt + threshold, now + SECOND));
    else if (!this.asleep) {
      // Look for the return often at first (a short absence ends soon), less often after ten minutes.
      const slow = now - this.awaySince >= 10 * MINUTE ? 3 : 1;
      candidates.push(now + this.settings.presence.awayPollSeconds * SECOND * slow);
    }
    candidates.push(this.pauseEndsAt(), this.breakState?.until ?? null, this.quietUntil);
    if (this.busySince !== null) candidates.push(this.busySince + this.settings.alerts.busyHoldMaxMinutes * MINUTE);
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      const alert = this.alerts[kind];
      // A repeat waits for its window (working hours, the hydration window) to be open.
      candidates.push(alert ? this.toMono(nextInside(this.windowFor(kind), Math.max(alert.nextAt, now) + this.offset, this.zone)) : this.dueAt(kind, now));
    }
    candidates.push(nextLocalTime(now + this.offset, this.zone, this.settings.dayStartsAt) - this.offset);
    const wall = now + this.offset;
    for (const kind of occasionKinds) {
      const occasion = this.alerts[kind]?.occasion;
      if (occasion) candidates.push(occasion.until - this.offset);
    }
    for (const occasion of this.occasionsNear(now)) {
      if (this.said.has(occasion.key) || occasion.until <= wall) continue;
      const snoozed = this.occasionSnoozes.get(occasion.key);
      candidates.push(Math.max(occasion.at - this.offset, snoozed ?? -Infinity));
      break; // in order of `at`: the first unsaid one is the next
    }
    const at = Math.min(...candidates.filter((c): c is number => c !== null && c > now));
    if (!Number.isFinite(at)) return;
    if (this.timer?.at === at) return;
    if (this.timer) this.clock.clearTimer(this.timer.id);
    this.timer = { id: this.clock.setTimer(at, this.onTimer), at };
  }

  // ── outputs ───────────────────────────────────────────────────────────────────────────────

  private record(body: DistributiveOmit<HistoryRecord, 'at'>, now: number): void {
    this.recorded++;
    // Wall times in the history are whole milliseconds (performance.now() has fractions), so an
    // export reads back exactly.
    const record = { ...body, at: Math.round(now + this.offset) } as Record<string, unknown>;
    for (const key of ['since', 'until', 'workoutStart'] as const) if (typeof record[key] === 'number') record[key] = Math.round(record[key]);
    for (const listener of this.listeners) listener({ type: 'record', record: record as HistoryRecord });
  }

  private publish(now: number, changed: boolean): void {
    // A step that recorded nothing and took no input (an idle sample, a poll while away) changes
    // nothing a snapshot shows but the passing of time; refresh that at most once a minute.
    if (!changed && this.published && now - this.publishedAt < MINUTE) return;
    this.publishedAt = now;
    const snapshot = this.buildSnapshot(now);
    const json = JSON.stringify(snapshot);
    if (json === this.lastSnapshot) return;
    this.lastSnapshot = json;
    this.published = snapshot;
    for (const listener of this.listeners) listener({ type: 'snapshot', snapshot });
  }

  private buildSnapshot(now: number): Snapshot {
    const wallOf = (mono: number | null) => (mono === null ? null : Math.round((mono + this.offset) / SECOND) * SECOND);
    const due = (kind: ReminderKind) => wallOf(this.alerts[kind] ? null : this.dueAt(kind, now));
    return {
      presence: this.awayReason() ?? 'present',
      busy: this.busySince !== null,
      holding: this.heldAlert(now),
      paused: this.pause ? { until: this.pause.untilWall } : null,
      breakInProgress: this.breakState ? { reminder: this.breakState.reminder, until: wallOf(this.breakState.until) as number } : null,
      next: { move: due('move'), stretch: due('stretch'), hydrate: due('hydrate') },
      alerting: (Object.keys(this.alerts) as AlertKind[]).filter((k) => this.alerts[k]),
      water: { day: this.water.day, todayMl: this.todayMl(), goalMl: this.settings.hydrate.dailyGoalMl + this.exerciseMl(now), exerciseMl: this.exerciseMl(now), canUndo: this.water.drinks.length > 0 },
      upcoming: this.occasionsNear(now)
        .filter((o) => o.at >= now + this.offset - MINUTE && o.at < now + this.offset + DAY && !this.said.has(o.key))
        .slice(0, 8)
        .map((o) => (o.occurrence ? { reminder: o.reminder, at: o.at, workoutId: o.occurrence.workout.id } : { reminder: o.reminder, at: o.at })),
      breaks: { ...this.breaks },
      timeZone: this.zone,
    };
  }

  private validate(input: EngineInput): void {
    switch (input.type) {
      case 'drink':
        if (input.ml !== undefined && !(Number.isInteger(input.ml) && input.ml > 0 && input.ml <= 5000))
          throw new InputError(`drink.ml: must be a whole number of millilitres from 1 to 5000 (got ${JSON.stringify(input.ml)})`);
        return;
      case 'cramp': {
        const result = crampEntrySchema.safeParse(input.cramp);
        if (!result.success) {
          const issue = result.error.issues[0];
          throw new InputError(`cramp.${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
        }
        return;
      }
      case 'workouts': {
        const result = workoutPlanSchema.safeParse(input.workouts, { reportInput: true });
        if (!result.success) {
          const issue = result.error.issues[0];
          throw new InputError(`workouts${issue?.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('') ?? ''}: ${issue?.message ?? 'invalid'}`);
        }
        return;
      }
      case 'pause':
        if (input.pause.for === 'minutes' && !(Number.isInteger(input.pause.minutes) && input.pause.minutes > 0 && input.pause.minutes <= 7 * 24 * 60))
          throw new InputError(`pause.minutes: must be a whole number of minutes from 1 to 10080 (got ${JSON.stringify(input.pause.minutes)})`);
        return;
      default:
        return;
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function roundMinutes(ms: number): number {
  return Math.round((ms / MINUTE) * 10) / 10;
}
