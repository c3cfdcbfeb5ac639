import { DateTime, IANAZone } from 'luxon';
import type { LifePlan, Spell } from './lifePlan.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const QUARTER_HOUR = 15 * MINUTE;
const HOUR = 60 * MINUTE;

/**
 * The rules as the brief states them, written down here rather than read from the engine's
 * settings code, so the checks do not share a mistake with the code they check.
 */
export const rules = {
  moveEveryMs: 30 * MINUTE,
  moveLastsMs: 2 * MINUTE,
  stretchEveryMs: 120 * MINUTE,
  stretchLastsMs: 5 * MINUTE,
  /** A stretch keeps this much active time from the last movement break (and takes a move's place within it). */
  stretchGapMs: 10 * MINUTE,
  hydrateEveryMs: 45 * MINUTE,
  /** Once today's water reaches the goal, drink reminders stop for the day. */
  dailyGoalMl: 2000,
  /** Local minutes of the day, [start, end). */
  hydrateWindow: { start: 8 * 60, end: 20 * 60 },
  idleThresholdMs: 3 * MINUTE,
  awayPollMs: 10 * SECOND,
  busyHoldMaxMs: 60 * MINUTE,
  repeatEveryMs: 10 * MINUTE,
  maxRepeats: 2,
  snoozeMs: 5 * MINUTE,
  dayStartsAtHour: 4,
  /**
   * How long after a wall-clock jump the engine may still act on the old wall clock: nobody tells it,
   * and it wakes at least once per idle threshold while the user is present (per away poll when not).
   */
  jumpToleranceMs: 3 * MINUTE + 10 * SECOND,
  /** How late a due reminder may fire and still count as on time. */
  lateness: MINUTE,
} as const;

/** Sorted, disjoint [from, to) intervals with membership queries. */
export class Intervals {
  readonly list: Spell[];

  /** `joinTouching`: [a, b) and [b, c) become [a, c). */
  constructor(spells: Spell[], joinTouching = true) {
    const sorted = spells.filter((s) => s.to > s.from).sort((a, b) => a.from - b.from);
    const out: Spell[] = [];
    for (const s of sorted) {
      const last = out[out.length - 1];
      if (last && (s.from < last.to || (joinTouching && s.from === last.to))) last.to = Math.max(last.to, s.to);
      else out.push({ ...s });
    }
    this.list = out;
  }

  /** The interval holding t (from <= t < to), or null. */
  at(t: number): Spell | null {
    let lo = 0;
    let hi = this.list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.list[mid] as Spell;
      if (t < s.from) hi = mid - 1;
      else if (t >= s.to) lo = mid + 1;
      else return s;
    }
    return null;
  }

  /** True when from < t < to for some interval: the edges themselves are allowed. */
  strictlyInside(t: number): boolean {
    const s = this.at(t);
    return s !== null && t > s.from;
  }
}

export interface TruthPause {
  start: number;
  /** When the engine should have resumed: the user's resume, or the expiry (at wake if asleep then); null: still paused at the run's end. */
  end: number | null;
  reason: 'user' | 'expired' | 'open';
  /** How late the engine may notice an expiry: a jump may hide it for a while. */
  slackMs: number;
}

/** What really happened, derived from the plan alone. */
export class GroundTruth {
  readonly zone: string;
  readonly startWall: number;
  readonly durationMs: number;
  /** Away as the rules define it, counted from the moment input stopped (for active time and natural breaks). */
  readonly away: Intervals;
  /** Away as the engine can know it: an idle spell only after its first 3 minutes. No alert may fire inside. */
  readonly awayKnowable: Intervals;
  readonly asleep: Intervals;
  readonly held: Intervals;
  readonly jumpTolerance: Intervals;
  readonly returns: { at: number; awayMs: number }[];
  readonly pauses: TruthPause[];
  private readonly jumpAt: number[];
  private readonly busyEdges: number[];
  private readonly jumpTotal: number[];
  private readonly offsetCache = new Map<number, number>();
  private readonly ianaZone: IANAZone;

  constructor(readonly plan: LifePlan) {
    const { scenario } = plan;
    this.zone = scenario.timeZone;
    this.startWall = scenario.startWall;
    this.durationMs = scenario.durationMs;
    this.ianaZone = IANAZone.create(this.zone);

    const longIdle = plan.idle.filter((s) => s.to - s.from >= rules.idleThresholdMs);
    this.away = new Intervals([...longIdle, ...plan.locks, ...plan.suspends]);
    this.awayKnowable = new Intervals(
      [...longIdle.map((s) => ({ from: s.from + rules.idleThresholdMs, to: s.to })), ...plan.locks, ...plan.suspends],
      false,
    );
    this.asleep = new Intervals(plan.suspends);
    this.held = new Intervals(plan.busy.map((b) => ({ from: b.from, to: Math.min(b.to, b.from + rules.busyHoldMaxMs) })), false);
    this.jumpTolerance = new Intervals(plan.jumps.map((j) => ({ from: j.at, to: j.at + rules.jumpToleranceMs })));
    this.returns = this.away.list.filter((s) => s.to < this.durationMs).map((s) => ({ at: s.to, awayMs: s.to - s.from }));

    this.jumpAt = plan.jumps.map((j) => j.at);
    this.busyEdges = plan.busy.flatMap((b) => [b.from, b.to]).sort((a, b) => a - b);
    let total = 0;
    this.jumpTotal = plan.jumps.map((j) => (total += j.jumpMs));
    this.pauses = this.derivePauses();
  }

  /** The device's wall clock at elapsed time t (jumps included). */
  wall(t: number): number {
    return this.startWall + t + this.jumpsUpTo(t);
  }

  /** The true time (no jumps) at elapsed time t. */
  trueWall(t: number): number {
    return this.startWall + t;
  }

  /** Minutes after local midnight on the device's wall clock. */
  localMinuteOfDay(t: number): number {
    const wall = this.wall(t);
    // Offsets change on a quarter hour at the finest (UTC), so one look-up serves a quarter hour.
    const quarter = Math.floor(wall / QUARTER_HOUR);
    let offset = this.offsetCache.get(quarter);
    if (offset === undefined) {
      offset = this.ianaZone.offset(quarter * QUARTER_HOUR);
      this.offsetCache.set(quarter, offset);
    }
    const localMinutes = Math.floor(wall / MINUTE) + offset;
    return ((localMinutes % 1440) + 1440) % 1440;
  }

  /** The zone's offset from UTC (minutes) at elapsed time t, on the true clock. */
  utcOffset(t: number): number {
    return this.ianaZone.offset(this.trueWall(t));
  }

  inHydrateWindow(t: number): boolean {
    const m = this.localMinuteOfDay(t);
    return m >= rules.hydrateWindow.start && m < rules.hydrateWindow.end;
  }

  describe(t: number): string {
    const fmt = (wall: number) => DateTime.fromMillis(wall, { zone: this.zone }).toFormat("yyyy-MM-dd HH:mm:ss ZZ");
    const device = this.wall(t);
    const real = this.trueWall(t);
    return `+${(t / HOUR).toFixed(3)}h ${fmt(real)}${device !== real ? ` (device clock ${fmt(device)})` : ''}`;
  }

  private jumpsUpTo(t: number): number {
    let lo = 0;
    let hi = this.jumpAt.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.jumpAt[mid] as number) <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? 0 : (this.jumpTotal[found] as number);
  }

  /** The first elapsed time after t0 at which the device's wall clock reads at least `wall`. */
  private firstReaching(wall: number, t0: number): number {
    let segmentStart = t0;
    for (;;) {
      const next = this.jumpAt.find((j) => j > segmentStart);
      const candidate = wall - this.startWall - this.jumpsUpTo(segmentStart);
      if (candidate <= segmentStart) return segmentStart;
      if (next === undefined || candidate < next) return candidate;
      segmentStart = next;
    }
  }

  /**
   * The first moment from t on at which the engine runs: t itself when the machine is awake, else
   * the wake, or sooner a busy change (the simulator delivers those to a sleeping machine too).
   */
  private awakeAt(t: number): number {
    const sleep = this.asleep.at(t);
    if (!sleep || t === sleep.from) return t;
    const edge = this.busyEdges.find((e) => e >= t && e < sleep.to);
    return edge ?? sleep.to;
  }

  /**
   * The first moment the machine is awake and its wall clock reads at least `wall`. A clock that
   * passes `wall` during a sleep and is set back before the wake was never seen to pass it.
   */
  private firstSeenReaching(wall: number, t0: number): number {
    let t = t0;
    for (;;) {
      const reached = this.firstReaching(wall, t);
      const seen = this.awakeAt(reached);
      if (seen === reached || this.wall(seen) >= wall) return seen;
      t = seen;
    }
  }

  /** The next local 04:00 after a device wall time: where "pause until tomorrow" ends. */
  private nextDayStart(wall: number): number {
    const local = DateTime.fromMillis(wall, { zone: this.zone });
    let candidate = local.startOf('day').set({ hour: rules.dayStartsAtHour });
    if (candidate.toMillis() <= wall) candidate = local.startOf('day').plus({ days: 1 }).set({ hour: rules.dayStartsAtHour });
    return candidate.toMillis();
  }

  /**
   * The user's pauses from their intents. A new pause while paused continues the pause; a pause
   * that runs out while the machine sleeps ends when the engine next runs, if the clock still says so then.
   */
  private derivePauses(): TruthPause[] {
    const out: TruthPause[] = [];
    let current: { start: number; expiresAt: number | null } | null = null;
    const settle = (t: number) => {
      if (current && current.expiresAt !== null && current.expiresAt <= t) {
        const jumped = this.jumpTolerance.at(current.expiresAt) !== null;
        out.push({ start: current.start, end: current.expiresAt, reason: 'expired', slackMs: jumped ? rules.jumpToleranceMs : SECOND });
        current = null;
      }
    };
    for (const { at, act } of this.plan.actions) {
      if (act.action !== 'pause' && act.action !== 'resume') continue;
      settle(at);
      if (act.action === 'resume') {
        if (current) out.push({ start: current.start, end: at, reason: 'user', slackMs: 0 });
        current = null;
        continue;
      }
      const start: number = current ? current.start : at;
      switch (act.pause.for) {
        case 'minutes':
          current = { start, expiresAt: this.awakeAt(at + act.pause.minutes * MINUTE) };
          break;
        case 'tomorrow':
          current = { start, expiresAt: this.firstSeenReaching(this.nextDayStart(this.wall(at)), at) };
          break;
        case 'indefinitely':
          current = { start, expiresAt: null };
          break;
      }
    }
    settle(this.durationMs);
    if (current) out.push({ start: (current as { start: number }).start, end: null, reason: 'open', slackMs: 0 });
    return out;
  }
}
