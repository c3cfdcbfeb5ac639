/**
 * The one place an IPC channel is named. Main validates every request against these schemas;
 * the preload exposes exactly these channels; the renderer gets the types.
 */
import { z } from 'zod';
import { settingsSchema, type Settings } from '../core/settings.js';
import { reminderKinds, replyActions, type ReminderKind, type Snapshot } from '../core/types.js';
import { channelNames, stateChannel, type Channel } from './names.js';

const empty = z.union([z.undefined(), z.object({}).strict()]);

/** Views of the Limber window a menu item or notification can open. */
export const views = ['today', 'routines', 'relief', 'learn', 'preferences'] as const;
export type View = (typeof views)[number];

export const reliefMuscles = ['calf', 'foot', 'hamstring', 'quadriceps', 'hand'] as const;
export type ReliefMuscle = (typeof reliefMuscles)[number];

/** A settings patch: every section optional, every field in it optional; main merges and re-validates. */
const shape = settingsSchema.shape;
const settingsPatch = z
  .object({
    move: shape.move.partial().optional(),
    stretch: shape.stretch.partial().optional(),
    hydrate: shape.hydrate.partial().optional(),
    presence: shape.presence.partial().optional(),
    alerts: shape.alerts.partial().optional(),
    profile: shape.profile.partial().optional(),
    bedtime: shape.bedtime.partial().optional(),
    workout: shape.workout.partial().optional(),
    dayStartsAt: shape.dayStartsAt.optional(),
    workingHours: shape.workingHours.partial().optional(),
  })
  .strict();

const requests = {
  'state:get': { request: empty },
  reply: { request: z.object({ reminder: z.enum(reminderKinds), action: z.enum(replyActions) }).strict() },
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
} as const satisfies { [C in Channel]: { request: z.ZodType } };

export const channels: { readonly [C in Channel]: { readonly request: z.ZodType } } = requests;
export { channelNames, stateChannel, type Channel };
export type RequestOf<C extends Channel> = z.input<(typeof requests)[C]['request']>;

export type NoticeId = 'settingsRecovered' | 'idleUnreliable' | 'notificationsUnsupported';
export interface Notice {
  id: NoticeId;
  /** Extra detail for the message (e.g. where the broken file was kept). */
  detail?: string;
}

/** Everything the renderer shows, in one object. */
export interface AppState {
  snapshot: Snapshot;
  settings: Settings;
  notices: Notice[];
  openAtLogin: boolean;
  /** The alert the break window is showing, if any. */
  breakAlert: { reminder: ReminderKind; attempt: number } | null;
  /** The view and muscle a menu item or notification asked the window to show. */
  route: { view: View; muscle?: ReliefMuscle } | null;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: 'invalid' | 'forbidden' | 'failed'; message: string } };

/** The API the preload puts on `window.limber`: the contract, nothing more. */
export interface LimberBridge {
  invoke<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<IpcResult<AppState>>;
  /** Subscribes to state pushes; returns an unsubscribe function. */
  onState(listener: (state: AppState) => void): () => void;
}
