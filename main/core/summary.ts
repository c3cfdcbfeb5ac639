import type { CrampEntry } from './diary.js';
import { dayKey, nextLocalTime } from './localTime.js';
import type { HistoryRecord } from './types.js';
import type { Intensity, WorkoutKind } from './workouts.js';

/** One local day of history, as the charts and insights read it. */
export interface DaySummary {
  day: string;
  waterMl: number;
  goalMl: number;
  breaks: { taken: number; natural: number; skipped: number; missed: number; snoozed: number };
  /** The longest time seated without a break, in minutes. */
  longestSittingMinutes: number;
  workouts: {
    id: string;
    kind: WorkoutKind;
    start: number;
    minutes: number;
    intensity: Intensity;
    hot: boolean;
    /** The warm-up alert was answered with Start or Done. */
    warmedUp: boolean;
    /** Minutes between the last meal logged and the start; null when none was logged that day. */
    mealMinutesBefore: number | null;
  }[];
  cramps: CrampEntry[];
}

export interface SummaryOptions {
  zone: string;
  dayStartsAt: string;
  /** The goal for days whose record does not say (before goals were recorded). */
  defaultGoalMl: number;
  /**
   * Only days inside this span of wall time are summarized: a record dated far away (a clock set to
   * 2199, a hand-edited file) can neither add days nor stretch a sitting spell across decades.
   */
  window?: { from: number; to: number };
}

/**
 * Folds the history into days. Sitting spells run from a return, a break's end or the start of
 * the record, to the next away spell or break; each counts for the day it began in.
 */
export function summarizeDays(all: readonly HistoryRecord[], options: SummaryOptions): DaySummary[] {
  const { window } = options;
  const records = window ? all.filter((r) => r.at >= window.from && r.at <= window.to) : all;
  const days = new Map<string, DaySummary>();
  const keyOf = (wall: number) => dayKey(wall, options.zone, options.dayStartsAt);
  const dayOf = (wall: number): DaySummary => {
    const day = keyOf(wall);
    let summary = days.get(day);
    if (!summary) {
      summary = { day, waterMl: 0, goalMl: options.defaultGoalMl, breaks: { taken: 0, natural: 0, skipped: 0, missed: 0, snoozed: 0 }, longestSittingMinutes: 0, workouts: [], cramps: [] };
      days.set(day, summary);
    }
    return summary;
  };
  const deleted = new Set(records.flatMap((r) => (r.event === 'crampDeleted' ? [r.id] : [])));
  // Present at the start of the record unless its first presence change is a return.
  const firstPresence = records.find((r) => r.event === 'away' || r.event === 'back');
  let present = firstPresence?.event !== 'back';
  let sittingSince: number | null = present ? (records[0]?.at ?? null) : null;
  const workouts = new Map<string, DaySummary['workouts'][number]>();
  const warmupReplies = new Map<string, boolean>();
  let openWarmup: string | null = null;

  const endSitting = (at: number) => {
    if (sittingSince === null) return;
    // A spell crossing the day boundary counts in each day for its own part. (Its ends are records
    // inside the window, so it needs no clipping to it.)
    let from = sittingSince;
    while (from < at) {
      const boundary = nextLocalTime(from, options.zone, options.dayStartsAt);
      const to = Math.min(at, boundary);
      const day = dayOf(from);
      day.longestSittingMinutes = Math.max(day.longestSittingMinutes, Math.round((to - from) / 60_000));
      from = to;
    }
    sittingSince = null;
  };

  for (const record of records) {
    const day = dayOf(record.at);
    switch (record.event) {
      case 'drink':
        day.waterMl += record.ml;
        break;
      case 'drinkUndone':
        day.waterMl = Math.max(0, day.waterMl - record.ml);
        break;
      case 'newDay':
        if (record.goalMl) day.goalMl = record.goalMl;
        break;
      case 'breakEnd':
        day.breaks.taken++;
        if (present) sittingSince = record.at;
        break;
      case 'reply':
        if (record.reminder === 'move' || record.reminder === 'stretch') {
          if (record.action === 'done') {
            day.breaks.taken++;
            endSitting(record.at);
            if (present) sittingSince = record.at;
          } else if (record.action === 'skip') day.breaks.skipped++;
          else if (record.action === 'snooze') day.breaks.snoozed++;
        }
        if (record.reminder === 'warmup' && openWarmup) warmupReplies.set(openWarmup, record.action === 'start' || record.action === 'done');
        break;
      case 'missed':
        if (record.reminder !== 'hydrate') day.breaks.missed++;
        break;
      case 'naturalBreak':
        day.breaks.natural++;
        break;
      case 'away':
        endSitting(record.since);
        present = false;
        break;
      case 'breakStart':
        endSitting(record.at);
        break;
      case 'back':
        present = true;
        sittingSince = record.at;
        break;
      case 'cramp':
        if (!deleted.has(record.id)) {
          const { at: _at, event: _event, ...entry } = record;
          dayOf(record.when).cramps.push(entry);
        }
        break;
      case 'alert':
        if (record.workoutId && record.workoutStart !== undefined && record.workoutKind && record.intensity && record.workoutMinutes) {
          const key = `${record.workoutId}@${record.workoutStart}`;
          if (record.reminder === 'warmup') openWarmup = key;
          if (!workouts.has(key)) {
            const workout = {
              id: record.workoutId,
              kind: record.workoutKind,
              start: record.workoutStart,
              minutes: record.workoutMinutes,
              intensity: record.intensity,
              hot: record.hot ?? false,
              warmedUp: false,
              mealMinutesBefore: null,
            };
            workouts.set(key, workout);
            dayOf(record.workoutStart).workouts.push(workout);
          }
        }
        break;
    }
  }
  const lastRecord = records.at(-1);
  if (lastRecord) endSitting(lastRecord.at);

  // Meals and warm-ups, now that all are known.
  const meals = records.filter((r) => r.event === 'meal').map((r) => r.at);
  for (const [key, workout] of workouts) {
    workout.warmedUp = warmupReplies.get(key) ?? false;
    const before = meals.filter((m) => m <= workout.start && keyOf(m) === keyOf(workout.start)).at(-1);
    workout.mealMinutesBefore = before === undefined ? null : Math.round((workout.start - before) / 60_000);
  }
  const shown = window ? [...days.values()].filter((d) => d.day >= keyOf(window.from) && d.day <= keyOf(window.to)) : [...days.values()];
  return shown.sort((a, b) => a.day.localeCompare(b.day));
}
