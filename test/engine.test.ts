import { describe, expect, it } from 'vitest';
import { Engine, InputError } from '../main/core/engine.js';
import { resolveSettings, SettingsError } from '../main/core/settings.js';
import type { EngineInput } from '../main/core/types.js';
import { VirtualClock } from '../main/sim/virtualClock.js';
import { Harness, MINUTE } from './support/harness.js';

const minutesOf = (alerts: { minute: number }[]) => alerts.map((a) => Math.round(a.minute * 100) / 100);
/** A person who answers every alert at once with `done` (or a drink for hydration). */
function answerEverything(h: Harness): void {
  h.engine.subscribe((out) => {
    if (out.type !== 'record' || out.record.event !== 'alert') return;
    const { reminder } = out.record;
    h.engine.dispatch(reminder === 'hydrate' ? { type: 'drink' } : { type: 'reply', reminder, action: 'done' });
  });
}

describe('movement breaks', () => {
  it('fall due after 30 minutes of active time and count again from the reply', () => {
    const h = new Harness();
    h.work(29.9);
    expect(h.alerts('move')).toEqual([]);
    h.work(0.1);
    expect(minutesOf(h.alerts('move'))).toEqual([30]);
    h.work(1).do({ type: 'reply', reminder: 'move', action: 'done' }).work(30);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 61]);
  });

  it('do not count time the screen is locked, and a lock shorter than the break is not a break', () => {
    const h = new Harness();
    h.work(20).os({ type: 'lock' }).work(1.5).os({ type: 'unlock' }).work(9.9);
    expect(h.alerts('move')).toEqual([]);
    h.work(0.2);
    expect(minutesOf(h.alerts('move'))).toEqual([31.5]);
    expect(h.events('naturalBreak')).toEqual([]);
  });

  it('take an away spell as long as the break as a natural break, dated from the last input', () => {
    const h = new Harness();
    const start = h.clock.wallNow();
    h.work(20).awayFor(4).work(29);
    expect(h.alerts('move')).toEqual([]);
    const away = h.events('away')[0]?.record;
    expect(away).toMatchObject({ event: 'away', reason: 'idle' });
    // Noticed after 3 idle minutes, but dated from the last input.
    expect(h.events('away')[0]?.minute).toBe(23);
    expect(away && 'since' in away ? (away.since - start) / 60_000 : null).toBe(20);
    // The return is noticed at the next look (every 10 s while away).
    const natural = h.events('naturalBreak')[0];
    expect(natural?.record).toMatchObject({ reminders: ['move'] });
    expect(natural?.minute).toBeGreaterThanOrEqual(24);
    expect(natural?.minute).toBeLessThanOrEqual(24 + 10 / 60);
    h.work(1.2);
    expect(h.alerts('move')).toHaveLength(1);
    expect(h.alerts('move')[0]?.minute).toBeCloseTo((natural?.minute ?? 0) + 30, 5);
  });

  it('repeat an unanswered alert twice, ten minutes apart, then count it missed', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false }, stretch: { enabled: false } } });
    h.work(95);
    expect(h.alerts('move').map((a) => [a.minute, a.attempt])).toEqual([
      [30, 1],
      [40, 2],
      [50, 3],
      [90, 1],
    ]);
    expect(h.events('missed').map((e) => e.minute)).toEqual([60]);
  });

  it('snooze for five minutes, skip restarts the count, start runs the break', () => {
    const h = new Harness({ settings: { stretch: { enabled: false } } });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'snooze' }).work(5);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 35]);
    h.do({ type: 'reply', reminder: 'move', action: 'skip' }).work(30);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 35, 65]);
    h.do({ type: 'reply', reminder: 'move', action: 'start' });
    expect(h.snapshot?.breakInProgress?.reminder).toBe('move');
    h.work(2);
    expect(h.events('breakEnd').map((e) => e.minute)).toEqual([67]);
    h.work(30);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 35, 65, 97]);
  });

  it('breakNow starts the next movement break at once', () => {
    const h = new Harness();
    h.work(10).do({ type: 'breakNow' });
    expect(h.events('breakStart').map((e) => e.record)).toMatchObject([{ reminder: 'move', source: 'breakNow' }]);
    h.work(2 + 29.9);
    expect(h.alerts('move')).toEqual([]);
    h.work(0.1);
    expect(minutesOf(h.alerts('move'))).toEqual([42]);
  });
});

describe('stretch breaks', () => {
  it('come in the place of a movement break falling due within ten minutes, and reset both counts', () => {
    const h = new Harness({ settings: { stretch: { intervalMinutes: 125 }, hydrate: { enabled: false } } });
    answerEverything(h);
    h.work(151);
    expect(h.alerts().map((a) => [a.minute, a.reminder, a.replaces ?? null])).toEqual([
      [30, 'move', null],
      [60, 'move', null],
      [90, 'move', null],
      [120, 'stretch', 'move'],
      [150, 'move', null],
    ]);
  });

  it('never fall due within ten minutes after a movement break', () => {
    const h = new Harness({ settings: { stretch: { intervalMinutes: 60 }, hydrate: { enabled: false } } });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'done' }).work(25).awayFor(3).work(0.2);
    // 55 active minutes for the stretch; the natural break on return (minute 58 and a poll) was a
    // movement break, so the stretch due 5 minutes later waits 10 minutes instead.
    const back = h.events('naturalBreak')[0]?.minute ?? NaN;
    h.work(10);
    expect(h.alerts('stretch')).toHaveLength(1);
    expect(h.alerts('stretch')[0]?.minute).toBeCloseTo(back + 10, 6);
  });

  it('count a five-minute away spell as both breaks', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false } } });
    h.work(100).awayFor(6).work(0.2);
    expect(h.events('naturalBreak').map((e) => e.record)).toMatchObject([{ reminders: ['stretch', 'move'] }]);
    const back = h.events('back')[0]?.minute ?? NaN;
    const nextStretch = ((h.snapshot?.next.stretch ?? 0) - h.clock.wallNow()) / 60_000 + h.minutes();
    expect(nextStretch).toBeCloseTo(back + 120, 1);
  });
});

describe('hydration', () => {
  it('falls due 45 minutes after the last drink or hydration alert, present or not', () => {
    const h = new Harness({ settings: { move: { enabled: false }, stretch: { enabled: false } } });
    h.work(30).do({ type: 'drink', ml: 300 }).work(45);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([75]);
    expect(h.snapshot?.water.todayMl).toBe(300);
  });

  it('is asked once on return when it fell due while the person was away, never as a backlog', () => {
    const h = new Harness({ settings: { move: { enabled: false }, stretch: { enabled: false } } });
    h.work(30).awayFor(150).work(1);
    const alerts = h.alerts('hydrate');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.minute).toBeGreaterThanOrEqual(180);
    // After ten minutes away the engine looks for the return every 30 s.
    expect(alerts[0]?.minute).toBeLessThanOrEqual(180 + 30 / 60);
  });

  it('stays inside 08:00–20:00 and fires when the window opens if it is already due', () => {
    const h = new Harness({ start: '2026-03-02T19:30:00', settings: { move: { enabled: false }, stretch: { enabled: false } } });
    h.work(60 * 13);
    const alerts = h.alerts('hydrate');
    expect(alerts[0]?.minute).toBe(12.5 * 60); // 08:00 next morning
    expect(h.wallClock()).toBe('08:30');
  });

  it('counts today’s water from 04:00 and can undo the last drink', () => {
    const h = new Harness({ start: '2026-03-02T22:00:00' });
    h.do({ type: 'drink', ml: 250 }).do({ type: 'drink', ml: 500 }).do({ type: 'undoDrink' });
    expect(h.snapshot?.water).toMatchObject({ todayMl: 250, goalMl: 2000, day: '2026-03-02', canUndo: true });
    h.work(5 * 60); // 03:00, still "yesterday"
    expect(h.snapshot?.water.todayMl).toBe(250);
    h.work(61);
    expect(h.snapshot?.water).toMatchObject({ todayMl: 0, day: '2026-03-03', canUndo: false });
  });

  it('takes nothing back from yesterday: an undo with no drink today leaves a snoozed reminder snoozed', () => {
    const h = new Harness({ start: '2026-03-02T19:30:00', settings: { move: { enabled: false }, stretch: { enabled: false } } });
    h.do({ type: 'drink', ml: 250 }).work(12.5 * 60); // 08:00 next morning: the window opens
    expect(minutesOf(h.alerts('hydrate'))).toEqual([750]);
    h.do({ type: 'reply', reminder: 'hydrate', action: 'snooze' }).do({ type: 'undoDrink' });
    expect(h.events('drinkUndone')).toEqual([]);
    expect(h.snapshot?.water).toMatchObject({ day: '2026-03-03', todayMl: 0, canUndo: false });
    h.work(5);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([750, 755]);
  });
});

describe('busy, pause and working hours', () => {
  it('holds alerts while busy and shows them once when busy ends', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false } } });
    h.work(25).os({ type: 'busy', busy: true }).work(20);
    expect(h.alerts()).toEqual([]);
    h.os({ type: 'busy', busy: false });
    expect(minutesOf(h.alerts())).toEqual([45]);
  });

  it('holds alerts for at most 60 minutes of busy', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false } } });
    h.work(25).os({ type: 'busy', busy: true }).work(61);
    expect(minutesOf(h.alerts())).toEqual([85]);
  });

  it('fires nothing while paused and starts every count fresh on resume', () => {
    const h = new Harness();
    const start = h.clock.wallNow();
    h.work(25).do({ type: 'pause', pause: { for: 'minutes', minutes: 30 } }).work(29);
    expect(h.snapshot?.paused).toEqual({ until: start + 55 * MINUTE });
    expect(h.alerts()).toEqual([]);
    h.work(1);
    expect(h.events('resumed').map((e) => e.record)).toMatchObject([{ reason: 'expired' }]);
    h.work(30);
    expect(minutesOf(h.alerts('move'))).toEqual([85]);
  });

  it('pauses until 04:00 tomorrow, or indefinitely until resumed', () => {
    const h = new Harness({ start: '2026-03-02T14:00:00' });
    h.do({ type: 'pause', pause: { for: 'tomorrow' } }).work(13 * 60 + 59);
    expect(h.alerts()).toEqual([]);
    h.work(1);
    expect(h.wallClock()).toBe('04:00');
    expect(h.snapshot?.paused).toBeNull();
    h.do({ type: 'pause', pause: { for: 'indefinitely' } }).work(3 * 24 * 60);
    expect(h.alerts()).toEqual([]);
    expect(h.snapshot?.paused).toEqual({ until: null });
    h.do({ type: 'resume' }).work(30);
    expect(h.alerts('move')).toHaveLength(1);
  });

  it('counts and fires movement breaks only inside working hours', () => {
    const none: never[] = [];
    const h = new Harness({
      start: '2026-03-02T08:00:00', // a Monday
      settings: {
        hydrate: { enabled: false },
        stretch: { enabled: false },
        workingHours: { mon: [{ start: '09:00', end: '12:00' }], tue: [{ start: '09:00', end: '10:00' }], wed: none, thu: none, fri: none, sat: none, sun: none },
      },
    });
    answerEverything(h);
    h.work(11 * 60 + 45); // 19:45 Monday
    // 09:30 … 11:30; the count completed at 12:00 sharp, when the window had closed.
    expect(h.alerts().map((a) => a.minute)).toEqual([90, 120, 150, 180, 210]);
    h.work(15 * 60); // Tuesday 10:45
    // The closed evening and night count like time away: not due the instant Tuesday's window
    // opens at 09:00, but 30 minutes in, at 09:30; none on the closing stroke.
    expect(h.alerts().map((a) => a.minute)).toEqual([90, 120, 150, 180, 210, 25 * 60 + 30]);
  });
});

describe('windows and days', () => {
  it('closes an alert the moment its working hours end, not at the next look', () => {
    const none: never[] = [];
    const h = new Harness({
      settings: { stretch: { enabled: false }, hydrate: { enabled: false }, workingHours: { mon: [{ start: '08:00', end: '08:35' }], tue: none, wed: none, thu: none, fri: none, sat: none, sun: none } },
    });
    h.work(34.99);
    expect(h.events('alertClosed')).toEqual([]);
    h.work(0.01);
    expect(h.events('alertClosed').map((e) => [e.minute, e.record])).toEqual([[35, expect.objectContaining({ reminder: 'move', reason: 'expired' })]]);
  });

  it('ends a pause until tomorrow at the day start in the zone the person is in then', () => {
    const h = new Harness({ start: '2026-03-03T18:00:00', zone: 'Europe/Berlin', settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.do({ type: 'pause', pause: { for: 'tomorrow' } });
    expect(h.snapshot?.paused).toEqual({ until: Date.parse('2026-03-04T04:00:00+01:00') });
    h.clock.setTimeZone('America/New_York');
    h.os({ type: 'clockCheck' });
    expect(h.snapshot?.paused).toEqual({ until: Date.parse('2026-03-04T04:00:00-05:00') });
    // 04:00 in Berlin passes without a resume; 04:00 in New York ends it.
    h.work(Date.parse('2026-03-04T04:00:00-05:00') / MINUTE - h.clock.wallNow() / MINUTE - 0.01);
    expect(h.events('resumed')).toEqual([]);
    h.work(0.01);
    expect(h.events('resumed').map((e) => e.record)).toEqual([expect.objectContaining({ reason: 'expired' })]);
  });

  it('after a flight west keeps counting the day already begun, and a pause until tomorrow says when that day ends', () => {
    const h = new Harness({ start: '2026-03-03T05:00:00', zone: 'Europe/Berlin', settings: { move: { enabled: false }, stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.do({ type: 'drink', ml: 300 }).do({ type: 'pause', pause: { for: 'tomorrow' } });
    h.clock.setTimeZone('America/New_York'); // 23:00 on 2 March there: the day of 3 March goes on
    h.os({ type: 'clockCheck' });
    expect(h.snapshot?.water).toMatchObject({ day: '2026-03-03', todayMl: 300 });
    expect(h.snapshot?.paused).toEqual({ until: Date.parse('2026-03-04T04:00:00-05:00') });
    // 04:00 on 3 March in New York begins no new day; 04:00 on 4 March does.
    h.work(Date.parse('2026-03-04T04:00:00-05:00') / MINUTE - h.clock.wallNow() / MINUTE - 0.01);
    expect(h.events('newDay')).toEqual([]);
    expect(h.snapshot?.water.todayMl).toBe(300);
    h.work(0.01);
    expect(h.events('newDay').map((e) => e.record)).toEqual([expect.objectContaining({ day: '2026-03-04' })]);
    expect(h.events('resumed')).toHaveLength(1);
    expect(h.snapshot?.water).toMatchObject({ day: '2026-03-04', todayMl: 0 });
  });

  it('drops a moment held while busy when the person goes away meanwhile', () => {
    const h = new Harness({ start: '2026-03-02T21:50:00', settings: { move: { enabled: false }, stretch: { enabled: false }, hydrate: { enabled: false }, bedtime: { enabled: true, time: '22:00' } } });
    h.os({ type: 'busy', busy: true, reason: 'fullScreen' }).work(15);
    expect(h.snapshot?.holding).toEqual({ reminder: 'bedtime', reason: 'fullScreen' });
    h.awayFor(30).os({ type: 'busy', busy: false, reason: 'fullScreen' }).work(30);
    expect(h.alerts()).toEqual([]);
    expect(h.snapshot?.holding).toBeNull();
    expect(h.events('occasionDropped').map((e) => e.record)).toEqual([expect.objectContaining({ reminder: 'bedtime', due: Date.parse('2026-03-02T22:00:00+01:00') })]);
    // Held past its window, then away: dropped as the person leaves, once.
    const late = new Harness({ start: '2026-03-02T21:50:00', settings: { move: { enabled: false }, stretch: { enabled: false }, hydrate: { enabled: false }, bedtime: { enabled: true, time: '22:00' } } });
    late.os({ type: 'busy', busy: true, reason: 'fullScreen' }).work(45);
    expect(late.snapshot?.holding).toEqual({ reminder: 'bedtime', reason: 'fullScreen' });
    late.awayFor(30).work(60);
    expect(late.alerts()).toEqual([]);
    expect(late.events('occasionDropped').map((e) => e.record)).toEqual([expect.objectContaining({ reminder: 'bedtime', due: Date.parse('2026-03-02T22:00:00+01:00') })]);
  });
});

describe('the water goal', () => {
  it('stops drink reminders once today reaches the goal, and brings them back when an undo drops below it', () => {
    const h = new Harness({ settings: { move: { enabled: false }, stretch: { enabled: false }, hydrate: { dailyGoalMl: 500 } } });
    h.work(10).do({ type: 'drink', ml: 499 });
    expect(h.snapshot?.next.hydrate).toBe(h.clock.wallNow() + 45 * MINUTE);
    h.do({ type: 'drink', ml: 1 });
    expect(h.snapshot?.water).toMatchObject({ todayMl: 500, goalMl: 500 });
    expect(h.snapshot?.next.hydrate).toBeNull();
    h.work(180);
    expect(h.alerts('hydrate')).toEqual([]);
    // Undo the 1 ml: below the goal again, due 45 minutes after the 499 ml drink (long past).
    h.do({ type: 'undoDrink' });
    expect(minutesOf(h.alerts('hydrate'))).toEqual([190]);
  });
});

describe('busy, as the desktop tells it', () => {
  it('asks the desktop only when something is about to fire, then every 90 s while holding', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.work(29.9);
    expect(h.busyAsked).toEqual([]);
    h.sensedBusy = ['inCall'];
    h.work(0.1);
    expect(h.busyAsked).toEqual([30]);
    expect(h.alerts()).toEqual([]);
    expect(h.snapshot?.holding).toEqual({ reminder: 'move', reason: 'inCall' });
    expect(h.snapshot?.busy).toBe(true);
    h.work(4.4);
    expect(h.busyAsked).toEqual([30, 31.5, 33]);
    h.work(0.1);
    expect(h.busyAsked).toEqual([30, 31.5, 33, 34.5]);
    // The call ends: the held break comes at the next look, once.
    h.sensedBusy = [];
    h.work(1.5);
    expect(h.busyAsked).toEqual([30, 31.5, 33, 34.5, 36]);
    expect(h.engine.senseChecks()).toBe(5);
    expect(minutesOf(h.alerts('move'))).toEqual([36]);
    expect(h.snapshot?.holding).toBeNull();
    expect(h.snapshot?.busy).toBe(false);
  });

  it('holds a call at most callHoldMaxMinutes and full screen at most busyHoldMaxMinutes', () => {
    const settings = { stretch: { enabled: false }, hydrate: { enabled: false }, alerts: { busyHoldMaxMinutes: 20, callHoldMaxMinutes: 45 } };
    const call = new Harness({ settings });
    call.sensedBusy = ['inCall'];
    call.work(30 + 44.9);
    expect(call.alerts()).toEqual([]);
    call.work(0.1);
    // Sensed from minute 30, the call holds until minute 75 although it goes on.
    expect(minutesOf(call.alerts('move'))).toEqual([75]);
    const film = new Harness({ settings });
    film.sensedBusy = ['fullScreen'];
    film.work(30 + 19.9);
    expect(film.alerts()).toEqual([]);
    film.work(0.1);
    expect(minutesOf(film.alerts('move'))).toEqual([50]);
  });

  it('never holds for a reason turned off, pushed or sensed', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false }, busy: { inCall: false, apps: false } } });
    h.os({ type: 'busy', busy: true, reason: 'inCall' });
    h.sensedBusy = ['app'];
    h.work(30);
    expect(minutesOf(h.alerts('move'))).toEqual([30]);
    expect(h.snapshot?.holding).toBeNull();
    expect(h.snapshot?.busy).toBe(false);
  });

  it('counts a busy pushed without a reason as full screen, and a reason pushed again keeps its first start', () => {
    const settings = { stretch: { enabled: false }, hydrate: { enabled: false }, alerts: { callHoldMaxMinutes: 45 } };
    const film = new Harness({ settings });
    film.os({ type: 'busy', busy: true }).work(30);
    expect(film.snapshot?.holding).toEqual({ reminder: 'move', reason: 'fullScreen' });
    const allowed = new Harness({ settings: { ...settings, busy: { fullScreen: false } } });
    allowed.os({ type: 'busy', busy: true }).work(30);
    expect(minutesOf(allowed.alerts('move'))).toEqual([30]);
    const call = new Harness({ settings });
    call.os({ type: 'busy', busy: true, reason: 'inCall' }).work(20).os({ type: 'busy', busy: true, reason: 'inCall' }).work(24.9);
    expect(call.alerts()).toEqual([]);
    call.work(0.1);
    expect(minutesOf(call.alerts('move'))).toEqual([45]); // the call's hold ran out 45 minutes after it began
    expect(call.events('busy')).toHaveLength(1);
  });

  it('tracks pushed reasons one by one: busy lasts until the last one ends', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.os({ type: 'busy', busy: true, reason: 'inCall' }).os({ type: 'busy', busy: true, reason: 'screenSharing' });
    h.work(31);
    expect(h.snapshot?.holding).toEqual({ reminder: 'move', reason: 'inCall' });
    // Pushed reasons need no asking.
    expect(h.busyAsked).toEqual([]);
    h.os({ type: 'busy', busy: false, reason: 'inCall' });
    expect(h.alerts()).toEqual([]);
    expect(h.snapshot?.holding).toEqual({ reminder: 'move', reason: 'screenSharing' });
    h.work(1).os({ type: 'busy', busy: false, reason: 'screenSharing' });
    expect(minutesOf(h.alerts('move'))).toEqual([32]);
    expect(h.events('busy').map((e) => e.minute)).toEqual([0]);
    expect(h.events('busyEnd').map((e) => e.minute)).toEqual([32]);
  });
});

describe('presence', () => {
  it('says asleep over locked, and locked again on waking until the screen is unlocked', () => {
    const h = new Harness();
    h.work(5).os({ type: 'lock' }).os({ type: 'suspend' });
    expect(h.snapshot?.presence).toBe('asleep');
    h.os({ type: 'wake' });
    expect(h.snapshot?.presence).toBe('locked');
    h.os({ type: 'unlock' });
    expect(h.snapshot?.presence).toBe('present');
    expect(h.events('away').map((e) => e.record)).toEqual([expect.objectContaining({ reason: 'locked' })]);
  });

  it('refuses input before it starts and after it stops; a second start changes nothing', () => {
    const clock = new VirtualClock(Date.parse('2026-03-02T08:00:00+01:00'), 'Europe/Berlin');
    const engine = new Engine({ clock, sensor: { read: () => ({ idleSeconds: 0, locked: false }) } });
    expect(() => engine.dispatch({ type: 'drink' })).toThrow(/the engine is not running/);
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.work(20);
    h.engine.start();
    h.work(10);
    expect(minutesOf(h.alerts('move'))).toEqual([30]);
    h.engine.stop();
    expect(() => h.engine.dispatch({ type: 'drink' })).toThrow(InputError);
    h.work(60);
    expect(minutesOf(h.alerts('move'))).toEqual([30]);
  });

  it('works with a desktop that cannot tell whether the person is busy', () => {
    const start = Date.parse('2026-03-02T08:00:00+01:00');
    const clock = new VirtualClock(start, 'Europe/Berlin');
    const engine = new Engine({ clock, sensor: { read: () => ({ idleSeconds: 0, locked: false }) }, settings: resolveSettings({ stretch: { enabled: false }, hydrate: { enabled: false } }) });
    const alerts: number[] = [];
    engine.subscribe((out) => {
      if (out.type === 'record' && out.record.event === 'alert') alerts.push((clock.wallNow() - start) / MINUTE);
    });
    engine.start();
    clock.advanceTo(clock.now() + 31 * MINUTE);
    expect(alerts).toEqual([30]);
    expect(engine.snapshot().holding).toBeNull();
  });
});

describe('time', () => {
  it('a wall clock jump neither bursts, duplicates nor silences the rest of the day', () => {
    const h = new Harness({ settings: { stretch: { enabled: false } } });
    answerEverything(h);
    h.work(40).clock.jumpWall(-60 * 60_000);
    h.work(100).clock.jumpWall(3 * 60 * 60_000);
    h.work(100);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 60, 90, 120, 150, 180, 210, 240]);
    expect(h.events('clockChanged').map((e) => e.record)).toMatchObject([{ jumpMinutes: -60 }, { jumpMinutes: 180 }]);
    // Hydration: the jump back to 07:40 closes its window until 08:00 on the wall clock (minute 60);
    // then 45 minutes of real elapsed time apart, across the forward jump too.
    expect(minutesOf(h.alerts('hydrate'))).toEqual([60, 105, 150, 195, 240]);
  });

  it('keeps daily windows on local wall time across a spring-forward DST night', () => {
    const h = new Harness({ start: '2026-03-28T19:00:00', settings: { move: { enabled: false }, stretch: { enabled: false } } });
    answerEverything(h);
    h.work(14 * 60); // through the night of 29 March, when 02:00 becomes 03:00
    expect(h.wallClock()).toBe('10:00');
    const hydrate = h.alerts('hydrate').map((a) => a.minute);
    expect(hydrate[0]).toBe(45); // 19:45
    // The window opens at 08:00 CEST: 13 hours later on the local clock, 12 real hours, as the
    // night lost an hour; and a drink at 19:45 left nothing due at 20:30, outside the window.
    expect(hydrate).toEqual([45, 12 * 60, 12 * 60 + 45, 13 * 60 + 30]);
  });

  it('follows the person to a new time zone', () => {
    const h = new Harness({ start: '2026-03-02T19:00:00', settings: { move: { enabled: false }, stretch: { enabled: false } } });
    answerEverything(h);
    h.work(10).clock.setTimeZone('America/New_York'); // 13:10 there
    h.work(5);
    expect(h.events('timeZoneChanged').map((e) => e.record)).toMatchObject([{ from: 'Europe/Berlin', to: 'America/New_York' }]);
    h.work(60);
    // In Berlin the window would have closed at 20:00 (minute 60); in New York it is mid-afternoon.
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45]);
    h.work(60);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45, 90, 135]);
    expect(h.snapshot?.timeZone).toBe('America/New_York');
  });

  it('fires nothing stale after a night asleep', () => {
    const h = new Harness({ start: '2026-03-02T17:00:00', settings: { hydrate: { enabled: false } } });
    h.work(25).sleepFor(14 * 60);
    expect(h.alerts()).toEqual([]);
    expect(h.events('naturalBreak')).toHaveLength(1);
    h.work(29.9);
    expect(h.alerts()).toEqual([]);
  });

  it('keeps exactly one timer armed and wakes rarely while someone works', () => {
    const h = new Harness();
    answerEverything(h);
    let most = 0;
    for (let i = 0; i < 8 * 60; i++) {
      h.work(1);
      most = Math.max(most, h.clock.armedTimers());
    }
    expect(most).toBe(1);
    expect(h.clock.wakeups / 8).toBeLessThanOrEqual(70);
  });
});

describe('bad input', () => {
  it('rejects invalid settings, naming the field, the value and the reason, and changes nothing', () => {
    const h = new Harness();
    const before = h.engine.getSettings();
    expect(() => h.engine.dispatch({ type: 'settings', patch: { move: { intervalMinutes: 0 } } })).toThrow(SettingsError);
    expect(() => h.engine.dispatch({ type: 'settings', patch: { move: { intervalMinutes: 0 } } })).toThrow(
      /settings\.move\.intervalMinutes: .*(>=|at least).*5.*\(got 0\)/,
    );
    expect(() => h.engine.dispatch({ type: 'settings', patch: { hydrate: { window: { start: '20:00', end: '08:00' } } } })).toThrow(/settings\.hydrate\.window: end must be after start/);
    expect(h.engine.getSettings()).toEqual(before);
  });

  it('applies a valid settings change at once', () => {
    const h = new Harness({ settings: { stretch: { enabled: false } } });
    h.work(10).os({ type: 'settings', patch: { move: { intervalMinutes: 15 } } }).work(5);
    expect(minutesOf(h.alerts('move'))).toEqual([15]);
  });

  it('refuses a reply with an unknown reminder or action, naming it, and records nothing', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.work(30);
    const before = h.records.length;
    const reply = (reminder: string, action: string) => h.engine.dispatch({ type: 'reply', reminder, action } as unknown as EngineInput);
    expect(() => reply('move', 'later')).toThrow(/reply\.action: must be one of start, done, snooze, skip \(got "later"\)/);
    expect(() => reply('hydrate', 'later')).toThrow(InputError);
    expect(() => reply('walk', 'done')).toThrow(/reply\.reminder: .*\(got "walk"\)/);
    expect(h.records.length).toBe(before);
    expect(h.engine.snapshot().alerting).toEqual(['move']);
  });

  it('rejects a bad drink or pause without touching today’s water', () => {
    const h = new Harness();
    h.do({ type: 'drink', ml: 250 });
    expect(() => h.engine.dispatch({ type: 'drink', ml: -5 })).toThrow(InputError);
    expect(() => h.engine.dispatch({ type: 'drink', ml: 1.5 })).toThrow(/drink\.ml.*\(got 1\.5\)/);
    expect(() => h.engine.dispatch({ type: 'pause', pause: { for: 'minutes', minutes: 0 } })).toThrow(/pause\.minutes/);
    expect(h.engine.snapshot().water.todayMl).toBe(250);
    expect(h.engine.snapshot().paused).toBeNull();
  });
});

describe('quitting and starting again', () => {
  it('carries the counts over a quick restart, without an alert the moment it starts', () => {
    const before = new Harness({ start: '2026-03-02T09:00:00' });
    before.work(29.5).do({ type: 'drink', ml: 500 });
    const saved = before.engine.exportState();
    before.engine.stop();

    const after = new Harness({ start: '2026-03-02T09:30:30', restore: saved });
    expect(after.snapshot?.water.todayMl).toBe(500);
    after.work(1.9);
    expect(after.alerts()).toEqual([]);
    after.work(0.2);
    expect(minutesOf(after.alerts('move'))).toEqual([2]); // 29.5 active minutes carried over; the start grace held it
  });

  it('starts fresh counts after a long stop but keeps the day’s water and a pause', () => {
    const before = new Harness({ start: '2026-03-02T09:00:00' });
    before.work(25).do({ type: 'drink', ml: 250 }).do({ type: 'pause', pause: { for: 'minutes', minutes: 120 } });
    const saved = before.engine.exportState();

    const paused = new Harness({ start: '2026-03-02T10:00:00', restore: saved });
    expect(paused.snapshot?.paused?.until).toBe(saved.pause?.until);
    expect(paused.snapshot?.water.todayMl).toBe(250);

    const resumed = new Harness({ start: '2026-03-02T12:00:00', restore: { ...saved, pause: null } });
    resumed.work(29.9);
    expect(resumed.alerts('move')).toEqual([]);
    resumed.work(0.1);
    expect(minutesOf(resumed.alerts('move'))).toEqual([30]);

    const nextDay = new Harness({ start: '2026-03-03T09:00:00', restore: { ...saved, pause: null } });
    expect(nextDay.snapshot?.water).toMatchObject({ day: '2026-03-03', todayMl: 0, canUndo: false });
    // The history learns the new day's goal, as when the day turns with the app running.
    expect(nextDay.events('newDay').map((e) => [e.minute, e.record])).toEqual([[0, expect.objectContaining({ day: '2026-03-03', goalMl: 2000 })]]);
  });
});

describe('what a restart remembers', () => {
  const run = (time: string) => [
    { id: 'r', kind: 'run' as const, minutes: 40, intensity: 'easy' as const, hot: false, schedule: { type: 'weekly' as const, days: ['tue' as const], time } },
  ];
  const quiet = { move: { enabled: false }, stretch: { enabled: false }, hydrate: { enabled: false } };

  it('does not say the bedtime stretch again after a restart inside its window', () => {
    const before = new Harness({ start: '2026-03-03T21:55:00', settings: { ...quiet, bedtime: { enabled: true, time: '22:00' } } });
    before.work(6);
    expect(minutesOf(before.alerts('bedtime'))).toEqual([5]);
    const saved = before.engine.exportState();
    before.engine.stop();
    const after = new Harness({ start: '2026-03-03T22:02:00', settings: { ...quiet, bedtime: { enabled: true, time: '22:00' } }, restore: saved });
    after.work(60);
    expect(after.alerts('bedtime')).toEqual([]);
    // Said, so not dropped either.
    expect(after.events('occasionDropped')).toEqual([]);
  });

  it('remembers the last meal across a restart, so the warm-up still says it was recent', () => {
    const before = new Harness({ start: '2026-03-03T17:20:00', settings: quiet, workouts: run('18:00') });
    before.work(5).do({ type: 'meal' });
    const saved = before.engine.exportState();
    before.engine.stop();
    const after = new Harness({ start: '2026-03-03T17:40:00', settings: quiet, restore: saved, workouts: run('18:00') });
    after.work(15);
    const warmups = after.events('alert').filter(({ record }) => record.event === 'alert' && record.reminder === 'warmup');
    expect(warmups.map(({ record }) => record.event === 'alert' && record.recentMeal)).toEqual([true]);
    // Without the meal carried over, the same warm-up does not say so.
    const forgot = new Harness({ start: '2026-03-03T17:40:00', settings: quiet, restore: { ...saved, lastMealAt: null }, workouts: run('18:00') });
    forgot.work(15);
    const plain = forgot.events('alert').filter(({ record }) => record.event === 'alert' && record.reminder === 'warmup');
    expect(plain.map(({ record }) => record.event === 'alert' && record.recentMeal === undefined)).toEqual([true]);
  });

  it('counts the drink interval from the last drink before the restart', () => {
    const settings = { move: { enabled: false }, stretch: { enabled: false }, hydrate: { intervalMinutes: 45 } };
    const before = new Harness({ start: '2026-03-03T09:00:00', settings });
    before.work(10).do({ type: 'drink', ml: 200 }); // 09:10
    const saved = before.engine.exportState();
    before.engine.stop();
    const after = new Harness({ start: '2026-03-03T09:20:00', settings, restore: saved });
    after.work(40);
    // 09:10 + 45 minutes = 09:55, 35 minutes into the new run; not 45 minutes after the restart.
    expect(minutesOf(after.alerts('hydrate'))).toEqual([35]);
  });

  it('ignores Start while a break is already running: the break keeps its end', () => {
    const h = new Harness({ start: '2026-03-03T09:00:00', settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'start' });
    h.work(1).do({ type: 'reply', reminder: 'move', action: 'start' });
    const starts = h.events('breakStart');
    expect(starts).toHaveLength(1);
    h.work(1.5);
    expect(h.events('breakEnd').map((e) => e.minute)).toEqual([32]);
    expect(h.events('reply')).toHaveLength(2);
  });
});

describe('today’s tally', () => {
  it('counts breaks taken, skipped, natural and missed, and starts again at 04:00', () => {
    const h = new Harness({ start: '2026-03-02T20:00:00', settings: { stretch: { enabled: false }, hydrate: { enabled: false } } });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'done' });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'skip' });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'start' }).work(2);
    h.work(10).awayFor(5).work(1);
    h.work(60); // one alert ignored through its repeats: missed
    expect(h.snapshot?.breaks).toEqual({ taken: 2, skipped: 1, natural: 1, missed: 1, snoozed: 0 });
    const saved = h.engine.exportState();
    const again = new Harness({ start: '2026-03-02T23:00:00', settings: { stretch: { enabled: false } }, restore: saved });
    expect(again.snapshot?.breaks).toEqual({ taken: 2, skipped: 1, natural: 1, missed: 1, snoozed: 0 });
    h.work(5 * 60);
    expect(h.snapshot?.breaks.missed).toBe(6); // 03:48: still yesterday
    h.work(13); // 04:01
    expect(h.snapshot?.breaks).toEqual({ taken: 0, skipped: 0, natural: 0, missed: 0, snoozed: 0 });
  });
});
