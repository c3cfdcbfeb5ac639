import type { Settings } from '../main/core/settings.ts';
import { formatLocale, locale, t } from './i18n.ts';

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

// Intl formatters are costly to make (the first one loads the language's data) and cheap to reuse.
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A time of day in the engine's time zone, in the language's 12- or 24-hour style. */
export function formatTimeOfDay(wall: number, timeZone: string): string {
  const key = `${formatLocale()} ${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) timeFormats.set(key, (format = new Intl.DateTimeFormat(formatLocale(), { timeStyle: 'short', timeZone })));
  return format.format(wall);
}

/** A planned "HH:MM" (a workout's time, a bedtime) in the language's 12- or 24-hour style. */
export function formatClockText(hhmm: string): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return formatTimeOfDay(Date.UTC(2000, 0, 1, hours ?? 0, minutes ?? 0), 'UTC');
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale()} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(), options)));
  return format.format(value);
}

// Volumes. Stored amounts are always whole millilitres; the person chooses how they are shown.

export type VolumeUnit = Settings['profile']['units'];

/** One US fluid ounce (NIST Handbook 44: 29.573 529 562 5 ml). */
export const ML_PER_FLOZ = 29.5735;

/** Fluid ounces are shown to a tenth; millilitres whole. */
const UNIT_DECIMALS: Record<VolumeUnit, number> = { ml: 0, floz: 1 };

/** An amount in millilitres, in the person's unit (not rounded). */
export function fromMl(ml: number, unit: VolumeUnit): number {
  return unit === 'ml' ? ml : ml / ML_PER_FLOZ;
}

/** Bounds in millilitres said in the person's unit, rounded inwards so each is a value main accepts. */
export function volumeRange(minMl: number, maxMl: number, unit: VolumeUnit): { min: number; max: number } {
  return unit === 'ml' ? { min: minMl, max: maxMl } : { min: Math.ceil(fromMl(minMl, unit) * 10) / 10, max: Math.floor(fromMl(maxMl, unit) * 10) / 10 };
}

/** An amount typed in the person's unit, as the whole millilitres main stores. */
export function toMl(amount: number, unit: VolumeUnit): number {
  return Math.round(unit === 'ml' ? amount : amount * ML_PER_FLOZ);
}

/** The number alone, as a field shows it for editing: "250", "8.5" (no grouping, "." decimal). */
export function volumeFieldValue(ml: number, unit: VolumeUnit): string {
  const factor = 10 ** UNIT_DECIMALS[unit];
  return String(Math.round(fromMl(ml, unit) * factor) / factor);
}

/** "250 ml", "2,000 ml", "8.5 fl oz". */
export function formatVolume(ml: number, unit: VolumeUnit): string {
  const amount = formatNumber(fromMl(ml, unit), { maximumFractionDigits: UNIT_DECIMALS[unit] });
  return t(unit === 'ml' ? 'unit.ml' : 'unit.floz', { amount });
}

/**
 * Today's water against the goal, as the ring shows and says it: litres for people who chose
 * millilitres ("1.25" of "2.0"), fluid ounces to a tenth otherwise.
 */
export function waterProgress(todayMl: number, goalMl: number, unit: VolumeUnit): { drunk: string; goal: string; short: string; label: string } {
  const options: Intl.NumberFormatOptions = unit === 'ml' ? { minimumFractionDigits: 1, maximumFractionDigits: 2 } : { maximumFractionDigits: 1 };
  const amount = (ml: number) => formatNumber(unit === 'ml' ? ml / 1000 : fromMl(ml, unit), options);
  // Nothing yet reads as "0", not "0.0".
  const drunk = todayMl === 0 ? formatNumber(0) : amount(todayMl);
  const goal = amount(goalMl);
  return unit === 'ml'
    ? { drunk, goal, short: t('water.ring.of.litres', { goal }), label: t('water.ring.label.litres', { drunk, goal }) }
    : { drunk, goal, short: t('water.ring.of.floz', { goal }), label: t('water.ring.label.floz', { drunk, goal }) };
}
