import { describe, expect, it } from 'vitest';
import { InputError, type EngineState } from '../main/core/engine.js';
import type { CrampEntry } from '../main/core/diary.js';
import { Harness, MINUTE } from './support/harness.js';

// What the engine takes in: the diary's inputs, the bounds of each input, and the saved state a
// restart carries on from.

const quiet = { stretch: { enabled: false }, hydrate: { enabled: false } } as const;

describe('diary inputs', () => {
  it('records a cramp and its deletion; refuses a malformed cramp naming the field, recording nothing', () => {
    const h = new Harness({ settings: quiet });
    const cramp: CrampEntry = { id: 'c1', muscle: 'calf', when: h.clock.wallNow() - 60 * MINUTE, context: 'night', severity: 3, durationMinutes: 2, note: '' };
    h.do({ type: 'cramp', cramp }).do({ type: 'deleteCramp', id: 'c1' });
    expect(h.events('cramp').map((e) => e.record)).toEqual([{ event: 'cramp', at: h.clock.wallNow(), ...cramp }]);
    expect(h.events('crampDeleted').map((e) => e.record)).toEqual([{ event: 'crampDeleted', at: h.clock.wallNow(), id: 'c1' }]);
    const before = h.records.length;
    expect(() => h.engine.dispatch({ type: 'cramp', cramp: { ...cramp, severity: 7 } })).toThrow(/^cramp\.severity: must be 1 to 5$/);
    expect(() => h.engine.dispatch({ type: 'cramp', cramp: { ...cramp, severity: 7 } })).toThrow(InputError);
    expect(h.records.length).toBe(before);
  });

  it('names the workout and field of a malformed plan', () => {
    const h = new Harness({ settings: quiet });
    const plan = [{ id: 'run', kind: 'run', minutes: 60, intensity: 'hard', hot: false, schedule: { type: 'once', at: '2026-03-02T18:00' } }];
    expect(() => h.engine.dispatch({ type: 'workouts', workouts: [{ ...plan[0], minutes: -5 }] as never })).toThrow(/^workouts\[0\]\.minutes: /);
  });
});

describe('bounds of an input', () => {
  it('takes a drink of 1 to 5000 ml and a pause of 1 minute to a week', () => {
    const h = new Harness({ settings: quiet });
    h.do({ type: 'drink', ml: 5000 }).do({ type: 'drink', ml: 1 });
    expect(h.snapshot?.water.todayMl).toBe(5001);
    expect(() => h.engine.dispatch({ type: 'drink', ml: 5001 })).toThrow(/drink\.ml.*\(got 5001\)/);
    expect(() => h.engine.dispatch({ type: 'drink', ml: 0 })).toThrow(/drink\.ml.*\(got 0\)/);
    expect(() => h.engine.dispatch({ type: 'pause', pause: { for: 'minutes', minutes: 10081 } })).toThrow(/pause\.minutes.*\(got 10081\)/);
    h.do({ type: 'pause', pause: { for: 'minutes', minutes: 10080 } });
    expect(h.snapshot?.paused?.until).toBe(h.clock.wallNow() + 10080 * MINUTE);
  });
});

describe('carrying on from a saved state', () => {
  const saved = (h: Harness): EngineState => h.engine.exportState();

  it('keeps a pause that has not ended, indefinite or timed, and drops one that ended meanwhile', () => {
    const before = new Harness({ start: '2026-03-02T09:00:00', settings: quiet });
    before.work(20).do({ type: 'pause', pause: { for: 'minutes', minutes: 60 } });
    const timed = saved(before);
    expect(new Harness({ start: '2026-03-02T09:30:00', settings: quiet, restore: timed }).snapshot?.paused).toEqual({ until: timed.pause?.until });
    const ended = new Harness({ start: '2026-03-02T10:20:00', settings: quiet, restore: timed });
    expect(ended.snapshot?.paused).toBeNull();
    ended.work(30);
    expect(ended.alerts('move').map((a) => a.minute)).toEqual([30]);
    const atEnd = new Harness({ start: '2026-03-02T10:20:00', settings: quiet, restore: { ...timed, pause: { until: Date.parse('2026-03-02T10:20:00+01:00') } } });
    expect(atEnd.snapshot?.paused).toBeNull();
    const forever = new Harness({ start: '2026-03-05T09:00:00', settings: quiet, restore: { ...timed, pause: { until: null } } });
    expect(forever.snapshot?.paused).toEqual({ until: null });
    forever.work(120);
    expect(forever.alerts()).toEqual([]);
  });

  it('starts counts afresh when the saved state is from later than now (the clock was set back), or as old as a break', () => {
    const before = new Harness({ start: '2026-03-02T09:00:00', settings: quiet });
    before.work(25);
    const state = saved(before);
    const setBack = new Harness({ start: '2026-03-02T09:24:00', settings: quiet, restore: state });
    setBack.work(29.9);
    expect(setBack.alerts()).toEqual([]);
    setBack.work(0.1);
    expect(setBack.alerts('move').map((a) => a.minute)).toEqual([30]);
    const breakLong = new Harness({ start: '2026-03-02T09:27:00', settings: quiet, restore: state }); // exactly the two-minute break
    breakLong.work(29.9);
    expect(breakLong.alerts()).toEqual([]);
    const quick = new Harness({ start: '2026-03-02T09:26:59', settings: quiet, restore: state });
    quick.work(5);
    expect(quick.alerts('move').map((a) => a.minute)).toEqual([5]);
  });
});

describe('what counts as busy', () => {
  it('holds for a chosen app only when apps count, and a screen share as long as a call', () => {
    const settings = { ...quiet, alerts: { busyHoldMaxMinutes: 20, callHoldMaxMinutes: 45 } };
    const app = new Harness({ settings: { ...settings, busy: { apps: true } } });
    app.sensedBusy = ['app'];
    app.work(30);
    expect(app.snapshot?.holding).toEqual({ reminder: 'move', reason: 'app' });
    const share = new Harness({ settings });
    share.os({ type: 'busy', busy: true, reason: 'screenSharing' }).work(44.9);
    expect(share.alerts()).toEqual([]);
    share.work(0.1);
    expect(share.alerts('move').map((a) => a.minute)).toEqual([45]);
  });
});
