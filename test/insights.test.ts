import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { crampInsights } from '../main/core/insights.js';
import { summarizeDays } from '../main/core/summary.js';
import type { HistoryRecord } from '../main/core/types.js';

const zone = 'Europe/Berlin';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
const options = { zone, dayStartsAt: '04:00', defaultGoalMl: 2000 };

/** A day at the desk and, on some days, an evening run; cramps where asked. */
function day(date: string, opts: { waterMl: number; run?: { warmup: 'start' | 'skip'; mealAt?: string; hard?: boolean }; cramp?: 'exercise' | 'night' | 'desk' }): HistoryRecord[] {
  const r: HistoryRecord[] = [{ at: at(`${date}T04:00`), event: 'newDay', day: date, goalMl: 2000 }];
  r.push({ at: at(`${date}T09:00`), event: 'back', awayMinutes: 600 });
  for (let ml = 0, h = 9; ml < opts.waterMl; ml += 250, h++) r.push({ at: at(`${date}T${String(h).padStart(2, '0')}:30`), event: 'drink', ml: 250, todayMl: ml + 250 });
  r.push({ at: at(`${date}T12:00`), event: 'away', since: at(`${date}T11:30`), reason: 'idle' });
  r.push({ at: at(`${date}T13:00`), event: 'back', awayMinutes: 90 });
  r.push({ at: at(`${date}T15:00`), event: 'reply', reminder: 'move', action: 'done', hadAlert: true });
  r.push({ at: at(`${date}T16:35`), event: 'away', since: at(`${date}T16:30`), reason: 'idle' });
  r.push({ at: at(`${date}T17:45`), event: 'back', awayMinutes: 75 });
  if (opts.run) {
    if (opts.run.mealAt) r.push({ at: at(`${date}T${opts.run.mealAt}`), event: 'meal' });
    const start = at(`${date}T18:00`);
    const w = { workoutId: 'run', workoutKind: 'run', intensity: opts.run.hard ? 'hard' : 'easy', hot: false, workoutStart: start, workoutMinutes: 45 } as const;
    r.push({ at: at(`${date}T17:50`), event: 'alert', reminder: 'warmup', attempt: 1, ...w });
    r.push({ at: at(`${date}T17:51`), event: 'reply', reminder: 'warmup', action: opts.run.warmup, hadAlert: true });
  }
  if (opts.cramp) {
    const when = at(`${date}T${opts.cramp === 'night' ? '23:30' : opts.cramp === 'exercise' ? '18:30' : '14:00'}`);
    r.push({ at: when + 60_000, event: 'cramp', id: `c-${date}`, muscle: 'calf', when, context: opts.cramp, severity: 3, durationMinutes: 2, note: '' });
  }
  return r.sort((a, b) => a.at - b.at);
}

describe('daily summaries', () => {
  it('fold water, breaks, sitting spells, workouts and cramps into days', () => {
    const records = [
      ...day('2026-03-02', { waterMl: 1500, run: { warmup: 'skip', mealAt: '17:20', hard: true }, cramp: 'exercise' }),
      { at: at('2026-03-02T20:00'), event: 'crampDeleted', id: 'nothing-to-delete' } as HistoryRecord,
    ];
    const [monday] = summarizeDays(records, options);
    expect(monday).toMatchObject({ day: '2026-03-02', waterMl: 1500, goalMl: 2000, breaks: { taken: 1, natural: 0, skipped: 0, missed: 0 } });
    expect(monday?.longestSittingMinutes).toBe(150); // 09:00–11:30
    expect(monday?.workouts).toEqual([expect.objectContaining({ kind: 'run', intensity: 'hard', warmedUp: false, mealMinutesBefore: 40 })]);
    expect(monday?.cramps.map((c) => c.context)).toEqual(['exercise']);
  });

  it('leave out deleted cramps and put a cramp on the day it happened', () => {
    const records = day('2026-03-02', { waterMl: 500, cramp: 'night' });
    records.push({ at: at('2026-03-03T08:00'), event: 'crampDeleted', id: 'c-2026-03-02' });
    expect(summarizeDays(records, options).flatMap((d) => d.cramps)).toEqual([]);
  });
});

describe('cramp insights', () => {
  it('say nothing until there is enough to say anything', () => {
    const records = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => day(`2026-03-0${n}`, { waterMl: 2000, cramp: n < 3 ? 'night' : undefined }));
    const report = crampInsights(summarizeDays(records, options));
    expect(report).toMatchObject({ ready: false, crampCount: 2, needs: { cramps: 1, days: 0 } });
    expect(report.insights).toEqual([]);
  });

  it('count what the cramps share, with the sample size and no claim of cause', () => {
    const plan = [
      { waterMl: 1000, cramp: 'night' },
      { waterMl: 750, cramp: 'night' },
      { waterMl: 1000, run: { warmup: 'skip' }, cramp: 'exercise' },
      { waterMl: 2250 },
      { waterMl: 2000, run: { warmup: 'start' } },
      { waterMl: 500, run: { warmup: 'skip', hard: true }, cramp: 'exercise' },
      { waterMl: 2500, cramp: 'desk' },
      { waterMl: 2000 },
      { waterMl: 2250 },
    ] as const;
    const records = plan.flatMap((p, i) => day(`2026-03-${String(i + 2).padStart(2, '0')}`, p));
    const report = crampInsights(summarizeDays(records, options));
    expect(report.ready).toBe(true);
    expect(report.insights).toContainEqual({ kind: 'lowWater', matching: 4, total: 5, thresholdMl: 1200, otherDaysMedianMl: 2250, confident: false });
    expect(report.insights).toContainEqual({ kind: 'noWarmup', matching: 2, total: 2, confident: false });
    expect(report.insights).toContainEqual({ kind: 'longSitting', matching: 3, total: 3, thresholdMinutes: 90, confident: false });
  });
});
