import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import {
  advanceInside,
  afterLastClosedSpell,
  dayKey,
  everyDay,
  formatLocal,
  isValidTimeZone,
  localDateOf,
  nextInside,
  nextLocalTime,
  overlap,
  wallAt,
  weeklyWindows,
  windowEndAfter,
} from '../main/core/localTime.js';
import type { TimeWindow, Weekday } from '../main/core/settings.js';

// The wall-clock arithmetic every reminder time rests on: working hours, the drink window, the
// water day's start, across days, weekdays and both DST changes.
const zone = 'Europe/Berlin';
const wall = (iso: string, z = zone) => DateTime.fromISO(iso, { zone: z }).toMillis();
const local = (ms: number | null, z = zone) => (ms === null ? null : DateTime.fromMillis(ms, { zone: z }).toFormat("ccc yyyy-MM-dd'T'HH:mm"));
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const weekdaysOnly = (window: TimeWindow, ...more: TimeWindow[]): Record<Weekday, TimeWindow[]> => ({
  mon: [window, ...more],
  tue: [window, ...more],
  wed: [window, ...more],
  thu: [window, ...more],
  fri: [window, ...more],
  sat: [],
  sun: [],
});
const office = weeklyWindows(weekdaysOnly({ start: '09:00', end: '17:00' }));
const intervals = (list: { start: number; end: number }[]) => list.map((iv) => `${local(iv.start)}–${local(iv.end)}`);

describe('time zones', () => {
  it('knows real IANA zones and refuses made-up ones', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('writes a moment as local ISO time with its offset, summer and winter', () => {
    expect(formatLocal(Date.UTC(2026, 0, 15, 8, 0), zone)).toBe('2026-01-15T09:00:00+01:00');
    expect(formatLocal(Date.UTC(2026, 6, 15, 8, 0), zone)).toBe('2026-07-15T10:00:00+02:00');
    expect(formatLocal(Date.UTC(2026, 6, 15, 8, 0), 'America/New_York')).toBe('2026-07-15T04:00:00-04:00');
  });

  it('reads the offset right on either side of a change, by the minute', () => {
    // 02:00 CET becomes 03:00 CEST at 01:00 UTC on 29 March.
    expect(formatLocal(Date.UTC(2026, 2, 29, 0, 59), zone)).toBe('2026-03-29T01:59:00+01:00');
    expect(formatLocal(Date.UTC(2026, 2, 29, 1, 0), zone)).toBe('2026-03-29T03:00:00+02:00');
    // Asked in the other order, a remembered quarter hour does not leak across the change.
    expect(formatLocal(Date.UTC(2026, 9, 25, 1, 0), zone)).toBe('2026-10-25T02:00:00+01:00');
    expect(formatLocal(Date.UTC(2026, 9, 25, 0, 59), zone)).toBe('2026-10-25T02:59:00+02:00');
    expect(formatLocal(Date.UTC(2026, 9, 25, 0, 30), zone)).toBe('2026-10-25T02:30:00+02:00');
  });
});

describe('local days', () => {
  it('gives the date and weekday of a day, counted from the one holding a moment', () => {
    expect(localDateOf(wall('2026-03-03T23:59'), zone)).toEqual({ date: '2026-03-03', weekday: 2 });
    expect(localDateOf(wall('2026-03-03T23:59'), zone, 1)).toEqual({ date: '2026-03-04', weekday: 3 });
    expect(localDateOf(wall('2026-03-01T00:30'), zone, -1)).toEqual({ date: '2026-02-28', weekday: 6 });
    // 23:30 UTC on the 3rd is already the 4th in Berlin, still the 3rd in New York.
    expect(localDateOf(Date.UTC(2026, 2, 3, 23, 30), zone).date).toBe('2026-03-04');
    expect(localDateOf(Date.UTC(2026, 2, 3, 23, 30), 'America/New_York').date).toBe('2026-03-03');
  });

  it('finds the moment a local time is read on a date, and the end of the gap for a time that does not exist', () => {
    expect(local(wallAt('2026-03-03', '07:30', zone))).toBe('Tue 2026-03-03T07:30');
    expect(wallAt('2026-12-31', '23:59', zone)).toBe(Date.UTC(2026, 11, 31, 22, 59));
    expect(local(wallAt('2026-03-29', '02:30', zone))).toBe('Sun 2026-03-29T03:00');
    expect(wallAt('2026-03-29', '02:30', zone)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(wallAt('2026-03-03', '24:00', zone)).toBe(wall('2026-03-04T00:00'));
    // On the autumn night 02:30 happens twice: the first one counts.
    expect(wallAt('2026-10-25', '02:30', zone)).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('starts the water day at its own hour: 01:00 still belongs to yesterday', () => {
    expect(dayKey(wall('2026-03-04T01:00'), zone, '04:00')).toBe('2026-03-03');
    expect(dayKey(wall('2026-03-04T03:59'), zone, '04:00')).toBe('2026-03-03');
    expect(dayKey(wall('2026-03-04T04:00'), zone, '04:00')).toBe('2026-03-04');
    expect(dayKey(wall('2026-03-04T00:00'), zone, '00:00')).toBe('2026-03-04');
    expect(dayKey(wall('2026-03-29T03:30'), zone, '04:00')).toBe('2026-03-28');
  });

  it('finds the next time the clock reads a time, strictly later, across midnight and DST', () => {
    expect(local(nextLocalTime(wall('2026-03-03T03:00'), zone, '04:00'))).toBe('Tue 2026-03-03T04:00');
    expect(local(nextLocalTime(wall('2026-03-03T04:00'), zone, '04:00'))).toBe('Wed 2026-03-04T04:00');
    expect(local(nextLocalTime(wall('2026-03-03T23:00'), zone, '00:00'))).toBe('Wed 2026-03-04T00:00');
    expect(local(nextLocalTime(wall('2026-03-28T12:00'), zone, '02:30'))).toBe('Sun 2026-03-29T03:00');
    expect(nextLocalTime(wall('2026-03-28T12:00'), zone, '04:00') - wall('2026-03-28T04:00')).toBe(23 * HOUR);
  });
});

describe('the machine’s own zone', () => {
  afterEach(() => {
    Settings.defaultZone = 'system';
  });

  it('changes no answer: days, weekdays and windows are read in the zone asked for', () => {
    // Days far from the other tests' so nothing remembered from them answers here.
    Settings.defaultZone = 'Pacific/Kiritimati';
    expect(localDateOf(wall('2031-05-05T23:30'), zone)).toEqual({ date: '2031-05-05', weekday: 1 });
    expect(local(wallAt('2031-05-06', '08:00', zone))).toBe('Tue 2031-05-06T08:00');
    Settings.defaultZone = 'Pacific/Pago_Pago';
    expect(localDateOf(wall('2031-06-02T00:30'), zone)).toEqual({ date: '2031-06-02', weekday: 1 });
    expect(local(nextInside(office, wall('2031-06-07T12:00'), zone))).toBe('Mon 2031-06-09T09:00');
  });
});

describe('daily windows', () => {
  it('know when they cover the whole day, every day', () => {
    expect(everyDay({ start: '00:00', end: '24:00' }).always).toBe(true);
    expect(everyDay({ start: '00:00', end: '23:59' }).always).toBe(false);
    expect(everyDay({ start: '00:01', end: '24:00' }).always).toBe(false);
    const all = { start: '00:00', end: '24:00' };
    expect(weeklyWindows({ mon: [all], tue: [all], wed: [all], thu: [all], fri: [all], sat: [all], sun: [all] }).always).toBe(true);
    expect(weeklyWindows({ mon: [all], tue: [all], wed: [all], thu: [all], fri: [all], sat: [all], sun: [{ start: '08:00', end: '12:00' }, all] }).always).toBe(true);
    expect(weeklyWindows({ ...weekdaysOnly(all), sat: [all] }).always).toBe(false);
    expect(office.always).toBe(false);
  });

  it('list the working hours within a span, clipped to it, skipping the weekend', () => {
    expect(intervals(office.within(wall('2026-03-05T12:00'), wall('2026-03-09T10:00'), zone))).toEqual([
      'Thu 2026-03-05T12:00–Thu 2026-03-05T17:00',
      'Fri 2026-03-06T09:00–Fri 2026-03-06T17:00',
      'Mon 2026-03-09T09:00–Mon 2026-03-09T10:00',
    ]);
    expect(office.within(wall('2026-03-05T12:00'), wall('2026-03-05T12:00'), zone)).toEqual([]);
    expect(office.within(wall('2026-03-05T17:00'), wall('2026-03-06T09:00'), zone)).toEqual([]);
    const always = everyDay({ start: '00:00', end: '24:00' });
    expect(always.within(wall('2026-03-05T12:00'), wall('2026-03-05T11:00'), zone)).toEqual([]);
    expect(intervals(always.within(wall('2026-03-05T12:00'), wall('2026-03-07T11:00'), zone))).toEqual(['Thu 2026-03-05T12:00–Sat 2026-03-07T11:00']);
  });

  it('join windows that touch or overlap into one, in order of start', () => {
    const split = weeklyWindows(weekdaysOnly({ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }, { start: '12:00', end: '12:30' }, { start: '11:00', end: '11:30' }));
    expect(intervals(split.within(wall('2026-03-05T00:00'), wall('2026-03-06T00:00'), zone))).toEqual([
      'Thu 2026-03-05T09:00–Thu 2026-03-05T12:30',
      'Thu 2026-03-05T13:00–Thu 2026-03-05T17:00',
    ]);
  });

  it('say whether a moment is inside, the start in and the end out', () => {
    expect(office.contains(wall('2026-03-05T09:00'), zone)).toBe(true);
    expect(office.contains(wall('2026-03-05T16:59'), zone)).toBe(true);
    expect(office.contains(wall('2026-03-05T17:00'), zone)).toBe(false);
    expect(office.contains(wall('2026-03-05T08:59'), zone)).toBe(false);
    expect(office.contains(wall('2026-03-07T12:00'), zone)).toBe(false);
    expect(everyDay({ start: '00:00', end: '24:00' }).contains(wall('2026-03-07T03:00'), zone)).toBe(true);
    const all = (w: TimeWindow): Record<Weekday, TimeWindow[]> => ({ mon: [w], tue: [w], wed: [w], thu: [w], fri: [w], sat: [w], sun: [w] });
    expect(weeklyWindows(all({ start: '00:00', end: '23:59' })).contains(wall('2026-03-07T23:59:30'), zone)).toBe(false);
    expect(weeklyWindows(all({ start: '08:00', end: '24:00' })).contains(wall('2026-03-07T03:00'), zone)).toBe(false);
    expect(weeklyWindows(all({ start: '08:00', end: '24:00' })).contains(wall('2026-03-07T23:59:30'), zone)).toBe(true);
  });

  it('hold a window to midnight on the short and the long DST night', () => {
    const evening = everyDay({ start: '20:00', end: '24:00' });
    expect(intervals(evening.within(wall('2026-03-28T00:00'), wall('2026-03-30T00:00'), zone))).toEqual([
      'Sat 2026-03-28T20:00–Sun 2026-03-29T00:00',
      'Sun 2026-03-29T20:00–Mon 2026-03-30T00:00',
    ]);
    // A window wholly inside the skipped hour does not open that night, and closes no spell.
    const gap = everyDay({ start: '02:00', end: '02:45' });
    expect(local(nextInside(gap, wall('2026-03-28T12:00'), zone))).toBe('Mon 2026-03-30T02:00');
    expect(local(afterLastClosedSpell(gap, wall('2026-03-28T03:00'), wall('2026-03-30T01:00'), zone, 30 * HOUR))).toBe('Mon 2026-03-30T01:00');
    const night = everyDay({ start: '01:00', end: '04:00' });
    expect(overlap(night, wall('2026-03-29T00:00'), wall('2026-03-30T00:00'), zone)).toBe(2 * HOUR);
    expect(overlap(night, wall('2026-10-25T00:00'), wall('2026-10-26T00:00'), zone)).toBe(4 * HOUR);
  });

  it('measure how much of a span lies in working hours', () => {
    expect(overlap(office, wall('2026-03-05T08:00'), wall('2026-03-06T10:00'), zone)).toBe(9 * HOUR);
    expect(overlap(office, wall('2026-03-06T10:00'), wall('2026-03-05T08:00'), zone)).toBe(0);
    const always = everyDay({ start: '00:00', end: '24:00' });
    expect(overlap(always, wall('2026-03-05T08:00'), wall('2026-03-05T10:30'), zone)).toBe(2.5 * HOUR);
    expect(overlap(always, wall('2026-03-05T10:30'), wall('2026-03-05T08:00'), zone)).toBe(0);
  });
});

describe('counting working time', () => {
  it('finds when an amount of working time has passed, carrying it over nights and the weekend', () => {
    expect(local(advanceInside(office, wall('2026-03-05T10:00'), 30 * MINUTE, zone))).toBe('Thu 2026-03-05T10:30');
    expect(local(advanceInside(office, wall('2026-03-05T16:50'), 20 * MINUTE, zone))).toBe('Fri 2026-03-06T09:10');
    expect(local(advanceInside(office, wall('2026-03-05T16:40'), 20 * MINUTE, zone))).toBe('Thu 2026-03-05T17:00');
    expect(local(advanceInside(office, wall('2026-03-06T16:50'), 20 * MINUTE, zone))).toBe('Mon 2026-03-09T09:10');
    expect(local(advanceInside(office, wall('2026-03-07T12:00'), 0, zone))).toBe('Mon 2026-03-09T09:00');
    expect(local(advanceInside(office, wall('2026-03-05T10:00'), -5 * MINUTE, zone))).toBe('Thu 2026-03-05T10:00');
  });

  it('gives up when the windows never open within the horizon', () => {
    const never = weeklyWindows({ ...weekdaysOnly({ start: '09:00', end: '17:00' }), mon: [], tue: [], wed: [], thu: [], fri: [] });
    expect(advanceInside(never, wall('2026-03-05T10:00'), MINUTE, zone)).toBeNull();
    expect(nextInside(never, wall('2026-03-05T10:00'), zone)).toBeNull();
    expect(overlap(never, wall('2026-03-05T10:00'), wall('2026-03-12T10:00'), zone)).toBe(0);
    expect(advanceInside(everyDay({ start: '00:00', end: '24:00' }), wall('2026-03-05T10:00'), 9 * 24 * HOUR, zone)).toBeNull();
    // A Monday-only window is found from Tuesday within the default eight days, not within two.
    const mondays = weeklyWindows({ ...weekdaysOnly({ start: '09:00', end: '17:00' }), tue: [], wed: [], thu: [], fri: [] });
    expect(local(nextInside(mondays, wall('2026-03-03T10:00'), zone))).toBe('Mon 2026-03-09T09:00');
    expect(nextInside(mondays, wall('2026-03-03T10:00'), zone, 2)).toBeNull();
    // The horizon counts days after the first: Thursday's 7 hours and Friday's 8.
    expect(advanceInside(office, wall('2026-03-05T10:00'), 16 * HOUR, zone, 1)).toBeNull();
    expect(local(advanceInside(office, wall('2026-03-05T10:00'), 15 * HOUR, zone, 1))).toBe('Fri 2026-03-06T17:00');
  });

  it('counts all time when the windows are always open', () => {
    const always = everyDay({ start: '00:00', end: '24:00' });
    expect(advanceInside(always, wall('2026-03-07T12:00'), 90 * MINUTE, zone)).toBe(wall('2026-03-07T13:30'));
    expect(advanceInside(always, wall('2026-03-07T12:00'), -90 * MINUTE, zone)).toBe(wall('2026-03-07T12:00'));
    expect(nextInside(always, wall('2026-03-07T12:00'), zone)).toBe(wall('2026-03-07T12:00'));
  });

  it('finds the next moment inside the windows, now if inside', () => {
    expect(local(nextInside(office, wall('2026-03-05T12:00'), zone))).toBe('Thu 2026-03-05T12:00');
    expect(local(nextInside(office, wall('2026-03-05T17:00'), zone))).toBe('Fri 2026-03-06T09:00');
    expect(local(nextInside(office, wall('2026-03-06T18:00'), zone))).toBe('Mon 2026-03-09T09:00');
  });

  it('finds when the window holding a moment closes', () => {
    expect(local(windowEndAfter(office, wall('2026-03-05T12:00'), zone))).toBe('Thu 2026-03-05T17:00');
    expect(windowEndAfter(office, wall('2026-03-05T18:00'), zone)).toBeNull();
    expect(windowEndAfter(everyDay({ start: '00:00', end: '24:00' }), wall('2026-03-05T18:00'), zone)).toBeNull();
    expect(local(windowEndAfter(everyDay({ start: '07:00', end: '24:00' }), wall('2026-03-05T23:30'), zone))).toBe('Fri 2026-03-06T00:00');
  });

  it('finds where the last long closed spell ended: a night off resets, a lunch break does not', () => {
    const lunch = weeklyWindows(weekdaysOnly({ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }));
    const reopened = (from: string, to: string, gapMinutes: number) => local(afterLastClosedSpell(lunch, wall(from), wall(to), zone, gapMinutes * MINUTE));
    expect(reopened('2026-03-05T10:00', '2026-03-05T14:00', 90)).toBeNull();
    expect(reopened('2026-03-05T10:00', '2026-03-05T14:00', 60)).toBe('Thu 2026-03-05T13:00');
    expect(reopened('2026-03-05T10:00', '2026-03-06T10:00', 60)).toBe('Fri 2026-03-06T09:00');
    // Still closed at the end of the span, for long enough: the span's end itself.
    expect(reopened('2026-03-05T10:00', '2026-03-05T19:00', 120)).toBe('Thu 2026-03-05T19:00');
    expect(reopened('2026-03-05T10:00', '2026-03-05T18:00', 120)).toBeNull();
    // A span that starts in a closed spell counts it from the span's start.
    expect(reopened('2026-03-05T07:00', '2026-03-05T10:00', 120)).toBe('Thu 2026-03-05T09:00');
    expect(reopened('2026-03-05T07:30', '2026-03-05T10:00', 120)).toBeNull();
    expect(afterLastClosedSpell(lunch, wall('2026-03-05T10:00'), wall('2026-03-05T10:00'), zone, 0)).toBeNull();
    expect(afterLastClosedSpell(everyDay({ start: '00:00', end: '24:00' }), wall('2026-03-05T10:00'), wall('2026-03-06T10:00'), zone, MINUTE)).toBeNull();
  });
});
