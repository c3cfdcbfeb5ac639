import { reminderKinds, type AlertKind, type HistoryRecord, type MovementKind, type ReminderKind } from '../../main/core/types.js';
import type { SimulationResult } from '../../main/sim/simulator.js';
import { GroundTruth, Intervals, rules } from './groundTruth.js';
import type { LifePlan, Spell } from './lifePlan.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export type CheckName =
  | 'a:away'
  | 'a:paused'
  | 'a:busy'
  | 'a:hydrateWindow'
  | 'a:duringBreak'
  | 'b:chain'
  | 'b:sameKindWithin60s'
  | 'c:burstAfterReturn'
  | 'c:naturalBreak'
  | 'd:move'
  | 'd:stretch'
  | 'd:hydrate'
  | 'd:repeatOrVerdict'
  | 'd:pauseEnd';

export interface Violation {
  check: CheckName;
  t: number;
  message: string;
}

export interface SoakReport {
  label: string;
  days: number;
  violations: Violation[];
  alerts: Record<ReminderKind, number>;
  records: number;
  events: number;
  jumps: number;
  returns: number;
  pauses: number;
  /** Pauses "until tomorrow" that ran across a change of the clocks and ended by themselves. */
  pausesAcrossClockChange: number;
  naturalBreaks: number;
  missed: number;
  wakeups: number;
}

type TimedRecord = { t: number; record: HistoryRecord };

/** The checks are about the recurring reminders; one-off occasions (workouts, bedtime) are not theirs. */
const isReminder = (kind: AlertKind): kind is ReminderKind => (reminderKinds as readonly string[]).includes(kind);

/** Runs every check of the soak brief against the plan's ground truth. */
export function checkRun(plan: LifePlan, result: SimulationResult): SoakReport {
  const truth = new GroundTruth(plan);
  const violations: Violation[] = [];
  const report = (check: CheckName, t: number, message: string) => violations.push({ check, t, message: `${truth.describe(t)}: ${message}` });
  const records = result.records;

  const pauses = reconcilePauses(truth, records, report);
  checkSafety(truth, records, report);
  checkBursts(truth, records, report);
  new Oracle(truth, pauses, report).run(records);

  const alerts = { move: 0, stretch: 0, hydrate: 0 };
  for (const { record } of records) if (record.event === 'alert' && isReminder(record.reminder)) alerts[record.reminder]++;
  return {
    label: plan.label,
    days: plan.days,
    violations,
    alerts,
    records: records.length,
    events: plan.scenario.events.length,
    jumps: plan.jumps.length,
    returns: truth.returns.length,
    pauses: truth.pauses.length,
    pausesAcrossClockChange: truth.pauses.filter((p) => p.reason === 'expired' && p.end !== null && truth.utcOffset(p.start) !== truth.utcOffset(p.end)).length,
    naturalBreaks: records.filter((r) => r.record.event === 'naturalBreak').length,
    missed: records.filter((r) => r.record.event === 'missed').length,
    wakeups: result.wakeups,
  };
}

type Report = (check: CheckName, t: number, message: string) => void;

/**
 * Matches the user's pauses to the engine's "resumed" records. It must never resume before the
 * user's pause is over; it may notice an expiry late only by the jump tolerance. Returns the
 * pauses as the engine kept them (for the oracle's resets), each end checked against the truth.
 */
function reconcilePauses(truth: GroundTruth, records: TimedRecord[], report: Report): Spell[] {
  const resumed = records.filter((r) => r.record.event === 'resumed').map((r) => r.t);
  const out: Spell[] = [];
  let i = 0;
  for (const pause of truth.pauses) {
    while (i < resumed.length && (resumed[i] as number) <= pause.start) {
      report('d:pauseEnd', resumed[i] as number, 'the engine resumed while the user had not paused');
      i++;
    }
    const engineEnd = i < resumed.length ? (resumed[i] as number) : null;
    if (pause.end === null) {
      if (engineEnd !== null) {
        report('a:paused', engineEnd, `the engine resumed a pause (from ${truth.describe(pause.start)}) that should still run`);
        i++;
      }
      out.push({ from: pause.start, to: truth.durationMs });
      continue;
    }
    if (engineEnd === null || engineEnd > pause.end + pause.slackMs) {
      report('d:pauseEnd', pause.end, `the pause from ${truth.describe(pause.start)} should have ended (${pause.reason}) but the engine resumed ${engineEnd === null ? 'never' : `at ${truth.describe(engineEnd)}`}`);
      out.push({ from: pause.start, to: pause.end });
      if (engineEnd !== null && engineEnd < pause.end + 30 * MINUTE) i++;
      continue;
    }
    if (engineEnd < pause.end) report('a:paused', engineEnd, `the engine resumed early; the pause from ${truth.describe(pause.start)} runs until ${truth.describe(pause.end)}`);
    out.push({ from: pause.start, to: engineEnd });
    i++;
  }
  for (; i < resumed.length; i++) report('d:pauseEnd', resumed[i] as number, 'the engine resumed while the user had not paused');
  return out;
}

/** (a): no alert while away, paused, busy (before the hold runs out), or outside its window. */
function checkSafety(truth: GroundTruth, records: TimedRecord[], report: Report): void {
  // The user's pauses, ended where the truth says (a late resume is the liveness checks' business).
  const paused = new Intervals(truth.pauses.map((p) => ({ from: p.start, to: p.end ?? truth.durationMs })), false);
  for (const { t, record } of records) {
    if (record.event !== 'alert' || !isReminder(record.reminder)) continue;
    const what = `${record.reminder} alert (attempt ${record.attempt})`;
    if (truth.awayKnowable.strictlyInside(t)) report('a:away', t, `${what} while the user is away`);
    if (paused.strictlyInside(t)) report('a:paused', t, `${what} while paused`);
    const held = truth.held.at(t);
    if (held && t > held.from) report('a:busy', t, `${what} while busy for ${((t - held.from) / MINUTE).toFixed(1)} min (held for up to ${rules.busyHoldMaxMs / MINUTE})`);
    if (record.reminder === 'hydrate' && !truth.inHydrateWindow(t) && !truth.jumpTolerance.at(t)) {
      const m = truth.localMinuteOfDay(t);
      report('a:hydrateWindow', t, `hydrate alert at device time ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}, outside 08:00-20:00`);
    }
  }
}

/**
 * (c): in the minute after the user comes back, at most one alert of each kind and never both a
 * move and a stretch; after an absence of at least the stretch's length (a natural break for
 * both), no movement alert at all.
 */
function checkBursts(truth: GroundTruth, records: TimedRecord[], report: Report): void {
  const alerts = records.filter((r) => r.record.event === 'alert');
  let i = 0;
  for (const ret of truth.returns) {
    while (i < alerts.length && (alerts[i] as TimedRecord).t < ret.at) i++;
    const within: ReminderKind[] = [];
    for (let j = i; j < alerts.length && (alerts[j] as TimedRecord).t <= ret.at + MINUTE; j++) {
      const record = (alerts[j] as TimedRecord).record;
      if (record.event === 'alert' && isReminder(record.reminder)) within.push(record.reminder);
    }
    const away = `${(ret.awayMs / MINUTE).toFixed(1)} min away`;
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      const n = within.filter((k) => k === kind).length;
      if (n > 1) report('c:burstAfterReturn', ret.at, `${n} ${kind} alerts in the minute after a return (${away})`);
    }
    if (within.includes('move') && within.includes('stretch')) report('c:burstAfterReturn', ret.at, `both move and stretch alerts in the minute after a return (${away})`);
    if (ret.awayMs >= rules.stretchLastsMs && within.some((k) => k !== 'hydrate'))
      report('c:naturalBreak', ret.at, `${within.filter((k) => k !== 'hydrate').join('+')} alert in the minute after ${away}, which was a natural break`);
  }
}

interface OpenAlert {
  t: number;
  attempt: number;
  overdue: number;
  reported: boolean;
}

interface Due {
  overdue: number;
  reported: boolean;
}

/**
 * (b) and (d): walks the timeline (truth and records merged, cut at every minute) keeping its own
 * counts of active time, and reports a reminder that stays due for more than a minute of time in
 * which the engine was free to fire it: present, not paused, not held by busy, not in a break, not
 * just after a clock jump, and for hydration inside the window on the device's clock.
 */
class Oracle {
  private now = 0;
  private present = true;
  private paused = false;
  private held = false;
  private jumpTolerance = false;
  private breakState: { kind: MovementKind; until: number } | null = null;

  /** Active time since the last movement alert or reset of the move count. */
  private moveActive = 0;
  /** Active time since the move count was last reset (a stretch keeps its distance from it). */
  private moveCountActive = 0;
  /** Active time since the last stretch alert or reset of the stretch count. */
  private stretchActive = 0;
  private movementSnoozedUntil = 0;
  private hydrateFrom = 0;
  /** A hydration snooze asks again when it ends, whatever the interval says. */
  private hydrateSnoozedUntil: number | null = null;
  /** Today's water has reached the goal (drink reminders are over until the next day). */
  private goalMet = false;

  private readonly due: Record<ReminderKind, Due> = {
    move: { overdue: 0, reported: false },
    stretch: { overdue: 0, reported: false },
    hydrate: { overdue: 0, reported: false },
  };
  private readonly open: Partial<Record<ReminderKind, OpenAlert>> = {};
  private readonly lastAlertAt: Partial<Record<ReminderKind, number>> = {};
  private readonly lastClosed: Partial<Record<ReminderKind, { t: number; attempt: number; reason: string; closedAt: number }>> = {};

  constructor(
    private readonly truth: GroundTruth,
    private readonly enginePauses: Spell[],
    private readonly report: Report,
  ) {}

  run(records: TimedRecord[]): void {
    const { truth } = this;
    type Step = { t: number; order: number; apply: () => void };
    const steps: Step[] = [];
    const add = (t: number, order: number, apply: () => void) => {
      if (t <= truth.durationMs) steps.push({ t, order, apply });
    };
    for (const s of truth.away.list) {
      add(s.from, 0, () => (this.present = false));
      add(s.to, 0, () => this.back(s.to - s.from));
    }
    for (const p of this.enginePauses) {
      add(p.from, 0, () => (this.paused = true));
      add(p.to, 0, () => this.resumed(p.to));
    }
    for (const h of truth.held.list) {
      add(h.from, 0, () => (this.held = true));
      add(h.to, 0, () => (this.held = false));
    }
    for (const j of truth.jumpTolerance.list) {
      add(j.from, 0, () => (this.jumpTolerance = true));
      add(j.to, 0, () => (this.jumpTolerance = false));
    }
    for (const r of records) {
      add(r.t, 1, () => this.onRecord(r.t, r.record));
      if (r.record.event === 'breakStart') {
        const kind = r.record.reminder;
        const until = r.t + (kind === 'move' ? rules.moveLastsMs : rules.stretchLastsMs);
        add(until, 2, () => this.breakOver(until));
      }
    }
    steps.sort((a, b) => a.t - b.t || a.order - b.order);
    for (const step of steps) {
      this.advance(step.t);
      step.apply();
    }
    this.advance(truth.durationMs);
  }

  // ── time passing ──────────────────────────────────────────────────────────────────────────

  private advance(to: number): void {
    while (this.now < to) {
      const next = Math.min(to, (Math.floor(this.now / MINUTE) + 1) * MINUTE);
      this.span(this.now, next);
      this.now = next;
    }
  }

  /** One span in which nothing changes but the counts; at most a minute, cut on the minute. */
  private span(a: number, b: number): void {
    const counting = this.present && !this.paused;
    if (!counting) return;
    const free = !this.held && !this.jumpTolerance;
    const movementFree = free && !this.breakState;
    const hydrateFree = free && this.truth.inHydrateWindow(a);

    if (movementFree) {
      this.accrue('move', a, b, a + Math.max(0, rules.moveEveryMs - this.moveActive, this.movementSnoozedUntil - a));
      if (!this.open.move && !this.open.stretch) {
        const stretchDue = a + Math.max(0, rules.stretchEveryMs - this.stretchActive, rules.stretchGapMs - this.moveCountActive, this.movementSnoozedUntil - a);
        this.accrue('stretch', a, b, stretchDue);
      }
    }
    if (hydrateFree && !this.open.hydrate && !this.goalMet) this.accrue('hydrate', a, b, this.hydrateSnoozedUntil ?? this.hydrateFrom + rules.hydrateEveryMs);

    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      const alert = this.open[kind];
      if (!alert || !(kind === 'hydrate' ? hydrateFree : movementFree)) continue;
      const from = Math.max(a, alert.t + rules.repeatEveryMs);
      if (from < b) alert.overdue += b - from;
      if (alert.overdue > rules.lateness && !alert.reported) {
        alert.reported = true;
        const next = alert.attempt > rules.maxRepeats ? 'verdict "missed"' : `repeat (attempt ${alert.attempt + 1})`;
        this.report('d:repeatOrVerdict', b, `${kind} alert (attempt ${alert.attempt}, ${this.truth.describe(alert.t)}) is still open with no ${next} after ${(alert.overdue / SECOND).toFixed(0)} s of free time past its ${rules.repeatEveryMs / MINUTE} min`);
      }
    }

    const dt = b - a;
    this.moveActive += dt;
    this.moveCountActive += dt;
    this.stretchActive += dt;
  }

  private accrue(kind: ReminderKind, a: number, b: number, dueAt: number): void {
    const due = this.due[kind];
    const from = Math.max(a, dueAt);
    if (from >= b) return;
    due.overdue += b - from;
    if (due.overdue > rules.lateness && !due.reported) {
      due.reported = true;
      const check = kind === 'move' ? 'd:move' : kind === 'stretch' ? 'd:stretch' : 'd:hydrate';
      const since =
        kind === 'move'
          ? `${(this.moveActive / MINUTE).toFixed(1)} min active since the last movement alert or reset`
          : kind === 'stretch'
            ? `${(this.stretchActive / MINUTE).toFixed(1)} min active since the last stretch alert or reset (${(this.moveCountActive / MINUTE).toFixed(1)} since the last movement break)`
            : `${((b - this.hydrateFrom) / MINUTE).toFixed(1)} min since the last drink, hydration alert or resume`;
      this.report(check, b, `${kind} due but not fired: ${since}, overdue for ${(due.overdue / SECOND).toFixed(0)} s of free time`);
    }
  }

  // ── resets ────────────────────────────────────────────────────────────────────────────────

  private clearDue(kind: ReminderKind): void {
    this.due[kind] = { overdue: 0, reported: false };
  }

  private moveCountReset(): void {
    this.moveActive = 0;
    this.moveCountActive = 0;
    this.clearDue('move');
  }

  /** A stretch break is also a movement break. */
  private breakTaken(kind: MovementKind): void {
    this.moveCountReset();
    if (kind === 'stretch') {
      this.stretchActive = 0;
      this.clearDue('stretch');
    }
  }

  private back(awayMs: number): void {
    this.present = true;
    if (awayMs >= rules.stretchLastsMs) this.breakTaken('stretch');
    else if (awayMs >= rules.moveLastsMs) this.breakTaken('move');
  }

  private resumed(t: number): void {
    this.paused = false;
    this.breakTaken('stretch');
    this.hydrateCountsFrom(t);
  }

  /** A drink, a skip or a resume: the interval runs afresh and any snooze is over. */
  private hydrateCountsFrom(t: number): void {
    this.hydrateFrom = t;
    this.hydrateSnoozedUntil = null;
    this.clearDue('hydrate');
  }

  private breakOver(until: number): void {
    if (!this.breakState || this.breakState.until !== until) return; // ended early by a "done"
    const { kind } = this.breakState;
    this.breakState = null;
    this.breakTaken(kind);
  }

  // ── the engine's records: alerts (checked, (b)) and the user's replies (inputs) ─────────

  private onRecord(t: number, record: HistoryRecord): void {
    switch (record.event) {
      case 'alert':
        if (isReminder(record.reminder)) this.onAlert(t, record.reminder, record.attempt, record.replaces);
        return;
      case 'alertClosed': {
        if (!isReminder(record.reminder)) return;
        const open = this.open[record.reminder];
        if (open) this.lastClosed[record.reminder] = { t: open.t, attempt: open.attempt, reason: record.reason, closedAt: t };
        delete this.open[record.reminder];
        return;
      }
      case 'missed': {
        const closed = this.lastClosed[record.reminder];
        if (!closed || closed.reason !== 'missed' || closed.attempt !== 1 + rules.maxRepeats || t - closed.t < rules.repeatEveryMs)
          this.report('b:chain', t, `${record.reminder} missed after ${closed ? `attempt ${closed.attempt} at ${this.truth.describe(closed.t)}` : 'no alert'}`);
        if (record.reminder === 'hydrate') {
          // The next hydration alert comes at least a repeat interval after the verdict.
          this.hydrateFrom = Math.max(this.hydrateFrom, t + rules.repeatEveryMs - rules.hydrateEveryMs);
          this.clearDue('hydrate');
        } else this.breakTaken(record.reminder); // a missed reminder starts its count over
        return;
      }
      case 'reply':
        if (isReminder(record.reminder)) this.onReply(t, record.reminder, record.action);
        return;
      case 'drink':
        this.goalMet = record.todayMl >= rules.dailyGoalMl;
        this.hydrateCountsFrom(t);
        return;
      case 'newDay':
        this.goalMet = false;
        this.clearDue('hydrate');
        return;
      case 'breakStart':
        this.breakState = { kind: record.reminder, until: t + (record.reminder === 'move' ? rules.moveLastsMs : rules.stretchLastsMs) };
        return;
      default:
        return;
    }
  }

  private onReply(t: number, reminder: ReminderKind, action: string): void {
    if (reminder === 'hydrate') {
      if (action === 'skip') this.hydrateCountsFrom(t);
      else if (action === 'snooze' && this.open.hydrate) {
        // With nothing on screen a snooze does nothing (the reply comes before the alert closes).
        this.hydrateSnoozedUntil = t + rules.snoozeMs;
        this.clearDue('hydrate');
      }
      return; // "done", "start" and "drink" log a drink, which has its own record
    }
    switch (action) {
      case 'done':
        this.breakState = null;
        this.breakTaken(reminder);
        return;
      case 'skip':
        this.breakTaken(reminder); // skipping starts the count over, a stretch both counts
        return;
      case 'snooze':
        if (!this.open.move && !this.open.stretch) return;
        this.movementSnoozedUntil = t + rules.snoozeMs;
        this.clearDue('move');
        this.clearDue('stretch');
        return;
      default:
        return; // "start": the breakStart record follows
    }
  }

  private onAlert(t: number, kind: ReminderKind, attempt: number, replaces: ReminderKind | undefined): void {
    const what = `${kind} alert attempt ${attempt}${replaces ? ` (replacing ${replaces})` : ''}`;
    if (kind !== 'hydrate' && this.breakState) this.report('a:duringBreak', t, `${what} during a ${this.breakState.kind} break`);
    const last = this.lastAlertAt[kind];
    if (last !== undefined && t - last < MINUTE) this.report('b:sameKindWithin60s', t, `${what} ${((t - last) / SECOND).toFixed(0)} s after the previous ${kind} alert`);
    this.lastAlertAt[kind] = t;
    // A move's repeat that comes as a stretch carries the move's chain on (the move closes as superseded).
    const superseded = replaces ? this.lastClosed[replaces] : undefined;
    const carried = attempt > 1 && superseded?.reason === 'superseded' && superseded.closedAt === t ? superseded : undefined;
    const open = carried ?? this.open[kind];
    if (attempt > 1 + rules.maxRepeats) this.report('b:chain', t, `${what}: more than ${rules.maxRepeats} repeats`);
    if (attempt === 1 && open) this.report('b:chain', t, `${what} while attempt ${open.attempt} (${this.truth.describe(open.t)}) is still open`);
    if (attempt > 1) {
      if (!open || open.attempt !== attempt - 1) this.report('b:chain', t, `${what} does not follow attempt ${attempt - 1} (open: ${open ? open.attempt : 'none'})`);
      else if (t - open.t < rules.repeatEveryMs) this.report('b:chain', t, `${what} only ${((t - open.t) / SECOND).toFixed(0)} s after attempt ${open.attempt}`);
    }
    this.open[kind] = { t, attempt, overdue: 0, reported: false };
    if (kind === 'hydrate') {
      if (attempt === 1) this.hydrateFrom = t; // the interval runs from the first alert
      this.hydrateSnoozedUntil = null;
      this.clearDue('hydrate');
      return;
    }
    this.moveActive = 0;
    this.clearDue('move');
    if (kind === 'stretch') {
      this.stretchActive = 0;
      this.clearDue('stretch');
    }
  }
}
