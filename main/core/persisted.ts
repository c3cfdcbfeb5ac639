/**
 * The shape of what Limber keeps between runs (settings and the engine's carry-over state), how
 * older shapes migrate to the current one, and how a stored document is read back. Pure: the
 * platform store does the file work and hands this module whatever JSON it found.
 */
import { workoutPlanSchema, type Workout } from './workouts.js';
import { z } from 'zod';
import type { EngineState } from './engine.js';
import { describe, resolveSettings, trySettings, type Settings, type SettingsPatch } from './settings.js';

/** Bump this, and add a migration from the previous version, whenever the stored shape changes. */
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * The document on disk. `settings` may be partial: a hand-edited file that names only the fields
 * someone changed is laid over the defaults. The store writes the full settings back.
 */
export interface StoredDocument {
  schemaVersion: number;
  settings: SettingsPatch;
  engine?: EngineState;
  /** The planned workouts. */
  workouts?: Workout[];
  /** Notices about this file the person has not dismissed yet, so a restart does not lose them. */
  notices?: KeptNotice[];
}

/** The parts of the document recovered one by one: a bad one is reset, the others kept. */
export const storedSections = ['settings', 'engine', 'workouts'] as const;
export type StoredSection = (typeof storedSections)[number];

const keptNoticeSchema = z
  .object({
    id: z.enum(['settingsRecovered', 'settingsPartlyRecovered']),
    detail: z.string().max(4096).optional(),
    sections: z.array(z.enum(storedSections)).max(storedSections.length).optional(),
  })
  .strict();
export type KeptNotice = z.infer<typeof keptNoticeSchema>;

/** A stored document that cannot be read as any version this build knows. */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** A document written by a newer Limber: left as it is, so downgrading and upgrading again loses nothing. */
export class NewerDocumentError extends DocumentError {
  constructor(readonly version: number) {
    super(`schemaVersion ${version} was written by a newer Limber; this one reads up to version ${CURRENT_SCHEMA_VERSION}`);
    this.name = 'NewerDocumentError';
  }
}

const wallTime = z.number().finite();

/** Validates what `Engine.exportState()` produced in an earlier run before it is handed back. */
const count = z.number().int().min(0).max(10_000);

export const engineStateSchema = z
  .object({
    version: z.literal(1),
    savedAt: wallTime,
    activeMs: z.object({ move: z.number().finite().min(0), stretch: z.number().finite().min(0) }).strict(),
    hydrateFrom: wallTime,
    pause: z.object({ until: wallTime.nullable() }).strict().nullable(),
    water: z
      .object({
        // Empty before the engine's first start; otherwise the ISO date of the day being counted.
        day: z.string().regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'must be a date as "YYYY-MM-DD"'),
        drinks: z.array(z.number().int().min(1).max(5000)),
        breaks: z
          .object({ taken: count, skipped: count, natural: count, missed: count, snoozed: count.default(0) })
          .strict()
          .optional(),
      })
      .strict(),
    said: z.array(z.string().max(200)).max(1000).optional(),
    lastMealAt: wallTime.nullable().optional(),
  })
  .strict();

// Keeps the schema and the engine's interface in step: either drifting is a compile error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const engineSchemaMatches: Same<z.infer<typeof engineStateSchema>, EngineState> = true;
void engineSchemaMatches;

type Document = Record<string, unknown>;
type Migration = (document: Document) => Document;

/**
 * `migrations[n]` turns a version-n document into a version-(n+1) one. Each step takes a copy and
 * must cope with hand-edited input: it reshapes what it recognises and leaves the rest for
 * validation to judge.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  /**
   * Version 0 (before documents carried a version) kept three settings flat:
   * `{ settings: { moveEveryMinutes, stretchEveryMinutes, waterGoalMl } }`.
   */
  0: (document) => {
    const { moveEveryMinutes, stretchEveryMinutes, waterGoalMl, ...rest } = asObject(document.settings, 'settings');
    const settings: Document = { ...rest };
    if (moveEveryMinutes !== undefined) settings.move = { ...asObject(settings.move, 'settings.move'), intervalMinutes: moveEveryMinutes };
    if (stretchEveryMinutes !== undefined) settings.stretch = { ...asObject(settings.stretch, 'settings.stretch'), intervalMinutes: stretchEveryMinutes };
    if (waterGoalMl !== undefined) settings.hydrate = { ...asObject(settings.hydrate, 'settings.hydrate'), dailyGoalMl: waterGoalMl };
    return { ...document, schemaVersion: 1, settings };
  },
};

export interface LoadedDocument {
  settings: Settings;
  engine: EngineState | null;
  workouts: Workout[];
  /** Things that were wrong but not fatal (a section that had to be reset), for the log. */
  problems: string[];
  /** Sections reset to their defaults because they could not be read; the others were kept. */
  reset: StoredSection[];
  /** Notices kept in the file from an earlier start, not yet dismissed. */
  notices: KeptNotice[];
  /** The version the document was stored at; below CURRENT_SCHEMA_VERSION means it was migrated. */
  fromVersion: number;
}

/**
 * Reads a stored document: migrates it to the current version, then validates each section on its
 * own. Throws DocumentError only when the document as a whole cannot be read (not an object, an
 * unknown or newer version — NewerDocumentError —, a failed migration). A bad section is reset to
 * its default and named in `reset`, and every other is kept: a typo in one setting costs that
 * setting's group, not the workout plan. Within the settings, each group (move, hydrate, …) is
 * kept or reset on its own.
 */
export function loadDocument(raw: unknown): LoadedDocument {
  if (!isPlainObject(raw)) throw new DocumentError(`the settings file must hold a JSON object (got ${describe(raw)})`);
  // Documents from before versioning carry no schemaVersion: they are version 0.
  const fromVersion = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 0)
    throw new DocumentError(`schemaVersion: must be a whole number from 0 (got ${describe(raw.schemaVersion)})`);
  if (fromVersion > CURRENT_SCHEMA_VERSION) throw new NewerDocumentError(fromVersion);

  let document: Document = structuredClone(raw);
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    // A migration for every version below the current one is checked by the tests.
    const migrate = migrations[version] as Migration;
    try {
      document = migrate(document);
    } catch (error) {
      throw new DocumentError(`migrating from schemaVersion ${version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const problems: string[] = [];
  const reset: StoredSection[] = [];
  const settings = recoverSettings(document.settings, problems);
  if (problems.length) reset.push('settings');

  let engine: EngineState | null = null;
  if (document.engine !== undefined) {
    const result = engineStateSchema.safeParse(document.engine);
    if (result.success) engine = result.data;
    else {
      reset.push('engine');
      problems.push(`saved engine state dropped (${issuesOf('engine', result.error)})`);
    }
  }
  let workouts: Workout[] = [];
  if (document.workouts !== undefined) {
    const result = workoutPlanSchema.safeParse(document.workouts);
    if (result.success) workouts = result.data;
    else {
      reset.push('workouts');
      problems.push(`workout plan dropped (${issuesOf('workouts', result.error)})`);
    }
  }
  const kept = z.array(keptNoticeSchema).max(10).safeParse(document.notices ?? []);
  if (!kept.success) problems.push('kept notices dropped (not a list of notices)');
  return { settings, engine, workouts, problems, reset, notices: kept.success ? kept.data : [], fromVersion };
}

/** The settings, keeping every group (move, hydrate, …) that validates and resetting the others. */
function recoverSettings(stored: unknown, problems: string[]): Settings {
  const whole = trySettings(stored);
  if ('settings' in whole) return whole.settings;
  problems.push(...whole.problems);
  // Not an object at all: its "groups" (a string's characters, say) are never valid, so all reset.
  let kept: Document = {};
  for (const [group, value] of Object.entries(stored as object)) {
    if ('settings' in trySettings({ ...kept, [group]: value })) kept = { ...kept, [group]: value };
  }
  return resolveSettings(kept);
}

function issuesOf(section: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${[section, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}

/** The document to store for these settings and (if any) engine state, at the current version. */
export function toDocument(settings: Settings, engine: EngineState | null, workouts: readonly Workout[] = [], notices: readonly KeptNotice[] = []): StoredDocument {
  const document: StoredDocument = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: structuredClone(settings) };
  if (engine) document.engine = structuredClone(engine);
  if (workouts.length) document.workouts = structuredClone([...workouts]);
  if (notices.length) document.notices = structuredClone([...notices]);
  return document;
}

function asObject(value: unknown, field: string): Document {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new Error(`${field}: must be an object (got ${describe(value)})`);
  return value;
}

function isPlainObject(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
