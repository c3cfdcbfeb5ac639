import { DateTime, IANAZone } from 'luxon';
import { minutesOfDay, weekdays, type TimeWindow, type Weekday } from './settings.js';

/** Epoch-millisecond interval [start, end) on the wall clock. */
export interface WallInterval {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function local(wall: number, zone: string): DateTime {
  return DateTime.fromMillis(wall, { zone });
}

/** The wall moment of a local time of day on the local date of `day`; "24:00" is the next midnight. */
function atLocalTime(day: DateTime, hhmm: string): number {
  const mins = minutesOfDay(hhmm);
  const base = day.startOf('day');
  if (mins === 24 * 60) return base.plus({ days: 1 }).toMillis();
  // In a DST gap (02:30 on a spring-forward day) Luxon moves forward to the next valid time.
  return base.set({ hour: Math.floor(mins / 60), minute: mins % 60 }).toMillis();
}

/** The first moment strictly after `wall` at which the local clock reads `hhmm`. */
export function nextLocalTime(wall: number, zone: string, hhmm: string): number {
  let day = local(wall, zone).startOf('day');
  for (let i = 0; i < 3; i++) {
    const candidate = atLocalTime(day, hhmm);
    if (candidate > wall) return candidate;
    day = day.plus({ days: 1 });
  }
  return wall + DAY;
}

/** The local date that a moment belongs to, where a day starts at `dayStartsAt` (so 01:00 is still "yesterday"). */
export function dayKey(wall: number, zone: string, dayStartsAt: string): string {
  const t = local(wall, zone);
  const shifted = t.hour * 60 + t.minute < minutesOfDay(dayStartsAt) ? t.minus({ days: 1 }) : t;
  return shifted.toISODate() ?? 'invalid';
}

/** Windows that repeat daily or per weekday, answered on the wall clock. */
export interface DailyWindows {
  /** True when the windows cover every moment (the fast path for the default settings). */
  readonly always: boolean;
  /** Intervals overlapping [from, to), clipped to it, in order. */
  within(from: number, to: number, zone: string): WallInterval[];
  contains(wall: number, zone: string): boolean;
}

export function weeklyWindows(byDay: Record<Weekday, TimeWindow[]>): DailyWindows {
  const always = weekdays.every((d) => byDay[d].some((w) => w.start === '00:00' && w.end === '24:00'));
  return windowsOf((day) => byDay[weekdays[day.weekday - 1] as Weekday], always);
}

export function everyDay(window: TimeWindow): DailyWindows {
  return windowsOf(() => [window], window.start === '00:00' && window.end === '24:00');
}

function windowsOf(forDay: (day: DateTime) => TimeWindow[], always: boolean): DailyWindows {
  const within = (from: number, to: number, zone: string): WallInterval[] => {
    if (to <= from) return [];
    if (always) return [{ start: from, end: to }];
    const out: WallInterval[] = [];
    let day = local(from, zone).startOf('day').minus({ days: 1 });
    const lastDay = local(to, zone).startOf('day');
    while (day <= lastDay) {
      for (const w of forDay(day)) {
        const start = Math.max(from, atLocalTime(day, w.start));
        const end = Math.min(to, atLocalTime(day, w.end));
        if (end > start) out.push({ start, end });
      }
      day = day.plus({ days: 1 });
    }
    out.sort((a, b) => a.start - b.start);
    return mergeTouching(out);
  };
  return {
    always,
    within,
    contains: (wall, zone) => always || within(wall, wall + 1, zone).length > 0,
  };
}

function mergeTouching(list: WallInterval[]): WallInterval[] {
  const out: WallInterval[] = [];
  for (const iv of list) {
    const last = out[out.length - 1];
    if (last && iv.start <= last.end) last.end = Math.max(last.end, iv.end);
    else out.push({ ...iv });
  }
  return out;
}

/** How much of [from, to) lies inside the windows. */
export function overlap(windows: DailyWindows, from: number, to: number, zone: string): number {
  if (windows.always) return Math.max(0, to - from);
  return windows.within(from, to, zone).reduce((sum, iv) => sum + (iv.end - iv.start), 0);
}

/**
 * The moment at which `amount` ms of in-window time has passed after `from`, looking ahead at most
 * `horizonDays`; null when the windows never open in that time.
 */
export function advanceInside(
  windows: DailyWindows,
  from: number,
  amount: number,
  zone: string,
  horizonDays = 8,
): number | null {
  if (windows.always) return from + Math.max(0, amount);
  let left = Math.max(0, amount);
  for (const iv of windows.within(from, from + horizonDays * DAY, zone)) {
    const length = iv.end - iv.start;
    if (left <= length) return iv.start + left;
    left -= length;
  }
  return null;
}

/** The first moment at or after `from` that lies inside the windows, or null within the horizon. */
export function nextInside(windows: DailyWindows, from: number, zone: string, horizonDays = 8): number | null {
  if (windows.always) return from;
  const first = windows.within(from, from + horizonDays * DAY, zone)[0];
  return first ? first.start : null;
}

export function formatLocal(wall: number, zone: string): string {
  return local(wall, zone).toISO({ suppressMilliseconds: true }) ?? new Date(wall).toISOString();
}
