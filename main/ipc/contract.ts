/**
 * The one place an IPC channel is named. Main validates every request against these schemas;
 * the preload exposes exactly these channels; the renderer gets the types.
 */
import { z } from 'zod';
import type { SenseReport } from '../sensing/sensor.js';
import { settingsSchema, type Settings } from '../core/settings.js';
import { chimes } from '../core/sounds.js';
import { alertKinds, type BusyReason, type ReminderKind, type Snapshot } from '../core/types.js';
import { replyActions } from '../core/types.js';
import { crampContexts, crampMuscles } from '../core/kinds.js';
import type { UpdateStatus } from '../core/updates.js';
import type { InsightReport } from '../core/insights.js';
import type { DaySummary } from '../core/summary.js';
import { workoutPlanSchema, type Workout } from '../core/workouts.js';
import { channelNames, MAX_IMPORT_BYTES, stateChannel, type Channel } from './names.js';
import type { WriteFailure } from '../writeFailure.js';

const empty = z.union([z.undefined(), z.object({}).strict()]);

import { noticeIds, reliefMuscles, views, type ReliefMuscle, type View } from './names.js';

export { reliefMuscles, views, type ReliefMuscle, type View };

/** A settings patch: every section optional, every field in it optional; main merges and re-validates. */
const shape = settingsSchema.shape;
const settingsPatch = z
  .object({
    move: shape.move.partial().optional(),
    stretch: shape.stretch.partial().optional(),
    hydrate: shape.hydrate.partial().optional(),
    presence: shape.presence.partial().optional(),
    alerts: shape.alerts.partial().optional(),
    busy: shape.busy.partial().optional(),
    profile: shape.profile.partial().optional(),
    bedtime: shape.bedtime.partial().optional(),
    breaks: shape.breaks.partial().optional(),
    sounds: shape.sounds.partial().optional(),
    shortcuts: shape.shortcuts.partial().optional(),
    workout: shape.workout.partial().optional(),
    updates: shape.updates.partial().optional(),
    dayStartsAt: shape.dayStartsAt.optional(),
    workingHours: shape.workingHours.partial().optional(),
  })
  .strict();

const requests = {
  'state:get': { request: empty },
  reply: { request: z.object({ reminder: z.enum(alertKinds), action: z.enum(replyActions) }).strict() },
  'drink:log': { request: z.object({ ml: z.number().int().min(1).max(5000).optional() }).strict() },
  'drink:undo': { request: empty },
  'pause:set': {
    request: z.discriminatedUnion('for', [
      z.object({ for: z.literal('minutes'), minutes: z.number().int().min(1).max(7 * 24 * 60) }).strict(),
      z.object({ for: z.literal('tomorrow') }).strict(),
      z.object({ for: z.literal('indefinitely') }).strict(),
    ]),
  },
  'pause:resume': { request: empty },
  'break:now': { request: empty },
  'settings:set': { request: settingsPatch },
  'login:set': { request: z.object({ openAtLogin: z.boolean() }).strict() },
  'window:open': { request: z.object({ view: z.enum(views), muscle: z.enum(reliefMuscles).optional() }).strict() },
  'notice:dismiss': { request: z.object({ id: z.string().min(1).max(64) }).strict() },
  'meal:log': { request: empty },
  'workouts:set': { request: z.object({ workouts: workoutPlanSchema }).strict() },
  'cramp:log': {
    request: z
      .object({
        muscle: z.enum(crampMuscles),
        context: z.enum(crampContexts),
        severity: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
        /** When it happened (wall time); now when omitted. */
        when: z.number().int().min(Date.UTC(2000, 0, 1)).max(Date.UTC(2200, 0, 1)).optional(),
        durationMinutes: z.number().min(0).max(1440).nullable().optional(),
        note: z.string().max(500, 'must be at most 500 characters').optional(),
      })
      .strict(),
  },
  'cramp:delete': { request: z.object({ id: z.string().min(1).max(64) }).strict() },
  'history:view': { request: z.object({ range: z.union([z.literal(7), z.literal(30), z.literal(90)]) }).strict() },
  'history:export': { request: z.object({ format: z.enum(['json', 'csv']) }).strict() },
  'history:import': { request: z.object({ text: z.string().max(MAX_IMPORT_BYTES, 'the file is too large (50 MB at most)') }).strict() },
  'sound:preview': { request: z.object({ chime: z.enum(chimes) }).strict() },
  'logs:open': { request: empty },
  'notification:test': { request: empty },
  'sensing:check': { request: empty },
} as const satisfies { [C in Channel]: { request: z.ZodType } };

export const channels: { readonly [C in Channel]: { readonly request: z.ZodType } } = requests;
export { channelNames, stateChannel, type Channel };
export type RequestOf<C extends Channel> = z.input<(typeof requests)[C]['request']>;

export { noticeIds };
export type NoticeId = (typeof noticeIds)[number];
/** The parts of the stored document that are recovered one by one. */
export type StoredSection = 'settings' | 'engine' | 'workouts';
export interface Notice {
  id: NoticeId;
  /** Extra detail for the message (e.g. where the broken file was kept, how many lines were skipped, or the refused shortcut fields, comma-separated). */
  detail?: string;
  /** Why a write failed (historyWriteFailed, settingsWriteFailed). */
  reason?: WriteFailure;
  /** Which sections were reset to defaults (settingsPartlyRecovered). */
  sections?: StoredSection[];
}

/** Busy reasons no method on this desktop can tell (they never hold an alert), and whether a tray shows. */
export interface SensingStatus {
  unsupported: BusyReason[];
  /** null until known, or where it cannot be told. */
  trayAvailable: boolean | null;
}

/** Everything the renderer shows, in one object. */
export interface AppState {
  snapshot: Snapshot;
  settings: Settings;
  /** The defaults, for Preferences' "Restore defaults" (the window does not bundle the schema). */
  defaults: Settings;
  notices: Notice[];
  openAtLogin: boolean;
  /** The alert the break window is showing, if any. */
  breakAlert: { reminder: ReminderKind; attempt: number } | null;
  /**
   * The view and muscle a menu item or notification asked the window to show; `seq` grows with
   * every request, so asking twice for the same view still routes the window again.
   */
  route: { view: View; muscle?: ReliefMuscle; seq: number } | null;
  /** The language the app speaks now (settings.profile.language, or the system's). */
  language: 'en' | 'de' | 'es' | 'fr';
  /** The planned workouts. */
  workouts: Workout[];
  /** What the desktop sensor can tell here, known shortly after launch (Preferences reports it once). */
  sensing: SensingStatus;
  /** Filled once a view asks for it (history:view): days of history and what they suggest. */
  history: { range: 7 | 30 | 90; days: DaySummary[]; insights: InsightReport } | null;
  /** Where software updates stand (absent where nothing updates, as in the preview). */
  update?: UpdateStatus;
}

/** What a channel answers with: the new AppState, except where a channel says otherwise. */
export interface Responses {
  'history:export': { filename: string; mime: string; text: string };
  'notification:test': TestNotificationResult;
  'sensing:check': SenseReport;
}

/** What Preferences' "Check what Limber sees" shows: each busy reason's answer now and the method that gave it. */
export type { SenseReport };

/** Whether first run's test notification was handed to the desktop, and if not, why. */
export type TestNotificationResult = { sent: true } | { sent: false; reason: 'unsupported' } | { sent: false; reason: 'failed'; detail: string };
export type ResponseOf<C extends Channel> = C extends keyof Responses ? Responses[C] : AppState;

/**
 * A refused field whose reason is one of the kinds a window can say in the person's language;
 * `path` is inside the request ("move.intervalMinutes"). Main's message still says every reason.
 */
export const refusalKinds = ['tooBig', 'tooSmall', 'notWhole', 'badFormat', 'endBeforeStart', 'endOfDay', 'shortcutModifier'] as const;
export interface FieldRefusal {
  path: string;
  kind: (typeof refusalKinds)[number];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: 'invalid' | 'forbidden' | 'failed' | 'limited'; message: string; fields?: FieldRefusal[] } };

/** The API the preload puts on `window.limber`: the contract, nothing more. */
export interface LimberBridge {
  invoke<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
  /** Subscribes to state pushes; returns an unsubscribe function. */
  onState(listener: (state: AppState) => void): () => void;
}
