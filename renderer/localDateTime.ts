/**
 * Local dates and times in the engine's time zone, as `<input type="date">`, `"time"` and
 * `"datetime-local"` hold them ("2025-06-02T18:30"). Formatting only: schedules are main's.
 */

const partsFormat = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = partsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    partsFormat.set(zone, format);
  }
  return format;
}

function partsOf(wall: number, zone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatFor(zone).formatToParts(wall)) if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2025-06-02T18:30": a wall time as a datetime-local input shows it in `zone`. */
export function toLocalInput(wall: number, zone: string): string {
  const p = partsOf(wall, zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2025-06-02": the local date of a wall time in `zone`. */
export function localDate(wall: number, zone: string): string {
  return toLocalInput(wall, zone).slice(0, 10);
}

/** How far `zone` is ahead of UTC at `wall`, in milliseconds. */
function offsetAt(wall: number, zone: string): number {
  const p = partsOf(wall, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(wall / 1000) * 1000;
}

/**
 * The wall time of a local "YYYY-MM-DDTHH:MM" in `zone`, or null when the text is not one. A time
 * a clock change skips reads as the moment after the change.
 */
export function fromLocalInput(text: string, zone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // Two passes settle the offset on either side of a change.
  const first = asUtc - offsetAt(asUtc, zone);
  return asUtc - offsetAt(first, zone);
}
