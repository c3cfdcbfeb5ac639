import { locale, t } from './i18n.ts';

const MINUTE = 60_000;

/** "less than a minute", "12 min", "1 h 05 min": a countdown rounded up to the minute. */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return t('duration.underMinute');
  const total = Math.ceil(ms / MINUTE);
  if (total < 60) return t('duration.minutes', { minutes: total });
  return t('duration.hours', { hours: Math.floor(total / 60), minutes: String(total % 60).padStart(2, '0') });
}

/** "4:05": a countdown to the second, for a break in progress. */
export function formatClockCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A time of day in the engine's time zone, in the person's own 12- or 24-hour style. */
export function formatTimeOfDay(wall: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone }).format(wall);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
