import { everyDay, weeklyWindows, type DailyWindows } from './localTime.js';
import type { Settings } from './settings.js';
import type { AlertCloseReason, AlertKind, HistoryRecord, ReminderKind } from './types.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An alert on screen. */
export interface AlertState {
  attempt: number;
  /** When the next repeat (or, after the last repeat, the verdict "missed") is due. */
  nextAt: number;
  /** For a workout or bedtime alert: which occasion, and until when it makes sense (wall). */
  occasion?: { key: string; until: number };
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type RecordBody = DistributiveOmit<HistoryRecord, 'at'>;

/**
 * What every part of a step shares: the settings in force, the device's wall clock and zone as
 * last synced, the alerts on screen, and the history the step writes to. The parts (presence, the
 * recurring schedule, occasions, the water day) each own their own state; this is the rest.
 */
export class EngineContext {
  settings: Settings;
  /** Where movement and stretch breaks count and fire. */
  workingHours: DailyWindows;
  /** Where drink reminders fire. */
  hydrateWindow: DailyWindows;
  /** wall = mono + offset, read in `zone`. */
  offset = 0;
  zone = 'UTC';
  readonly alerts: Partial<Record<AlertKind, AlertState>> = {};
  /** Records emitted so far: a step that emits none and takes no input can skip the snapshot. */
  recorded = 0;

  constructor(
    settings: Settings,
    private readonly emit: (record: HistoryRecord) => void,
  ) {
    this.settings = settings;
    this.workingHours = weeklyWindows(settings.workingHours);
    this.hydrateWindow = everyDay(settings.hydrate.window);
  }

  setSettings(next: Settings): void {
    this.settings = next;
    this.workingHours = weeklyWindows(next.workingHours);
    this.hydrateWindow = everyDay(next.hydrate.window);
  }

  wall(now: number): number {
    return now + this.offset;
  }

  toMono(wall: number | null): number | null {
    return wall === null ? null : wall - this.offset;
  }

  windowFor(kind: ReminderKind): DailyWindows {
    return kind === 'hydrate' ? this.hydrateWindow : this.workingHours;
  }

  record(body: RecordBody, now: number): void {
    this.recorded++;
    // Wall times in the history are whole milliseconds (performance.now() has fractions), so an
    // export reads back exactly.
    const record = { ...body, at: Math.round(now + this.offset) } as Record<string, unknown>;
    for (const key of ['since', 'until', 'workoutStart'] as const) if (typeof record[key] === 'number') record[key] = Math.round(record[key]);
    this.emit(record as HistoryRecord);
  }

  closeAlert(reminder: AlertKind, reason: AlertCloseReason, now: number): void {
    if (!this.alerts[reminder]) return;
    delete this.alerts[reminder];
    this.record({ event: 'alertClosed', reminder, reason }, now);
  }
}

export function roundMinutes(ms: number): number {
  return Math.round((ms / MINUTE) * 10) / 10;
}
