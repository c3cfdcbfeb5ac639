import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { summarizeDays, type SummaryOptions } from '../main/core/summary.js';
import type { HistoryRecord } from '../main/core/types.js';

// What the charts and the Diary's insights read: the history folded into local days that start
// at the person's own hour (04:00 here), in Berlin.
const zone = 'Europe/Berlin';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const options: SummaryOptions = { zone, dayStartsAt: '04:00', defaultGoalMl: 2000 };
const days = (records: HistoryRecord[], opts: Partial<SummaryOptions> = {}) => summarizeDays(records, { ...options, ...opts });
const byDay = (records: HistoryRecord[], opts: Partial<SummaryOptions> = {}) => Object.fromEntries(days(records, opts).map((d) => [d.day, d]));

const back = (iso: string): HistoryRecord => ({ at: at(iso), event: 'back', awayMinutes: 60 });
const away = (iso: string, since = iso): HistoryRecord => ({ at: at(iso), event: 'away', since: at(since), reason: 'idle' });
const drink = (iso: string, ml: number): HistoryRecord => ({ at: at(iso), event: 'drink', ml, todayMl: ml });
const reply = (iso: string, reminder: 'move' | 'stretch' | 'hydrate' | 'warmup', action: 'done' | 'skip' | 'snooze' | 'start'): HistoryRecord => ({ at: at(iso), event: 'reply', reminder, action, hadAlert: true });
const run = { workoutId: 'run', workoutKind: 'run', intensity: 'moderate', workoutMinutes: 45 } as const;
const warmupAlert = (iso: string, start: string, extra: object = {}): HistoryRecord => ({ at: at(iso), event: 'alert', reminder: 'warmup', attempt: 1, ...run, workoutStart: at(start), ...extra });

describe('water in a day', () => {
  it('adds the drinks of each day, takes back undone ones but never below zero, and keeps the day’s goal', () => {
    const d = byDay([
      { at: at('2026-03-02T04:00'), event: 'newDay', day: '2026-03-02', goalMl: 2600 },
      drink('2026-03-02T09:00', 300),
      drink('2026-03-02T10:00', 250),
      { at: at('2026-03-02T10:01'), event: 'drinkUndone', ml: 250, todayMl: 300 },
      // 03:00 still belongs to Monday; 04:00 is Tuesday.
      drink('2026-03-03T03:00', 200),
      drink('2026-03-03T04:00', 100),
      { at: at('2026-03-03T04:01'), event: 'drinkUndone', ml: 500, todayMl: 0 },
      { at: at('2026-03-04T04:00'), event: 'newDay', day: '2026-03-04' },
    ]);
    expect(d['2026-03-02']).toMatchObject({ waterMl: 500, goalMl: 2600 });
    expect(d['2026-03-03']).toMatchObject({ waterMl: 0, goalMl: 2000 });
    expect(d['2026-03-04']).toMatchObject({ waterMl: 0, goalMl: 2000 });
    expect(Object.keys(d)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
  });

  it('lists days in date order whatever order the records came in', () => {
    expect(days([drink('2026-03-05T09:00', 100), drink('2026-03-02T09:00', 100), drink('2026-03-03T09:00', 100)]).map((d) => d.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-05']);
  });
});

describe('breaks in a day', () => {
  it('counts breaks taken, skipped, snoozed, missed and natural; a drink reminder is no break', () => {
    const [day] = days([
      back('2026-03-02T09:00'),
      reply('2026-03-02T09:30', 'move', 'done'),
      reply('2026-03-02T10:00', 'stretch', 'skip'),
      reply('2026-03-02T10:30', 'move', 'snooze'),
      reply('2026-03-02T10:31', 'move', 'snooze'),
      reply('2026-03-02T11:00', 'hydrate', 'done'),
      reply('2026-03-02T11:01', 'hydrate', 'skip'),
      reply('2026-03-02T11:02', 'hydrate', 'snooze'),
      { at: at('2026-03-02T12:00'), event: 'missed', reminder: 'stretch' },
      { at: at('2026-03-02T12:30'), event: 'missed', reminder: 'hydrate' },
      { at: at('2026-03-02T12:31'), event: 'missed', reminder: 'move' },
      reply('2026-03-02T12:40', 'move', 'start'),
      { at: at('2026-03-02T13:00'), event: 'naturalBreak', reminders: ['move'], minutes: 6 },
      { at: at('2026-03-02T14:00'), event: 'breakStart', reminder: 'stretch', until: at('2026-03-02T14:05'), source: 'breakNow' },
      { at: at('2026-03-02T14:05'), event: 'breakEnd', reminder: 'stretch' },
    ]);
    expect(day?.breaks).toEqual({ taken: 2, skipped: 1, snoozed: 2, missed: 2, natural: 1 });
  });
});

describe('the longest time seated', () => {
  it('runs from a return to the next away spell, a break or the last record', () => {
    const spell = (records: HistoryRecord[]) => days(records)[0]?.longestSittingMinutes;
    expect(spell([back('2026-03-02T09:00'), away('2026-03-02T12:00', '2026-03-02T11:30')])).toBe(150);
    expect(spell([back('2026-03-02T09:00'), reply('2026-03-02T10:00', 'move', 'done'), away('2026-03-02T11:30')])).toBe(90);
    expect(spell([back('2026-03-02T09:00'), { at: at('2026-03-02T10:00'), event: 'breakStart', reminder: 'move', until: at('2026-03-02T10:05'), source: 'reply' }, { at: at('2026-03-02T10:05'), event: 'breakEnd', reminder: 'move' }, away('2026-03-02T10:30')])).toBe(60);
    expect(spell([back('2026-03-02T09:00'), drink('2026-03-02T10:10', 100)])).toBe(70);
    // A snooze or a skip is no break from sitting.
    expect(spell([back('2026-03-02T09:00'), reply('2026-03-02T10:00', 'move', 'skip'), reply('2026-03-02T10:30', 'move', 'snooze'), away('2026-03-02T11:00')])).toBe(120);
  });

  it('starts at the first record unless the person was away then, and not again until they are back', () => {
    const spell = (records: HistoryRecord[]) => days(records)[0]?.longestSittingMinutes;
    expect(spell([drink('2026-03-02T09:00', 100), away('2026-03-02T10:00')])).toBe(60);
    // The record opens with a return: sitting begins there, not at the drink logged from the phone before it.
    expect(spell([drink('2026-03-02T08:00', 100), back('2026-03-02T09:00'), away('2026-03-02T09:30')])).toBe(30);
    // The record opens at the desk: sitting runs from its first record to the first away spell.
    expect(spell([drink('2026-03-02T08:00', 100), away('2026-03-02T09:00', '2026-03-02T08:50'), back('2026-03-02T09:30'), away('2026-03-02T09:40')])).toBe(50);
    // A break ended at the desk starts the next spell.
    expect(spell([back('2026-03-02T08:00'), { at: at('2026-03-02T08:30'), event: 'breakStart', reminder: 'move', until: at('2026-03-02T08:35'), source: 'breakNow' }, { at: at('2026-03-02T08:35'), event: 'breakEnd', reminder: 'move' }, drink('2026-03-02T09:50', 100)])).toBe(75);
    // The record opens before a return: a break then ends no spell, as none had begun.
    expect(spell([drink('2026-03-02T08:00', 100), { at: at('2026-03-02T08:40'), event: 'breakStart', reminder: 'move', until: at('2026-03-02T08:45'), source: 'reply' }, back('2026-03-02T09:00'), away('2026-03-02T09:10')])).toBe(10);
    // A break done or ended while away starts no spell: sitting begins only on return.
    expect(spell([back('2026-03-02T08:00'), away('2026-03-02T08:10'), reply('2026-03-02T09:00', 'move', 'done'), drink('2026-03-02T09:40', 100)])).toBe(10);
    expect(spell([back('2026-03-02T08:00'), away('2026-03-02T08:10'), { at: at('2026-03-02T09:05'), event: 'breakEnd', reminder: 'move' }, drink('2026-03-02T09:40', 100)])).toBe(10);
    // Away, a break taken on the phone, then back: only the time after the return counts.
    expect(spell([back('2026-03-02T08:00'), away('2026-03-02T08:10'), reply('2026-03-02T09:00', 'move', 'done'), { at: at('2026-03-02T09:05'), event: 'breakEnd', reminder: 'move' }, back('2026-03-02T10:00'), drink('2026-03-02T10:20', 100)])).toBe(20);
  });

  it('splits a spell across the day’s start, each day keeping its own part', () => {
    const d = byDay([back('2026-03-02T02:00'), away('2026-03-02T07:00')]);
    expect(d['2026-03-01']?.longestSittingMinutes).toBe(120);
    expect(d['2026-03-02']?.longestSittingMinutes).toBe(180);
  });

  it('keeps the longest of a day’s spells', () => {
    const [day] = days([back('2026-03-02T09:00'), away('2026-03-02T09:40'), back('2026-03-02T10:00'), away('2026-03-02T11:30'), back('2026-03-02T12:00'), away('2026-03-02T12:20')]);
    expect(day?.longestSittingMinutes).toBe(90);
  });
});

describe('workouts in a day', () => {
  it('lists a session once, on the day it starts, with its warm-up answered or not', () => {
    const records = [
      warmupAlert('2026-03-02T17:50', '2026-03-02T18:00', { hot: true }),
      warmupAlert('2026-03-02T17:55', '2026-03-02T18:00', { hot: true, attempt: 2 }),
      reply('2026-03-02T17:56', 'warmup', 'start'),
      warmupAlert('2026-03-03T06:50', '2026-03-03T07:00'),
      reply('2026-03-03T06:51', 'warmup', 'skip'),
      warmupAlert('2026-03-04T06:50', '2026-03-04T07:00'),
      reply('2026-03-04T06:51', 'warmup', 'done'),
      warmupAlert('2026-03-05T06:50', '2026-03-05T07:00'),
    ];
    const d = byDay(records);
    expect(d['2026-03-02']?.workouts).toEqual([{ id: 'run', kind: 'run', start: at('2026-03-02T18:00'), minutes: 45, intensity: 'moderate', hot: true, warmedUp: true, mealMinutesBefore: null }]);
    expect(d['2026-03-03']?.workouts.map((w) => [w.hot, w.warmedUp])).toEqual([[false, false]]);
    expect(d['2026-03-04']?.workouts.map((w) => w.warmedUp)).toEqual([true]);
    expect(d['2026-03-05']?.workouts.map((w) => w.warmedUp)).toEqual([false]);
  });

  it('gives an answer to the warm-up alert that asked, not to another session’s later follow-up', () => {
    const records = [
      warmupAlert('2026-03-02T17:50', '2026-03-02T18:00'),
      { at: at('2026-03-02T17:51'), event: 'alert', reminder: 'cooldown', attempt: 1, ...run, workoutId: 'gym', workoutStart: at('2026-03-02T16:00') } as HistoryRecord,
      reply('2026-03-02T17:52', 'warmup', 'start'),
    ];
    expect(days(records)[0]?.workouts.map((w) => [w.id, w.warmedUp])).toEqual([
      ['run', true],
      ['gym', false],
    ]);
  });

  it('takes an answer to a warm-up only for the session it came for', () => {
    // A reply before any workout alert, and a move alert between: neither answers for the run.
    const records = [reply('2026-03-02T17:00', 'warmup', 'start'), warmupAlert('2026-03-02T17:50', '2026-03-02T18:00'), { at: at('2026-03-02T17:52'), event: 'alert', reminder: 'move', attempt: 1 } as HistoryRecord];
    expect(days(records)[0]?.workouts.map((w) => w.warmedUp)).toEqual([false]);
  });

  it('ignores a workout alert that does not say which session, or how long', () => {
    const partial = (extra: object) => days([{ at: at('2026-03-02T17:50'), event: 'alert', reminder: 'cooldown', attempt: 1, ...run, workoutStart: at('2026-03-02T17:00'), ...extra } as HistoryRecord])[0]?.workouts.length;
    expect(partial({})).toBe(1);
    expect(partial({ workoutId: undefined })).toBe(0);
    expect(partial({ workoutStart: undefined })).toBe(0);
    expect(partial({ workoutKind: undefined })).toBe(0);
    expect(partial({ intensity: undefined })).toBe(0);
    expect(partial({ workoutMinutes: undefined })).toBe(0);
  });

  it('counts the minutes since the last meal before the start on its day, none from the night before or after the start', () => {
    const meal = (iso: string): HistoryRecord => ({ at: at(iso), event: 'meal' });
    const minutes = (...meals: string[]) => days([...meals.map(meal), warmupAlert('2026-03-02T17:50', '2026-03-02T18:00')].sort((a, b) => a.at - b.at)).find((d) => d.day === '2026-03-02')?.workouts[0]?.mealMinutesBefore;
    expect(minutes('2026-03-02T12:00', '2026-03-02T17:15')).toBe(45);
    expect(minutes('2026-03-02T18:00')).toBe(0);
    expect(minutes('2026-03-02T18:01')).toBeNull();
    expect(minutes('2026-03-02T03:30')).toBeNull();
    expect(minutes()).toBeNull();
  });
});

describe('cramps in a day', () => {
  it('puts a cramp on the day it happened, not the day it was logged, and leaves deleted ones out', () => {
    const cramp = (id: string, when: string, logged: string): HistoryRecord => ({ at: at(logged), event: 'cramp', id, muscle: 'calf', when: at(when), context: 'night', severity: 3, durationMinutes: 2, note: 'woke me' });
    const d = byDay([cramp('a', '2026-03-02T23:30', '2026-03-03T08:00'), cramp('b', '2026-03-03T09:00', '2026-03-03T09:10'), { at: at('2026-03-03T09:20'), event: 'crampDeleted', id: 'b' }]);
    expect(d['2026-03-02']?.cramps).toEqual([{ id: 'a', muscle: 'calf', when: at('2026-03-02T23:30'), context: 'night', severity: 3, durationMinutes: 2, note: 'woke me' }]);
    expect(d['2026-03-03']?.cramps).toEqual([]);
  });
});

describe('a window of time', () => {
  it('summarizes only the records and days inside it', () => {
    const records = [drink('2026-02-01T09:00', 500), back('2026-03-02T06:00'), drink('2026-03-03T07:59', 400), back('2026-03-03T08:10'), drink('2026-03-03T09:00', 250), away('2026-03-03T09:25'), drink('2026-03-03T09:31', 300), drink('2099-01-01T09:00', 500)];
    const window = { from: at('2026-03-03T08:00'), to: at('2026-03-03T09:30') };
    const d = days(records, { window });
    expect(d.map((x) => [x.day, x.waterMl, x.longestSittingMinutes])).toEqual([['2026-03-03', 250, 75]]);
    // Records just inside both ends count; the window's end day is included.
    const edges = days([drink('2026-03-03T08:00', 100), drink('2026-03-04T09:30', 200)], { window: { from: at('2026-03-03T08:00'), to: at('2026-03-04T09:30') } });
    expect(edges.map((x) => [x.day, x.waterMl])).toEqual([
      ['2026-03-03', 100],
      ['2026-03-04', 200],
    ]);
  });

  it('drops a day that a cramp or workout from outside the window would add', () => {
    const window = { from: at('2026-03-03T08:00'), to: at('2026-03-03T20:00') };
    const d = days([{ at: at('2026-03-03T09:00'), event: 'cramp', id: 'x', muscle: 'calf', when: at('2026-02-20T09:00'), context: 'desk', severity: 2, durationMinutes: null, note: '' }, warmupAlert('2026-03-03T09:00', '2026-03-10T09:00')], { window });
    expect(d.map((x) => x.day)).toEqual(['2026-03-03']);
  });

  it('is empty for an empty history', () => {
    expect(days([])).toEqual([]);
  });
});
