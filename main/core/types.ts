import type { SettingsPatch } from './settings.js';

/** Every kind of reminder the engine owns. Later kinds (workouts, bedtime) join this union. */
export const reminderKinds = ['move', 'stretch', 'hydrate'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export type MovementKind = Extract<ReminderKind, 'move' | 'stretch'>;

export const replyActions = ['start', 'done', 'snooze', 'skip'] as const;
export type ReplyAction = (typeof replyActions)[number];

export type PauseRequest =
  | { for: 'minutes'; minutes: number }
  | { for: 'tomorrow' }
  | { for: 'indefinitely' };

/** Everything that can happen to the engine: OS events, user intents, settings. */
export type EngineInput =
  | { type: 'suspend' }
  | { type: 'wake' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'busy'; busy: boolean }
  | { type: 'reply'; reminder: ReminderKind; action: ReplyAction }
  | { type: 'drink'; ml?: number }
  | { type: 'undoDrink' }
  | { type: 'pause'; pause: PauseRequest }
  | { type: 'resume' }
  | { type: 'breakNow' }
  | { type: 'settings'; patch: SettingsPatch }
  /** A hint that the wall clock or time zone may have changed; the engine also notices by itself. */
  | { type: 'clockCheck' };

export type AwayReason = 'idle' | 'locked' | 'asleep';

export type AlertCloseReason = 'replied' | 'missed' | 'naturalBreak' | 'paused' | 'superseded' | 'breakStarted' | 'disabled' | 'expired';

/** The history: every alert, reply, natural break and state change, as it happened. */
export type HistoryRecord = { at: number } & (
  | { event: 'alert'; reminder: ReminderKind; attempt: number; replaces?: ReminderKind }
  | { event: 'alertClosed'; reminder: ReminderKind; reason: AlertCloseReason }
  | { event: 'reply'; reminder: ReminderKind; action: ReplyAction | 'drink'; hadAlert: boolean }
  | { event: 'missed'; reminder: ReminderKind }
  | { event: 'naturalBreak'; reminders: MovementKind[]; minutes: number }
  | { event: 'breakStart'; reminder: MovementKind; until: number; source: 'reply' | 'breakNow' }
  | { event: 'breakEnd'; reminder: MovementKind }
  | { event: 'drink'; ml: number; todayMl: number }
  | { event: 'drinkUndone'; ml: number; todayMl: number }
  | { event: 'away'; since: number; reason: AwayReason }
  | { event: 'back'; awayMinutes: number }
  | { event: 'busy' }
  | { event: 'busyEnd' }
  | { event: 'paused'; until: number | null }
  | { event: 'resumed'; reason: 'user' | 'expired' }
  | { event: 'clockChanged'; jumpMinutes: number }
  | { event: 'timeZoneChanged'; from: string; to: string }
  | { event: 'settingsChanged' }
  | { event: 'newDay'; day: string }
);
export type HistoryEvent = HistoryRecord['event'];

export interface Snapshot {
  presence: 'present' | AwayReason;
  busy: boolean;
  /** null when running; `until` is a wall time, or null when paused indefinitely. */
  paused: null | { until: number | null };
  breakInProgress: null | { reminder: MovementKind; until: number };
  /**
   * When each reminder is next expected (wall time), assuming the user stays present; null when it
   * is off, or cannot come due (away, paused, no working hours ahead).
   */
  next: Record<ReminderKind, number | null>;
  /** Reminders with an alert on screen now. */
  alerting: ReminderKind[];
  water: { day: string; todayMl: number; goalMl: number; canUndo: boolean };
  /** Today's movement breaks (the day starts at `dayStartsAt`). */
  breaks: { taken: number; skipped: number; natural: number; missed: number };
  timeZone: string;
}

export type EngineOutput = { type: 'record'; record: HistoryRecord } | { type: 'snapshot'; snapshot: Snapshot };

export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
