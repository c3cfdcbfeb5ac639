import { z } from 'zod';
import { isForbiddenKey } from './safeJson.js';

/*
 * The settings' own rules carry `params.refusal`, a kind the window can word in the person's
 * language (the IPC layer passes it on as a FieldRefusal); the message stays main's words.
 */

/** "HH:MM" on a 24-hour clock; "24:00" is allowed as the end of a day. */
const timeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time of day as "HH:MM" (00:00 to 24:00)');

/** A moment in the day (not the end of one): "24:00" would name tomorrow's 00:00. */
const momentOfDay = timeOfDay.refine((t) => t !== '24:00', { message: 'must be a time of day before 24:00', params: { refusal: 'endOfDay' } });

const minutes = (min: number, max: number) =>
  z.number().int('must be a whole number of minutes').min(min).max(max);

const timeWindow = z
  .object({ start: timeOfDay, end: timeOfDay })
  .strict()
  .refine((w) => minutesOfDay(w.start) < minutesOfDay(w.end), {
    message: 'end must be after start (split a window that crosses midnight into two days)',
    params: { refusal: 'endBeforeStart' },
  });

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

const dayWindows = z.array(timeWindow).max(12);

/**
 * A global shortcut as Electron writes accelerators ("CommandOrControl+Alt+B"), or "" for none. At
 * least one modifier: a bare key taken system-wide would swallow that key in every app.
 */
const modifier = '(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)';
const shortcutKey = '([A-Z0-9]|F([1-9]|1\\d|2[0-4])|Space|Tab|Backspace|Delete|Insert|Enter|Up|Down|Left|Right|Home|End|PageUp|PageDown|Escape|Plus|[-=,.;/`\\[\\]\'])';
export const shortcutPattern = new RegExp(`^(${modifier}\\+)+${shortcutKey}$`);
const shortcut = z
  .string()
  .max(60)
  .refine((value) => value === '' || shortcutPattern.test(value), { message: 'must be empty or a key with at least one modifier, as "CommandOrControl+Alt+B"', params: { refusal: 'shortcutModifier' } });

export const settingsSchema = z
  .object({
    move: z
      .object({
        enabled: z.boolean(),
        /** Active (present) minutes between movement breaks. */
        intervalMinutes: minutes(5, 240),
        /** How long a movement break lasts; an away spell this long counts as one. */
        durationMinutes: minutes(1, 30),
      })
      .strict(),
    stretch: z
      .object({
        enabled: z.boolean(),
        intervalMinutes: minutes(15, 480),
        durationMinutes: minutes(1, 60),
        /** A stretch due this soon after a movement break comes in the movement break's place. */
        replacesMoveWithinMinutes: minutes(0, 60),
      })
      .strict(),
    hydrate: z
      .object({
        enabled: z.boolean(),
        /** Elapsed minutes (present or not) after the last drink or hydration alert. */
        intervalMinutes: minutes(10, 240),
        window: timeWindow,
        dailyGoalMl: z.number().int().min(250).max(10_000),
        defaultDrinkMl: z.number().int().min(10).max(2_000),
      })
      .strict(),
    presence: z
      .object({
        /** No input for this long means the user is away (the spell starts when input stopped). */
        idleThresholdMinutes: minutes(1, 60),
        /** How often to look for the user's return while they are away. */
        awayPollSeconds: z.number().int().min(1).max(120),
      })
      .strict(),
    alerts: z
      .object({
        snoozeMinutes: minutes(1, 60),
        repeatEveryMinutes: minutes(1, 60),
        maxRepeats: z.number().int().min(0).max(5),
        /** Alerts due while busy (full screen, do-not-disturb) wait at most this long. */
        busyHoldMaxMinutes: minutes(0, 240),
        /** Alerts due during a call or a screen share wait until it ends, but at most this long. */
        callHoldMaxMinutes: minutes(0, 480),
        /** Play the notification sound. */
        sound: z.boolean(),
        /** Show the break window for movement breaks too, not only for stretch breaks. */
        breakWindowForMove: z.boolean(),
        /** Strict mode: the break window offers no Skip or Snooze. */
        strict: z.boolean(),
      })
      .strict(),
    /** What counts as busy: alerts wait while any chosen reason holds (see alerts.busyHoldMaxMinutes). */
    busy: z
      .object({
        fullScreen: z.boolean(),
        doNotDisturb: z.boolean(),
        inCall: z.boolean(),
        screenSharing: z.boolean(),
        /** Hold while any app in `appNames` runs (matched by executable name). */
        apps: z.boolean(),
        appNames: z.array(z.string().trim().min(1, 'must not be empty').max(100)).max(50),
      })
      .strict(),
    /** The break window and how far a break may be put off. */
    breaks: z
      .object({
        /** Show the break card on every display (not only the one with the pointer). */
        everyDisplay: z.boolean(),
        /** The most times one break may be snoozed; null: no limit. */
        maxSnoozes: z.number().int().min(0).max(10).nullable(),
        /** The most breaks that may be skipped in a row; null: no limit. */
        maxSkipsInRow: z.number().int().min(1).max(20).nullable(),
      })
      .strict(),
    /** Chimes: a break starting and ending, and a different one for drink reminders. Off by default. */
    sounds: z.object({ enabled: z.boolean(), volume: z.number().int().min(0, 'must be 0 to 100').max(100, 'must be 0 to 100') }).strict(),
    /** System-wide keyboard shortcuts; none by default. */
    shortcuts: z.object({ breakNow: shortcut, drink: shortcut, pause: shortcut }).strict(),
    /** The nightly stretch against night cramps (opt-in). */
    bedtime: z.object({ enabled: z.boolean(), time: momentOfDay }).strict(),
    /** When the moments around a planned workout come. */
    workout: z
      .object({
        prehydrateMinutesBefore: minutes(30, 240),
        mealCutoffMinutesBefore: minutes(15, 180),
        warmupMinutesBefore: minutes(5, 30),
        cooldownMinutesAfter: minutes(0, 60),
        rehydrateMinutesAfter: minutes(0, 90),
        followUpWithinMinutes: minutes(15, 240),
      })
      .strict(),
    /** About the person: set at first run and in Preferences. The engine reads only the weight. */
    profile: z
      .object({
        /** How amounts are shown: millilitres or US fluid ounces. Stored amounts are always ml. */
        units: z.enum(['ml', 'floz'], { error: 'must be "ml" or "floz"' }),
        /** For the water-goal guide only; null when not given. */
        bodyWeightKg: z.number().min(25).max(300).nullable(),
        exercises: z.boolean(),
        nightCramps: z.boolean(),
        /** The three-step welcome has been completed (or skipped). */
        setupDone: z.boolean(),
        /** The app's language: the system's, or one of the shipped ones. */
        language: z.enum(['system', 'en', 'de', 'es', 'fr'], { error: 'must be one of: system, en, de, es, fr' }),
      })
      .strict(),
    /** Look for a new version once a day and download it in the background (packaged builds that can update). */
    updates: z.object({ enabled: z.boolean() }).strict(),
    /** Local time at which a new day starts: today's water, and "pause until tomorrow". */
    dayStartsAt: momentOfDay,
    /** Per weekday, the windows in which movement and stretch breaks count and fire. */
    workingHours: z.object(Object.fromEntries(weekdays.map((d) => [d, dayWindows])) as Record<Weekday, typeof dayWindows>).strict(),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type TimeWindow = z.infer<typeof timeWindow>;

const allDay = (): TimeWindow[] => [{ start: '00:00', end: '24:00' }];

export function defaultSettings(): Settings {
  return {
    move: { enabled: true, intervalMinutes: 30, durationMinutes: 2 },
    stretch: { enabled: true, intervalMinutes: 120, durationMinutes: 5, replacesMoveWithinMinutes: 10 },
    hydrate: {
      enabled: true,
      intervalMinutes: 45,
      window: { start: '08:00', end: '20:00' },
      dailyGoalMl: 2000,
      defaultDrinkMl: 250,
    },
    presence: { idleThresholdMinutes: 3, awayPollSeconds: 10 },
    alerts: { snoozeMinutes: 5, repeatEveryMinutes: 10, maxRepeats: 2, busyHoldMaxMinutes: 60, callHoldMaxMinutes: 60, sound: false, breakWindowForMove: false, strict: false },
    busy: { fullScreen: true, doNotDisturb: true, inCall: true, screenSharing: true, apps: false, appNames: [] },
    breaks: { everyDisplay: false, maxSnoozes: 2, maxSkipsInRow: null },
    sounds: { enabled: false, volume: 60 },
    shortcuts: { breakNow: '', drink: '', pause: '' },
    bedtime: { enabled: false, time: '22:00' },
    workout: { prehydrateMinutesBefore: 120, mealCutoffMinutesBefore: 60, warmupMinutesBefore: 10, cooldownMinutesAfter: 5, rehydrateMinutesAfter: 20, followUpWithinMinutes: 120 },
    profile: { units: 'ml', bodyWeightKg: null, exercises: false, nightCramps: false, setupDone: false, language: 'system' },
    updates: { enabled: true },
    dayStartsAt: '04:00',
    workingHours: { mon: allDay(), tue: allDay(), wed: allDay(), thu: allDay(), fri: allDay(), sat: allDay(), sun: allDay() },
  };
}

/** A deep partial: what a scenario, the store or the Preferences view may send. */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] extends unknown[] ? Settings[K] : Partial<Settings[K]> };

export class SettingsError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid settings: ${problems.join('; ')}`);
    this.name = 'SettingsError';
  }
}

/**
 * Lays a partial settings object over a base (defaults unless given) and validates the result.
 * Arrays (working-hours windows) replace rather than merge. Throws SettingsError naming each bad
 * field, its value and the reason; the base is never modified.
 */
export function resolveSettings(patch: unknown, base: Settings = defaultSettings()): Settings {
  const result = trySettings(patch, base);
  if ('problems' in result) throw new SettingsError(result.problems);
  return result.settings;
}

/** As resolveSettings, answering with the problems instead of throwing them. */
export function trySettings(patch: unknown, base: Settings = defaultSettings()): { settings: Settings } | { problems: string[] } {
  if (patch === undefined || patch === null) return { settings: structuredClone(base) };
  if (!isPlainObject(patch)) return { problems: [`settings: must be an object (got ${describe(patch)})`] };
  const merged = mergeDeep(structuredClone(base) as unknown as Record<string, unknown>, patch);
  const result = settingsSchema.safeParse(merged, { reportInput: true });
  if (result.success) return { settings: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const field = ['settings', ...issue.path.map(String)].join('.');
      const got = issue.code === 'unrecognized_keys' ? '' : ` (got ${describe(issue.input)})`;
      return `${field}: ${issue.message}${got}`;
    }),
  };
}

function mergeDeep(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(patch)) {
    // A key that names a prototype would merge into Object.prototype itself; it is never a setting.
    if (isForbiddenKey(key)) continue;
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    target[key] = isPlainObject(value) && isPlainObject(current) ? mergeDeep(current, value) : value;
  }
  return target;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The longest description of a value an error message carries. */
const DESCRIBE_MAX = 60;

/**
 * A short JSON-like description of any value for an error message. Bounded in time and length
 * whatever it is given (a million-element array, nesting ten thousand deep, a cycle, a BigInt),
 * and it never throws: it stops writing once it has enough characters.
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const out: string[] = [];
  let length = 0;
  const seen = new Set<unknown>();
  const emit = (text: string): boolean => {
    out.push(text);
    length += text.length;
    return length <= DESCRIBE_MAX;
  };
  const walk = (item: unknown, depth: number): boolean => {
    // String() writes these as JSON does, and NaN and Infinity as themselves where JSON says null.
    if (item === null || typeof item === 'boolean' || typeof item === 'number') return emit(String(item));
    // Enough of a long string to be cut below, never the whole of a huge one.
    if (typeof item === 'string') return emit(JSON.stringify(item.slice(0, DESCRIBE_MAX + 1)));
    if (typeof item === 'bigint') return emit(`${item}n`);
    if (typeof item !== 'object') return emit(typeof item);
    if (seen.has(item) || depth > 8) return emit('…');
    seen.add(item);
    if (Array.isArray(item)) {
      if (!emit('[')) return false;
      for (let i = 0; i < item.length; i++) if ((i > 0 && !emit(',')) || !walk(item[i], depth + 1)) return false;
      return emit(']');
    }
    if (!emit('{')) return false;
    let first = true;
    for (const key in item) {
      if (!Object.hasOwn(item, key)) continue;
      if ((!first && !emit(',')) || !emit(`${JSON.stringify(key.slice(0, DESCRIBE_MAX + 1))}:`) || !walk((item as Record<string, unknown>)[key], depth + 1)) return false;
      first = false;
    }
    return emit('}');
  };
  let text: string;
  try {
    walk(value, 0);
    text = out.join('');
  } catch {
    text = out.join('') || 'an unreadable value'; // a getter or proxy that throws
  }
  return text.length > DESCRIBE_MAX ? `${text.slice(0, DESCRIBE_MAX - 3)}...` : text;
}

export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
