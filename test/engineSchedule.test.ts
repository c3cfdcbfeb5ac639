import { describe, expect, it } from 'vitest';
import type { SettingsPatch } from '../main/core/settings.js';
import { Harness, MINUTE } from './support/harness.js';

// The recurring reminders (move, stretch, hydrate) through the engine, at the edges of their rules.

const minutesOf = (alerts: { minute: number }[]) => alerts.map((a) => Math.round(a.minute * 100) / 100);
const moveOnly: SettingsPatch = { stretch: { enabled: false }, hydrate: { enabled: false } };
const drinkOnly: SettingsPatch = { move: { enabled: false }, stretch: { enabled: false } };
/** Minutes from the harness's start to a snapshot's wall time. */
const minuteOf = (h: Harness, wall: number | null | undefined) => (wall == null ? null : Math.round(((wall - (h.clock.wallNow() - h.clock.now())) / MINUTE) * 100) / 100);

describe('counting active time', () => {
  it('carries only the time worked over a restart made while the screen was locked', () => {
    const h = new Harness({ start: '2026-03-02T09:00:00', settings: moveOnly });
    h.work(20).os({ type: 'lock' }).work(1);
    const saved = h.engine.exportState();
    expect(saved.activeMs.move).toBe(20 * MINUTE);
    const after = new Harness({ start: '2026-03-02T09:22:00', settings: moveOnly, restore: saved });
    after.work(9.9);
    expect(after.alerts()).toEqual([]);
    after.work(0.1);
    expect(minutesOf(after.alerts('move'))).toEqual([10]);
  });

  it('keeps counting over a gap in the working hours shorter than the break, and starts afresh after a longer one', () => {
    const none: never[] = [];
    const days = (windows: { start: string; end: string }[]) => ({ mon: windows, tue: none, wed: none, thu: none, fri: none, sat: none, sun: none });
    const short = new Harness({ settings: { ...moveOnly, workingHours: days([{ start: '08:00', end: '08:20' }, { start: '08:21', end: '12:00' }]) } });
    short.work(31);
    expect(minutesOf(short.alerts('move'))).toEqual([31]); // 30 counted minutes: the closed minute is not one
    const long = new Harness({ settings: { ...moveOnly, workingHours: days([{ start: '08:00', end: '08:20' }, { start: '08:23', end: '12:00' }]) } });
    long.work(53);
    expect(minutesOf(long.alerts('move'))).toEqual([53]); // three closed minutes outlast the two-minute break
  });

  it('keeps a movement interval shorter than the stretch margin', () => {
    const h = new Harness({ settings: { ...moveOnly, move: { intervalMinutes: 5 } } });
    answer(h);
    h.work(16);
    expect(minutesOf(h.alerts('move'))).toEqual([5, 10, 15]);
  });

  it('does not count time while locked, even when the settings change meanwhile', () => {
    const h = new Harness({ settings: moveOnly });
    h.work(10).os({ type: 'lock' });
    expect(h.snapshot?.next.move).toBeNull();
    h.os({ type: 'settings', patch: { move: { intervalMinutes: 40 } } }).work(20);
    expect(h.snapshot?.next.move).toBeNull();
    h.os({ type: 'unlock' }).work(39.9);
    expect(h.alerts()).toEqual([]);
    h.work(0.1);
    expect(minutesOf(h.alerts('move'))).toEqual([70]); // the lock was a natural break: 40 minutes from its end
  });
});

describe('stretch breaks and movement breaks', () => {
  it('keep plain movement breaks when the stretch interval is exactly the movement interval plus the margin', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false }, stretch: { intervalMinutes: 40 } } });
    answer(h);
    h.work(31);
    expect(h.alerts().map((a) => `${a.minute} ${a.reminder}`)).toEqual(['30 move']);
    h.work(10);
    expect(h.alerts().map((a) => `${a.minute} ${a.reminder}`)).toEqual(['30 move', '40 stretch']);
  });

  it('repeat an unanswered stretch as a stretch, not as one replacing a movement break', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false }, stretch: { intervalMinutes: 60 }, move: { intervalMinutes: 60 } } });
    h.work(75);
    expect(h.alerts()).toEqual([
      { minute: 60, reminder: 'stretch', attempt: 1, replaces: 'move' },
      { minute: 70, reminder: 'stretch', attempt: 2 },
    ]);
    // A movement alert repeated once the stretch is near becomes the stretch; its next repeat stays one.
    const near = new Harness({ settings: { hydrate: { enabled: false }, stretch: { intervalMinutes: 45 } } });
    near.work(55);
    expect(near.alerts()).toEqual([
      { minute: 30, reminder: 'move', attempt: 1 },
      { minute: 40, reminder: 'stretch', attempt: 2, replaces: 'move' },
      { minute: 50, reminder: 'stretch', attempt: 3 },
    ]);
  });

  it('take a lock exactly as long as a break as that break', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false }, stretch: { intervalMinutes: 60 } } });
    answer(h);
    h.work(20).os({ type: 'lock' }).work(2).os({ type: 'unlock' });
    expect(h.events('naturalBreak').map((e) => e.record)).toEqual([expect.objectContaining({ reminders: ['move'] })]);
    // A stretch-long absence resets the stretch count too: the next stretch is 60 minutes on.
    h.work(20).os({ type: 'lock' }).work(5).os({ type: 'unlock' }).work(59.9);
    expect(h.events('naturalBreak').map((e) => e.record)).toEqual([expect.objectContaining({ reminders: ['move'] }), expect.objectContaining({ reminders: ['stretch', 'move'] })]);
    expect(h.alerts('stretch')).toEqual([]);
    h.work(0.1);
    expect(minutesOf(h.alerts('stretch'))).toEqual([107]);
  });
});

describe('what else is due leaves a break alone', () => {
  it('a drink reminder during a running break brings no movement alert', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, move: { intervalMinutes: 39, durationMinutes: 10 } } });
    h.work(39).do({ type: 'reply', reminder: 'move', action: 'start' }).work(7);
    expect(h.snapshot?.breakInProgress?.reminder).toBe('move');
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45]);
    expect(minutesOf(h.alerts('move'))).toEqual([39]);
  });

  it('a drink reminder during a snoozed break does not bring the break back early', () => {
    // A snooze longer than the repeat interval, so the snooze alone decides.
    const h = new Harness({ settings: { stretch: { enabled: false }, move: { intervalMinutes: 43 }, hydrate: { intervalMinutes: 55 }, alerts: { snoozeMinutes: 15 } } });
    h.work(43).do({ type: 'reply', reminder: 'move', action: 'snooze' });
    expect(minuteOf(h, h.snapshot?.next.move)).toBe(58);
    h.work(15);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([55]);
    expect(minutesOf(h.alerts('move'))).toEqual([43, 58]);
  });

  it('a break turned off and on again comes back no sooner than a snooze would bring it', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { intervalMinutes: 33 } } });
    h.work(31).do({ type: 'settings', patch: { move: { enabled: false } } });
    expect(h.events('alertClosed').map((e) => e.record)).toEqual([expect.objectContaining({ reminder: 'move', reason: 'disabled' })]);
    h.work(1).do({ type: 'settings', patch: { move: { enabled: true } } }).work(4);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([33]);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 35]);
  });

  it('a break falling due after the goal is met brings no drink reminder', () => {
    const h = new Harness({ settings: { stretch: { enabled: false }, hydrate: { dailyGoalMl: 500 } } });
    answer(h);
    h.work(10).do({ type: 'drink', ml: 500 }).work(90);
    expect(minutesOf(h.alerts('move'))).toEqual([30, 60, 90]);
    expect(h.alerts('hydrate')).toEqual([]);
  });
});

describe('replies to drink reminders', () => {
  it('done and start each log one default drink; skip closes the reminder and counts the interval from the skip', () => {
    const h = new Harness({ settings: drinkOnly });
    h.work(45).do({ type: 'reply', reminder: 'hydrate', action: 'done' });
    h.work(45).do({ type: 'reply', reminder: 'hydrate', action: 'start' });
    expect(h.events('drink').map((e) => e.record)).toEqual([expect.objectContaining({ ml: 250 }), expect.objectContaining({ ml: 250 })]);
    expect(h.events('reply').map((e) => e.record)).toEqual([
      expect.objectContaining({ reminder: 'hydrate', action: 'done', hadAlert: true }),
      expect.objectContaining({ reminder: 'hydrate', action: 'start', hadAlert: true }),
    ]);
    h.work(45).do({ type: 'reply', reminder: 'hydrate', action: 'skip' });
    expect(h.snapshot?.alerting).toEqual([]);
    expect(h.snapshot?.water.todayMl).toBe(500);
    h.work(44.9);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45, 90, 135]);
    h.work(0.1);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45, 90, 135, 180]);
  });

  it('a snooze brings the reminder back after the snooze, however the repeats are set', () => {
    const h = new Harness({ settings: { ...drinkOnly, alerts: { snoozeMinutes: 15 } } });
    h.work(45).do({ type: 'reply', reminder: 'hydrate', action: 'snooze' });
    expect(h.events('alertClosed').map((e) => e.record)).toEqual([expect.objectContaining({ reminder: 'hydrate', reason: 'replied' })]);
    expect(minuteOf(h, h.snapshot?.next.hydrate)).toBe(60);
    h.work(14.9);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45]);
    h.work(0.1).do({ type: 'reply', reminder: 'hydrate', action: 'skip' });
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45, 60]);
    expect(h.events('alertClosed').map((e) => e.record)).toEqual([
      expect.objectContaining({ reminder: 'hydrate', reason: 'replied' }),
      expect.objectContaining({ reminder: 'hydrate', reason: 'replied' }),
    ]);
  });

  it('closes a drink reminder on screen at its next repeat once a lowered goal is met', () => {
    const h = new Harness({ settings: drinkOnly });
    h.do({ type: 'drink', ml: 500 }).work(46).do({ type: 'settings', patch: { hydrate: { dailyGoalMl: 500 } } }).work(10);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45]);
    expect(h.events('alertClosed').map((e) => [e.minute, e.record])).toEqual([[55, expect.objectContaining({ reminder: 'hydrate', reason: 'goalMet' })]]);
  });

  it('after a long hold ends in a missed verdict, asks again a repeat interval later, not at once', () => {
    const h = new Harness({ settings: { ...drinkOnly, alerts: { maxRepeats: 0, busyHoldMaxMinutes: 120 } } });
    h.work(45).os({ type: 'busy', busy: true }).work(55).os({ type: 'busy', busy: false });
    expect(h.events('missed').map((e) => [e.minute, e.record])).toEqual([[100, expect.objectContaining({ reminder: 'hydrate' })]]);
    h.work(9.9);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45]);
    h.work(0.1);
    expect(minutesOf(h.alerts('hydrate'))).toEqual([45, 110]);
  });

  it('closes a drink reminder whose repeat fell due while the person was away; one shown just before stays', () => {
    const stale = new Harness({ settings: drinkOnly });
    stale.work(46).awayFor(15).work(10);
    expect(stale.events('alertClosed').map((e) => e.record)).toEqual([expect.objectContaining({ reminder: 'hydrate', reason: 'expired' })]);
    expect(stale.snapshot?.alerting).toEqual([]);
    expect(minutesOf(stale.alerts('hydrate'))).toEqual([45]);

    const fresh = new Harness({ settings: drinkOnly });
    fresh.work(43).stopInput().work(4).resumeInput().work(1);
    expect(fresh.events('back')).toHaveLength(1);
    expect(fresh.snapshot?.alerting).toEqual(['hydrate']);
    fresh.work(7);
    expect(fresh.alerts('hydrate').map((a) => [a.minute, a.attempt])).toEqual([
      [45, 1],
      [55, 2],
    ]);
  });

  it('takes back a drink from before a restart without changing when the next reminder comes', () => {
    const before = new Harness({ start: '2026-03-02T09:00:00', settings: drinkOnly });
    before.work(10).do({ type: 'drink', ml: 300 });
    const after = new Harness({ start: '2026-03-02T09:11:00', settings: drinkOnly, restore: before.engine.exportState() });
    after.do({ type: 'undoDrink' });
    expect(after.snapshot?.water).toMatchObject({ todayMl: 0, canUndo: false });
    after.work(43.9);
    expect(after.alerts()).toEqual([]);
    after.work(0.1);
    expect(minutesOf(after.alerts('hydrate'))).toEqual([44]); // 45 minutes after the drink
  });
});

describe('replies to movement breaks', () => {
  it('a snooze with nothing on screen does nothing', () => {
    const h = new Harness({ settings: moveOnly });
    h.work(10).do({ type: 'reply', reminder: 'move', action: 'snooze' });
    expect(h.snapshot?.putOff).toMatchObject({ snoozes: 0, canSnooze: true });
    expect(h.snapshot?.breaks.snoozed).toBe(0);
    h.work(20);
    expect(minutesOf(h.alerts('move'))).toEqual([30]);
  });

  it('with no snooze limit, a break may be snoozed again and again', () => {
    const h = new Harness({ settings: { ...moveOnly, breaks: { maxSnoozes: null } } });
    h.work(30);
    for (let i = 0; i < 4; i++) h.do({ type: 'reply', reminder: 'move', action: 'snooze' }).work(5);
    expect(h.snapshot?.putOff).toMatchObject({ snoozes: 4, canSnooze: true });
    expect(minutesOf(h.alerts('move'))).toEqual([30, 35, 40, 45, 50]);
  });
});

describe('what the tray says comes next', () => {
  it('after a quick restart, the end of the start grace for what fell due within it', () => {
    const before = new Harness({ start: '2026-03-02T09:00:00' });
    before.work(44);
    const after = new Harness({ start: '2026-03-02T09:44:30', restore: before.engine.exportState() });
    // 44 active minutes (the move due now) and a drink reminder due at 09:45: both wait for 09:46:30.
    expect(minuteOf(after, after.snapshot?.next.move)).toBe(2);
    expect(minuteOf(after, after.snapshot?.next.hydrate)).toBe(2);
    after.work(2);
    expect(after.alerts().map((a) => `${a.minute} ${a.reminder}`)).toEqual(['2 move', '2 hydrate']);
  });

  it('no movement break while one runs or the person is away; the snooze end after a snooze', () => {
    const h = new Harness({ settings: moveOnly });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'snooze' });
    expect(minuteOf(h, h.snapshot?.next.move)).toBe(35);
    h.work(5).do({ type: 'reply', reminder: 'move', action: 'start' });
    expect(h.snapshot?.next.move).toBeNull();
    h.work(2);
    expect(minuteOf(h, h.snapshot?.next.move)).toBe(67);
    h.os({ type: 'lock' });
    expect(h.snapshot?.next.move).toBeNull();
  });

  it('a snooze that ends after the working hours: the next morning', () => {
    const none: never[] = [];
    const h = new Harness({ settings: { ...moveOnly, workingHours: { mon: [{ start: '08:00', end: '08:32' }], tue: [{ start: '08:00', end: '17:00' }], wed: none, thu: none, fri: none, sat: none, sun: none } } });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'snooze' });
    expect(h.snapshot?.next.move).toBe(Date.parse('2026-03-03T08:00:00+01:00'));
  });

  it('a stretch in a movement break’s place, or a drink reminder, as what is held while busy', () => {
    const h = new Harness({ settings: { hydrate: { enabled: false }, stretch: { intervalMinutes: 65 } } });
    h.work(30).do({ type: 'reply', reminder: 'move', action: 'done' }).work(29);
    h.sensedBusy = ['inCall'];
    h.work(1);
    expect(h.snapshot?.holding).toEqual({ reminder: 'stretch', reason: 'inCall' });
    const drink = new Harness({ settings: drinkOnly });
    drink.sensedBusy = ['inCall'];
    drink.work(45);
    expect(drink.snapshot?.holding).toEqual({ reminder: 'hydrate', reason: 'inCall' });
  });

  it('asks the desktop about an alert on screen only when its repeat is due', () => {
    const h = new Harness({ settings: moveOnly });
    h.work(30);
    expect(h.busyAsked).toEqual([30]);
    h.sensedBusy = ['inCall'];
    h.work(9.9);
    expect(h.busyAsked).toEqual([30]);
    expect(h.snapshot?.holding).toBeNull();
    h.work(0.1);
    expect(h.busyAsked).toEqual([30, 40]);
    expect(h.snapshot?.holding).toEqual({ reminder: 'move', reason: 'inCall' });
  });
});

describe('the start grace', () => {
  it('holds a bedtime stretch falling due in it until it ends', () => {
    const bedtime: SettingsPatch = { move: { enabled: false }, stretch: { enabled: false }, hydrate: { enabled: false }, bedtime: { enabled: true, time: '22:00' } };
    const before = new Harness({ start: '2026-03-02T21:50:00', settings: bedtime });
    before.work(9);
    const after = new Harness({ start: '2026-03-02T21:59:00', settings: bedtime, restore: before.engine.exportState() });
    after.work(1.9);
    expect(after.alerts()).toEqual([]);
    after.work(0.1);
    expect(after.alerts().map((a) => `${after.wallClockAt(a.minute)} ${a.reminder}`)).toEqual(['22:01 bedtime']);
  });
});

/** Answers every movement alert with done and every drink reminder with a drink. */
function answer(h: Harness): void {
  h.engine.subscribe((out) => {
    if (out.type !== 'record' || out.record.event !== 'alert') return;
    const { reminder } = out.record;
    if (reminder === 'hydrate') h.engine.dispatch({ type: 'drink' });
    else if (reminder === 'move' || reminder === 'stretch') h.engine.dispatch({ type: 'reply', reminder, action: 'done' });
  });
}
