import { MINUTE, roundMinutes, type AlertState, type EngineContext } from './engineContext.js';
import { advanceInside, afterLastClosedSpell, nextInside, overlap, windowEndAfter } from './localTime.js';
import { assertNever, type AlertCloseReason, type MovementKind, type ReminderKind, type ReplyAction } from './types.js';
import type { WaterDay } from './waterDay.js';

interface ActiveCount {
  /** Active milliseconds banked before the current counting span. */
  banked: number;
  /** When the count was last reset; active time before it does not count. */
  resetAt: number;
}

/**
 * The recurring reminders — move, stretch, hydrate: counting active time, when each is due, firing
 * and repeating them, and what each reply does (start, done, snooze, skip), the break in progress
 * included. Rules about replies (snooze and skip limits, the tally of snoozes) belong here.
 */
export class RecurringSchedule {
  /** Active time accrues from here while present and not paused (null: not counting). */
  countingSince: number | null = null;
  // Stryker disable next-line ObjectLiteral: the engine's start resets every count before one is read
  readonly counts: Record<MovementKind, ActiveCount> = { move: { banked: 0, resetAt: 0 }, stretch: { banked: 0, resetAt: 0 } };
  /** The last drink or hydration alert (mono). */
  hydrateFrom = 0;
  private movementSnoozedUntil: number | null = null;
  private hydrateSnoozedUntil: number | null = null;
  /** Nothing fires before this (the grace after a start that carried on from a saved state). */
  quietUntil = -Infinity;
  breakState: { reminder: MovementKind; until: number } | null = null;
  /** What each of today's drinks (this run) replaced, so undo can put it back. */
  // Stryker disable next-line ArrayDeclaration: undo takes only the newest entries, as many as today's drinks
  private readonly beforeDrinks: { hydrateFrom: number; snoozedUntil: number | null }[] = [];
  private lastHydrateAlertAt = -Infinity;
  /** When each reminder was last shown (mono): a fresh one never follows closer than a snooze or repeat. */
  private readonly shownAt: Record<ReminderKind, number> = { move: -Infinity, stretch: -Infinity, hydrate: -Infinity };
  /** How many times the coming movement break has been snoozed (settings.breaks.maxSnoozes). */
  movementSnoozes = 0;
  /** Movement breaks skipped since the last one taken (settings.breaks.maxSkipsInRow). */
  skipsInRow = 0;

  constructor(
    private readonly ctx: EngineContext,
    private readonly day: WaterDay,
    private readonly isPaused: () => boolean,
  ) {}

  // ── counting ──────────────────────────────────────────────────────────────────────────────

  active(kind: MovementKind, now: number): number {
    const count = this.counts[kind];
    if (this.countingSince === null) return count.banked;
    const { workingHours, zone } = this.ctx;
    const from = this.ctx.wall(Math.max(this.countingSince, count.resetAt));
    const to = this.ctx.wall(now);
    // Closed hours (lunch, the evening) at least as long as the break count like time away: the
    // count starts afresh when the window reopens, so a break due at closing does not greet the
    // person the instant work starts again.
    const reopened = afterLastClosedSpell(workingHours, from, to, zone, this.ctx.settings[kind].durationMinutes * MINUTE);
    if (reopened !== null) return overlap(workingHours, reopened, to, zone);
    return count.banked + overlap(workingHours, from, to, zone);
  }

  /** Active time left before a movement reminder is due (≤ 0: due). */
  private remaining(kind: MovementKind, now: number): number {
    const { settings } = this.ctx;
    const left = settings[kind].intervalMinutes * MINUTE - this.active(kind, now);
    if (kind === 'move') return left;
    // Never two breaks close together: a stretch keeps its distance from the last movement break.
    const gap = settings.stretch.replacesMoveWithinMinutes * MINUTE - this.active('move', now);
    return Math.max(left, gap);
  }

  /**
   * A stretch due within the margin comes in a movement break's place — unless the stretch interval
   * is itself within the margin of the movement interval: then every break would be a stretch, so
   * the plain movement breaks stay and the stretch keeps its distance after them instead.
   */
  private stretchReplacesMove(now: number): boolean {
    const { stretch, move } = this.ctx.settings;
    if (!stretch.enabled || stretch.intervalMinutes <= move.intervalMinutes + stretch.replacesMoveWithinMinutes) return false;
    return this.remaining('stretch', now) <= stretch.replacesMoveWithinMinutes * MINUTE;
  }

  nextMovementKind(now: number): MovementKind {
    if (this.ctx.alerts.stretch || this.stretchReplacesMove(now)) return 'stretch';
    return 'move';
  }

  /** Banks active time so far (before the clock, the zone or the working hours change). */
  bankCounting(now: number): void {
    for (const kind of ['move', 'stretch'] as const) this.counts[kind].banked = this.active(kind, now);
  }

  /** Banks and restarts the counting span at `now`, if counting. */
  rebase(now: number): void {
    this.bankCounting(now);
    if (this.countingSince !== null) this.countingSince = now;
  }

  stopCounting(at: number): void {
    this.bankCounting(at);
    this.countingSince = null;
  }

  private resetMovement(kind: MovementKind, now: number): void {
    const kinds: MovementKind[] = kind === 'stretch' ? ['move', 'stretch'] : ['move'];
    for (const k of kinds) this.counts[k] = { banked: 0, resetAt: now };
    this.movementSnoozes = 0; // the next break is a new one, with its own snoozes
  }

  /** A stretch break is also a movement break. */
  private breakTaken(kind: MovementKind, now: number): void {
    this.resetMovement(kind, now);
    this.movementSnoozedUntil = null;
    this.skipsInRow = 0;
  }

  // ── putting breaks off ────────────────────────────────────────────────────────────────────

  /** How far the coming movement break may still be put off. */
  putOff(): { snoozes: number; skipsInRow: number; canSnooze: boolean; canSkip: boolean } {
    const { maxSnoozes, maxSkipsInRow } = this.ctx.settings.breaks;
    return {
      snoozes: this.movementSnoozes,
      skipsInRow: this.skipsInRow,
      canSnooze: maxSnoozes === null || this.movementSnoozes < maxSnoozes,
      canSkip: maxSkipsInRow === null || this.skipsInRow < maxSkipsInRow,
    };
  }

  /**
   * Why a reply must be refused (a movement break snoozed or skipped past the person's own limit),
   * or null. The window, the tray and the notifications stop offering those answers at the limit;
   * this catches one that was already on its way.
   */
  refusal(reminder: ReminderKind, action: ReplyAction): string | null {
    if (reminder === 'hydrate') return null;
    const { canSnooze, canSkip, snoozes, skipsInRow } = this.putOff();
    if (action === 'snooze' && !canSnooze) return `reply: this break has been snoozed ${snoozes} times, the most settings.breaks.maxSnoozes allows; take it or skip it`;
    if (action === 'skip' && !canSkip) return `reply: ${skipsInRow} breaks in a row have been skipped, the most settings.breaks.maxSkipsInRow allows; take this one or snooze it`;
    return null;
  }

  /** Every count starts fresh, as after a break. */
  resetAll(now: number): void {
    this.resetMovement('stretch', now);
    this.hydrateFrom = now;
    this.movementSnoozedUntil = null;
    this.hydrateSnoozedUntil = null;
  }

  // ── presence ──────────────────────────────────────────────────────────────────────────────

  wentAway(since: number): void {
    this.stopCounting(Math.max(since, this.countingSince ?? since));
  }

  cameBack(awayMs: number, now: number): void {
    this.naturalBreaks(awayMs, now);
    // An alert whose repeat came due while nobody was there is stale; if the reminder is still due
    // it is asked afresh, once. One shown just before the person came back stays as it is.
    const hydrate = this.ctx.alerts.hydrate;
    if (hydrate && awayMs > 0 && now >= hydrate.nextAt) this.ctx.closeAlert('hydrate', 'expired', now);
    if (!this.isPaused()) this.countingSince = now;
  }

  /** An away spell at least as long as a break counts as that break taken. */
  private naturalBreaks(awayMs: number, now: number): void {
    const { settings } = this.ctx;
    const taken = (['stretch', 'move'] as const).filter((kind) => settings[kind].enabled && awayMs >= settings[kind].durationMinutes * MINUTE);
    if (taken.length === 0) return;
    for (const kind of taken) this.ctx.closeAlert(kind, 'naturalBreak', now);
    this.day.breaks.natural++;
    this.ctx.record({ event: 'naturalBreak', reminders: taken, minutes: roundMinutes(awayMs) }, now);
    this.breakTaken(taken.includes('stretch') ? 'stretch' : 'move', now);
  }

  // ── expiry and firing ─────────────────────────────────────────────────────────────────────

  /** An alert left up when its window closes is not carried into tomorrow. */
  expireWindows(now: number): void {
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      if (this.ctx.alerts[kind] && !this.ctx.windowFor(kind).contains(this.ctx.wall(now), this.ctx.zone)) this.ctx.closeAlert(kind, 'expired', now);
    }
  }

  /** The break in progress ends when its time is up. */
  expireBreak(now: number): void {
    if (!this.breakState || now < this.breakState.until) return;
    const { reminder } = this.breakState;
    this.breakState = null;
    this.day.breaks.taken++;
    this.ctx.record({ event: 'breakEnd', reminder }, now);
    this.breakTaken(reminder, now);
  }

  isQuiet(now: number): boolean {
    return now < this.quietUntil;
  }

  fire(now: number): void {
    const wall = this.ctx.wall(now);
    if (!this.breakState && this.ctx.workingHours.contains(wall, this.ctx.zone)) this.fireMovement(now);
    if (this.ctx.settings.hydrate.enabled && this.ctx.hydrateWindow.contains(wall, this.ctx.zone)) this.fireHydrate(now);
  }

  private fireMovement(now: number): void {
    const open = (['move', 'stretch'] as const).find((kind) => this.ctx.alerts[kind]);
    if (open) {
      const alert = this.ctx.alerts[open] as AlertState;
      if (now < alert.nextAt) return;
      if (alert.attempt > this.ctx.settings.alerts.maxRepeats) return this.missed(open, now);
      // A repeated movement alert becomes a stretch once the stretch is close enough to replace it.
      if (open === 'move' && this.stretchReplacesMove(now)) {
        this.ctx.closeAlert('move', 'superseded', now);
        return this.alert('stretch', now, 'move', alert.attempt + 1);
      }
      return this.alert(open, now);
    }
    const snoozed = this.movementSnoozedUntil !== null && now < this.movementSnoozedUntil;
    if (snoozed) return;
    const { settings } = this.ctx;
    const moveDue = settings.move.enabled && this.remaining('move', now) <= 0;
    const kind: MovementKind | null = settings.stretch.enabled && this.remaining('stretch', now) <= 0 ? 'stretch' : moveDue ? (this.stretchReplacesMove(now) ? 'stretch' : 'move') : null;
    if (kind === null || now < this.notBefore(kind)) return;
    return this.alert(kind, now, kind === 'stretch' && moveDue ? 'move' : undefined);
  }

  /**
   * The earliest a fresh alert of `kind` may show (mono). An alert that closed without an answer (its
   * hours ended as the clock changed, the person came back, a zone changed) is not shown again
   * straight away: two of a kind are always at least the shorter of the snooze and repeat apart.
   */
  private notBefore(kind: ReminderKind): number {
    const { snoozeMinutes, repeatEveryMinutes } = this.ctx.settings.alerts;
    return this.shownAt[kind] + Math.min(snoozeMinutes, repeatEveryMinutes) * MINUTE;
  }

  /** Once today's goal is met, drink reminders stop for the day (a later drink still counts). */
  private goalMet(now: number): boolean {
    return this.day.todayMl() >= this.day.goalMl(now);
  }

  private fireHydrate(now: number): void {
    const alert = this.ctx.alerts.hydrate;
    if (this.goalMet(now)) {
      this.ctx.closeAlert('hydrate', 'goalMet', now);
      return;
    }
    if (alert) {
      if (now < alert.nextAt) return;
      if (alert.attempt > this.ctx.settings.alerts.maxRepeats) return this.missed('hydrate', now);
      return this.alert('hydrate', now);
    }
    // A snooze asks again when it ends; otherwise the interval decides.
    const dueAt = Math.max(this.hydrateSnoozedUntil ?? this.hydrateFrom + this.ctx.settings.hydrate.intervalMinutes * MINUTE, this.notBefore('hydrate'));
    if (now >= dueAt) {
      this.hydrateFrom = now; // the interval runs from the last drink or hydration alert
      this.lastHydrateAlertAt = now;
      this.hydrateSnoozedUntil = null;
      this.alert('hydrate', now);
    }
  }

  private alert(reminder: ReminderKind, now: number, replaces?: ReminderKind, carriedAttempt?: number): void {
    const previous = this.ctx.alerts[reminder];
    const attempt = carriedAttempt ?? (previous ? previous.attempt + 1 : 1);
    this.ctx.alerts[reminder] = { attempt, nextAt: now + this.ctx.settings.alerts.repeatEveryMinutes * MINUTE };
    this.shownAt[reminder] = now;
    this.ctx.record(replaces ? { event: 'alert', reminder, attempt, replaces } : { event: 'alert', reminder, attempt }, now);
  }

  private missed(reminder: ReminderKind, now: number): void {
    this.ctx.closeAlert(reminder, 'missed', now);
    this.ctx.record({ event: 'missed', reminder }, now);
    if (reminder !== 'hydrate') {
      this.day.breaks.missed++;
      this.resetMovement(reminder, now);
      return;
    }
    // Hydration counts from the first alert; after a long absence that moment may be long past, so
    // leave at least one repeat interval before asking again rather than nagging straight away.
    const { settings } = this.ctx;
    const earliestNext = now + settings.alerts.repeatEveryMinutes * MINUTE;
    this.hydrateFrom = Math.max(this.hydrateFrom, earliestNext - settings.hydrate.intervalMinutes * MINUTE);
  }

  // ── replies and intents ───────────────────────────────────────────────────────────────────

  reply(reminder: ReminderKind, action: ReplyAction, now: number): void {
    const { alerts, settings } = this.ctx;
    if (reminder === 'hydrate') {
      const hadAlert = alerts.hydrate !== undefined;
      this.ctx.record({ event: 'reply', reminder, action, hadAlert }, now);
      switch (action) {
        case 'start':
        case 'done':
          return this.drink(settings.hydrate.defaultDrinkMl, now, false);
        case 'snooze':
          if (!hadAlert) return; // with nothing on screen, a snooze does nothing
          this.ctx.closeAlert('hydrate', 'replied', now);
          this.hydrateSnoozedUntil = now + settings.alerts.snoozeMinutes * MINUTE;
          return;
        case 'skip':
          this.ctx.closeAlert('hydrate', 'replied', now);
          this.hydrateFrom = now;
          return;
        default:
          return assertNever(action, 'reply');
      }
    }
    // A stretch on screen may stand in a movement break's place: a reply to either acts on the
    // alert the person sees, so answering "move" to it still takes (or skips) the stretch.
    const kind: MovementKind = alerts.stretch ? 'stretch' : alerts.move ? 'move' : reminder;
    this.ctx.record({ event: 'reply', reminder, action, hadAlert: alerts[kind] !== undefined }, now);
    switch (action) {
      case 'start':
        if (!this.breakState) this.startBreak(kind, 'reply', now);
        return;
      case 'done':
        this.day.breaks.taken++;
        this.closeMovementAlerts('replied', now);
        if (this.breakState) {
          this.ctx.record({ event: 'breakEnd', reminder: this.breakState.reminder }, now);
          this.breakState = null;
        }
        this.breakTaken(kind, now);
        return;
      case 'snooze':
        if (!alerts[kind]) return; // with nothing on screen, a snooze does nothing
        this.day.breaks.snoozed++;
        this.movementSnoozes++;
        this.closeMovementAlerts('replied', now);
        this.movementSnoozedUntil = now + settings.alerts.snoozeMinutes * MINUTE;
        return;
      case 'skip':
        this.day.breaks.skipped++;
        this.skipsInRow++;
        this.closeMovementAlerts('replied', now);
        this.resetMovement(kind, now);
        return;
      default:
        return assertNever(action, 'reply');
    }
  }

  drink(ml: number, now: number, recordReply = true): void {
    if (recordReply && this.ctx.alerts.hydrate) this.ctx.record({ event: 'reply', reminder: 'hydrate', action: 'drink', hadAlert: true }, now);
    this.ctx.closeAlert('hydrate', 'replied', now);
    // Only today's drinks can be undone; yesterday's entries go.
    // Stryker disable next-line MethodExpression,ArithmeticOperator: only memory: undo takes the newest entries, as many as today's drinks
    this.beforeDrinks.splice(0, Math.max(0, this.beforeDrinks.length - this.day.drinks.length));
    this.beforeDrinks.push({ hydrateFrom: this.hydrateFrom, snoozedUntil: this.hydrateSnoozedUntil });
    this.hydrateSnoozedUntil = null;
    this.hydrateFrom = now;
    this.day.add(ml, now);
  }

  /**
   * Undoing a drink also undoes its effect on the next drink reminder: the interval runs from the
   * drink or alert before it again (an alert since then still counts, as it was said).
   */
  undoDrink(now: number): void {
    if (!this.day.undo(now)) return;
    const before = this.beforeDrinks.pop();
    if (!before) return;
    this.hydrateFrom = Math.max(before.hydrateFrom, this.lastHydrateAlertAt);
    this.hydrateSnoozedUntil = before.snoozedUntil;
  }

  breakNow(now: number): void {
    if (!this.breakState) this.startBreak(this.nextMovementKind(now), 'breakNow', now);
  }

  private startBreak(reminder: MovementKind, source: 'reply' | 'breakNow', now: number): void {
    // The break is under way before the alert closes, so a listener sees a break, not nothing.
    const until = now + this.ctx.settings[reminder].durationMinutes * MINUTE;
    this.breakState = { reminder, until };
    this.closeMovementAlerts(source === 'reply' ? 'replied' : 'breakStarted', now);
    this.movementSnoozedUntil = null;
    this.ctx.record({ event: 'breakStart', reminder, until: this.ctx.wall(until), source }, now);
  }

  closeMovementAlerts(reason: AlertCloseReason, now: number): void {
    this.ctx.closeAlert('move', reason, now);
    this.ctx.closeAlert('stretch', reason, now);
  }

  // ── when next ─────────────────────────────────────────────────────────────────────────────

  /** The moment a reminder will next come due if the person stays present (mono), or null. */
  dueAt(kind: ReminderKind, now: number): number | null {
    const { settings, offset, zone } = this.ctx;
    if (!settings[kind].enabled || this.isPaused()) return null;
    if (kind === 'hydrate') {
      if (this.goalMet(now)) return null;
      const from = Math.max(this.hydrateSnoozedUntil ?? this.hydrateFrom + settings.hydrate.intervalMinutes * MINUTE, this.quietUntil, this.notBefore('hydrate'), now);
      return this.ctx.toMono(nextInside(this.ctx.hydrateWindow, from + offset, zone));
    }
    if (this.countingSince === null || this.breakState) return null;
    const start = Math.max(now, this.quietUntil, this.notBefore(kind));
    const due = this.ctx.toMono(advanceInside(this.ctx.workingHours, start + offset, Math.max(0, this.remaining(kind, now) - (start - now)), zone));
    if (due === null || this.movementSnoozedUntil === null || this.movementSnoozedUntil <= due) return due;
    return this.ctx.toMono(nextInside(this.ctx.workingHours, this.movementSnoozedUntil + offset, zone));
  }

  /** The reminder that would fire now (a first showing, a repeat or the verdict), or null. */
  dueNow(now: number): ReminderKind | null {
    for (const kind of ['stretch', 'move', 'hydrate'] as const) {
      // An open alert is inside its window (it closes when the window does), and a break closes
      // the movement alerts: it is due when its repeat is.
      const alert = this.ctx.alerts[kind];
      if (alert) {
        if (alert.nextAt <= now) return kind;
        continue;
      }
      const at = this.dueAt(kind, now);
      if (at !== null && at <= now) return kind === 'hydrate' ? kind : this.nextMovementKind(now);
    }
    return null;
  }

  /** The moments a timer must wake for (mono): a break or the grace ending, a reminder or repeat. */
  wakeCandidates(now: number): (number | null)[] {
    const candidates: (number | null)[] = [this.breakState?.until ?? null, this.quietUntil];
    for (const kind of ['move', 'stretch', 'hydrate'] as const) {
      const alert = this.ctx.alerts[kind];
      // A repeat waits for its window (working hours, the hydration window) to be open.
      candidates.push(alert ? this.ctx.toMono(nextInside(this.ctx.windowFor(kind), this.ctx.wall(Math.max(alert.nextAt, now)), this.ctx.zone)) : this.dueAt(kind, now));
      // An alert leaves the screen when its window closes, not at the next look (with none up,
      // the look finds nothing to close).
      candidates.push(this.ctx.toMono(windowEndAfter(this.ctx.windowFor(kind), this.ctx.wall(now), this.ctx.zone)));
    }
    return candidates;
  }
}
