import { z } from 'zod';
import { localDateOf, wallAt } from './localTime.js';
import { weekdays, type Weekday } from './settings.js';

/**
 * Planned workouts and the moments derived from them ("occasions"): drink two hours before, eat
 * or wait an hour before, warm up ten minutes before, cool down and rehydrate afterwards; and the
 * nightly bedtime stretch. Pure: plans in, moments out.
 */
import { intensities, occasionKinds, workoutKinds, type Intensity, type OccasionKind, type WorkoutKind } from './kinds.js';

export { intensities, occasionKinds, workoutKinds, type Intensity, type OccasionKind, type WorkoutKind };

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as "HH:MM"');
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'must be a local date and time as "YYYY-MM-DDTHH:MM"');

export const workoutSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: z.enum(workoutKinds),
    minutes: z.number().int().min(5, 'must be at least 5 minutes').max(600, 'must be at most 600 minutes'),
    intensity: z.enum(intensities),
    /** Hot or very sweaty: more water, and electrolytes afterwards. */
    hot: z.boolean(),
    schedule: z.discriminatedUnion('type', [
      z.object({ type: z.literal('once'), at: localDateTime }).strict(),
      z.object({ type: z.literal('weekly'), days: z.array(z.enum(weekdays)).min(1, 'choose at least one day').max(7), time: timeOfDay }).strict(),
    ]),
  })
  .strict();

export const workoutPlanSchema = z
  .array(workoutSchema)
  .max(50, 'at most 50 planned workouts')
  .refine((plan) => new Set(plan.map((w) => w.id)).size === plan.length, 'every workout needs its own id');

export type Workout = z.infer<typeof workoutSchema>;

export interface WorkoutOccurrence {
  workout: Workout;
  /** Wall times of the planned start and end. */
  start: number;
  end: number;
}

const MINUTE = 60_000;

/** Occurrences whose start lies in [from, to), in order of start. */
export function occurrencesBetween(plan: readonly Workout[], from: number, to: number, zone: string): WorkoutOccurrence[] {
  const out: WorkoutOccurrence[] = [];
  const at = (workout: Workout, start: number) => {
    if (start >= from && start < to) out.push({ workout, start, end: start + workout.minutes * MINUTE });
  };
  for (const workout of plan) {
    const s = workout.schedule;
    if (s.type === 'once') {
      const [date, time] = s.at.split('T') as [string, string];
      at(workout, wallAt(date, time, zone));
      continue;
    }
    // From the local day holding `from` (its earlier times are skipped) until a start reaches `to`.
    for (let i = 0; ; i++) {
      const day = localDateOf(from, zone, i);
      const start = wallAt(day.date, s.time, zone);
      if (start >= to) break;
      if (s.days.includes(weekdays[day.weekday - 1] as Weekday)) at(workout, start);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}


/** A moment something should be said, and until when saying it still makes sense. */
export interface Occasion {
  /** Stable across recomputation: the same occasion is never said twice. */
  key: string;
  reminder: OccasionKind;
  at: number;
  until: number;
  occurrence?: WorkoutOccurrence;
}

export interface OccasionSettings {
  bedtime: { enabled: boolean; time: string };
  workout: {
    prehydrateMinutesBefore: number;
    mealCutoffMinutesBefore: number;
    warmupMinutesBefore: number;
    cooldownMinutesAfter: number;
    rehydrateMinutesAfter: number;
    /** After-workout reminders still come if the person is back within this long of the planned end. */
    followUpWithinMinutes: number;
  };
}

/** Preparation said late is worse than not said: it may only come this long after its moment. */
const PREPARATION_GRACE = 15 * MINUTE;
/** The bedtime routine may still be offered this long after its time, if the person was briefly away. */
const BEDTIME_GRACE = 30 * MINUTE;

/** Whether a workout is long, hard or hot enough to call for rehydration with electrolytes. */
export function needsRehydration(workout: Workout): boolean {
  return workout.minutes >= 60 || workout.intensity === 'hard' || workout.hot;
}

/** Occasions whose window [at, until) overlaps [from, to), in order of `at`. */
export function occasionsBetween(plan: readonly Workout[], settings: OccasionSettings, from: number, to: number, zone: string): Occasion[] {
  const w = settings.workout;
  const out: Occasion[] = [];
  const lead = Math.max(w.prehydrateMinutesBefore, w.mealCutoffMinutesBefore, w.warmupMinutesBefore) * MINUTE;
  const tail = (w.followUpWithinMinutes + 24 * 60) * MINUTE; // a workout up to 600 min long, plus follow-up
  for (const occurrence of occurrencesBetween(plan, from - tail, to + lead, zone)) {
    const { start, end, workout } = occurrence;
    const key = (reminder: OccasionKind) => `${workout.id}@${start}:${reminder}`;
    const before = (reminder: OccasionKind, minutes: number) => {
      const at = start - minutes * MINUTE;
      out.push({ key: key(reminder), reminder, at, until: Math.min(start, at + PREPARATION_GRACE), occurrence });
    };
    before('prehydrate', w.prehydrateMinutesBefore);
    before('mealCutoff', w.mealCutoffMinutesBefore);
    // The warm-up belongs to the minutes before the start, and is useless after it.
    out.push({ key: key('warmup'), reminder: 'warmup', at: start - w.warmupMinutesBefore * MINUTE, until: start, occurrence });
    const followUpUntil = end + w.followUpWithinMinutes * MINUTE;
    out.push({ key: key('cooldown'), reminder: 'cooldown', at: end + w.cooldownMinutesAfter * MINUTE, until: followUpUntil, occurrence });
    if (needsRehydration(workout)) out.push({ key: key('rehydrate'), reminder: 'rehydrate', at: end + w.rehydrateMinutesAfter * MINUTE, until: followUpUntil, occurrence });
  }
  if (settings.bedtime.enabled) {
    for (let i = -1; i <= Math.ceil((to - from) / (24 * 60 * MINUTE)) + 1; i++) {
      const day = localDateOf(from, zone, i);
      const at = wallAt(day.date, settings.bedtime.time, zone);
      // Keyed by the local date: exactly once per local day, DST days included.
      out.push({ key: `bedtime@${day.date}`, reminder: 'bedtime', at, until: at + BEDTIME_GRACE });
    }
  }
  return out.filter((o) => o.until > from && o.at < to && o.until > o.at).sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/**
 * The ceilings on water Limber suggests for exercise. Drinking well beyond sweat losses, not too
 * little, is what causes exercise-associated hyponatraemia (Hew-Butler 2015), so every amount below
 * has a cap; the ACSM's 0.4–0.8 L an hour for runners is the upper bound of the hourly figures
 * (Sawka 2007). docs/content.md records each number with its source.
 */
export const waterCaps = {
  /** Two hours before, and only if urine is dark: 3–5 ml/kg (ACSM), at most this. */
  prehydrateMl: 400,
  /** Water added to a day's goal for all its planned exercise together. */
  exerciseDayMl: 1500,
  /** Water counted for one hour of exercise, however hard or hot. */
  exercisePerHourMl: 800,
  /** What to carry for a session: beyond this, refill and drink to thirst. */
  carryMl: 1000,
} as const;

const round50 = (ml: number) => Math.round(ml / 50) * 50;

/**
 * How much to drink about two hours before, if urine is still dark: the ACSM's 3–5 ml per kg at two
 * hours (its main advice, 5–7 ml per kg, is for at least four hours before), capped; a glass when
 * the weight is not known.
 */
export function prehydrateMl(bodyWeightKg: number | null): number {
  if (bodyWeightKg === null) return 250;
  return Math.min(waterCaps.prehydrateMl, Math.max(150, round50(bodyWeightKg * 4)));
}

/**
 * What to carry for a session of an hour or more: about 0.4 l an hour (0.6 l in the heat), never
 * more than a litre. The alert says to drink to thirst from it, not to empty it on a schedule.
 */
export function carryAdvice(workout: Workout): { ml: number; everyMinutes: number } | null {
  if (workout.minutes < 60) return null;
  const perHour = workout.hot ? 600 : 400;
  return { ml: Math.min(waterCaps.carryMl, round50((perHour * workout.minutes) / 60)), everyMinutes: 20 };
}

/** Extra water for the day's planned exercise: a rough share of the sweat, capped per hour and per day. */
export function exerciseWaterMl(occurrences: readonly WorkoutOccurrence[]): number {
  const perHour: Record<Intensity, number> = { easy: 300, moderate: 500, hard: 750 };
  const total = occurrences.reduce((sum, { workout }) => {
    const hourly = Math.min(waterCaps.exercisePerHourMl, perHour[workout.intensity] * (workout.hot ? 1.5 : 1));
    return sum + (hourly * workout.minutes) / 60;
  }, 0);
  return Math.min(waterCaps.exerciseDayMl, round50(total));
}
