import type { PresenceSensor } from '../../main/core/clock.ts';
import type { CrampContext, CrampMuscle } from '../../main/core/diary.ts';
import { Engine } from '../../main/core/engine.ts';
import { localDateOf, wallAt } from '../../main/core/localTime.ts';
import { resolveSettings } from '../../main/core/settings.ts';
import type { EngineInput, HistoryRecord } from '../../main/core/types.ts';
import type { Workout } from '../../main/core/workouts.ts';
import { VirtualClock } from '../../main/sim/virtualClock.ts';

/**
 * A month of plausible history for the preview (`?seedHistory=1`), made by the real engine on a
 * virtual clock: a person at a desk on weekdays who runs on Tuesday and Thursday evenings and long
 * on Saturdays, answers most reminders, drinks too little on some days, and logs a few cramps.
 * Seeded randomness: the same start gives the same records, so tests and screenshots are stable.
 */

/** The plan the seeded person follows; the preview starts with it too. */
export const seededPlan: Workout[] = [
  { id: 'seed-evening-run', kind: 'run', minutes: 45, intensity: 'moderate', hot: false, schedule: { type: 'weekly', days: ['tue', 'thu'], time: '18:30' } },
  { id: 'seed-long-run', kind: 'run', minutes: 90, intensity: 'hard', hot: false, schedule: { type: 'weekly', days: ['sat'], time: '09:30' } },
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** mulberry32: small, fast, good enough to vary a simulated person's day. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The person at the keyboard: present, idle since a moment (away for lunch), or asleep (suspend). */
class Person implements PresenceSensor {
  idleSince: number | null = null;
  constructor(private readonly clock: VirtualClock) {}
  read() {
    return { idleSeconds: this.idleSince === null ? 0 : (this.clock.now() - this.idleSince) / 1000, locked: false };
  }
}

interface SeedCramp {
  /** Days after the first seeded day, and the local time it happened. */
  day: number;
  time: string;
  muscle: CrampMuscle;
  context: CrampContext;
  severity: number;
  durationMinutes: number | null;
  note: string;
}

/**
 * The cramps, placed to tell a story the insights can find: night cramps after dry days (a night
 * cramp at 03:00 belongs to the day before, which starts at 04:00), and cramps on evening runs
 * without a warm-up. `runDays` are the Tuesday and Thursday evenings, in order.
 */
function storyOf(runDays: readonly number[]): { cramps: SeedCramp[]; dryDays: Set<number> } {
  const night = [4, 10, 17, 26];
  const cramps: SeedCramp[] = [
    { day: night[0] as number, time: '03:10', muscle: 'calf', context: 'night', severity: 4, durationMinutes: 2, note: 'Woke me up' },
    { day: night[1] as number, time: '02:40', muscle: 'foot', context: 'night', severity: 3, durationMinutes: 3, note: '' },
    { day: night[2] as number, time: '03:55', muscle: 'calf', context: 'night', severity: 5, durationMinutes: 5, note: 'Sore the next day' },
    { day: night[3] as number, time: '02:30', muscle: 'calf', context: 'night', severity: 3, durationMinutes: 2, note: '' },
  ];
  for (const run of [runDays[1], runDays[5]]) {
    if (run !== undefined) cramps.push({ day: run, time: '19:05', muscle: 'calf', context: 'exercise', severity: 3, durationMinutes: 1, note: '' });
  }
  const desk = runDays.find((d) => d >= 13);
  if (desk !== undefined) cramps.push({ day: desk - 1, time: '15:20', muscle: 'hamstring', context: 'desk', severity: 2, durationMinutes: 1, note: 'After a long call' });
  // Each night cramp follows a dry day; two more dry days pass without one.
  const dryDays = new Set([...night.map((d) => d - 1), 14, 21]);
  return { cramps: cramps.sort((a, b) => a.day - b.day), dryDays };
}

/**
 * Records of the `days` days before the day `now` falls in (local time in `zone`), up to the
 * moment that day began: the preview's own engine carries on from there, so today is its alone.
 */
export function seedHistory(now: number, zone: string, days = 30): HistoryRecord[] {
  const settings = resolveSettings({ profile: { setupDone: true, exercises: true, nightCramps: true } });
  const todayStart = wallAt(localDateOf(now, zone).date, settings.dayStartsAt, zone);
  const endWall = todayStart <= now ? todayStart : wallAt(localDateOf(now, zone, -1).date, settings.dayStartsAt, zone);
  const first = localDateOf(endWall, zone, -days);
  const startWall = wallAt(first.date, '07:00', zone);
  const clock = new VirtualClock(startWall, zone);
  const person = new Person(clock);
  const engine = new Engine({ clock, sensor: person, settings, workouts: seededPlan });
  const roll = random(days * 7919 + Math.floor(startWall / DAY));
  const records: HistoryRecord[] = [];
  const mono = (wall: number) => wall - startWall;
  const weekdayOf = (d: number) => localDateOf(startWall, zone, d).weekday;
  const runDays = [...Array(days).keys()].filter((d) => weekdayOf(d) === 2 || weekdayOf(d) === 4);
  const { cramps, dryDays } = storyOf(runDays);
  const exerciseCrampDays = new Set(cramps.filter((c) => c.context === 'exercise').map((c) => c.day));

  // What happens when: the person's own doings, and their answers to alerts.
  const agenda: { at: number; seq: number; run: () => void }[] = [];
  let seq = 0;
  const at = (wall: number, run: () => void) => {
    const item = { at: mono(wall), seq: seq++, run };
    let i = agenda.length;
    while (i > 0 && (agenda[i - 1] as { at: number }).at > item.at) i--;
    agenda.splice(i, 0, item);
  };
  let asleep = false;
  let dayIndex = 0;
  const does = (input: EngineInput) => {
    if (!asleep && person.idleSince === null) engine.dispatch(input);
  };

  engine.subscribe((output) => {
    if (output.type !== 'record') return;
    const { record } = output;
    records.push(record);
    if (record.event !== 'alert') return;
    // Whole seconds: history times are whole milliseconds (the import checks), and people are not that exact.
    const answerAt = record.at + Math.round(30 + roll() * 120) * 1000;
    const dry = dryDays.has(dayIndex);
    const r = roll();
    // A repeat of an alert left unanswered (a meeting, a call) is often left too, and so missed.
    if ((record.reminder === 'move' || record.reminder === 'stretch') && record.attempt > 1 && r < 0.6) return;
    switch (record.reminder) {
      case 'move':
        if (r < 0.62) at(answerAt, () => does({ type: 'reply', reminder: 'move', action: 'done' }));
        else if (r < 0.78) at(answerAt, () => does({ type: 'reply', reminder: 'move', action: 'skip' }));
        else if (r < 0.86) at(answerAt, () => does({ type: 'reply', reminder: 'move', action: 'snooze' }));
        break; // otherwise left unanswered: missed after its repeats
      case 'stretch':
        if (r < 0.55) at(answerAt, () => does({ type: 'reply', reminder: 'stretch', action: 'start' }));
        else if (r < 0.75) at(answerAt, () => does({ type: 'reply', reminder: 'stretch', action: 'skip' }));
        break;
      case 'hydrate': {
        const ml = [200, 250, 250, 330][Math.floor(roll() * 4)] as number;
        if (r < (dry ? 0.15 : 0.55)) at(answerAt, () => does({ type: 'drink', ml }));
        else if (r < 0.85) at(answerAt, () => does({ type: 'reply', reminder: 'hydrate', action: 'skip' }));
        break;
      }
      case 'prehydrate':
        if (r < (dry ? 0.2 : 0.7)) at(answerAt, () => does({ type: 'drink', ml: 500 }));
        break;
      case 'warmup':
        // The evening runs that end in a cramp are the ones without a warm-up.
        at(answerAt, () => does({ type: 'reply', reminder: 'warmup', action: exerciseCrampDays.has(dayIndex) ? 'skip' : 'start' }));
        break;
      case 'cooldown':
        at(answerAt, () => does({ type: 'reply', reminder: 'cooldown', action: r < 0.7 ? 'done' : 'skip' }));
        break;
      case 'rehydrate':
        if (!dry) at(answerAt, () => does({ type: 'drink', ml: record.ml ?? 500 }));
        break;
      default:
        break;
    }
  });

  const sleep = (wall: number) =>
    at(wall, () => {
      engine.dispatch({ type: 'suspend' });
      asleep = true;
    });
  const wake = (wall: number) =>
    at(wall, () => {
      asleep = false;
      engine.dispatch({ type: 'wake' });
    });
  const away = (from: number, to: number) => {
    at(from, () => {
      person.idleSince = clock.now();
    });
    at(to, () => {
      person.idleSince = null;
      engine.dispatch({ type: 'clockCheck' }); // any input: the engine looks again at once
    });
  };

  for (let d = 0; d <= days; d++) {
    const { date, weekday } = localDateOf(startWall, zone, d);
    const time = (hhmm: string) => wallAt(date, hhmm, zone);
    at(time('06:59'), () => {
      dayIndex = d;
    });
    if (weekday <= 5) {
      const run = weekday === 2 || weekday === 4;
      wake(time(`08:${String(20 + Math.floor(roll() * 20)).padStart(2, '0')}`));
      at(time('08:45'), () => does({ type: 'drink', ml: 250 }));
      away(time('12:30'), time(`13:${String(5 + Math.floor(roll() * 15)).padStart(2, '0')}`));
      at(time('13:25'), () => does({ type: 'meal' }));
      if (run) {
        // Supper too close to the run on some evenings; away for the run, back for the follow-ups.
        if (roll() < 0.4) at(time('18:00'), () => does({ type: 'meal' }));
        away(time('18:30'), time('19:25'));
        sleep(time('20:15'));
      } else sleep(time(`17:${String(30 + Math.floor(roll() * 25)).padStart(2, '0')}`));
    } else if (weekday === 6) {
      wake(time('07:15'));
      at(time('07:40'), () => does({ type: 'meal' }));
      away(time('09:30'), time('11:15'));
      sleep(time('12:15'));
    } else {
      wake(time('10:00'));
      at(time('10:10'), () => does({ type: 'drink', ml: 330 }));
      sleep(time('11:30'));
    }
  }
  for (const [i, cramp] of cramps.entries()) {
    const { date } = localDateOf(startWall, zone, cramp.day);
    const when = wallAt(date, cramp.time, zone);
    // Logged when the person is next at the machine: a night cramp the next morning.
    const loggedAt = cramp.context === 'night' ? wallAt(date, '09:00', zone) : when + 30 * MINUTE;
    const { day: _day, time: _time, ...entry } = cramp;
    at(loggedAt, () => engine.dispatch({ type: 'cramp', cramp: { id: `seed-cramp-${i + 1}`, when, ...entry } }));
  }

  engine.start();
  engine.dispatch({ type: 'suspend' });
  asleep = true;
  const end = mono(endWall);
  // Timers and the agenda in time order; an answer made by a timer's alert joins the agenda.
  for (;;) {
    const item = agenda[0];
    const timerAt = clock.nextTimerAt();
    const itemAt = item && item.at <= end ? item.at : Infinity;
    const dueAt = timerAt !== null && timerAt <= end ? Math.max(timerAt, clock.now()) : Infinity;
    if (itemAt === Infinity && dueAt === Infinity) break;
    if (dueAt < itemAt) {
      clock.advanceTo(dueAt);
      continue;
    }
    agenda.shift();
    clock.advanceTo(itemAt);
    item?.run();
  }
  clock.advanceTo(end);
  engine.stop();
  return records.filter((r) => r.at < endWall);
}
