import { describe, expect, it } from 'vitest';
import type { Workout } from '../main/core/workouts.js';
import { Harness } from './support/harness.js';

const quiet = { move: { enabled: false }, stretch: { enabled: false }, hydrate: { enabled: false } } as const;
const run = (patch: Partial<Workout> = {}): Workout => ({ id: 'evening-run', kind: 'run', minutes: 60, intensity: 'hard', hot: false, schedule: { type: 'once', at: '2026-03-02T18:00' }, ...patch });
const said = (h: Harness) => h.alerts().map((a) => `${h.wallClockAt(a.minute)} ${a.reminder}`);

describe('workout reminders', () => {
  it('prepare for the run, and follow up when the runner is back', () => {
    const h = new Harness({ start: '2026-03-02T15:00:00', settings: quiet, workouts: [run()] });
    h.engine.subscribe((out) => {
      if (out.type === 'record' && out.record.event === 'alert') h.engine.dispatch({ type: 'reply', reminder: out.record.reminder, action: 'done' });
    });
    h.work(170).awayFor(80).work(60); // out running 17:50–19:10
    expect(said(h)).toEqual(['16:00 prehydrate', '17:00 mealCutoff', '17:50 warmup', '19:10 cooldown', '19:20 rehydrate']);
    const prehydrate = h.events('alert')[0]?.record;
    expect(prehydrate).toMatchObject({ reminder: 'prehydrate', ml: 250, carryMl: 400, drinkEveryMinutes: 20, workoutKind: 'run' });
    expect(h.events('alert').at(-1)?.record).toMatchObject({ reminder: 'rehydrate', electrolytes: true });
  });

  it('says a meal came too close in the warm-up alert', () => {
    const h = new Harness({ start: '2026-03-02T17:00:00', settings: quiet, workouts: [run()] });
    h.work(20).do({ type: 'meal' }).work(31);
    expect(h.events('alert').map((e) => e.record)).toMatchObject([{ reminder: 'mealCutoff' }, { reminder: 'warmup', recentMeal: true }]);
    // A meal a full cut-off (an hour) before the start is not too close.
    const onTime = new Harness({ start: '2026-03-02T17:00:00', settings: quiet, workouts: [run()] });
    onTime.do({ type: 'meal' }).work(51);
    const warmup = onTime.events('alert').find((e) => e.record.event === 'alert' && e.record.reminder === 'warmup')?.record;
    expect(warmup).toMatchObject({ reminder: 'warmup' });
    expect(warmup && 'recentMeal' in warmup).toBe(false);
  });

  it('drops preparation whose moment passed while the laptop slept, and follow-up after two hours', () => {
    const h = new Harness({ start: '2026-03-02T17:30:00', settings: quiet, workouts: [run()] });
    h.sleepFor(45); // 17:30–18:15: the warm-up at 17:50 is never shown late
    h.stopInput();
    h.work(60 * 3); // away until 21:15: past 19:00 + 2 h
    h.resumeInput();
    h.work(30);
    expect(said(h)).toEqual([]);
  });

  it('reschedules when a workout moves, and forgets a cancelled one', () => {
    const h = new Harness({ start: '2026-03-02T15:30:00', settings: quiet, workouts: [run()] });
    h.work(40); // prehydrate at 16:00 has been said
    h.os({ type: 'workouts', workouts: [run({ schedule: { type: 'once', at: '2026-03-02T19:00' } })] });
    h.work(60 * 4 + 30);
    expect(said(h)).toEqual(['16:00 prehydrate', '17:00 prehydrate', '18:00 mealCutoff', '18:50 warmup', '20:05 cooldown', '20:20 rehydrate']);
    h.os({ type: 'workouts', workouts: [] });
    expect(h.snapshot?.upcoming).toEqual([]);
  });

  it('raise the day’s water goal for planned exercise', () => {
    const h = new Harness({ start: '2026-03-02T09:00:00', settings: quiet, workouts: [run({ intensity: 'moderate', hot: true })] });
    expect(h.snapshot?.water).toMatchObject({ goalMl: 2750, exerciseMl: 750 });
  });

  it('refuses a malformed plan, naming the field', () => {
    const h = new Harness({ settings: quiet });
    expect(() => h.engine.dispatch({ type: 'workouts', workouts: [run({ minutes: 1 })] })).toThrow(/workouts\[0\]\.minutes/);
  });
});

describe('bedtime', () => {
  const bedtime = { ...quiet, bedtime: { enabled: true, time: '22:00' } };

  it('comes once a night, on DST nights in both directions too', () => {
    for (const start of ['2026-03-27T20:00:00', '2026-10-23T20:00:00']) {
      const h = new Harness({ start, settings: bedtime });
      h.engine.subscribe((out) => {
        if (out.type === 'record' && out.record.event === 'alert') h.engine.dispatch({ type: 'reply', reminder: 'bedtime', action: 'done' });
      });
      h.work(4 * 24 * 60);
      expect(said(h)).toEqual(['22:00 bedtime', '22:00 bedtime', '22:00 bedtime', '22:00 bedtime']);
    }
  });

  it('never comes while paused, nor the morning after a night asleep', () => {
    const paused = new Harness({ start: '2026-03-02T21:00:00', settings: bedtime });
    paused.do({ type: 'pause', pause: { for: 'minutes', minutes: 120 } }).work(150);
    expect(said(paused)).toEqual([]);
    const asleep = new Harness({ start: '2026-03-02T21:00:00', settings: bedtime });
    asleep.work(30).sleepFor(10 * 60).work(60);
    expect(said(asleep)).toEqual([]);
  });

  it('comes at the new time when Preferences move it, and stops when turned off', () => {
    const h = new Harness({ start: '2026-03-02T20:00:00', settings: bedtime });
    h.work(30).do({ type: 'settings', patch: { bedtime: { enabled: true, time: '21:00' } } }).work(60);
    expect(said(h)).toEqual(['21:00 bedtime']);
    h.do({ type: 'reply', reminder: 'bedtime', action: 'done' }).do({ type: 'settings', patch: { bedtime: { enabled: false, time: '21:00' } } }).work(24 * 60);
    expect(said(h)).toEqual(['21:00 bedtime']);
  });

  it('held while busy, says it when the hold ends inside its window, and it closes when that window does', () => {
    const h = new Harness({ start: '2026-03-02T21:50:00', settings: bedtime });
    h.os({ type: 'busy', busy: true, reason: 'fullScreen' }).work(20).os({ type: 'busy', busy: false, reason: 'fullScreen' });
    expect(said(h)).toEqual(['22:10 bedtime']);
    h.work(19.9);
    expect(h.snapshot?.alerting).toEqual(['bedtime']);
    h.work(0.1);
    expect(h.events('alertClosed').map((e) => [h.wallClockAt(e.minute), e.record])).toEqual([['22:30', expect.objectContaining({ reminder: 'bedtime', reason: 'expired' })]]);
  });

  it('held past its window, is said once when the hold ends and stays up for a window as long as its own', () => {
    const h = new Harness({ start: '2026-03-02T21:50:00', settings: bedtime });
    h.os({ type: 'busy', busy: true, reason: 'fullScreen' }).work(50).os({ type: 'busy', busy: false, reason: 'fullScreen' });
    expect(said(h)).toEqual(['22:40 bedtime']);
    expect(h.events('occasionDropped')).toEqual([]);
    h.work(29.9);
    expect(h.snapshot?.alerting).toEqual(['bedtime']);
    h.work(0.1);
    expect(h.snapshot?.alerting).toEqual([]);
    expect(h.events('alertClosed').map((e) => h.wallClockAt(e.minute))).toEqual(['23:10']);
  });

  it('held while busy, comes at bedtime in the new zone after a flight west', () => {
    const h = new Harness({ start: '2026-03-02T21:50:00', settings: bedtime });
    h.os({ type: 'busy', busy: true, reason: 'fullScreen' }).work(15);
    expect(h.snapshot?.holding).toEqual({ reminder: 'bedtime', reason: 'fullScreen' });
    h.clock.setTimeZone('Europe/London'); // 21:05 there: this evening's bedtime is still ahead
    h.os({ type: 'clockCheck' }).os({ type: 'busy', busy: false, reason: 'fullScreen' });
    expect(h.snapshot?.holding).toBeNull();
    h.work(60);
    expect(said(h)).toEqual(['22:00 bedtime']);
    expect(h.events('occasionDropped')).toEqual([]);
  });

  it('is not counted as dropped on a start after it passed; Today lists it while it is less than a day ahead', () => {
    const h = new Harness({ start: '2026-03-02T23:00:00', settings: bedtime });
    const coming = () => (h.snapshot?.upcoming ?? []).map((u) => new Date(u.at).toISOString());
    h.work(1);
    expect(h.events('occasionDropped')).toEqual([]);
    expect(coming()).toEqual(['2026-03-03T21:00:00.000Z']); // tonight's has passed; tomorrow's is 23 hours away
    h.work(22 * 60 + 58.5); // 21:59:30
    expect(coming()).toEqual(['2026-03-03T21:00:00.000Z']);
    h.work(0.5); // 22:00: said, and the next is a full day away
    expect(said(h)).toEqual(['22:00 bedtime']);
    expect(coming()).toEqual([]);
  });

  it('comes back after a snooze while it still makes sense', () => {
    const h = new Harness({ start: '2026-03-02T21:50:00', settings: bedtime });
    h.work(10).do({ type: 'reply', reminder: 'bedtime', action: 'snooze' }).work(6);
    expect(said(h)).toEqual(['22:00 bedtime', '22:05 bedtime']);
  });
});

describe('what Today shows coming up, and what a restart or a new plan changes', () => {
  it('lists the next day’s unsaid moments in order, each session’s with its id, bedtime without one', () => {
    const h = new Harness({ start: '2026-03-02T15:30:00', settings: { ...quiet, bedtime: { enabled: true, time: '22:00' } }, workouts: [run()] });
    const coming = () => (h.snapshot?.upcoming ?? []).map((u) => `${new Date(u.at).toISOString().slice(11, 16)} ${u.reminder}${u.workoutId ? ` ${u.workoutId}` : ''}`);
    expect(coming()).toEqual(['15:00 prehydrate evening-run', '16:00 mealCutoff evening-run', '16:50 warmup evening-run', '18:05 cooldown evening-run', '18:20 rehydrate evening-run', '21:00 bedtime']);
    h.work(31); // 16:01: the drink-ahead moment was said
    expect(coming()[0]).toBe('16:00 mealCutoff evening-run');
    expect(coming()).not.toContain('15:00 prehydrate evening-run');
    h.work(60 * 8); // past midnight: the run is over and only the coming night's bedtime is ahead
    expect(coming()).toEqual(['21:00 bedtime']);
  });

  it('asks for more water after a long or hot session, less after a short cool one', () => {
    const rehydrateMl = (patch: Partial<Workout>) => {
      const h = new Harness({ start: '2026-03-02T17:00:00', settings: quiet, workouts: [run(patch)] });
      h.work(60 * 4);
      const alert = h.events('alert').find((e) => e.record.event === 'alert' && e.record.reminder === 'rehydrate')?.record;
      return alert?.event === 'alert' ? alert.ml : undefined;
    };
    expect(rehydrateMl({ minutes: 90 })).toBe(750);
    expect(rehydrateMl({ minutes: 60, hot: true })).toBe(750);
    expect(rehydrateMl({ minutes: 89, intensity: 'hard' })).toBe(500);
  });

  it('closes a moment on screen when its session is cancelled', () => {
    const h = new Harness({ start: '2026-03-02T17:45:00', settings: quiet, workouts: [run()] });
    h.work(6); // 17:51: the warm-up is up
    expect(h.snapshot?.alerting).toEqual(['warmup']);
    h.do({ type: 'workouts', workouts: [] });
    expect(h.snapshot?.alerting).toEqual([]);
    expect(h.events('alertClosed').map((e) => e.record)).toMatchObject([{ reminder: 'warmup', reason: 'rescheduled' }]);
  });

  it('remembers said moments for two days only, and no meal when none was logged', () => {
    const h = new Harness({ start: '2026-03-02T20:00:00', settings: { ...quiet, bedtime: { enabled: true, time: '22:00' } } });
    h.work(4 * 24 * 60); // 20:00 on 6 March
    const saved = h.engine.exportState();
    expect(saved.said).toEqual(['bedtime@2026-03-04', 'bedtime@2026-03-05']);
    expect(saved.lastMealAt).toBeNull();
    const { lastMealAt: _none, ...older } = saved; // a state saved before meals were remembered
    const after = new Harness({ start: '2026-03-06T20:05:00', settings: { ...quiet, bedtime: { enabled: true, time: '22:00' } }, restore: older });
    expect(after.engine.exportState()).toMatchObject({ said: ['bedtime@2026-03-04', 'bedtime@2026-03-05'], lastMealAt: null });
  });

  it('does not call a meal from hours before a restart recent', () => {
    const h = new Harness({ start: '2026-03-02T12:00:00', settings: quiet, workouts: [run()] });
    h.do({ type: 'meal' });
    const saved = h.engine.exportState();
    h.engine.stop();
    const after = new Harness({ start: '2026-03-02T17:40:00', settings: quiet, restore: saved, workouts: [run()] });
    after.work(15);
    const warmup = after.events('alert').find((e) => e.record.event === 'alert' && e.record.reminder === 'warmup')?.record;
    expect(warmup).toMatchObject({ reminder: 'warmup' });
    expect(warmup && 'recentMeal' in warmup).toBe(false);
    expect(after.engine.exportState().lastMealAt).toBe(saved.lastMealAt);
  });
});
