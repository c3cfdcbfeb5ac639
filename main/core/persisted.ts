/**
 * The shape of what Limber keeps between runs (settings and the engine's carry-over state), how
 * older shapes migrate to the current one, and how a stored document is read back. Pure: the
 * platform store does the file work and hands this module whatever JSON it found.
 */
import { workoutPlanSchema, type Workout } from './workouts.js';
import { z } from 'zod';
import type { EngineState } from './engine.js';
import { describe, resolveSettings, type Settings, type SettingsPatch } from './settings.js';

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
}

/** A stored document that cannot be read as any version this build knows. */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
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
  /** Things that were wrong but not fatal (an engine state that had to be dropped). */
  problems: string[];
  /** The version the document was stored at; below CURRENT_SCHEMA_VERSION means it was migrated. */
  fromVersion: number;
}

/**
 * Reads a stored document: migrates it to the current version, validates the settings and the
 * engine state. Throws DocumentError (unreadable shape, unknown version, failed migration) or
 * SettingsError (settings out of range) — the caller decides what to do with the file. A bad
 * engine state only costs the carry-over, so it is dropped with a problem noted instead.
 */
export function loadDocument(raw: unknown): LoadedDocument {
  if (!isPlainObject(raw)) throw new DocumentError(`the settings file must hold a JSON object (got ${describe(raw)})`);
  // Documents from before versioning carry no schemaVersion: they are version 0.
  const fromVersion = raw.schemaVersion === undefined ? 0 : raw.schemaVersion;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 0)
    throw new DocumentError(`schemaVersion: must be a whole number from 0 (got ${describe(raw.schemaVersion)})`);
  if (fromVersion > CURRENT_SCHEMA_VERSION)
    throw new DocumentError(`schemaVersion ${fromVersion} was written by a newer Limber; this one reads up to version ${CURRENT_SCHEMA_VERSION}`);

  let document: Document = structuredClone(raw);
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const migrate = migrations[version];
    if (!migrate) throw new DocumentError(`no migration from schemaVersion ${version} to ${version + 1}`);
    try {
      document = migrate(document);
    } catch (error) {
      throw new DocumentError(`migrating from schemaVersion ${version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const settings = resolveSettings(document.settings ?? {});
  const problems: string[] = [];
  let engine: EngineState | null = null;
  if (document.engine !== undefined) {
    const result = engineStateSchema.safeParse(document.engine);
    if (result.success) engine = result.data;
    else {
      const issues = result.error.issues.map((issue) => `${['engine', ...issue.path.map(String)].join('.')}: ${issue.message}`);
      problems.push(`saved engine state dropped (${issues.join('; ')})`);
    }
  }
  let workouts: Workout[] = [];
  if (document.workouts !== undefined) {
    const result = workoutPlanSchema.safeParse(document.workouts);
    if (result.success) workouts = result.data;
    else {
      // The plan is the person's own data: a file with a broken plan is kept aside like broken settings.
      const issue = result.error.issues[0];
      throw new DocumentError(`${['workouts', ...(issue?.path.map(String) ?? [])].join('.')}: ${issue?.message ?? 'invalid'}`);
    }
  }
  return { settings, engine, workouts, problems, fromVersion };
}

/** The document to store for these settings and (if any) engine state, at the current version. */
export function toDocument(settings: Settings, engine: EngineState | null, workouts: readonly Workout[] = []): StoredDocument {
  const document: StoredDocument = { schemaVersion: CURRENT_SCHEMA_VERSION, settings: structuredClone(settings) };
  if (engine) document.engine = structuredClone(engine);
  if (workouts.length) document.workouts = structuredClone([...workouts]);
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
