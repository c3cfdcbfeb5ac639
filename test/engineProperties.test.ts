/**
 * Property tests: random sequences of every input a person or the OS can give, in random zones,
 * with clock jumps, travel and settings changes, checking the engine's invariants after every
 * step. fast-check prints the seed and path of a failure; LIMBER_PROPERTY_SEED replays one, and
 * LIMBER_PROPERTY_RUNS sets the number of runs (CI runs the default).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../main/core/exchange.js';
import { everyDay, localDateOf, wallAt, weeklyWindows } from '../main/core/localTime.js';
import { resolveSettings, type SettingsPatch } from '../main/core/settings.js';
import { alertKinds, busyReasons, occasionKinds, replyActions, type AlertKind, type EngineInput, type HistoryRecord, type Snapshot } from '../main/core/types.js';
import { occasionsBetween, type Occasion, type Workout } from '../main/core/workouts.js';
import { Harness, MINUTE } from './support/harness.js';

const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'America/Sao_Paulo'] as const;
/** Snooze 5 and repeat 10 stay fixed, so "no two alerts of a kind closer than either" is 5 minutes. */
const MIN_GAP = 5 * MINUTE;

type Command =
  | { type: 'work'; minutes: number }
  | { type: 'away'; minutes: number }
  | { type: 'sleep'; minutes: number }
  | { type: 'lock'; minutes: number }
  | { type: 'input'; input: EngineInput }
  | { type: 'jump'; minutes: number }
  | { type: 'travel'; zone: string };

const lunch = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
const settingsPatch: fc.Arbitrary<SettingsPatch> = fc.record(
  {
    move: fc.record({ intervalMinutes: fc.integer({ min: 5, max: 60 }) }),
    stretch: fc.record({ intervalMinutes: fc.integer({ min: 15, max: 180 }), replacesMoveWithinMinutes: fc.integer({ min: 0, max: 20 }) }),
    hydrate: fc.record({ intervalMinutes: fc.integer({ min: 10, max: 90 }), dailyGoalMl: fc.integer({ min: 250, max: 3000 }) }),
    presence: fc.record({ idleThresholdMinutes: fc.integer({ min: 1, max: 10 }) }),
    alerts: fc.record({ busyHoldMaxMinutes: fc.integer({ min: 0, max: 120 }), callHoldMaxMinutes: fc.integer({ min: 0, max: 180 }) }),
    busy: fc.record({ fullScreen: fc.boolean(), inCall: fc.boolean() }),
    bedtime: fc.record({ enabled: fc.boolean(), time: fc.constantFrom('21:30', '22:00', '23:45', '00:30') }),
    dayStartsAt: fc.constantFrom('00:00', '04:00', '06:30', '11:00'),
    workingHours: fc.constantFrom(
      { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [], sun: [] },
      { mon: [{ start: '00:00', end: '24:00' }] },
    ),
  },
  { requiredKeys: [] },
);

const workouts: fc.Arbitrary<Workout[]> = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c'),
    kind: fc.constantFrom('run' as const, 'gym' as const),
    minutes: fc.integer({ min: 20, max: 120 }),
    intensity: fc.constantFrom('easy' as const, 'hard' as const),
    hot: fc.boolean(),
    schedule: fc.record({
      type: fc.constant('weekly' as const),
      days: fc.constant(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]),
      time: fc.constantFrom('07:00', '12:30', '18:00', '18:40', '23:50'),
    }),
  }),
  { maxLength: 2, selector: (w) => w.id },
);

const input: fc.Arbitrary<EngineInput> = fc.oneof(
  fc.record({ type: fc.constant('reply' as const), reminder: fc.constantFrom(...alertKinds), action: fc.constantFrom(...replyActions) }),
  fc.record({ type: fc.constant('drink' as const), ml: fc.integer({ min: 1, max: 1000 }) }),
  fc.constant({ type: 'undoDrink' as const }),
  fc.record({ type: fc.constant('pause' as const), pause: fc.oneof(fc.record({ for: fc.constant('minutes' as const), minutes: fc.integer({ min: 1, max: 600 }) }), fc.constant({ for: 'tomorrow' as const }), fc.constant({ for: 'indefinitely' as const })) }),
  fc.constant({ type: 'resume' as const }),
  fc.constant({ type: 'breakNow' as const }),
  fc.constant({ type: 'meal' as const }),
  fc.record({ type: fc.constant('busy' as const), busy: fc.boolean(), reason: fc.constantFrom(...busyReasons) }),
  fc.record({ type: fc.constant('settings' as const), patch: settingsPatch }),
  fc.record({ type: fc.constant('workouts' as const), workouts }),
);

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constant('work' as const), minutes: fc.integer({ min: 1, max: 150 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('away' as const), minutes: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('sleep' as const), minutes: fc.integer({ min: 1, max: 720 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('lock' as const), minutes: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('input' as const), input }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('jump' as const), minutes: fc.integer({ min: -2 * 24 * 60, max: 2 * 24 * 60 }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('travel' as const), zone: fc.constantFrom(...zones) }) },
);

const day = fc.constantFrom('2026-03-07T23:30:00', '2026-03-29T00:30:00', '2026-10-25T01:30:00', '2026-06-15T08:00:00', '2026-11-01T03:00:00');

/** Checks every record as it comes, against what the records before it said. */
class Invariants {
  private readonly problems: string[] = [];
  private day = '';
  private todayMl = 0;
  private away = false;
  private paused = false;
  private readonly open = new Set<AlertKind>();
  private readonly lastAlert = new Map<AlertKind, number>();
  private readonly said = new Set<string>();
  /** Occasions said (any attempt) or recorded as dropped. */
  private readonly settled = new Set<string>();
  /** Occasions whose window closed while time passed, not yet said or dropped (key → what). */
  private readonly unsettled = new Map<string, string>();
  /** The plan as the person last gave it. */
  plan: Workout[] = [];

  constructor(private readonly h: Harness) {
    // The engine starts inside the harness: take what the first step did from its snapshot.
    const snapshot = h.snapshot as Snapshot;
    this.day = snapshot.water.day;
    for (const { record } of h.records) this.record(record);
    for (const kind of snapshot.alerting) this.open.add(kind);
    h.engine.subscribe((out) => (out.type === 'record' ? this.record(out.record) : this.snapshot(out.snapshot)));
  }

  private fail(text: string): void {
    this.problems.push(`${(this.h.clock.now() / MINUTE).toFixed(2)} min: ${text}`);
  }

  private record(r: HistoryRecord): void {
    const now = this.h.clock.now();
    // Every record the engine writes must load again from the history file and import.
    try {
      validateRecord(JSON.parse(JSON.stringify(r)), 0);
    } catch (error) {
      this.fail(`the history would refuse ${JSON.stringify(r)}: ${(error as Error).message}`);
    }
    switch (r.event) {
      case 'newDay':
        if (r.day <= this.day) this.fail(`the water day went from ${this.day} to ${r.day}`);
        this.day = r.day;
        this.todayMl = 0;
        return;
      case 'drink':
        this.todayMl += r.ml;
        if (r.todayMl !== this.todayMl) this.fail(`drink says ${r.todayMl} ml today, the drinks add up to ${this.todayMl}`);
        return;
      case 'drinkUndone':
        this.todayMl -= r.ml;
        if (r.todayMl !== this.todayMl) this.fail(`undo says ${r.todayMl} ml today, the drinks add up to ${this.todayMl}`);
        return;
      case 'away':
        this.away = true;
        return;
      case 'back':
        this.away = false;
        return;
      case 'paused':
        this.paused = true;
        return;
      case 'resumed':
        this.paused = false;
        return;
      case 'alertClosed':
        if (!this.open.delete(r.reminder)) this.fail(`${r.reminder} closed (${r.reason}) but none was open`);
        return;
      case 'occasionDropped': {
        const zone = this.h.clock.timeZone();
        const key = r.reminder === 'bedtime' ? `bedtime||${localDateOf(r.due, zone).date}` : `${r.reminder}|${r.workoutId ?? ''}|${r.workoutStart ?? ''}`;
        if (this.settled.has(key)) this.fail(`${key} dropped after it was said or dropped`);
        this.settled.add(key);
        return;
      }
      case 'alert': {
        const what = `${r.reminder} alert (attempt ${r.attempt})`;
        if (this.away) this.fail(`${what} while away`);
        if (this.paused) this.fail(`${what} while paused`);
        if (r.attempt === 1 && this.open.has(r.reminder)) this.fail(`${what} while one is open`);
        this.open.add(r.reminder);
        const settings = this.h.engine.getSettings();
        const zone = this.h.clock.timeZone();
        if ((r.reminder === 'move' || r.reminder === 'stretch') && !weeklyWindows(settings.workingHours).contains(r.at, zone)) this.fail(`${what} outside working hours`);
        if (r.reminder === 'hydrate' && !everyDay(settings.hydrate.window).contains(r.at, zone)) this.fail(`${what} outside the drink window`);
        const last = this.lastAlert.get(r.reminder);
        if (last !== undefined && now - last < MIN_GAP && !(occasionKinds as readonly string[]).includes(r.reminder) && r.replaces === undefined)
          this.fail(`${what} ${((now - last) / 1000).toFixed(0)} s after the previous one`);
        this.lastAlert.set(r.reminder, now);
        if ((occasionKinds as readonly string[]).includes(r.reminder)) {
          const key = `${r.reminder}|${r.workoutId ?? ''}|${r.workoutStart ?? bedtimeDate(r.at, settings.bedtime.time, zone)}`;
          // A snoozed moment comes back as its next attempt; only the first saying is counted once.
          if (r.attempt === 1 && this.said.has(key)) this.fail(`${what} said twice (${key})`);
          if (r.attempt > 1 && !this.said.has(key)) this.fail(`${what} without a first saying (${key})`);
          this.said.add(key);
          this.settled.add(key);
        }
        return;
      }
      default:
        return;
    }
  }

  private snapshot(s: Snapshot): void {
    if (s.water.day < this.day) this.fail(`the snapshot's water day ${s.water.day} is before ${this.day}`);
    if (s.water.todayMl !== this.todayMl) this.fail(`the snapshot says ${s.water.todayMl} ml today, the drinks add up to ${this.todayMl}`);
    const alerting = [...s.alerting].sort().join();
    if (alerting !== [...this.open].sort().join()) this.fail(`the snapshot shows [${alerting}] on screen, the records [${[...this.open].sort().join()}]`);
    if (s.paused && s.alerting.length) this.fail(`alerts on screen while paused: ${alerting}`);
  }

  /**
   * Time passed from wall `from` to now: every occasion whose window closed meanwhile must be said
   * or recorded as dropped, once the engine is no longer holding it for a busy person.
   */
  passed(from: number): void {
    // The engine settles a closed window at its next step; the app's timers give it one soon.
    this.h.do({ type: 'clockCheck' });
    const to = this.h.clock.wallNow();
    if (to > from) {
      const zone = this.h.clock.timeZone();
      for (const o of occasionsBetween(this.plan, this.h.engine.getSettings(), from - 2 * 24 * 60 * MINUTE, to, zone))
        if (o.until > from && o.until <= to) this.unsettled.set(occasionKey(o), `${o.reminder} due ${new Date(o.at).toISOString()}, window closed ${new Date(o.until).toISOString()}`);
    }
    for (const key of this.settled) this.unsettled.delete(key);
    // A moment re-timed into the future (travel moved bedtime to the new zone's evening) is not overdue.
    if (this.unsettled.size) {
      const zone = this.h.clock.timeZone();
      for (const o of occasionsBetween(this.plan, this.h.engine.getSettings(), to - 2 * 24 * 60 * MINUTE, to + 2 * 24 * 60 * MINUTE, zone)) if (o.until > to) this.unsettled.delete(occasionKey(o));
    }
    if (this.unsettled.size && !(this.h.snapshot as Snapshot).holding) this.fail(`neither said nor dropped: ${[...this.unsettled.values()].join('; ')}`);
  }

  found(): readonly string[] {
    return this.problems;
  }

  check(): void {
    expect(this.problems).toEqual([]);
  }
}

function occasionKey(o: Occasion): string {
  return o.occurrence ? `${o.reminder}|${o.occurrence.workout.id}|${o.occurrence.start}` : `bedtime||${o.key.slice('bedtime@'.length)}`;
}

/** The local date of the bedtime a bedtime alert at `at` belongs to (the latest one not after it). */
function bedtimeDate(at: number, time: string, zone: string): string {
  const today = localDateOf(at, zone).date;
  return wallAt(today, time, zone) <= at ? today : localDateOf(at, zone, -1).date;
}

function play(h: Harness, c: Command): void {
  switch (c.type) {
    case 'work':
      h.work(c.minutes);
      return;
    case 'away':
      h.awayFor(c.minutes);
      return;
    case 'sleep':
      h.sleepFor(c.minutes);
      return;
    case 'lock':
      h.locked = true;
      h.os({ type: 'lock' }).stopInput().work(c.minutes);
      h.locked = false;
      h.os({ type: 'unlock' }).resumeInput();
      return;
    case 'input':
      h.do(c.input);
      return;
    case 'jump':
      h.clock.jumpWall(c.minutes * MINUTE);
      return;
    case 'travel':
      h.clock.setTimeZone(c.zone);
      return;
  }
}

const runs = Number(process.env.LIMBER_PROPERTY_RUNS ?? 1500);
// A fixed seed keeps CI deterministic; LIMBER_PROPERTY_SEED explores or replays others. The days other
// seeds found wrong are kept below as `regressions`.
const seed = Number(process.env.LIMBER_PROPERTY_SEED ?? 20261204);

/** One random day: every command played, every invariant checked after each. */
function liveDay(start: string, zone: string, patch: SettingsPatch, commands: Command[]): void {
  const h = new Harness({ start, zone, settings: patch });
  const invariants = new Invariants(h);
  let jumped = false;
  for (const c of commands) {
    // After a clock jump the engine is told (as the app does on a time change) before time
    // passes, so "the windows that closed since" starts where the engine knows it does.
    if (jumped) h.do({ type: 'clockCheck' });
    const from = h.clock.wallNow();
    play(h, c);
    if (c.type === 'input' && c.input.type === 'workouts') invariants.plan = c.input.workouts;
    jumped = c.type === 'jump' ? true : c.type === 'input' ? jumped : false;
    if (c.type !== 'jump' && c.type !== 'travel' && c.type !== 'input') invariants.passed(from);
    invariants.check();
  }
  // Then a quiet evening: whatever was left pending must settle by the rules too.
  if (jumped) h.do({ type: 'clockCheck' });
  const from = h.clock.wallNow();
  h.work(4 * 60);
  invariants.passed(from);
  invariants.check();
  expect(h.clock.armedTimers()).toBeLessThanOrEqual(1);
}

const lunchHours = { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch, sat: [], sun: [] };
const everyDayRun = (time: string): Workout[] => [
  { id: 'a', kind: 'run', minutes: 20, intensity: 'easy', hot: false, schedule: { type: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], time } },
];
/** Days random seeds once found wrong (shrunk by fast-check), kept so each fix stays fixed. */
const regressions: { name: string; day: [string, string, SettingsPatch, Command[]] }[] = [
  {
    name: 'a reply to "move" while a stretch is up takes the stretch (seed -916656069)',
    day: ['2026-03-07T23:30:00', 'Europe/Berlin', { move: { intervalMinutes: 5 } }, [
      { type: 'work', minutes: 120 },
      { type: 'input', input: { type: 'settings', patch: { stretch: { intervalMinutes: 15, replacesMoveWithinMinutes: 0 } } } },
      { type: 'input', input: { type: 'reply', reminder: 'move', action: 'start' } },
      { type: 'work', minutes: 1 },
    ]],
  },
  {
    name: 'a drink alert shown just before the person came back stays up (seed 6)',
    day: ['2026-11-01T03:00:00', 'Europe/Berlin', { presence: { idleThresholdMinutes: 8 } }, [
      { type: 'work', minutes: 44 },
      { type: 'input', input: { type: 'settings', patch: { hydrate: { intervalMinutes: 10, dailyGoalMl: 250 } } } },
      { type: 'work', minutes: 259 },
      { type: 'away', minutes: 10 },
    ]],
  },
  {
    name: 'an alert a clock jump closed is not shown again at once (seed 29)',
    day: ['2026-06-15T08:00:00', 'Europe/Berlin', { stretch: { intervalMinutes: 111, replacesMoveWithinMinutes: 0 }, workingHours: lunchHours }, [
      { type: 'work', minutes: 120 },
      { type: 'jump', minutes: 1920 },
      { type: 'jump', minutes: -1441 },
    ]],
  },
  {
    name: 'a drink alert is not repeated within minutes across travel and jumps (seed 15)',
    day: ['2026-03-07T23:30:00', 'Asia/Tokyo', { hydrate: { intervalMinutes: 10, dailyGoalMl: 250 } }, [
      { type: 'lock', minutes: 1 },
      { type: 'travel', zone: 'Europe/Berlin' },
      { type: 'work', minutes: 59 },
      { type: 'jump', minutes: 1650 },
      { type: 'jump', minutes: -1441 },
    ]],
  },
  {
    name: 'a held bedtime re-timed by travel is said in the new evening (seed 18)',
    day: ['2026-03-07T23:30:00', 'Europe/Berlin', { alerts: { busyHoldMaxMinutes: 91, callHoldMaxMinutes: 0 }, bedtime: { enabled: true, time: '00:30' } }, [
      { type: 'input', input: { type: 'busy', busy: true, reason: 'fullScreen' } },
      { type: 'work', minutes: 90 },
      { type: 'travel', zone: 'America/New_York' },
      { type: 'work', minutes: 1 },
    ]],
  },
  {
    name: 'a held bedtime turned off is recorded as dropped (seed 19)',
    day: ['2026-03-07T23:30:00', 'Europe/Berlin', { alerts: { busyHoldMaxMinutes: 46, callHoldMaxMinutes: 0 }, bedtime: { enabled: true, time: '23:45' } }, [
      { type: 'input', input: { type: 'busy', busy: true, reason: 'fullScreen' } },
      { type: 'work', minutes: 45 },
      { type: 'input', input: { type: 'settings', patch: { bedtime: { enabled: false, time: '21:30' } } } },
      { type: 'away', minutes: 1 },
    ]],
  },
  {
    name: 'a warm-up missed while paused is recorded as dropped (seed 4)',
    day: ['2026-11-01T03:00:00', 'Europe/Berlin', {}, [
      { type: 'input', input: { type: 'workouts', workouts: everyDayRun('07:00') } },
      { type: 'input', input: { type: 'pause', pause: { for: 'minutes', minutes: 241 } } },
    ]],
  },
];

describe('engine properties over random days', () => {
  it(
    'keep every invariant through random inputs, zones, clock jumps, travel and settings changes',
    () => {
      fc.assert(
        fc.property(day, fc.constantFrom(...zones), settingsPatch, fc.array(command, { minLength: 1, maxLength: 20 }), (start, zone, patch, commands) => liveDay(start, zone, patch, commands)),
        { numRuns: runs, seed },
      );
    },
    // 1500 runs took 49 s on 2 cores at a load average of 25; the limit leaves room beyond that.
    300_000,
  );

  it.each(regressions)('keep them on a day a random seed once found wrong: $name', ({ day: [start, zone, patch, commands] }) => liveDay(start, zone, patch, commands));

  it('finds a planted fault: a water total that disagrees with the drinks', () => {
    const h = new Harness({ settings: resolveSettings({}) as SettingsPatch });
    const invariants = new Invariants(h);
    h.do({ type: 'drink', ml: 300 });
    (h.snapshot as Snapshot).water.todayMl = 0;
    (invariants as unknown as { snapshot(s: Snapshot): void }).snapshot(h.snapshot as Snapshot);
    expect(invariants.found()).toEqual([expect.stringMatching(/the snapshot says 0 ml today, the drinks add up to 300$/)]);
  });
});
