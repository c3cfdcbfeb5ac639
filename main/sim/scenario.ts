import { DateTime } from 'luxon';
import { z } from 'zod';
import { isValidTimeZone } from '../core/localTime.js';
import { describe, resolveSettings, SettingsError, type Settings } from '../core/settings.js';
import { alertKinds, replyActions, type AlertKind, type PauseRequest, type ReplyAction } from '../core/types.js';
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
  | { action: 'meal' };

export type ScenarioEvent =
  | { type: SpellType; at: number; durationMs: number }
  | { type: 'action'; at: number; act: UserAction }
  | { type: 'clockJump'; at: number; jumpMs: number };

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ScenarioError';
  }
}

const spellTypes = ['away', 'suspend', 'lock', 'busy'] as const;
const eventTypes = [...spellTypes, 'action', 'clockJump'] as const;
const actionNames = [...replyActions, 'drink', 'pause', 'resume', 'breakNow', 'meal'] as const;

const localTime = z.string('must be a local date and time such as "2026-03-02T08:00:00"');
const nonNegativeMinutes = z.number('must be a number of minutes').nonnegative('must not be negative');
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
    afterSeconds: z.number('must be a number of seconds').nonnegative('must not be negative').default(0),
  })
  .strict();

const spellSchema = z.object({ type: z.enum(spellTypes), at: localTime, minutes: nonNegativeMinutes }).strict();
const jumpSchema = z.object({ type: z.literal('clockJump'), at: localTime, minutes: z.number('must be a number of minutes (negative to go back)') }).strict();
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

  const events: ScenarioEvent[] = [];
  (doc.events ?? []).forEach((value, index) => {
    const event = readEvent(value, index, zone, start, end, problems);
    if (event) events.push(event);
  });

  const workouts: Workout[] = [];
  (doc.workouts ?? []).forEach((value, index) => {
    const parsed = workoutEntry.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => formatIssue(['workouts', index], i)));
      return;
    }
    const w = parsed.data;
    if (parseLocal(w.at, zone, `workouts[${index}].at`, problems) === null) return;
    // Workouts are planned to the minute, on the local clock.
    workouts.push({ id: `w${index + 1}`, kind: w.kind, minutes: w.minutes, intensity: w.intensity, hot: w.hot, schedule: { type: 'once', at: w.at.slice(0, 16) } });
  });

  if (problems.length || start === null || end === null || settings === null) throw new ScenarioError(problems);
  events.sort((a, b) => a.at - b.at);
  return { timeZone: zone, startWall: start, durationMs: end - start, settings, respond, events, workouts };
}

function readEvent(value: unknown, index: number, zone: string, start: number | null, end: number | null, problems: string[]): ScenarioEvent | null {
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
  const schema = type === 'action' ? actionSchema : type === 'clockJump' ? jumpSchema : spellSchema;
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => formatIssue(path, i)));
    return null;
  }
  const data = parsed.data;
  const atWall = parseLocal(data.at, zone, `${formatPath(path)}.at`, problems);
  if (atWall === null || start === null) return null;
  if (atWall < start || (end !== null && atWall > end)) {
    problems.push(`${formatPath(path)}.at: must lie between start and end (got ${describe(data.at)})`);
    return null;
  }
  const at = atWall - start;
  switch (data.type) {
    case 'clockJump':
      return { type: 'clockJump', at, jumpMs: data.minutes * 60_000 };
    case 'action': {
      const act = readAction(data, path, problems);
      return act ? { type: 'action', at, act } : null;
    }
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
