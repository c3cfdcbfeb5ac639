import { describe, expect, it } from 'vitest';
import { crampInsights, type Insight } from '../main/core/insights.js';
import type { DaySummary } from '../main/core/summary.js';
import type { CrampEntry } from '../main/core/diary.js';

/**
 * The insight rules at their edges, on summaries built by hand: what "most cramps share" means,
 * when a finding is confident, and which cramps each finding counts. (insights.test.ts covers the
 * same rules end to end from a history.)
 */
type Workout = DaySummary['workouts'][number];
type Context = CrampEntry['context'];

let serial = 0;
function cramp(context: Context): CrampEntry {
  serial++;
  return { id: `c${serial}`, muscle: 'calf', when: serial * 60_000, context, severity: 3, durationMinutes: 2, note: '' };
}

function workout(patch: Partial<Workout> = {}): Workout {
  return { id: 'w', kind: 'run', start: 0, minutes: 45, intensity: 'easy', hot: false, warmedUp: true, mealMinutesBefore: null, ...patch };
}

function day(n: number, patch: Partial<DaySummary> & { crampsIn?: Context[] } = {}): DaySummary {
  const { crampsIn = [], ...rest } = patch;
  return {
    day: `2026-03-${String(n).padStart(2, '0')}`,
    waterMl: 2000,
    goalMl: 2000,
    breaks: { taken: 0, natural: 0, skipped: 0, missed: 0, snoozed: 0 },
    longestSittingMinutes: 30,
    workouts: [],
    cramps: crampsIn.map(cramp),
    ...rest,
  };
}

/** `n` quiet days after the given ones, so the week minimum is met without adding cramps. */
const padded = (days: DaySummary[], total = 7) => [...days, ...Array.from({ length: Math.max(0, total - days.length) }, (_, i) => day(20 + i))];

const kinds = (days: DaySummary[]) => crampInsights(days).insights.map((i) => i.kind);
const find = (days: DaySummary[], kind: Insight['kind']) => crampInsights(days).insights.find((i) => i.kind === kind);

describe('when there is enough to say anything', () => {
  it('needs three cramps and seven days, counting only days with cramps towards the cramps', () => {
    const three = padded([day(1, { crampsIn: ['night'] }), day(2, { crampsIn: ['night'] }), day(3, { crampsIn: ['night'] })]);
    expect(crampInsights(three)).toMatchObject({ ready: true, crampCount: 3, daysRecorded: 7, needs: { cramps: 0, days: 0 } });
    expect(crampInsights(three.slice(0, 6))).toMatchObject({ ready: false, daysRecorded: 6, needs: { cramps: 0, days: 1 } });
    const two = padded([day(1, { crampsIn: ['night', 'night'] })], 9);
    expect(crampInsights(two)).toMatchObject({ ready: false, crampCount: 2, needs: { cramps: 1, days: 0 } });
  });

  it('says what is still needed, never a negative amount', () => {
    expect(crampInsights([])).toMatchObject({ ready: false, crampCount: 0, daysRecorded: 0, needs: { cramps: 3, days: 7 }, insights: [] });
    const many = padded([day(1, { crampsIn: ['night', 'night', 'night', 'night'] })], 12);
    expect(crampInsights(many).needs).toEqual({ cramps: 0, days: 0 });
  });
});

describe('a finding needs most cramps to share it', () => {
  const sitting = (long: number, short: number) =>
    padded([
      ...Array.from({ length: long }, (_, i) => day(1 + i, { crampsIn: ['desk'], longestSittingMinutes: 120 })),
      ...Array.from({ length: short }, (_, i) => day(10 + i, { crampsIn: ['desk'], longestSittingMinutes: 20 })),
    ]);

  it('shows at 60 % (3 of 5) and not below (2 of 4 is 50 %)', () => {
    expect(find(sitting(3, 2), 'longSitting')).toMatchObject({ matching: 3, total: 5, thresholdMinutes: 90 });
    expect(find(sitting(2, 2), 'longSitting')).toBeUndefined();
  });

  it('needs at least two matching cramps even when they are all of them', () => {
    // 1 of 1 is 100 % but one cramp is an anecdote; three cramps on other contexts make it ready.
    const days = padded([day(1, { crampsIn: ['desk'], longestSittingMinutes: 120 }), day(2, { crampsIn: ['exercise', 'exercise'] })]);
    expect(find(days, 'longSitting')).toBeUndefined();
    expect(find(sitting(2, 1), 'longSitting')).toMatchObject({ matching: 2, total: 3 });
  });

  it('is confident from ten cramps sharing the context, not at nine', () => {
    expect(find(sitting(10, 0), 'longSitting')?.confident).toBe(true);
    expect(find(sitting(9, 0), 'longSitting')?.confident).toBe(false);
  });
});

describe('long sitting', () => {
  it('counts desk and night cramps on days with a spell of 90 minutes or more', () => {
    const days = padded([
      day(1, { crampsIn: ['desk'], longestSittingMinutes: 90 }),
      day(2, { crampsIn: ['night'], longestSittingMinutes: 95 }),
      day(3, { crampsIn: ['night'], longestSittingMinutes: 89 }),
    ]);
    expect(find(days, 'longSitting')).toMatchObject({ matching: 2, total: 3 });
  });

  it('leaves out cramps during exercise', () => {
    const days = padded([
      day(1, { crampsIn: ['exercise'], longestSittingMinutes: 200 }),
      day(2, { crampsIn: ['exercise'], longestSittingMinutes: 200 }),
      day(3, { crampsIn: ['desk'], longestSittingMinutes: 10 }),
    ]);
    expect(kinds(days)).not.toContain('longSitting');
  });
});

describe('water', () => {
  it('counts cramps on days under 60 % of that day\'s goal, and gives the median of the other days', () => {
    const days = [
      day(1, { crampsIn: ['night'], waterMl: 1100 }),
      day(2, { crampsIn: ['night'], waterMl: 1199 }),
      day(3, { crampsIn: ['night'], waterMl: 1200 }),
      day(4, { waterMl: 1800 }),
      day(5, { waterMl: 2200 }),
      day(6, { waterMl: 2600 }),
      day(7, { waterMl: 0 }),
    ];
    expect(find(days, 'lowWater')).toEqual({ kind: 'lowWater', matching: 2, total: 3, thresholdMl: 1200, otherDaysMedianMl: 2200, confident: false });
  });

  it('rounds the threshold to 100 ml of the goal and counts a day with two cramps twice', () => {
    const days = padded([day(1, { crampsIn: ['night', 'desk'], waterMl: 900, goalMl: 1750 }), day(2, { crampsIn: ['night'], waterMl: 2000, goalMl: 1750 })]);
    expect(find(days, 'lowWater')).toMatchObject({ matching: 2, total: 3, thresholdMl: 1100 });
  });

  it('says 0 ml for the other days when every day had a cramp', () => {
    const days = Array.from({ length: 7 }, (_, i) => day(i + 1, { crampsIn: ['night'], waterMl: 500 }));
    expect(find(days, 'lowWater')).toMatchObject({ matching: 7, total: 7, otherDaysMedianMl: 0 });
  });
});

describe('exercise cramps', () => {
  const exercise = (patches: Partial<Workout>[], extra: DaySummary[] = []) =>
    padded([...patches.map((p, i) => day(1 + i, { crampsIn: ['exercise'], workouts: [workout(p)] })), ...extra]);

  it('counts a missed warm-up on any of that day\'s workouts', () => {
    const days = exercise([{ warmedUp: false }, { warmedUp: false }, { warmedUp: true }]);
    expect(find(days, 'noWarmup')).toMatchObject({ matching: 2, total: 3 });
    const mixed = padded([
      day(1, { crampsIn: ['exercise'], workouts: [workout({ warmedUp: true }), workout({ warmedUp: false })] }),
      day(2, { crampsIn: ['exercise'], workouts: [workout({ warmedUp: true }), workout({ warmedUp: false })] }),
      day(3, { crampsIn: ['exercise'], workouts: [workout()] }),
    ]);
    expect(find(mixed, 'noWarmup')).toMatchObject({ matching: 2, total: 3 });
  });

  it('counts a meal less than 60 minutes before, not 60 or a day with no meal logged', () => {
    const days = exercise([{ mealMinutesBefore: 59 }, { mealMinutesBefore: 0 }, { mealMinutesBefore: 60 }, { mealMinutesBefore: null }]);
    expect(find(days, 'mealBeforeWorkout')).toBeUndefined(); // 2 of 4
    const more = exercise([{ mealMinutesBefore: 59 }, { mealMinutesBefore: 10 }, { mealMinutesBefore: 60 }]);
    expect(find(more, 'mealBeforeWorkout')).toMatchObject({ matching: 2, total: 3, withinMinutes: 60 });
  });

  it('counts hard or hot sessions, and the share of all workouts that were', () => {
    const days = exercise([{ intensity: 'hard' }, { hot: true }, {}], [day(15, { workouts: [workout(), workout()] })]);
    expect(find(days, 'hardOrHot')).toMatchObject({ matching: 2, total: 3, shareOfWorkouts: 0.4 });
    const easy = exercise([{ intensity: 'moderate' }, {}, {}]);
    expect(find(easy, 'hardOrHot')).toBeUndefined();
  });

  it('share of workouts is rounded to hundredths', () => {
    const days = exercise([{ intensity: 'hard' }, { intensity: 'hard' }, {}]);
    expect(find(days, 'hardOrHot')).toMatchObject({ shareOfWorkouts: 0.67 });
  });

  it('counts only cramps during exercise on days with a workout', () => {
    const days = padded([
      day(1, { crampsIn: ['night'], workouts: [workout({ warmedUp: false })] }),
      day(2, { crampsIn: ['night'], workouts: [workout({ warmedUp: false })] }),
      day(3, { crampsIn: ['exercise'], workouts: [] }),
      day(4, { crampsIn: ['exercise'], workouts: [] }),
    ]);
    expect(kinds(days)).not.toContain('noWarmup');
    expect(kinds(days)).not.toContain('hardOrHot');
  });
});

describe('which days and sessions a finding counts', () => {
  it('leaves days without any water logged out of the other days’ median', () => {
    const low = (n: number) => day(n, { waterMl: 800, crampsIn: ['night'] });
    const days = [low(1), low(2), low(3), day(4, { waterMl: 0 }), day(5, { waterMl: 0 }), day(6, { waterMl: 0 }), day(7, { waterMl: 2400 })];
    expect(find(days, 'lowWater')).toMatchObject({ matching: 3, total: 3, otherDaysMedianMl: 2400 });
  });

  it('names the low-water line of the days the cramps came on, not of the first day recorded', () => {
    const low = (n: number) => day(n, { waterMl: 800, crampsIn: ['night'] });
    const days = [day(1, { goalMl: 3000 }), low(2), low(3), low(4), day(5), day(6), day(7)];
    expect(find(days, 'lowWater')).toMatchObject({ thresholdMl: 1200 });
  });

  it('counts exercise cramps only on days with a session, and a day when any of its sessions shares the feature', () => {
    const both = [workout({ id: 'a', mealMinutesBefore: 30, intensity: 'hard' }), workout({ id: 'b', mealMinutesBefore: null })];
    const days = padded([
      day(1, { crampsIn: ['exercise'], workouts: both }),
      day(2, { crampsIn: ['exercise'], workouts: both }),
      day(3, { crampsIn: ['exercise'], workouts: both }),
      day(4, { crampsIn: ['exercise'] }),
      day(5, { crampsIn: ['exercise'] }),
    ]);
    expect(find(days, 'mealBeforeWorkout')).toMatchObject({ matching: 3, total: 3 });
    expect(find(days, 'hardOrHot')).toMatchObject({ matching: 3, total: 3 });
  });
});
