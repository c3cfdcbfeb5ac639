import type { DaySummary } from './summary.js';

/**
 * What the person's own records say about their cramps. Plain counts with honest sample sizes:
 * "4 of your 5 logged cramps came on days under 1.2 L of water". Never a cause, never a claim
 * before there is enough to say anything.
 */
export type Insight =
  | { kind: 'lowWater'; matching: number; total: number; thresholdMl: number; otherDaysMedianMl: number }
  | { kind: 'noWarmup'; matching: number; total: number }
  | { kind: 'mealBeforeWorkout'; matching: number; total: number; withinMinutes: number }
  | { kind: 'longSitting'; matching: number; total: number; thresholdMinutes: number }
  | { kind: 'hardOrHot'; matching: number; total: number; shareOfWorkouts: number };

export interface InsightReport {
  /** Enough to say anything at all? */
  ready: boolean;
  crampCount: number;
  daysRecorded: number;
  /** Below this, findings are labelled "too few to be sure". */
  confidentFrom: number;
  insights: (Insight & { confident: boolean })[];
  /** What is still needed before insights appear. */
  needs: { cramps: number; days: number };
}

const MIN_CRAMPS = 3;
const MIN_DAYS = 7;
const CONFIDENT_FROM = 10;

export function crampInsights(days: readonly DaySummary[]): InsightReport {
  const crampCount = days.reduce((n, d) => n + d.cramps.length, 0);
  const ready = crampCount >= MIN_CRAMPS && days.length >= MIN_DAYS;
  const report: InsightReport = {
    ready,
    crampCount,
    daysRecorded: days.length,
    confidentFrom: CONFIDENT_FROM,
    insights: [],
    needs: { cramps: Math.max(0, MIN_CRAMPS - crampCount), days: Math.max(0, MIN_DAYS - days.length) },
  };
  if (!ready) return report;
  const add = (insight: Insight) => {
    // Say something only when most of the cramps share the feature.
    // (Two matching cramps at least, so never 0 of 0.)
    if (insight.matching >= 2 && insight.matching / insight.total >= 0.6) report.insights.push({ ...insight, confident: insight.total >= CONFIDENT_FROM });
  };

  // Water: cramps on days below 60 % of the goal.
  const cramps = days.flatMap((d) => d.cramps.map(() => d));
  const threshold = (d: DaySummary) => Math.round((d.goalMl * 0.6) / 100) * 100;
  const others = days.filter((d) => d.cramps.length === 0 && d.waterMl > 0).map((d) => d.waterMl).sort((a, b) => a - b);
  add({
    kind: 'lowWater',
    matching: cramps.filter((d) => d.waterMl < threshold(d)).length,
    total: cramps.length,
    thresholdMl: threshold(cramps[0] ?? days[0] ?? ({ goalMl: 2000 } as DaySummary)),
    otherDaysMedianMl: others.length ? (others[Math.floor(others.length / 2)] as number) : 0,
  });

  // Exercise cramps: warm-up, meal timing, intensity and heat of that day's workout.
  const exercise = days.flatMap((d) => d.cramps.filter((c) => c.context === 'exercise').map(() => d)).filter((d) => d.workouts.length > 0);
  add({ kind: 'noWarmup', matching: exercise.filter((d) => d.workouts.some((w) => !w.warmedUp)).length, total: exercise.length });
  add({
    kind: 'mealBeforeWorkout',
    matching: exercise.filter((d) => d.workouts.some((w) => w.mealMinutesBefore !== null && w.mealMinutesBefore < 60)).length,
    total: exercise.length,
    withinMinutes: 60,
  });
  const allWorkouts = days.flatMap((d) => d.workouts);
  const hardOrHot = (w: DaySummary['workouts'][number]) => w.intensity === 'hard' || w.hot;
  add({
    kind: 'hardOrHot',
    matching: exercise.filter((d) => d.workouts.some(hardOrHot)).length,
    total: exercise.length,
    shareOfWorkouts: allWorkouts.length ? Math.round((allWorkouts.filter(hardOrHot).length / allWorkouts.length) * 100) / 100 : 0,
  });

  // Desk and night cramps: long sitting spells that day.
  const still = days.flatMap((d) => d.cramps.filter((c) => c.context === 'desk' || c.context === 'night').map(() => d));
  add({ kind: 'longSitting', matching: still.filter((d) => d.longestSittingMinutes >= 90).length, total: still.length, thresholdMinutes: 90 });
  return report;
}
