import type { Clock, PresenceSensor, TimerId } from './clock.js';
import { crampEntrySchema } from './diary.js';
import { EngineContext, MINUTE, roundMinutes, SECOND } from './engineContext.js';
import { Occasions } from './occasions.js';
import { Presence } from './presence.js';
import { RecurringSchedule } from './schedule.js';
import { defaultSettings, resolveSettings, type Settings } from './settings.js';
import {
  alertKinds,
  assertNever,
  replyActions,
  type AlertKind,
  type EngineInput,
  type EngineOutput,
  type MovementKind,
  type OccasionKind,
  type PauseRequest,
  type ReminderKind,
  type Snapshot,
} from './types.js';
import { WaterDay, type BreakTally } from './waterDay.js';
import { occasionKinds, workoutPlanSchema, type Workout } from './workouts.js';

export type { BreakTally } from './waterDay.js';

/** Wall-clock changes smaller than this are drift, not a jump worth recording. */
const JUMP_WORTH_RECORDING = MINUTE;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * A pause for some minutes ends on the monotonic clock; "until tomorrow" ends when the next day
 * starts in the zone the person is in then; one carried over a restart ends at its wall time.
 */
type PauseState =
  | { kind: 'minutes'; untilMono: number; untilWall: number }
  | { kind: 'tomorrow'; fromDay: string }
  | { kind: 'until'; untilWall: number }
  | { kind: 'indefinitely' };

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

/** After a start, nothing fires for this long: an app that nags the moment it opens is broken. */
const START_GRACE = 2 * MINUTE;

type Listener = (output: EngineOutput) => void;

/**
 * Decides when to remind someone to move, stretch and drink. It is event-driven: every input and
 * every timer runs one step (sync clock → sense presence → apply → expire → fire → publish → arm),
 * and each step arms exactly one timer for the next moment anything can change.
 *
 * The engine orders the step and owns the clock sync, pauses and the snapshot; each rule lives in
 * the part that owns it: `Presence` (away and busy), `RecurringSchedule` (move, stretch, hydrate,
 * and the replies to them), `Occasions` (workout and bedtime moments), `WaterDay` (today's water
 * and break tally).
 */
export class Engine {
  private readonly clock: Clock;
  private readonly sensor: PresenceSensor;
  private readonly ctx: EngineContext;
  private readonly presence: Presence;
  private readonly schedule: RecurringSchedule;
  private readonly occasions: Occasions;
  private readonly day: WaterDay;
  private readonly listeners = new Set<Listener>();

  private running = false;
  private stepping = false;
  private readonly queue: EngineInput[] = [];
  private timer: { id: TimerId; at: number } | null = null;

  private pause: PauseState | null = null;
  /** The alert due now but held while the person is busy, and why. */
  private held: Snapshot['holding'] = null;

  private lastSnapshot = '';
  private published: Snapshot | null = null;
  private publishedAt = 0;

  private readonly restoreFrom: EngineState | null;

  constructor(options: EngineOptions) {
    this.restoreFrom = options.restore ?? null;
    this.clock = options.clock;
    this.sensor = options.sensor;
    this.ctx = new EngineContext(options.settings ?? defaultSettings(), (record) => {
      for (const listener of this.listeners) listener({ type: 'record', record });
    });
    this.presence = new Presence(this.ctx, this.sensor);
    this.occasions = new Occasions(this.ctx, [...(options.workouts ?? [])]);
    this.day = new WaterDay(this.ctx, () => this.occasions.plan);
    this.schedule = new RecurringSchedule(this.ctx, this.day, () => this.pause !== null);
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
    this.ctx.offset = this.clock.wallNow() - now;
    this.ctx.zone = this.clock.timeZone();
    this.presence.lastInputAt = now;
    this.schedule.resetAll(now);
    this.day.begin(now);
    this.schedule.countingSince = now;
    if (this.restoreFrom) this.carryOn(this.restoreFrom, now);
    this.run(null);
  }

  /**
   * Carries on from a saved state. The time the app was not running is treated like time away: a
   * quick restart keeps the counts, a longer one counts as the breaks it could have been.
   */
  private carryOn(saved: EngineState, now: number): void {
    const wall = this.ctx.wall(now);
    const gap = wall - saved.savedAt;
    this.occasions.restore(saved.said ?? [], saved.lastMealAt ?? null, now);
    this.day.restore(saved.water);
    if (saved.pause && (saved.pause.until === null || saved.pause.until > wall)) {
      this.pause = saved.pause.until === null ? { kind: 'indefinitely' } : { kind: 'until', untilWall: saved.pause.until };
      this.schedule.countingSince = null;
      return;
    }
    if (gap >= 0) {
      for (const kind of ['move', 'stretch'] as const) {
        if (gap < this.ctx.settings[kind].durationMinutes * MINUTE) this.schedule.counts[kind] = { banked: Math.max(0, saved.activeMs[kind]), resetAt: now };
      }
      this.schedule.hydrateFrom = Math.min(saved.hydrateFrom - this.ctx.offset, now);
    }
    this.schedule.quietUntil = now + START_GRACE;
  }

  /** The state to save, so that a restart carries on where this run left off. */
  exportState(): EngineState {
    const now = this.clock.now();
    const occasions = this.occasions.export();
    return {
      version: 1,
      savedAt: this.ctx.wall(now),
      activeMs: { move: this.schedule.active('move', now), stretch: this.schedule.active('stretch', now) },
      hydrateFrom: this.ctx.wall(this.schedule.hydrateFrom),
      pause: this.pause ? { until: this.pauseUntilWall(now) } : null,
      water: this.day.export(),
      said: occasions.said,
      lastMealAt: occasions.lastMealAt,
    };
  }

  stop(): void {
    this.running = false;
    if (this.timer) this.clock.clearTimer(this.timer.id);
    this.timer = null;
  }

  /** How often the desktop has been asked whether the person is busy (for the benchmark). */
  senseChecks(): number {
    return this.presence.senseChecks;
  }

  getSettings(): Settings {
    return structuredClone(this.ctx.settings);
  }

  /** The state as last published: between steps nothing in it changes (due times are absolute). */
  snapshot(): Snapshot {
    return structuredClone(this.published ?? this.buildSnapshot(this.clock.now()));
  }

  /** Applies one input. Throws InputError (or SettingsError) for bad input, changing nothing. */
  dispatch(input: EngineInput): void {
    if (!this.running) throw new InputError('the engine is not running');
    validate(input);
    const refusal = input.type === 'reply' && !(occasionKinds as readonly string[]).includes(input.reminder) ? this.schedule.refusal(input.reminder as ReminderKind, input.action) : null;
    if (refusal) throw new InputError(refusal);
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
    const recordedBefore = this.ctx.recorded;
    this.syncClock(now);
    if (!this.presence.asleep) this.sense(now);
    if (input) this.apply(input, now);
    this.expire(now);
    this.fireDue(now);
    this.publish(now, input !== null || this.ctx.recorded !== recordedBefore);
    this.arm(now);
  }

  private syncClock(now: number): void {
    const offset = this.clock.wallNow() - now;
    const zone = this.clock.timeZone();
    const jump = offset - this.ctx.offset;
    if (Math.abs(jump) < SECOND && zone === this.ctx.zone) return;
    // Bank active time under the old wall clock: working hours are read on the clock in force then.
    this.schedule.rebase(now);
    const oldZone = this.ctx.zone;
    this.ctx.offset = offset;
    this.ctx.zone = zone;
    if (Math.abs(jump) >= JUMP_WORTH_RECORDING) this.ctx.record({ event: 'clockChanged', jumpMinutes: Math.round(jump / MINUTE) }, now);
    if (zone !== oldZone) this.ctx.record({ event: 'timeZoneChanged', from: oldZone, to: zone }, now);
  }

  private sense(now: number): void {
    this.presence.read(this.sensor.read(), now);
    this.updatePresence(now);
  }

  private updatePresence(now: number): void {
    const change = this.presence.update(now);
    if (change?.type === 'away') {
      this.schedule.wentAway(change.since);
      this.ctx.record({ event: 'away', since: this.ctx.wall(change.since), reason: change.reason }, now);
    } else if (change?.type === 'back') {
      this.ctx.record({ event: 'back', awayMinutes: roundMinutes(change.awayMs) }, now);
      this.schedule.cameBack(change.awayMs, now);
    }
  }

  private apply(input: EngineInput, now: number): void {
    switch (input.type) {
      case 'suspend':
        this.presence.asleep = true;
        this.updatePresence(now);
        return;
      case 'wake':
        this.presence.asleep = false;
        this.sense(now);
        return;
      case 'lock':
        this.presence.setLocked(true);
        this.updatePresence(now);
        return;
      case 'unlock':
        this.presence.setLocked(false);
        this.sense(now);
        return;
      case 'busy':
        this.presence.setBusy(input.busy, input.reason, now);
        return;
      case 'reply':
        if ((occasionKinds as readonly string[]).includes(input.reminder)) this.occasions.reply(input.reminder as OccasionKind, input.action, now);
        else this.schedule.reply(input.reminder as ReminderKind, input.action, now);
        return;
      case 'meal':
        this.occasions.meal(now);
        return;
      case 'workouts':
        this.occasions.changePlan(input.workouts, now);
        return;
      case 'cramp':
        this.ctx.record({ event: 'cramp', ...input.cramp }, now);
        return;
      case 'deleteCramp':
        this.ctx.record({ event: 'crampDeleted', id: input.id }, now);
        return;
      case 'drink':
        this.schedule.drink(input.ml ?? this.ctx.settings.hydrate.defaultDrinkMl, now);
        return;
      case 'undoDrink':
        this.schedule.undoDrink(now);
        return;
      case 'pause':
        this.startPause(input.pause, now);
        return;
      case 'resume':
        if (this.pause) this.resumeFresh('user', now);
        return;
      case 'breakNow':
        this.schedule.breakNow(now);
        return;
      case 'settings':
        this.changeSettings(resolveSettings(input.patch, this.ctx.settings), now);
        return;
      case 'clockCheck':
        return; // syncClock has already run for this step
      default:
        assertNever(input, 'engine input');
    }
  }

  private expire(now: number): void {
    this.schedule.expireWindows(now);
    this.occasions.expire(now);
    if (this.pauseOver(now)) this.resumeFresh('expired', now);
    this.schedule.expireBreak(now);
    this.day.rollOver(now);
  }

  private fireDue(now: number): void {
    if (this.presence.awaySince !== null || this.pause) {
      // Away meanwhile: a held break becomes a natural break on return, a held moment passes.
      this.release(now);
      return;
    }
    if (this.schedule.isQuiet(now)) return;
    const due = this.schedule.dueNow(now) ?? this.occasions.dueNow(now);
    if (due === null) return this.release(now);
    const reason = this.presence.holdReason(now);
    if (reason) {
      this.held = { reminder: due, reason };
      this.occasions.hold(now);
      return;
    }
    this.schedule.fire(now);
    this.occasions.fire(now);
    this.release(now);
  }

  private release(now: number): void {
    if (this.held) this.presence.released();
    this.held = null;
    this.occasions.release(now);
  }

  // ── pauses and settings ───────────────────────────────────────────────────────────────────

  private startPause(request: PauseRequest, now: number): void {
    const wall = this.ctx.wall(now);
    switch (request.for) {
      case 'minutes':
        this.pause = { kind: 'minutes', untilMono: now + request.minutes * MINUTE, untilWall: wall + request.minutes * MINUTE };
        break;
      case 'tomorrow':
        this.pause = { kind: 'tomorrow', fromDay: this.day.day };
        break;
      case 'indefinitely':
        this.pause = { kind: 'indefinitely' };
        break;
      default:
        assertNever(request, 'pause');
    }
    this.schedule.stopCounting(now);
    for (const kind of Object.keys(this.ctx.alerts) as AlertKind[]) this.ctx.closeAlert(kind, 'paused', now);
    this.ctx.record({ event: 'paused', until: this.pauseUntilWall(now) }, now);
  }

  /** Resuming starts every count fresh, as after a break. */
  private resumeFresh(reason: 'user' | 'expired', now: number): void {
    this.pause = null;
    this.schedule.resetAll(now);
    if (this.presence.awaySince === null) this.schedule.countingSince = now;
    this.ctx.record({ event: 'resumed', reason }, now);
  }

  /** When the pause ends (wall), as far as can be told now; null when it does not end by itself. */
  private pauseUntilWall(now: number): number | null {
    switch (this.pause?.kind) {
      case undefined:
      case 'indefinitely':
        return null;
      case 'minutes':
      case 'until':
        return this.pause.untilWall;
      case 'tomorrow':
        return this.day.nextDayStartAfter(this.pause.fromDay, now);
      default:
        return assertNever(this.pause, 'pause');
    }
  }

  private pauseOver(now: number): boolean {
    if (!this.pause) return false;
    if (this.pause.kind === 'tomorrow') return this.day.today(now) > this.pause.fromDay;
    const ends = this.pauseEndsAt(now);
    return ends !== null && now >= ends;
  }

  private pauseEndsAt(now: number): number | null {
    if (this.pause?.kind === 'minutes') return this.pause.untilMono;
    return this.ctx.toMono(this.pauseUntilWall(now));
  }

  private changeSettings(next: Settings, now: number): void {
    this.schedule.rebase(now);
    this.ctx.setSettings(next);
    this.occasions.invalidate();
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      if (!next[kind].enabled) this.ctx.closeAlert(kind, 'disabled', now);
    }
    this.ctx.record({ event: 'settingsChanged' }, now);
  }

  // ── when next ─────────────────────────────────────────────────────────────────────────────

  private arm(now: number): void {
    const candidates: (number | null)[] = [
      this.presence.nextSampleAt(now),
      this.pauseEndsAt(now),
      this.held ? this.presence.holdWakeAt(now) : null,
      ...this.schedule.wakeCandidates(now),
      this.day.nextBoundaryAt(now),
      ...this.occasions.wakeCandidates(now),
    ];
    const at = Math.min(...candidates.filter((c): c is number => c !== null && c > now));
    if (!Number.isFinite(at)) return;
    if (this.timer?.at === at) return;
    if (this.timer) this.clock.clearTimer(this.timer.id);
    this.timer = { id: this.clock.setTimer(at, this.onTimer), at };
  }

  // ── outputs ───────────────────────────────────────────────────────────────────────────────

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
    const wallOf = (mono: number | null) => (mono === null ? null : Math.round(this.ctx.wall(mono) / SECOND) * SECOND);
    const due = (kind: ReminderKind) => wallOf(this.ctx.alerts[kind] ? null : this.schedule.dueAt(kind, now));
    const breakState = this.schedule.breakState;
    const exerciseMl = this.day.exerciseMl(now);
    return {
      presence: this.presence.awayReason() ?? 'present',
      busy: this.presence.isBusy(),
      holding: this.held ? { ...this.held } : null,
      paused: this.pause ? { until: this.pauseUntilWall(now) } : null,
      breakInProgress: breakState ? { reminder: breakState.reminder, until: wallOf(breakState.until) as number } : null,
      next: { move: due('move'), stretch: due('stretch'), hydrate: due('hydrate') },
      alerting: (Object.keys(this.ctx.alerts) as AlertKind[]).filter((k) => this.ctx.alerts[k]),
      water: { day: this.day.day, todayMl: this.day.todayMl(), goalMl: this.ctx.settings.hydrate.dailyGoalMl + exerciseMl, exerciseMl, canUndo: this.day.drinks.length > 0 },
      upcoming: this.occasions.upcoming(now),
      breaks: { ...this.day.breaks },
      putOff: this.schedule.putOff(),
      timeZone: this.ctx.zone,
    };
  }
}

/** Refuses bad input before it changes anything, naming the field and the value. */
function validate(input: EngineInput): void {
  switch (input.type) {
    case 'reply':
      // From a notification or another process: refused before a record of it is written.
      if (!(alertKinds as readonly string[]).includes(input.reminder)) throw new InputError(`reply.reminder: must be one of ${alertKinds.join(', ')} (got ${JSON.stringify(input.reminder)})`);
      if (!(replyActions as readonly string[]).includes(input.action)) throw new InputError(`reply.action: must be one of ${replyActions.join(', ')} (got ${JSON.stringify(input.action)})`);
      return;
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
