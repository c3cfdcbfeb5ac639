/**
 * Settings and the engine's carry-over state, kept in one JSON document (`config.json`) in the
 * app's userData directory through electron-store.
 *
 * electron-store (conf underneath) does the file work: where, and writing atomically. Conf writes
 * through `atomically`'s writeFileSync: a temporary file beside the target, fsync, then rename over
 * it (node_modules/conf/dist/source/index.js `#writeFile`). A crash mid-write leaves the old file
 * or the new one, never half of each. The exceptions are conf's own: under a Snap (`SNAP` set) and
 * when a rename fails with EXDEV on Windows it falls back to an in-place write.
 *
 * What the document means is main/core/persisted.ts's business, so conf gets no `schema`,
 * `defaults` or `migrations` of its own: its migrations are keyed by the *app's* semver, which is
 * the wrong axis for a document that carries its own schemaVersion, and its JSON-schema validation
 * would be a second, weaker copy of the zod rules. And conf's `clearInvalidConfig` throws a broken
 * file away; Limber keeps it (renamed aside) so nobody loses a hand-made configuration to a typo.
 */
import fs from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import type { EngineState } from '../core/engine.js';
import { workoutPlanSchema, type Workout } from '../core/workouts.js';
import { CURRENT_SCHEMA_VERSION, DocumentError, engineStateSchema, loadDocument, toDocument, type StoredDocument } from '../core/persisted.js';
import { defaultSettings, resolveSettings, SettingsError, type Settings } from '../core/settings.js';
import type { Notice } from '../ipc/contract.js';

export interface StoreOptions {
  /** The directory to keep the file in: `app.getPath('userData')` in the app, a temp dir in tests. */
  dir: string;
  /** The file name without `.json`. */
  name?: string;
  /** Wall time for naming a file moved aside. */
  now?: () => number;
}

export interface Store {
  /** The settings as last loaded or saved. */
  readonly settings: Settings;
  /** The engine state as last loaded or saved; null on a first start or after recovery. */
  readonly engineState: EngineState | null;
  /** Notices for this start only: a recovered file is reported on the start that recovered it. */
  readonly notices: readonly Notice[];
  /** What was wrong with the stored document and what was done about it, for the log. */
  readonly problems: readonly string[];
  /** The document's path. */
  readonly path: string;
  /** The planned workouts as last loaded or saved. */
  readonly workouts: Workout[];
  /** Validates and writes the plan. */
  saveWorkouts(workouts: Workout[]): void;
  /** Validates (throws SettingsError) and writes. */
  saveSettings(settings: Settings): void;
  /** Validates (throws on a state the next start would drop) and writes; null forgets it. */
  saveEngineState(state: EngineState | null): void;
}

export function openStore(options: StoreOptions): Store {
  const name = options.name ?? 'config';
  const now = options.now ?? Date.now;
  const file = path.join(options.dir, `${name}.json`);
  const notices: Notice[] = [];
  const problems: string[] = [];

  const found = read(file);
  let settings = defaultSettings();
  let engineState: EngineState | null = null;
  let workouts: Workout[] = [];
  let rewrite = true;
  if (found !== null) {
    try {
      const loaded = loadDocument(parseJson(found));
      settings = loaded.settings;
      engineState = loaded.engine;
      workouts = loaded.workouts;
      problems.push(...loaded.problems);
      rewrite = loaded.fromVersion !== CURRENT_SCHEMA_VERSION || loaded.problems.length > 0;
    } catch (error) {
      if (!(error instanceof SyntaxError || error instanceof DocumentError || error instanceof SettingsError)) throw error;
      const kept = moveAside(file, options.dir, name, now());
      notices.push({ id: 'settingsRecovered', detail: kept });
      problems.push(`${file} could not be used (${error.message}); kept it as ${kept} and started on the default settings`);
    }
  }

  const backing = new ElectronStore<StoredDocument>({ cwd: options.dir, name, clearInvalidConfig: false, watch: false });
  const write = () => {
    backing.store = toDocument(settings, engineState, workouts);
  };
  // A first start, a recovery, a migration or a dropped engine state: put the current shape on disk now.
  if (rewrite) write();

  return {
    get settings() {
      return structuredClone(settings);
    },
    get engineState() {
      return engineState && structuredClone(engineState);
    },
    get workouts() {
      return structuredClone(workouts);
    },
    saveWorkouts(next) {
      const result = workoutPlanSchema.safeParse(next);
      if (!result.success) throw new Error(`refusing to save an invalid workout plan: ${result.error.message}`);
      workouts = result.data;
      write();
    },
    notices,
    problems,
    path: backing.path,
    saveSettings(next) {
      settings = resolveSettings(next);
      write();
    },
    saveEngineState(state) {
      if (state) {
        const result = engineStateSchema.safeParse(state);
        if (!result.success) throw new Error(`refusing to save an engine state the next start would drop: ${result.error.message}`);
        engineState = result.data;
      } else engineState = null;
      write();
    },
  };
}

/** The file's text, or null when there is none yet. Other read errors (permissions) are not ours to paper over. */
function read(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseJson(text: string): unknown {
  // Editors may save a byte order mark; it is not part of the JSON (conf skips it too).
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/** Renames a broken file to `<name>.corrupt-<time>.json` beside it, never over another, and returns the new path. */
function moveAside(file: string, dir: string, name: string, wall: number): string {
  const stamp = new Date(wall).toISOString().replace(/[:.]/g, '-'); // no colons: Windows file names
  for (let n = 1; ; n++) {
    const target = path.join(dir, `${name}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`);
    if (fs.existsSync(target)) continue;
    fs.renameSync(file, target);
    return target;
  }
}
