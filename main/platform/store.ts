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
 * file away; Limber keeps it (renamed aside) so nobody loses a hand-made configuration to a typo,
 * and recovers it section by section (core/persisted.ts). A file from a newer Limber is never
 * written; a file that cannot be read at all stops the start (the app shows a dialog naming it).
 * Every failed write is thrown as WriteFailedError, with memory put back as the file has it.
 */
import path from 'node:path';
import ElectronStore from 'electron-store';
import type { EngineState } from '../core/engine.js';
import { workoutPlanSchema, type Workout } from '../core/workouts.js';
import { CURRENT_SCHEMA_VERSION, DocumentError, engineStateSchema, loadDocument, NewerDocumentError, toDocument, type KeptNotice, type StoredDocument } from '../core/persisted.js';
import { parseJsonSafely } from '../core/safeJson.js';
import { defaultSettings, resolveSettings, type Settings } from '../core/settings.js';
import type { Notice } from '../ipc/contract.js';
import { WriteFailedError, writeFailureOf } from '../writeFailure.js';
import { errnoOf, nodeFiles, type Files } from './files.js';

export interface StoreOptions {
  /** The directory to keep the file in: `app.getPath('userData')` in the app, a temp dir in tests. */
  dir: string;
  /** The file name without `.json`. */
  name?: string;
  /** Wall time for naming a file moved aside. */
  now?: () => number;
  /** Reads and renames (Node's fs; a failing layer in the fault tests). */
  files?: Files;
  /** Writes the document (electron-store's atomic write; a failing one in the fault tests). */
  writeDocument?: (document: StoredDocument) => void;
}

/** The settings file exists but cannot be read at all (permissions, a folder in its place, an I/O error). */
export class UnreadableStoreError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`${path} cannot be read: ${(reason as Error).message}`);
    this.name = 'UnreadableStoreError';
  }
}

export interface Store {
  /** The settings as last loaded or saved. */
  readonly settings: Settings;
  /** The engine state as last loaded or saved; null on a first start or after recovery. */
  readonly engineState: EngineState | null;
  /** Notices about the file: a recovery stays (kept in the file) until `dismissNotice`. */
  readonly notices: readonly Notice[];
  /** What was wrong with the stored document and what was done about it, for the log. */
  readonly problems: readonly string[];
  /** The document's path. */
  readonly path: string;
  /** True when the file is from a newer Limber: it is never written, and this run keeps its changes in memory. */
  readonly readOnly: boolean;
  /** The planned workouts as last loaded or saved. */
  readonly workouts: Workout[];
  /** Validates and writes the plan. Throws WriteFailedError when the disk refuses. */
  saveWorkouts(workouts: Workout[]): void;
  /** Validates (throws SettingsError) and writes. Throws WriteFailedError when the disk refuses. */
  saveSettings(settings: Settings): void;
  /** Validates (throws on a state the next start would drop) and writes; null forgets it. */
  saveEngineState(state: EngineState | null): void;
  /** The person dismissed a notice about the file: it is no longer kept. */
  dismissNotice(id: Notice['id']): void;
}

export function openStore(options: StoreOptions): Store {
  const name = options.name ?? 'config';
  const now = options.now ?? Date.now;
  const files = options.files ?? nodeFiles;
  const file = path.join(options.dir, `${name}.json`);
  const problems: string[] = [];
  let kept: KeptNotice[] = [];
  let readOnly = false;

  const found = read(files, file);
  let settings = defaultSettings();
  let engineState: EngineState | null = null;
  let workouts: Workout[] = [];
  let rewrite = true;
  if (found !== null) {
    try {
      const parsed = parseJsonSafely(found.replace(/^\uFEFF/, '')); // editors may save a byte order mark (conf skips it too)
      if (parsed.dropped.length) problems.push(`ignored keys that could reach a prototype: ${parsed.dropped.join(', ')}`);
      const loaded = loadDocument(parsed.value);
      settings = loaded.settings;
      engineState = loaded.engine;
      workouts = loaded.workouts;
      kept = loaded.notices;
      problems.push(...loaded.problems);
      if (loaded.reset.length) {
        const aside = moveAside(files, file, options.dir, name, now());
        kept = [...kept.filter((n) => n.id !== 'settingsPartlyRecovered'), { id: 'settingsPartlyRecovered', detail: aside, sections: loaded.reset }];
        problems.push(`${file}: reset ${loaded.reset.join(', ')} to defaults and kept the rest; the original is at ${aside}`);
      }
      rewrite = loaded.fromVersion !== CURRENT_SCHEMA_VERSION || loaded.reset.length > 0 || loaded.problems.length > 0 || parsed.dropped.length > 0;
    } catch (error) {
      if (error instanceof NewerDocumentError) {
        // Left untouched: the newer Limber reads it again after an upgrade, with nothing lost.
        readOnly = true;
        rewrite = false;
        problems.push(`${file}: ${error.message}; running on default settings in memory and leaving the file as it is`);
      } else {
        if (!(error instanceof SyntaxError || error instanceof DocumentError)) throw error;
        const aside = moveAside(files, file, options.dir, name, now());
        kept = [...kept, { id: 'settingsRecovered', detail: aside }];
        problems.push(`${file} could not be used (${error.message}); kept it as ${aside} and started on the default settings`);
      }
    }
  }

  let backing: ElectronStore<StoredDocument> | null = null;
  const writeDocument =
    options.writeDocument ??
    ((document: StoredDocument) => {
      // Created on the first write, so a file that is never to be written is never opened by conf.
      backing ??= new ElectronStore<StoredDocument>({ cwd: options.dir, name, clearInvalidConfig: false, watch: false });
      backing.store = document;
    });
  const write = () => {
    if (readOnly) return;
    try {
      writeDocument(toDocument(settings, engineState, workouts, kept));
    } catch (error) {
      const reason = writeFailureOf(error);
      throw new WriteFailedError('settings', reason, `${file} could not be written (${reason}): ${(error as Error).message}`);
    }
  };
  // A first start, a recovery, a migration or a dropped section: put the current shape on disk now.
  const startupWriteFailure = (() => {
    if (!rewrite) return null;
    try {
      write();
      return null;
    } catch (error) {
      if (!(error instanceof WriteFailedError)) throw error;
      problems.push(error.message);
      return error.reason;
    }
  })();

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
    get notices(): Notice[] {
      const notices: Notice[] = kept.map((n) => ({ ...n }));
      if (readOnly) notices.push({ id: 'settingsNewer', detail: file });
      if (startupWriteFailure) notices.push({ id: 'settingsWriteFailed', reason: startupWriteFailure });
      return notices;
    },
    problems,
    path: file,
    readOnly,
    saveWorkouts(next) {
      const result = workoutPlanSchema.safeParse(next);
      if (!result.success) throw new Error(`refusing to save an invalid workout plan: ${result.error.message}`);
      const before = workouts;
      workouts = result.data;
      transaction(() => write(), () => (workouts = before));
    },
    saveSettings(next) {
      const before = settings;
      settings = resolveSettings(next);
      transaction(() => write(), () => (settings = before));
    },
    saveEngineState(state) {
      const before = engineState;
      if (state) {
        const result = engineStateSchema.safeParse(state);
        if (!result.success) throw new Error(`refusing to save an engine state the next start would drop: ${result.error.message}`);
        engineState = result.data;
      } else engineState = null;
      transaction(() => write(), () => (engineState = before));
    },
    dismissNotice(id) {
      if (!kept.some((n) => n.id === id)) return;
      const before = kept;
      kept = kept.filter((n) => n.id !== id);
      transaction(() => write(), () => (kept = before));
    },
  };
}

/** Runs a write; when it throws, puts the in-memory value back so memory and file agree. */
function transaction(act: () => void, undo: () => void): void {
  try {
    act();
  } catch (error) {
    undo();
    throw error;
  }
}

/**
 * The file's text, or null when there is none yet. Any other read error (permissions, a folder in
 * its place) is UnreadableStoreError: starting on defaults would write over a file that may be fine.
 */
function read(files: Files, file: string): string | null {
  try {
    return files.readFileSync(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return null;
    throw new UnreadableStoreError(file, error);
  }
}

/** Renames a broken file to `<name>.corrupt-<time>.json` beside it, never over another, and returns the new path. */
function moveAside(files: Files, file: string, dir: string, name: string, wall: number): string {
  const stamp = new Date(wall).toISOString().replace(/[:.]/g, '-'); // no colons: Windows file names
  for (let n = 1; ; n++) {
    const target = path.join(dir, `${name}.corrupt-${stamp}${n === 1 ? '' : `-${n}`}.json`);
    if (files.existsSync(target)) continue;
    files.renameSync(file, target);
    return target;
  }
}
