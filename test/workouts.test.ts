import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { carryAdvice, exerciseWaterMl, occasionsBetween, occurrencesBetween, prehydrateMl, workoutPlanSchema, type OccasionSettings, type Workout } from '../main/core/workouts.js';

const zone = 'Europe/Berlin';
const wall = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const local = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat("ccc yyyy-MM-dd'T'HH:mm");
const settings: OccasionSettings = {
  bedtime: { enabled: true, time: '22:00' },
  workout: { prehydrateMinutesBefore: 120, mealCutoffMinutesBefore: 60, warmupMinutesBefore: 10, cooldownMinutesAfter: 5, rehydrateMinutesAfter: 20, followUpWithinMinutes: 120 },
};
const run = (patch: Partial<Workout> = {}): Workout => ({ id: 'r', kind: 'run', minutes: 45, intensity: 'moderate', hot: false, schedule: { type: 'once', at: '2026-03-03T18:00' }, ...patch });

describe('planned workouts', () => {
  it('repeat weekly on their days at local time, across the spring DST change', () => {
    const weekly = run({ schedule: { type: 'weekly', days: ['tue', 'sun'], time: '07:30' } });
    const starts = occurrencesBetween([weekly], wall('2026-03-24T00:00'), wall('2026-04-01T00:00'), zone).map((o) => local(o.start));
    expect(starts).toEqual(['Tue 2026-03-24T07:30', 'Sun 2026-03-29T07:30', 'Tue 2026-03-31T07:30']);
  });

  it('start inside the asked span only: from its first moment, up to but not at its end', () => {
    const daily = run({ schedule: { type: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], time: '07:30' } });
    const starts = (from: string, to: string) => occurrencesBetween([daily], wall(from), wall(to), zone).map((o) => local(o.start));
    expect(starts('2026-03-24T07:30', '2026-03-26T07:30')).toEqual(['Tue 2026-03-24T07:30', 'Wed 2026-03-25T07:30']);
    expect(starts('2026-03-24T07:31', '2026-03-24T23:00')).toEqual([]);
    const once = run({ schedule: { type: 'once', at: '2026-03-24T07:30' } });
    expect(occurrencesBetween([once], wall('2026-03-24T07:30'), wall('2026-03-24T08:00'), zone).map((o) => local(o.start))).toEqual(['Tue 2026-03-24T07:30']);
    expect(occurrencesBetween([once], wall('2026-03-24T07:00'), wall('2026-03-24T07:30'), zone)).toEqual([]);
  });

  it('come in order of start whatever the order of the plan, moments of close sessions interleaved', () => {
    const evening = run({ id: 'e', schedule: { type: 'weekly', days: ['tue'], time: '08:00' } });
    const morning = run({ id: 'm', schedule: { type: 'once', at: '2026-03-03T07:00' } });
    const ids = occurrencesBetween([evening, morning], wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone).map((o) => o.workout.id);
    expect(ids).toEqual(['m', 'e']);
    const occasions = occasionsBetween([evening, morning], settings, wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone);
    // At one moment, the keys decide (e before m), so the order never depends on the plan's.
    expect(occasions.map((o) => `${local(o.at).slice(15)} ${o.occurrence?.workout.id ?? '-'} ${o.reminder}`)).toEqual([
      '05:00 m prehydrate',
      '06:00 e prehydrate',
      '06:00 m mealCutoff',
      '06:50 m warmup',
      '07:00 e mealCutoff',
      '07:50 e warmup',
      '07:50 m cooldown',
      '08:50 e cooldown',
      '22:00 - bedtime',
    ]);
  });

  it('key each moment by workout, start and reminder, so a moment said before a restart is known after it', () => {
    const occasions = occasionsBetween([run({ minutes: 60, intensity: 'hard' })], settings, wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone);
    const start = wall('2026-03-03T18:00');
    expect(occasions.map((o) => o.key)).toEqual([
      `r@${start}:prehydrate`,
      `r@${start}:mealCutoff`,
      `r@${start}:warmup`,
      `r@${start}:cooldown`,
      `r@${start}:rehydrate`,
      'bedtime@2026-03-03',
    ]);
  });

  it('include preparation for a session that starts after the span, and follow-up for one that began before it', () => {
    const reminders = (w: Workout, from: string, to: string) =>
      occasionsBetween([w], { ...settings, bedtime: { enabled: false, time: '22:00' } }, wall(from), wall(to), zone).map((o) => `${o.reminder} ${local(o.at)}`);
    expect(reminders(run(), '2026-03-03T00:00', '2026-03-03T17:00')).toEqual(['prehydrate Tue 2026-03-03T16:00']);
    expect(reminders(run(), '2026-03-03T18:30', '2026-03-04T00:00')).toEqual(['cooldown Tue 2026-03-03T18:50']);
    // Ten hours from 08:00: its cool-down still comes at 18:05, though it began long before the span.
    const long = run({ minutes: 600, schedule: { type: 'once', at: '2026-03-03T08:00' } });
    expect(reminders(long, '2026-03-03T17:00', '2026-03-04T00:00')).toEqual(['cooldown Tue 2026-03-03T18:05', 'rehydrate Tue 2026-03-03T18:20']);
  });

  it('leave out moments whose window ended by the span’s start or opens at its end', () => {
    const reminders = (from: string, to: string) =>
      occasionsBetween([run()], { ...settings, bedtime: { enabled: false, time: '22:00' } }, wall(from), wall(to), zone).map((o) => o.reminder);
    // The warm-up's window closes at the 18:00 start; the cool-down opens at 18:50.
    expect(reminders('2026-03-03T18:00', '2026-03-03T18:50')).toEqual([]);
    expect(reminders('2026-03-03T17:59', '2026-03-03T18:51')).toEqual(['warmup', 'cooldown']);
  });

  it('offer no cool-down when it would come only as its follow-up window closes', () => {
    const late = { ...settings, bedtime: { enabled: false, time: '22:00' }, workout: { ...settings.workout, cooldownMinutesAfter: 15, followUpWithinMinutes: 15 } };
    const kinds = occasionsBetween([run()], late, wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone).map((o) => o.reminder);
    expect(kinds).toEqual(['prehydrate', 'mealCutoff', 'warmup']);
  });

  it('give each session its preparation and follow-up moments', () => {
    const occasions = occasionsBetween([run({ minutes: 60, intensity: 'hard' })], { ...settings, bedtime: { enabled: false, time: '22:00' } }, wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone);
    expect(occasions.map((o) => [o.reminder, local(o.at), local(o.until)])).toEqual([
      ['prehydrate', 'Tue 2026-03-03T16:00', 'Tue 2026-03-03T16:15'],
      ['mealCutoff', 'Tue 2026-03-03T17:00', 'Tue 2026-03-03T17:15'],
      ['warmup', 'Tue 2026-03-03T17:50', 'Tue 2026-03-03T18:00'],
      ['cooldown', 'Tue 2026-03-03T19:05', 'Tue 2026-03-03T21:00'],
      ['rehydrate', 'Tue 2026-03-03T19:20', 'Tue 2026-03-03T21:00'],
    ]);
  });

  it('ask for rehydration only after long, hard or hot sessions', () => {
    const kinds = (w: Workout) => occasionsBetween([w], { ...settings, bedtime: { enabled: false, time: '22:00' } }, wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone).map((o) => o.reminder);
    expect(kinds(run())).not.toContain('rehydrate');
    expect(kinds(run({ hot: true }))).toContain('rehydrate');
    expect(kinds(run({ minutes: 75 }))).toContain('rehydrate');
    expect(kinds(run({ minutes: 60 }))).toContain('rehydrate');
    expect(kinds(run({ minutes: 59 }))).not.toContain('rehydrate');
    expect(kinds(run({ intensity: 'hard' }))).toContain('rehydrate');
  });

  it('offer bedtime exactly once per local day, on DST nights too', () => {
    const bedtimes = (from: string, to: string) => occasionsBetween([], settings, wall(from), wall(to), zone).map((o) => local(o.at));
    expect(bedtimes('2026-03-28T12:00', '2026-03-31T12:00')).toEqual(['Sat 2026-03-28T22:00', 'Sun 2026-03-29T22:00', 'Mon 2026-03-30T22:00']);
    expect(bedtimes('2026-10-24T12:00', '2026-10-27T12:00')).toEqual(['Sat 2026-10-24T22:00', 'Sun 2026-10-25T22:00', 'Mon 2026-10-26T22:00']);
    // Just after midnight: last night's and, across the 23-hour Sunday, Monday's too.
    const late = { ...settings, bedtime: { enabled: true, time: '00:05' } };
    expect(occasionsBetween([], late, wall('2026-03-28T23:50'), wall('2026-03-30T00:10'), zone).map((o) => local(o.at))).toEqual(['Sun 2026-03-29T00:05', 'Mon 2026-03-30T00:05']);
    const lateNight = { ...settings, bedtime: { enabled: true, time: '23:50' } };
    expect(occasionsBetween([], lateNight, wall('2026-03-04T00:10'), wall('2026-03-04T01:00'), zone).map((o) => local(o.at))).toEqual(['Tue 2026-03-03T23:50']);
    const keys = occasionsBetween([], settings, wall('2026-10-25T00:00'), wall('2026-10-26T00:00'), zone).map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('guide the amounts from body weight and duration', () => {
    expect(prehydrateMl(70)).toBe(300);
    expect(prehydrateMl(null)).toBe(250);
    expect(carryAdvice(run())).toBeNull();
    expect(carryAdvice(run({ minutes: 90, hot: true }))).toEqual({ ml: 900, everyMinutes: 20 });
    const day = occurrencesBetween([run({ minutes: 60, intensity: 'hard' })], wall('2026-03-03T00:00'), wall('2026-03-04T00:00'), zone);
    expect(exerciseWaterMl(day)).toBe(750);
  });

  it('rejects a plan with a bad field, naming it', () => {
    const result = workoutPlanSchema.safeParse([run({ minutes: 2 })]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([0, 'minutes']);
    expect(workoutPlanSchema.safeParse([run(), run()]).success).toBe(false);
    expect(workoutPlanSchema.safeParse([run(), run({ id: 's' })]).success).toBe(true);
  });
});
