import type { CrampEntry } from './diary.js';
import type { SettingsPatch } from './settings.js';
import { occasionKinds, type Intensity, type OccasionKind, type WorkoutKind } from './kinds.js';
import type { Workout } from './workouts.js';

/** Every kind of reminder the engine owns. Later kinds (workouts, bedtime) join this union. */
export const reminderKinds = ['move', 'stretch', 'hydrate'] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export type MovementKind = Extract<ReminderKind, 'move' | 'stretch'>;

/** Every kind of alert: the recurring reminders and the one-off moments around workouts and bedtime. */
export const alertKinds = [...reminderKinds, ...occasionKinds] as const;
export type AlertKind = ReminderKind | OccasionKind;
export { occasionKinds, type OccasionKind };

export const replyActions = ['start', 'done', 'snooze', 'skip'] as const;
export type ReplyAction = (typeof replyActions)[number];

/**
 * Why the person is busy: the desktop is full screen or presenting, the OS's do-not-disturb is on,
 * the microphone or camera is in use (a call), the screen is being shared, or a chosen app runs.
 */
export const busyReasons = ['fullScreen', 'doNotDisturb', 'inCall', 'screenSharing', 'app'] as const;
export type BusyReason = (typeof busyReasons)[number];

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
  /** A pushed change of one busy reason (a D-Bus signal, a window event); `reason` defaults to fullScreen. */
  | { type: 'busy'; busy: boolean; reason?: BusyReason }
  | { type: 'reply'; reminder: AlertKind; action: ReplyAction }
  | { type: 'meal' }
  | { type: 'workouts'; workouts: Workout[] }
  | { type: 'cramp'; cramp: CrampEntry }
  | { type: 'deleteCramp'; id: string }
  | { type: 'drink'; ml?: number }
  | { type: 'undoDrink' }
  | { type: 'pause'; pause: PauseRequest }
  | { type: 'resume' }
  | { type: 'breakNow' }
  | { type: 'settings'; patch: SettingsPatch }
  /** A hint that the wall clock or time zone may have changed; the engine also notices by itself. */
  | { type: 'clockCheck' };

export type AwayReason = 'idle' | 'locked' | 'asleep';

/** Why an alert left the screen. One list, so the history's schema cannot fall behind the engine. */
export const alertCloseReasons = ['replied', 'missed', 'naturalBreak', 'paused', 'superseded', 'breakStarted', 'disabled', 'expired', 'rescheduled', 'goalMet'] as const;
export type AlertCloseReason = (typeof alertCloseReasons)[number];

/** What an alert about a workout says beyond its kind. */
export interface WorkoutAlertDetail {
  workoutId?: string;
  workoutKind?: WorkoutKind;
  intensity?: Intensity;
  hot?: boolean;
  /** Wall time of the planned start. */
  workoutStart?: number;
  workoutMinutes?: number;
  /** How much to drink now (prehydrate, rehydrate). */
  ml?: number;
  /** For sessions of an hour or more: what to carry and how often to sip. */
  carryMl?: number;
  drinkEveryMinutes?: number;
  /** A meal was logged less than an hour before the start: go easy at first. */
  recentMeal?: boolean;
  /** Rehydrate after hot or long sessions: with electrolytes. */
  electrolytes?: boolean;
}

/** The history: every alert, reply, natural break and state change, as it happened. */
export type HistoryRecord = { at: number } & (
  | ({ event: 'alert'; reminder: AlertKind; attempt: number; replaces?: ReminderKind } & WorkoutAlertDetail)
  | { event: 'alertClosed'; reminder: AlertKind; reason: AlertCloseReason }
  | { event: 'reply'; reminder: AlertKind; action: ReplyAction | 'drink'; hadAlert: boolean }
  | { event: 'missed'; reminder: ReminderKind }
  /** A one-off moment whose window closed unsaid (the person was away, asleep, paused, or the clock jumped past it). */
  | { event: 'occasionDropped'; reminder: OccasionKind; due: number; workoutId?: string; workoutStart?: number }
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
  | { event: 'newDay'; day: string; goalMl?: number }
  | ({ event: 'cramp' } & CrampEntry)
  | { event: 'crampDeleted'; id: string }
  | { event: 'meal' }
  | { event: 'workoutsChanged'; count: number }
);
export type HistoryEvent = HistoryRecord['event'];

export interface Snapshot {
  presence: 'present' | AwayReason;
  busy: boolean;
  /** An alert that is due but held while the person is busy, and why (the first reason that holds it). */
  holding: null | { reminder: AlertKind; reason: BusyReason };
  /** null when running; `until` is a wall time, or null when paused indefinitely. */
  paused: null | { until: number | null };
  breakInProgress: null | { reminder: MovementKind; until: number };
  /**
   * When each reminder is next expected (wall time), assuming the user stays present; null when it
   * is off, or cannot come due (away, paused, no working hours ahead).
   */
  next: Record<ReminderKind, number | null>;
  /** Alerts on screen now. */
  alerting: AlertKind[];
  /**
   * `goalMl` is the daily goal plus `exerciseMl` for today's planned workouts.
   */
  water: { day: string; todayMl: number; goalMl: number; exerciseMl: number; canUndo: boolean };
  /** Workout and bedtime moments in the next 24 hours (wall times), soonest first. */
  upcoming: { reminder: OccasionKind; at: number; workoutId?: string }[];
  /** Today's movement breaks (the day starts at `dayStartsAt`); `snoozed` counts each snooze. */
  breaks: { taken: number; skipped: number; natural: number; missed: number; snoozed: number };
  /**
   * How far the next movement break may still be put off (settings.breaks): the snoozes it has had,
   * the breaks skipped in a row, and whether Snooze and Skip are still offered.
   */
  putOff: { snoozes: number; skipsInRow: number; canSnooze: boolean; canSkip: boolean };
  timeZone: string;
}

export type EngineOutput = { type: 'record'; record: HistoryRecord } | { type: 'snapshot'; snapshot: Snapshot };

export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
