import type { DaySummary } from '../../../main/core/summary.ts';
import { locale } from '../../i18n.ts';

/** One calendar day of a chart: its key ("2025-06-02") and its summary, or null for no record. */
export interface DaySlot {
  day: string;
  summary: DaySummary | null;
}

const DAY = 24 * 60 * 60_000;

/** Noon UTC of a day key: safe to step by whole days and to format with timeZone UTC. */
function noonOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, 12);
}

/**
 * The `range` calendar days ending with `today`, oldest first, each with its summary. Days without
 * a summary had no record (Limber was not running): they are gaps, not zeros.
 */
export function daySlots(today: string, range: number, summaries: readonly DaySummary[]): DaySlot[] {
  const byDay = new Map(summaries.map((s) => [s.day, s]));
  const last = noonOf(today);
  return Array.from({ length: range }, (_, i) => {
    const day = new Date(last - (range - 1 - i) * DAY).toISOString().slice(0, 10);
    return { day, summary: byDay.get(day) ?? null };
  });
}

/**
 * The locale for words in dates and lists: the system's own (with its region's order, "2 Jun" or
 * "Jun 2") when it speaks the app's language, otherwise the app's language.
 */
export function wordsLocale(): string {
  const system = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return system.split('-')[0] === locale() ? system : locale();
}

const styles = {
  weekday: { weekday: 'short' },
  short: { day: 'numeric', month: 'short' },
  long: { weekday: 'short', day: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** A day key for people: "Mon", "2 Jun" or "Mon 2 Jun" (in their own locale's order). */
export function formatDay(day: string, style: keyof typeof styles): string {
  const key = `${wordsLocale()}|${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(wordsLocale(), { ...styles[style], timeZone: 'UTC' })));
  return format.format(noonOf(day));
}
