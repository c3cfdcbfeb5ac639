import { DateTime } from 'luxon';
import { z } from 'zod';
import { isValidTimeZone } from '../core/localTime.js';
import { describe, resolveSettings, SettingsError, type Settings, type SettingsPatch } from '../core/settings.js';
import { alertKinds, busyReasons, replyActions, type AlertKind, type BusyReason, type PauseRequest, type ReplyAction } from '../core/types.js';
import { intensities, workoutKinds, type Workout } from '../core/workouts.js';

/** A scenario as the simulator runs it: every time is milliseconds since the scenario's start. */
export interface Scenario {
  timeZone: string;
  /** Epoch milliseconds of the start, on the device's wall clock. */
  startWall: number;
  durationMs: number;
  settings: Settings;
  respond: Partial<Record<AlertKind, Response>>;
  events: ScenarioEvent[];
  workouts?: Workout[];
}

export type Response = { action: ReplyAction; afterSeconds: number } | { action: 'drink'; ml: number | undefined; afterSeconds: number };

export type SpellType = 'away' | 'suspend' | 'lock' | 'busy';
export type UserAction =
  | { action: ReplyAction; reminder: AlertKind }
  | { action: 'drink'; ml: number | undefined }
  | { action: 'pause'; pause: PauseRequest }
  | { action: 'resume' }
  | { action: 'breakNow' }
  | { action: 'meal' }
  | { action: 'undoDrink' };

export type ScenarioEvent =
  | { type: Exclude<SpellType, 'busy'>; at: number; durationMs: number }
  | { type: 'busy'; at: number; durationMs: number; reason?: BusyReason }
  | { type: 'action'; at: number; act: UserAction }
  | { type: 'clockJump'; at: number; jumpMs: number }
  /** A settings change, as Preferences makes it (already validated against the scenario's settings). */
  | { type: 'settings'; at: number; patch: SettingsPatch }
  /** The device moves to another zone (travel). */
  | { type: 'timeZone'; at: number; zone: string }
  /** The plan is replaced, as Planner does. */
  | { type: 'workouts'; at: number; workouts: Workout[] };

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ScenarioError';
  }
}

const spellTypes = ['away', 'suspend', 'lock', 'busy'] as const;
const eventTypes = [...spellTypes, 'action', 'clockJump', 'settings', 'timeZone', 'workouts'] as const;
const actionNames = [...replyActions, 'drink', 'pause', 'resume', 'breakNow', 'meal', 'undoDrink'] as const;

/**
 * What a real machine can do, so a typo cannot ask the simulator for a thousand years: a scenario
 * spans at most a year, a spell lasts at most that long, and the clock is set at most five years
 * either way (the engine's local-time arithmetic stays meaningful inside that).
 */
const MAX_SCENARIO_DAYS = 366;
const MAX_MINUTES = MAX_SCENARIO_DAYS * 24 * 60;
const MAX_JUMP_MINUTES = 5 * 365 * 24 * 60;

const localTime = z.string('must be a local date and time such as "2026-03-02T08:00:00"');
const nonNegativeMinutes = z
  .number('must be a number of minutes')
  .nonnegative('must not be negative')
  .max(MAX_MINUTES, `must be at most ${MAX_MINUTES} (${MAX_SCENARIO_DAYS} days)`);
const ml = z.number('must be a number of millilitres').int('must be a whole number of millilitres').min(1, 'must be at least 1 ml').max(5000, 'must be at most 5000 ml');
const reminder = z.enum(alertKinds, { error: `must be one of: ${alertKinds.join(', ')}` });

const topLevel = z
  .object({
    timeZone: z.string('must be an IANA time zone such as "Europe/Berlin"'),
    start: localTime,
    end: localTime,
    settings: z.record(z.string(), z.unknown(), 'must be an object of settings').optional(),
    respond: z.record(z.string(), z.unknown(), 'must be an object keyed by reminder kind').optional(),
    events: z.array(z.unknown(), 'must be a list of events').optional(),
    workouts: z.array(z.unknown(), 'must be a list of workouts').optional(),
  })
  .strict();

const workoutEntry = z
  .object({
    at: localTime,
    minutes: z.number('must be a number of minutes').int('must be a whole number of minutes').min(5, 'must be at least 5').max(600, 'must be at most 600'),
    kind: z.enum(workoutKinds, { error: `must be one of: ${workoutKinds.join(', ')}` }).default('run'),
    intensity: z.enum(intensities, { error: `must be one of: ${intensities.join(', ')}` }).default('moderate'),
    hot: z.boolean('must be true or false').default(false),
  })
  .strict();

const responseSchema = z
  .object({
    action: z.enum([...replyActions, 'drink'], { error: `must be one of: ${[...replyActions, 'drink'].join(', ')}` }),
    ml: ml.optional(),
    afterSeconds: z.number('must be a number of seconds').nonnegative('must not be negative').max(86_400, 'must be at most 86400 (a day)').default(0),
  })
  .strict();

const spellSchema = z.object({ type: z.enum(['away', 'suspend', 'lock']), at: localTime, minutes: nonNegativeMinutes }).strict();
const busySchema = z
  .object({
    type: z.literal('busy'),
    at: localTime,
    minutes: nonNegativeMinutes,
    reason: z.enum(busyReasons, { error: `must be one of: ${busyReasons.join(', ')}` }).optional(),
  })
  .strict();
const jumpSchema = z
  .object({
    type: z.literal('clockJump'),
    at: localTime,
    minutes: z
      .number('must be a number of minutes (negative to go back)')
      .min(-MAX_JUMP_MINUTES, `must be at least -${MAX_JUMP_MINUTES} (five years back)`)
      .max(MAX_JUMP_MINUTES, `must be at most ${MAX_JUMP_MINUTES} (five years on)`),
  })
  .strict();
const settingsEventSchema = z.object({ type: z.literal('settings'), at: localTime, patch: z.record(z.string(), z.unknown(), 'must be an object of settings') }).strict();
const zoneEventSchema = z.object({ type: z.literal('timeZone'), at: localTime, zone: z.string('must be an IANA time zone such as "America/New_York"') }).strict();
const workoutsEventSchema = z.object({ type: z.literal('workouts'), at: localTime, workouts: z.array(z.unknown(), 'must be a list of workouts') }).strict();
const actionSchema = z
  .object({
    type: z.literal('action'),
    at: localTime,
    action: z.enum(actionNames, { error: `unknown action (expected one of: ${actionNames.join(', ')})` }),
    reminder: reminder.optional(),
    ml: ml.optional(),
    minutes: z.number('must be a number of minutes').int('must be a whole number of minutes').positive('must be more than 0').max(10_080, 'must be at most 10080 (a week)').optional(),
    until: z.literal('tomorrow', 'must be "tomorrow"').optional(),
  })
  .strict();

/** Reads a scenario, or throws ScenarioError naming each field, its value and the problem. */
export function parseScenario(raw: unknown): Scenario {
  const top = topLevel.safeParse(raw, { reportInput: true });
  if (!top.success) throw new ScenarioError(top.error.issues.map((i) => formatIssue([], i)));
  const doc = top.data;

  const problems: string[] = [];
  if (!isValidTimeZone(doc.timeZone)) problems.push(`timeZone: unknown IANA time zone (got ${describe(doc.timeZone)})`);
  const zone = problems.length ? 'UTC' : doc.timeZone;
  const start = parseLocal(doc.start, zone, 'start', problems);
  const end = parseLocal(doc.end, zone, 'end', problems);
  if (start !== null && end !== null && end <= start) problems.push(`end: must be after start (got ${describe(doc.end)})`);
  if (start !== null && end !== null && end - start > MAX_MINUTES * 60_000) problems.push(`end: must be at most ${MAX_SCENARIO_DAYS} days after start (got ${describe(doc.end)})`);

  let settings: Settings | null = null;
  try {
    settings = resolveSettings(doc.settings ?? {});
  } catch (error) {
    if (error instanceof SettingsError) problems.push(...error.problems);
    else throw error;
  }

  const respond: Partial<Record<AlertKind, Response>> = {};
  for (const [kind, value] of Object.entries(doc.respond ?? {})) {
    if (!(alertKinds as readonly string[]).includes(kind)) {
      problems.push(`respond.${kind}: unknown reminder kind (expected one of: ${alertKinds.join(', ')})`);
      continue;
    }
    const parsed = responseSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => formatIssue(['respond', kind], i)));
      continue;
    }
    const { action, afterSeconds } = parsed.data;
    if (action !== 'drink' && parsed.data.ml !== undefined) {
      problems.push(`respond.${kind}.ml: only a "drink" response takes ml (got ${describe(parsed.data.ml)})`);
      continue;
    }
    respond[kind as AlertKind] = action === 'drink' ? { action, ml: parsed.data.ml, afterSeconds } : { action, afterSeconds };
  }

  // Events are read in the order written; after a "timeZone" event, times are read in the new zone.
  const events: ScenarioEvent[] = [];
  const reading: Reading = { zone, start, end, settings, zoneChangedAt: null, problems };
  (doc.events ?? []).forEach((value, index) => {
    const event = readEvent(value, index, reading);
    if (event) events.push(event);
  });

  const workouts = readWorkouts(doc.workouts ?? [], ['workouts'], zone, problems);

  if (problems.length || start === null || end === null || settings === null) throw new ScenarioError(problems);
  events.sort((a, b) => a.at - b.at);
  return { timeZone: zone, startWall: start, durationMs: end - start, settings, respond, events, workouts };
}

/** The state of reading the event list: the zone in force, and the settings as changed so far. */
interface Reading {
  zone: string;
  start: number | null;
  end: number | null;
  settings: Settings | null;
  /** The elapsed time of the last zone change, before which no later-written event may fall. */
  zoneChangedAt: { at: number; index: number } | null;
  problems: string[];
}

function readWorkouts(values: readonly unknown[], path: (string | number)[], zone: string, problems: string[]): Workout[] {
  const workouts: Workout[] = [];
  values.forEach((value, index) => {
    const parsed = workoutEntry.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => formatIssue([...path, index], i)));
      return;
    }
    const w = parsed.data;
    if (parseLocal(w.at, zone, `${formatPath([...path, index])}.at`, problems) === null) return;
    // Workouts are planned to the minute, on the local clock.
    workouts.push({ id: `w${index + 1}`, kind: w.kind, minutes: w.minutes, intensity: w.intensity, hot: w.hot, schedule: { type: 'once', at: w.at.slice(0, 16) } });
  });
  return workouts;
}

const schemaOf = {
  action: actionSchema,
  clockJump: jumpSchema,
  settings: settingsEventSchema,
  timeZone: zoneEventSchema,
  workouts: workoutsEventSchema,
  busy: busySchema,
  away: spellSchema,
  suspend: spellSchema,
  lock: spellSchema,
} as const;

function readEvent(value: unknown, index: number, reading: Reading): ScenarioEvent | null {
  const { problems, start, end } = reading;
  const path = ['events', index];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${formatPath(path)}: must be an object (got ${describe(value)})`);
    return null;
  }
  const type = (value as { type?: unknown }).type;
  if (!(eventTypes as readonly unknown[]).includes(type)) {
    problems.push(`${formatPath([...path, 'type'])}: unknown event type (got ${describe(type)}; expected one of: ${eventTypes.join(', ')})`);
    return null;
  }
  const parsed = schemaOf[type as keyof typeof schemaOf].safeParse(value, { reportInput: true });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => formatIssue(path, i)));
    return null;
  }
  const data = parsed.data;
  const field = formatPath(path);
  // After a zone change, a local time names a moment in the new zone.
  const atWall = parseLocal(data.at, reading.zone, `${field}.at`, problems);
  if (atWall === null || start === null) return null;
  const at = atWall - start;
  if (at < 0 || (end !== null && at > end - start)) {
    problems.push(`${field}.at: must lie between start and end (got ${describe(data.at)})`);
    return null;
  }
  if (reading.zoneChangedAt && at < reading.zoneChangedAt.at) {
    problems.push(`${field}.at: must not come before the time-zone change at events[${reading.zoneChangedAt.index}] (got ${describe(data.at)})`);
    return null;
  }
  switch (data.type) {
    case 'clockJump':
      return { type: 'clockJump', at, jumpMs: data.minutes * 60_000 };
    case 'action': {
      const act = readAction(data, path, problems);
      return act ? { type: 'action', at, act } : null;
    }
    case 'settings': {
      if (!reading.settings) return null;
      try {
        reading.settings = resolveSettings(data.patch, reading.settings);
      } catch (error) {
        if (!(error instanceof SettingsError)) throw error;
        problems.push(...error.problems.map((p) => p.replace(/^settings/, `${field}.patch`)));
        return null;
      }
      return { type: 'settings', at, patch: data.patch as SettingsPatch };
    }
    case 'timeZone': {
      if (!isValidTimeZone(data.zone)) {
        problems.push(`${field}.zone: unknown IANA time zone (got ${describe(data.zone)})`);
        return null;
      }
      reading.zone = data.zone;
      reading.zoneChangedAt = { at, index };
      return { type: 'timeZone', at, zone: data.zone };
    }
    case 'workouts': {
      const before = problems.length;
      const workouts = readWorkouts(data.workouts, [...path, 'workouts'], reading.zone, problems);
      return problems.length > before ? null : { type: 'workouts', at, workouts };
    }
    case 'busy':
      return data.reason ? { type: 'busy', at, durationMs: data.minutes * 60_000, reason: data.reason } : { type: 'busy', at, durationMs: data.minutes * 60_000 };
    default:
      return { type: data.type, at, durationMs: data.minutes * 60_000 };
  }
}


/** Which optional fields each action takes; any other is a mistake worth naming. */
const fieldsOf: Record<(typeof actionNames)[number], readonly ('reminder' | 'ml' | 'minutes' | 'until')[]> = {
  start: ['reminder'],
  done: ['reminder'],
  snooze: ['reminder'],
  skip: ['reminder'],
  drink: ['ml'],
  pause: ['minutes', 'until'],
  resume: [],
  breakNow: [],
  meal: [],
  undoDrink: [],
};

function readAction(data: z.infer<typeof actionSchema>, path: (string | number)[], problems: string[]): UserAction | null {
  const field = formatPath(path);
  const stray = (['reminder', 'ml', 'minutes', 'until'] as const).filter((key) => data[key] !== undefined && !fieldsOf[data.action].includes(key));
  if (stray.length) {
    problems.push(`${field}.${stray[0]}: not a field of the action "${data.action}" (got ${describe(data[stray[0] as 'ml'])})`);
    return null;
  }
  switch (data.action) {
    case 'start':
    case 'done':
    case 'snooze':
    case 'skip':
      if (!data.reminder) {
        problems.push(`${field}.reminder: required for the action "${data.action}" (expected one of: ${alertKinds.join(', ')})`);
        return null;
      }
      return { action: data.action, reminder: data.reminder };
    case 'drink':
      return { action: 'drink', ml: data.ml };
    case 'pause':
      if (data.minutes !== undefined && data.until !== undefined) {
        problems.push(`${field}: give either "minutes" or "until", not both`);
        return null;
      }
      if (data.minutes !== undefined) return { action: 'pause', pause: { for: 'minutes', minutes: data.minutes } };
      return { action: 'pause', pause: data.until ? { for: 'tomorrow' } : { for: 'indefinitely' } };
    case 'resume':
      return { action: 'resume' };
    case 'breakNow':
      return { action: 'breakNow' };
    case 'meal':
      return { action: 'meal' };
    case 'undoDrink':
      return { action: 'undoDrink' };
  }
}

function parseLocal(text: string, zone: string, field: string, problems: string[]): number | null {
  const t = DateTime.fromISO(text, { zone });
  if (!t.isValid || /[zZ]|[+-]\d\d:?\d\d$/.test(text)) {
    problems.push(`${field}: not a local date and time like "2026-03-02T08:00:00" (got ${describe(text)})`);
    return null;
  }
  // Luxon quietly moves a time inside a DST gap forward; say so instead.
  const asWritten = DateTime.fromISO(text, { zone: 'utc' });
  if (t.hour !== asWritten.hour || t.minute !== asWritten.minute) {
    problems.push(`${field}: that local time does not exist in ${zone} (the clocks skip it for daylight saving) (got ${describe(text)})`);
    return null;
  }
  return t.toMillis();
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function formatIssue(prefix: (string | number)[], issue: z.core.$ZodIssue): string {
  const path = formatPath([...prefix, ...issue.path]) || 'scenario';
  if (issue.code === 'unrecognized_keys') return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${path}: ${issue.message} (got ${describe(issue.input)})`;
}
