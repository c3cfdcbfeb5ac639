import { describe, expect, it } from 'vitest';
import { InputError } from '../main/core/engine.js';
import { summarizeDays } from '../main/core/summary.js';
import { Harness } from './support/harness.js';

const snooze = { type: 'reply', reminder: 'move', action: 'snooze' } as const;
const skip = { type: 'reply', reminder: 'move', action: 'skip' } as const;
const done = { type: 'reply', reminder: 'move', action: 'done' } as const;

/** Movement breaks only, every 30 active minutes. */
const moveOnly = (breaks: Record<string, unknown> = {}) => new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false }, breaks } });

describe('putting a break off, within limits', () => {
  it('allows two snoozes of one break by default; the third is refused, naming the setting, and changes nothing', () => {
    const h = moveOnly();
    h.work(30).do(snooze).work(5).do(snooze).work(5);
    expect(h.snapshot?.alerting).toEqual(['move']);
    expect(h.snapshot?.putOff).toEqual({ snoozes: 2, skipsInRow: 0, canSnooze: false, canSkip: true });
    const before = h.records.length;
    expect(() => h.engine.dispatch(snooze)).toThrow(InputError);
    expect(() => h.engine.dispatch(snooze)).toThrow(/snoozed 2 times.*settings\.breaks\.maxSnoozes/);
    expect(h.records.length).toBe(before);
    expect(h.engine.snapshot().alerting).toEqual(['move']);
  });

  it('gives the next break its own snoozes once this one is taken, skipped or missed', () => {
    const h = moveOnly({ maxSnoozes: 1 });
    h.work(30).do(snooze).work(5);
    expect(h.snapshot?.putOff.canSnooze).toBe(false);
    h.do(done).work(30);
    expect(h.snapshot?.putOff).toMatchObject({ snoozes: 0, canSnooze: true });
    h.do(snooze).work(5).do(skip).work(30);
    expect(h.snapshot?.putOff.canSnooze).toBe(true);
    // Unanswered: the alert repeats twice, then counts as missed.
    h.do(snooze).work(5 + 10 + 10 + 10);
    expect(h.events('missed')).toHaveLength(1);
    expect(h.engine.snapshot().putOff.snoozes).toBe(0);
  });

  it('no limit on skips by default; with one set, Skip is refused past it until a break is taken', () => {
    const free = moveOnly();
    for (let i = 0; i < 4; i++) free.work(30).do(skip);
    expect(free.snapshot?.breaks.skipped).toBe(4);
    expect(free.snapshot?.putOff.canSkip).toBe(true);

    const h = moveOnly({ maxSkipsInRow: 2 });
    h.work(30).do(skip).work(30).do(skip).work(30);
    expect(h.snapshot?.putOff).toMatchObject({ skipsInRow: 2, canSkip: false });
    expect(() => h.engine.dispatch(skip)).toThrow(/2 breaks in a row have been skipped.*settings\.breaks\.maxSkipsInRow/);
    h.do({ type: 'reply', reminder: 'move', action: 'start' }).work(2);
    expect(h.snapshot?.putOff).toMatchObject({ skipsInRow: 0, canSkip: true });
  });

  it('a natural break (time away) also resets the skips in a row', () => {
    const h = moveOnly({ maxSkipsInRow: 1 });
    h.work(30).do(skip);
    expect(h.snapshot?.putOff.canSkip).toBe(false);
    h.awayFor(10).work(1);
    expect(h.events('naturalBreak')).toHaveLength(1);
    expect(h.snapshot?.putOff.canSkip).toBe(true);
  });

  it('never limits drink reminders', () => {
    const h = new Harness({ settings: { breaks: { maxSnoozes: 0 } } });
    h.work(45);
    expect(h.snapshot?.alerting).toContain('hydrate');
    expect(() => h.engine.dispatch({ type: 'reply', reminder: 'hydrate', action: 'snooze' })).not.toThrow();
  });

  it('refuses limits out of range, naming the field and the value', () => {
    expect(() => moveOnly({ maxSnoozes: -1 })).toThrow(/settings\.breaks\.maxSnoozes.*got -1/);
    expect(() => moveOnly({ maxSkipsInRow: 0 })).toThrow(/settings\.breaks\.maxSkipsInRow.*got 0/);
  });
});

describe('postponed breaks are counted', () => {
  it('in the day’s tally and in the history’s days, each snooze once', () => {
    const h = moveOnly();
    h.work(30).do(snooze).work(5).do(snooze).work(5).do(done);
    expect(h.snapshot?.breaks).toEqual({ taken: 1, skipped: 0, natural: 0, missed: 0, snoozed: 2 });
    const days = summarizeDays(
      h.records.map((r) => r.record),
      { zone: 'Europe/Berlin', dayStartsAt: '04:00', defaultGoalMl: 2000 },
    );
    expect(days.map((d) => d.breaks)).toEqual([{ taken: 1, skipped: 0, natural: 0, missed: 0, snoozed: 2 }]);
  });

  it('survives a restart within the day', () => {
    const h = moveOnly();
    h.work(30).do(snooze);
    const saved = h.engine.exportState();
    const again = new Harness({ settings: { stretch: { enabled: false }, hydrate: { enabled: false } }, restore: saved, start: '2026-03-02T08:31:00' });
    expect(again.engine.snapshot().breaks.snoozed).toBe(1);
  });
});
