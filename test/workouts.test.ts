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
  });

  it('offer bedtime exactly once per local day, on DST nights too', () => {
    const bedtimes = (from: string, to: string) => occasionsBetween([], settings, wall(from), wall(to), zone).map((o) => local(o.at));
    expect(bedtimes('2026-03-28T12:00', '2026-03-31T12:00')).toEqual(['Sat 2026-03-28T22:00', 'Sun 2026-03-29T22:00', 'Mon 2026-03-30T22:00']);
    expect(bedtimes('2026-10-24T12:00', '2026-10-27T12:00')).toEqual(['Sat 2026-10-24T22:00', 'Sun 2026-10-25T22:00', 'Mon 2026-10-26T22:00']);
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
  });
});
