import { DateTime, IANAZone } from 'luxon';
import { minutesOfDay, weekdays, type TimeWindow, type Weekday } from './settings.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Epoch-millisecond interval [start, end) on the wall clock. */
export interface WallInterval {
  start: number;
  end: number;
}


export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

const QUARTER_HOUR = 15 * MINUTE;

/**
 * `map`'s entry for `key`, computed once; the map is emptied when it grows past `limit`, a bound on
 * memory. Every answer is the one computed afresh, so only speed depends on this bookkeeping.
 */
function remembered<K, V>(map: Map<K, V>, key: K, limit: number, compute: () => V): V {
  const known = map.get(key);
  // Stryker disable next-line ConditionalExpression: computing afresh gives the same answer, only slower
  if (known !== undefined) return known;
  const value = compute();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is emptied changes only memory and speed
  if (map.size > limit) map.clear();
  map.set(key, value);
  return value;
}

/**
 * An IANA zone whose UTC offsets are remembered per quarter hour. Luxon asks Intl for the offset
 * on every conversion, which dominated the engine's cost; offsets change at most once in a
 * quarter hour (transitions fall on quarter hours), and a quarter whose two ends disagree is
 * never cached (NaN marks it), so the answer is always Intl's own.
 */
class CachedZone extends IANAZone {
  private readonly offsets = new Map<number, number>();
  override offset(ts: number): number {
    // Stryker disable all: which quarter is remembered, and whether, changes only how often Intl is asked
    const bucket = Math.floor(ts / QUARTER_HOUR);
    const start = remembered(this.offsets, bucket, 50_000, () => {
      const first = super.offset(bucket * QUARTER_HOUR);
      return first === super.offset((bucket + 1) * QUARTER_HOUR - 1) ? first : NaN;
    });
    return Number.isNaN(start) ? super.offset(ts) : start;
  }
}
// Stryker restore all

const zones = new Map<string, CachedZone>();
const zoneOf = (name: string): CachedZone => remembered(zones, name, Infinity, () => new CachedZone(name));

function local(wall: number, zone: string): DateTime {
  return DateTime.fromMillis(wall, { zone: zoneOf(zone) });
}

/**
 * Local days by number (days since 1970-01-01 on the local calendar), with their midnight and
 * the wall moments of the local times asked of them remembered: the engine asks the same few
 * questions ("when does today's window open?") at every step, and Luxon is slow to answer them.
 */
interface LocalDay {
  readonly zone: string;
  readonly index: number;
  readonly midnight: DateTime;
  readonly weekday: number;
  readonly iso: string;
  readonly times: Map<string, number>;
}

const days = new Map<string, LocalDay>();

function localDay(zone: string, index: number): LocalDay {
  return remembered(days, `${zone}|${index}`, 20_000, () => {
    const date = DateTime.fromMillis(index * DAY, { zone: 'utc' });
    // Luxon moves a midnight that does not exist (DST at 00:00) forward to the first valid time.
    const midnight = DateTime.fromObject({ year: date.year, month: date.month, day: date.day }, { zone: zoneOf(zone) });
    return { zone, index, midnight, weekday: date.weekday, iso: date.toFormat('yyyy-MM-dd'), times: new Map() };
  });
}

/** Local wall-clock minutes since the Unix epoch's local midnight, via the (cached) UTC offset. */
function localMillis(wall: number, zone: string): number {
  return wall + zoneOf(zone).offset(wall) * MINUTE;
}

function dayIndexOf(wall: number, zone: string): number {
  return Math.floor(localMillis(wall, zone) / DAY);
}

/**
 * The wall moment of a local time of day on a local day; "24:00" is the next midnight. A time
 * that does not exist (02:30 on a spring-forward night) means the first moment after the gap, when
 * the clocks read 03:00 — not 03:30, where Luxon's arithmetic would put it.
 */
function atLocalTime(day: LocalDay, hhmm: string): number {
  return remembered(day.times, hhmm, Infinity, () => {
    const mins = minutesOfDay(hhmm);
    if (mins === 24 * 60) return localDay(day.zone, day.index + 1).midnight.toMillis();
    const candidate = day.midnight.set({ hour: Math.floor(mins / 60), minute: mins % 60 });
    const at = candidate.toMillis();
    return candidate.hour * 60 + candidate.minute === mins ? at : transitionBefore(at, day.zone);
  });
}

/** The moment the UTC offset last changed before `wall` (within a day), found by bisection. */
function transitionBefore(wall: number, zone: string): number {
  const z = zoneOf(zone);
  const after = z.offset(wall);
  let lo = wall - DAY;
  let hi = wall;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (z.offset(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The first moment strictly after `wall` at which the local clock reads `hhmm`. */
export function nextLocalTime(wall: number, zone: string, hhmm: string): number {
  const index = dayIndexOf(wall, zone);
  const today = atLocalTime(localDay(zone, index), hhmm);
  // Any time of the next local day lies after its midnight, so after `wall`.
  return today > wall ? today : atLocalTime(localDay(zone, index + 1), hhmm);
}

/** The local date that a moment belongs to, where a day starts at `dayStartsAt` (so 01:00 is still "yesterday"). */
export function dayKey(wall: number, zone: string, dayStartsAt: string): string {
  const localNow = localMillis(wall, zone);
  const index = Math.floor(localNow / DAY);
  const minuteOfDay = (localNow - index * DAY) / MINUTE;
  return localDay(zone, minuteOfDay < minutesOfDay(dayStartsAt) ? index - 1 : index).iso;
}

/** Windows that repeat daily or per weekday, answered on the wall clock. */
export interface DailyWindows {
  /** True when the windows cover every moment (the fast path for the default settings). */
  readonly always: boolean;
  /** Intervals overlapping [from, to), clipped to it, in order. */
  within(from: number, to: number, zone: string): WallInterval[];
  /** Intervals from `from` on, in order, clipped to start no earlier than it; computed a day at a time. */
  from(from: number, zone: string, horizonDays: number): Iterable<WallInterval>;
  contains(wall: number, zone: string): boolean;
}

export function weeklyWindows(byDay: Record<Weekday, TimeWindow[]>): DailyWindows {
  const always = weekdays.every((d) => byDay[d].some((w) => w.start === '00:00' && w.end === '24:00'));
  return windowsOf((weekday) => byDay[weekdays[weekday - 1] as Weekday], always);
}

export function everyDay(window: TimeWindow): DailyWindows {
  return windowsOf(() => [window], window.start === '00:00' && window.end === '24:00');
}

function windowsOf(forWeekday: (weekday: number) => TimeWindow[], always: boolean): DailyWindows {
  const cache = new Map<string, WallInterval[]>();
  /** One local day's windows, in order, merged where they touch. Windows end by midnight. */
  const dayWindows = (zone: string, index: number): WallInterval[] =>
    remembered(cache, `${zone}|${index}`, 20_000, () => {
      const day = localDay(zone, index);
      const list = forWeekday(day.weekday)
        .map((w) => ({ start: atLocalTime(day, w.start), end: atLocalTime(day, w.end) }))
        // A window wholly inside a skipped DST hour does not open that night.
        .filter((iv) => iv.end > iv.start);
      return mergeTouching(list.sort((a, b) => a.start - b.start));
    });

  function* iterate(from: number, zone: string, horizonDays: number): Generator<WallInterval> {
    if (always) {
      yield { start: from, end: from + horizonDays * DAY };
      return;
    }
    const first = dayIndexOf(from, zone);
    for (let i = 0; i <= horizonDays; i++) {
      for (const iv of dayWindows(zone, first + i)) {
        if (iv.end > from) yield { start: Math.max(iv.start, from), end: iv.end };
      }
    }
  }

  const within = (from: number, to: number, zone: string): WallInterval[] => {
    const out: WallInterval[] = [];
    const span = Math.ceil((to - from) / DAY) + 1;
    for (const iv of iterate(from, zone, span)) {
      if (iv.start >= to) break;
      out.push({ start: iv.start, end: Math.min(iv.end, to) });
    }
    return out;
  };
  return {
    always,
    within,
    from: iterate,
    contains: (wall, zone) => always || dayWindows(zone, dayIndexOf(wall, zone)).some((iv) => iv.start <= wall && wall < iv.end),
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
  let left = Math.max(0, amount);
  for (const iv of windows.from(from, zone, horizonDays)) {
    const length = iv.end - iv.start;
    if (left <= length) return iv.start + left;
    left -= length;
  }
  return null;
}

/**
 * After the last stretch of at least `minGap` ms outside the windows within [from, to]: the moment
 * the windows reopened (or `to`, if still closed that long); null when there was no such stretch.
 */
export function afterLastClosedSpell(windows: DailyWindows, from: number, to: number, zone: string, minGap: number): number | null {
  if (windows.always || to <= from) return null;
  let found: number | null = null;
  let closedFrom = from;
  for (const iv of windows.within(from, to, zone)) {
    if (iv.start - closedFrom >= minGap) found = iv.start;
    closedFrom = iv.end;
  }
  return to - closedFrom >= minGap ? to : found;
}

/** When the window holding `wall` closes, or null when `wall` lies outside the windows. */
export function windowEndAfter(windows: DailyWindows, wall: number, zone: string): number | null {
  if (windows.always || !windows.contains(wall, zone)) return null;
  for (const iv of windows.from(wall, zone, 2)) return iv.end;
  return null;
}

/** The first moment at or after `from` that lies inside the windows, or null within the horizon. */
export function nextInside(windows: DailyWindows, from: number, zone: string, horizonDays = 8): number | null {
  for (const iv of windows.from(from, zone, horizonDays)) return iv.start;
  return null;
}

export function formatLocal(wall: number, zone: string): string {
  return local(wall, zone).toISO({ suppressMilliseconds: true }) ?? new Date(wall).toISOString();
}

/** The wall moment at which the local clock reads `hhmm` on `date` ("YYYY-MM-DD") in `zone`. */
export function wallAt(date: string, hhmm: string, zone: string): number {
  const index = Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY);
  return atLocalTime(localDay(zone, index), hhmm);
}

/** A local day: its date and weekday (1 = Monday … 7 = Sunday), `offset` days after the one holding `wall`. */
export function localDateOf(wall: number, zone: string, offset = 0): { date: string; weekday: number } {
  const day = localDay(zone, dayIndexOf(wall, zone) + offset);
  return { date: day.iso, weekday: day.weekday };
}
