import type { PresenceSensor } from '../core/clock.js';
import { Engine } from '../core/engine.js';
import { formatLocal } from '../core/localTime.js';
import type { AlertKind, BusyReason, EngineInput, HistoryRecord, Snapshot } from '../core/types.js';
import type { Scenario, UserAction } from './scenario.js';
import { VirtualClock } from './virtualClock.js';

/** One line of simulator output: the engine's record, placed on the scenario's timeline. */
export interface SimLine {
  /** Seconds since the scenario's start, in real elapsed time. */
  t: number;
  /** The device's wall clock (which may have jumped) in the scenario's time zone. */
  at: string;
  event: HistoryRecord['event'];
  [field: string]: unknown;
}

export interface SimulationResult {
  lines: SimLine[];
  /** The engine's records with their elapsed time in ms, for checks that need numbers. */
  records: { t: number; record: HistoryRecord }[];
  /** Timer callbacks the engine caused (its wake-ups, idle sampling included). */
  wakeups: number;
  snapshots: number;
  /** Times the engine asked the desktop whether the person is busy. */
  senseChecks: number;
  finalSnapshot: Snapshot;
}

interface AgendaItem {
  t: number;
  seq: number;
  run: () => void;
}

/** The simulated person and machine: who is at the keyboard, and whether the machine is awake. */
class World implements PresenceSensor {
  /** Spells without input: [from, to) in elapsed ms, sorted by start once the run begins. */
  private readonly quiet: { from: number; to: number }[] = [];
  /** Inputs, in time order (they are made as time moves forward). */
  private readonly inputs: number[] = [];
  private sorted = false;
  /** Spells started by the last query time that may not have ended; time only moves forward. */
  private next = 0;
  private active: { from: number; to: number }[] = [];
  constructor(private readonly clock: VirtualClock) {}

  addQuietSpell(from: number, to: number): void {
    this.quiet.push({ from, to });
    this.sorted = false;
  }

  input(at: number): void {
    this.inputs.push(at);
  }

  /** The spells covering `at`. Queries come in time order, so this walks the spells once. */
  private covering(at: number): { from: number; to: number }[] {
    if (!this.sorted) {
      this.quiet.sort((a, b) => a.from - b.from);
      this.sorted = true;
      this.next = 0;
      this.active = [];
    }
    while (this.next < this.quiet.length && (this.quiet[this.next] as { from: number }).from <= at) this.active.push(this.quiet[this.next++] as { from: number; to: number });
    this.active = this.active.filter((s) => s.to > at);
    return this.active.filter((s) => s.from <= at);
  }

  isQuiet(at: number): boolean {
    return this.covering(at).length > 0;
  }

  lastInputAt(now: number): number {
    const spells = this.covering(now);
    if (spells.length === 0) return now;
    const start = Math.min(...spells.map((s) => s.from));
    const lastInput = this.inputs.at(-1);
    return lastInput !== undefined && lastInput <= now ? Math.max(start, lastInput) : start;
  }

  read() {
    const now = this.clock.now();
    return { idleSeconds: (now - this.lastInputAt(now)) / 1000, locked: false };
  }

  /** Sensing is on, as in the app; busy spells arrive pushed (`busy` events), so asking finds none. */
  busy(): BusyReason[] {
    return [];
  }
}

/** Runs the real engine through a scenario on a virtual clock. */
export function simulate(scenario: Scenario, options: { onLine?: (line: SimLine) => void } = {}): SimulationResult {
  const clock = new VirtualClock(scenario.startWall, scenario.timeZone);
  const world = new World(clock);
  const engine = new Engine({ clock, sensor: world, settings: scenario.settings, workouts: scenario.workouts ?? [] });
  const lines: SimLine[] = [];
  const records: SimulationResult['records'] = [];
  const alerting = new Set<AlertKind>();
  let snapshots = 0;
  let finalSnapshot: Snapshot | null = null;

  const agenda: AgendaItem[] = [];
  let seq = 0;
  const at = (t: number, run: () => void) => {
    const item = { t, seq: seq++, run };
    let i = agenda.length;
    while (i > 0 && (agenda[i - 1] as AgendaItem).t > t) i--;
    agenda.splice(i, 0, item);
  };
  let suspendedUntil: number | null = null;

  const userDoes = (input: EngineInput) => {
    world.input(clock.now());
    engine.dispatch(input);
  };

  engine.subscribe((output) => {
    if (output.type === 'snapshot') {
      snapshots++;
      finalSnapshot = output.snapshot;
      return;
    }
    const { record } = output;
    const t = clock.now();
    records.push({ t, record });
    const line = toLine(record, t, clock.timeZone());
    lines.push(line);
    options.onLine?.(line);
    if (record.event === 'alert') {
      alerting.add(record.reminder);
      const response = scenario.respond[record.reminder];
      if (response) {
        const reminder = record.reminder;
        at(t + response.afterSeconds * 1000, () => {
          // The simulated person answers only an alert that is still up, and only when at the machine.
          if (!alerting.has(reminder) || world.isQuiet(clock.now()) || suspendedUntil !== null) return;
          userDoes(response.action === 'drink' ? { type: 'drink', ml: response.ml } : { type: 'reply', reminder, action: response.action });
        });
      }
    } else if (record.event === 'alertClosed') {
      alerting.delete(record.reminder);
    }
  });

  for (const event of scenario.events) {
    switch (event.type) {
      case 'away':
        world.addQuietSpell(event.at, event.at + event.durationMs);
        break;
      case 'lock':
        world.addQuietSpell(event.at, event.at + event.durationMs);
        at(event.at, () => engine.dispatch({ type: 'lock' }));
        at(event.at + event.durationMs, () => engine.dispatch({ type: 'unlock' }));
        break;
      case 'suspend':
        world.addQuietSpell(event.at, event.at + event.durationMs);
        at(event.at, () => {
          engine.dispatch({ type: 'suspend' });
          suspendedUntil = event.at + event.durationMs;
        });
        at(event.at + event.durationMs, () => {
          suspendedUntil = null;
          engine.dispatch({ type: 'wake' });
        });
        break;
      case 'busy': {
        const reason = event.reason ? { reason: event.reason } : {};
        at(event.at, () => engine.dispatch({ type: 'busy', busy: true, ...reason }));
        at(event.at + event.durationMs, () => engine.dispatch({ type: 'busy', busy: false, ...reason }));
        break;
      }
      case 'settings':
        at(event.at, () => userDoes({ type: 'settings', patch: event.patch }));
        break;
      case 'workouts':
        at(event.at, () => userDoes({ type: 'workouts', workouts: event.workouts }));
        break;
      case 'timeZone':
        // Like a clock jump, nobody tells the engine: it reads the zone at its next wake-up.
        at(event.at, () => clock.setTimeZone(event.zone));
        break;
      case 'action':
        at(event.at, () => userDoes(toInput(event.act)));
        break;
      case 'clockJump':
        // Nobody tells the engine: it notices at its next wake-up, as on a real machine.
        at(event.at, () => clock.jumpWall(event.jumpMs));
        break;
    }
  }

  engine.start();
  const end = scenario.durationMs;
  for (;;) {
    const nextItem = agenda[0];
    const nextTimer = suspendedUntil === null ? clock.nextTimerAt() : null;
    const itemAt = nextItem && nextItem.t <= end ? nextItem.t : Infinity;
    const timerAt = nextTimer !== null && nextTimer <= end ? Math.max(nextTimer, clock.now()) : Infinity;
    if (itemAt === Infinity && timerAt === Infinity) break;
    if (timerAt < itemAt) {
      clock.advanceTo(timerAt);
      continue;
    }
    agenda.shift();
    if (suspendedUntil === null) clock.advanceTo(itemAt);
    else clock.skipTo(itemAt);
    nextItem?.run();
  }
  if (suspendedUntil === null) clock.advanceTo(end);
  else clock.skipTo(end);
  engine.stop();
  return { lines, records, wakeups: clock.wakeups, snapshots, senseChecks: engine.senseChecks(), finalSnapshot: finalSnapshot ?? engine.snapshot() };
}

function toInput(act: UserAction): EngineInput {
  switch (act.action) {
    case 'drink':
      return act.ml === undefined ? { type: 'drink' } : { type: 'drink', ml: act.ml };
    case 'pause':
      return { type: 'pause', pause: act.pause };
    case 'resume':
      return { type: 'resume' };
    case 'breakNow':
      return { type: 'breakNow' };
    case 'meal':
      return { type: 'meal' };
    case 'undoDrink':
      return { type: 'undoDrink' };
    default:
      return { type: 'reply', reminder: act.reminder, action: act.action };
  }
}

const wallFields = new Set(['since', 'until', 'workoutStart', 'due']);

function toLine(record: HistoryRecord, t: number, zone: string): SimLine {
  const line: SimLine = { t: Math.round(t) / 1000, at: formatLocal(record.at, zone), event: record.event };
  for (const [key, value] of Object.entries(record)) {
    if (key === 'at' || key === 'event') continue;
    line[key] = wallFields.has(key) && typeof value === 'number' ? formatLocal(value, zone) : value;
  }
  return line;
}
