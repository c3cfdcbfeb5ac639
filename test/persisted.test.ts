import { describe, expect, it } from 'vitest';
import type { EngineState } from '../main/core/engine.js';
import { CURRENT_SCHEMA_VERSION, DocumentError, engineStateSchema, loadDocument, migrations, NewerDocumentError, toDocument } from '../main/core/persisted.js';
import { parseJsonSafely } from '../main/core/safeJson.js';
import { defaultSettings, resolveSettings, SettingsError } from '../main/core/settings.js';
import type { Workout } from '../main/core/workouts.js';

const engine: EngineState = {
  version: 1,
  savedAt: 1_772_700_000_000,
  activeMs: { move: 600_000, stretch: 3_600_000 },
  hydrateFrom: 1_772_699_000_000,
  pause: { until: 1_772_710_000_000 },
  water: { day: '2026-03-05', drinks: [250] },
};

describe('persisted document', () => {
  it('has a migration for every version below the current one', () => {
    for (let v = 0; v < CURRENT_SCHEMA_VERSION; v++) expect(migrations[v], `migration ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  it('round-trips what toDocument writes', () => {
    const settings = defaultSettings();
    settings.alerts.sound = true;
    const workouts: Workout[] = [{ id: 'w', kind: 'run', minutes: 40, intensity: 'easy', hot: false, schedule: { type: 'weekly', days: ['mon', 'thu'], time: '07:00' } }];
    const loaded = loadDocument(JSON.parse(JSON.stringify(toDocument(settings, engine, workouts))));
    expect(loaded).toEqual({ settings, engine, workouts, problems: [], reset: [], notices: [], fromVersion: CURRENT_SCHEMA_VERSION });
    expect(toDocument(settings, null)).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, settings });
  });

  it('resets a broken workout plan alone, keeping the settings and the engine state', () => {
    const loaded = loadDocument({ schemaVersion: 1, settings: { move: { intervalMinutes: 40 } }, engine, workouts: [{ id: 'w', minutes: 2 }] });
    expect(loaded.reset).toEqual(['workouts']);
    expect(loaded.workouts).toEqual([]);
    expect(loaded.engine).toEqual(engine);
    expect(loaded.settings.move.intervalMinutes).toBe(40);
    expect(loaded.problems).toEqual([expect.stringMatching(/^workout plan dropped \(workouts\.0\./)]);
  });

  it('resets only the settings groups that are bad, keeping every valid one', () => {
    const loaded = loadDocument({ schemaVersion: 1, settings: { move: { intervalMinutes: 'often' }, hydrate: { dailyGoalMl: 2600 }, stretch: { durationMinutes: 8 } }, engine });
    expect(loaded.reset).toEqual(['settings']);
    expect(loaded.settings.move).toEqual(defaultSettings().move);
    expect(loaded.settings.hydrate.dailyGoalMl).toBe(2600);
    expect(loaded.settings.stretch.durationMinutes).toBe(8);
    expect(loaded.engine).toEqual(engine);
    expect(loaded.problems).toEqual([expect.stringMatching(/settings\.move\.intervalMinutes/)]);
  });

  it('never lets a stored key reach Object.prototype', () => {
    const text = '{"schemaVersion":1,"settings":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"move":{"__proto__":{"enabled":false},"intervalMinutes":40}}}';
    const parsed = parseJsonSafely(text);
    expect(parsed.dropped.sort()).toEqual(['__proto__', '__proto__', 'constructor', 'prototype']);
    const loaded = loadDocument(parsed.value);
    // Even handed the raw JSON.parse result (own __proto__ keys), the merge never follows them.
    const raw = loadDocument(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(loaded.settings.move.intervalMinutes).toBe(40);
    expect(raw.settings.move.intervalMinutes).toBe(40);
    expect(raw.settings.move.enabled).toBe(true);
  });

  it('lays partial settings over the defaults', () => {
    const loaded = loadDocument({ schemaVersion: 1, settings: { stretch: { durationMinutes: 8 } } });
    expect(loaded.settings.stretch.durationMinutes).toBe(8);
    expect(loaded.settings.stretch.intervalMinutes).toBe(defaultSettings().stretch.intervalMinutes);
    expect(loadDocument({ schemaVersion: 1 }).settings).toEqual(defaultSettings());
  });

  describe('version 0 → 1', () => {
    it('nests the flat settings of a version-0 document', () => {
      const v0 = { settings: { moveEveryMinutes: 50, stretchEveryMinutes: 90, waterGoalMl: 2500 } };
      expect(migrations[0]?.(v0)).toEqual({
        schemaVersion: 1,
        settings: { move: { intervalMinutes: 50 }, stretch: { intervalMinutes: 90 }, hydrate: { dailyGoalMl: 2500 } },
      });
      const loaded = loadDocument(v0);
      expect(loaded.fromVersion).toBe(0);
      expect(loaded.settings).toEqual({
        ...defaultSettings(),
        move: { ...defaultSettings().move, intervalMinutes: 50 },
        stretch: { ...defaultSettings().stretch, intervalMinutes: 90 },
        hydrate: { ...defaultSettings().hydrate, dailyGoalMl: 2500 },
      });
      expect(v0).toEqual({ settings: { moveEveryMinutes: 50, stretchEveryMinutes: 90, waterGoalMl: 2500 } }); // input untouched
    });

    it('treats an explicit schemaVersion 0 the same, and a partial version-0 document', () => {
      const loaded = loadDocument({ schemaVersion: 0, settings: { waterGoalMl: 3000 } });
      expect(loaded.settings.hydrate.dailyGoalMl).toBe(3000);
      expect(loaded.settings.move).toEqual(defaultSettings().move);
      expect(loaded.reset).toEqual([]);
      expect(loaded.problems).toEqual([]);
      const moveOnly = loadDocument({ settings: { moveEveryMinutes: 45 } });
      expect([moveOnly.settings.move.intervalMinutes, moveOnly.settings.hydrate, moveOnly.reset]).toEqual([45, defaultSettings().hydrate, []]);
      expect(loadDocument({}).settings).toEqual(defaultSettings());
    });

    it('validates migrated values like any others', () => {
      const loaded = loadDocument({ settings: { moveEveryMinutes: 2, waterGoalMl: 2500 } });
      expect(loaded.reset).toEqual(['settings']);
      expect(loaded.problems).toEqual([expect.stringMatching(/settings\.move\.intervalMinutes/)]);
      expect(loaded.settings.hydrate.dailyGoalMl).toBe(2500);
      expect(() => loadDocument({ settings: 'flat' })).toThrow(new DocumentError('migrating from schemaVersion 0: settings: must be an object (got "flat")'));
    });
  });

  it('names a setting out of range, its value and the reason', () => {
    const loaded = loadDocument({ schemaVersion: 1, settings: { hydrate: { dailyGoalMl: 5 } } });
    expect(loaded.problems[0]).toMatch(/settings\.hydrate\.dailyGoalMl: .* \(got 5\)/);
    expect(loaded.settings.hydrate).toEqual(defaultSettings().hydrate);
    expect(catchError(() => resolveSettings({ hydrate: { dailyGoalMl: 5 } }))).toBeInstanceOf(SettingsError);
  });

  it('throws DocumentError for shapes it cannot read', () => {
    expect(() => loadDocument(null)).toThrow(/must hold a JSON object \(got null\)/);
    expect(() => loadDocument([1])).toThrow(DocumentError);
    expect(() => loadDocument({ schemaVersion: '1' })).toThrow(/schemaVersion: must be a whole number/);
    expect(() => loadDocument({ schemaVersion: 1.5 })).toThrow(DocumentError);
    expect(() => loadDocument({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(NewerDocumentError);
  });

  it('drops an invalid engine state with a problem noted, keeping the settings', () => {
    const bad = [
      { ...engine, version: 2 },
      { ...engine, savedAt: null },
      { ...engine, activeMs: { move: -1, stretch: 0 } },
      { ...engine, water: { day: 'Thursday', drinks: [] } },
      { ...engine, water: { day: '2026-03-05', drinks: [0] } },
      { ...engine, extra: true },
      'engine',
    ];
    for (const state of bad) {
      const loaded = loadDocument({ schemaVersion: 1, settings: { move: { intervalMinutes: 40 } }, engine: state });
      expect(loaded.engine).toBeNull();
      expect(loaded.settings.move.intervalMinutes).toBe(40);
      expect(loaded.problems).toEqual([expect.stringMatching(/^saved engine state dropped \(engine/)]);
      expect(loaded.reset).toEqual(['engine']);
    }
  });

  it('accepts the engine state of a never-started engine', () => {
    expect(engineStateSchema.safeParse({ ...engine, pause: null, water: { day: '', drinks: [] } }).success).toBe(true);
  });
});

describe('what a stored document keeps and says', () => {
  it('keeps the notices not yet dismissed, and drops a list it cannot read with a problem noted', () => {
    const notices = [{ id: 'settingsPartlyRecovered', detail: 'move', sections: ['settings'] }] as const;
    expect(loadDocument({ schemaVersion: 1, notices }).notices).toEqual(notices);
    for (const bad of ['notices', [{ id: 'hello' }], Array.from({ length: 11 }, () => ({ id: 'settingsRecovered' }))]) {
      const loaded = loadDocument({ schemaVersion: 1, notices: bad });
      expect(loaded.notices).toEqual([]);
      expect(loaded.problems).toEqual(['kept notices dropped (not a list of notices)']);
      expect(loaded.reset).toEqual([]);
    }
    expect(loadDocument({ schemaVersion: 1, notices: Array.from({ length: 10 }, () => ({ id: 'settingsRecovered' })) }).notices).toHaveLength(10);
  });

  it('writes workouts and notices only when there are some, as copies', () => {
    const settings = defaultSettings();
    const workouts: Workout[] = [{ id: 'w', kind: 'run', minutes: 40, intensity: 'easy', hot: false, schedule: { type: 'once', at: '2026-03-05T07:00' } }];
    const notices = [{ id: 'settingsRecovered' as const }];
    const state = structuredClone(engine);
    const document = toDocument(settings, state, workouts, notices);
    expect(document).toEqual({ schemaVersion: CURRENT_SCHEMA_VERSION, settings, engine: state, workouts, notices });
    settings.move.intervalMinutes = 99;
    (workouts[0] as Workout).minutes = 99;
    state.activeMs.move = 1;
    expect(document.settings.move?.intervalMinutes).toBe(30);
    expect(document.workouts?.[0]?.minutes).toBe(40);
    expect(document.engine?.activeMs.move).toBe(engine.activeMs.move);
    expect(Object.keys(toDocument(defaultSettings(), null, [], []))).toEqual(['schemaVersion', 'settings']);
  });

  it('names a negative or fractional schemaVersion, and a version-0 section that is not an object', () => {
    expect(() => loadDocument({ schemaVersion: -1 })).toThrow(new DocumentError('schemaVersion: must be a whole number from 0 (got -1)'));
    expect(() => loadDocument({ schemaVersion: 0.5 })).toThrow(new DocumentError('schemaVersion: must be a whole number from 0 (got 0.5)'));
    expect(() => loadDocument({ schemaVersion: 2 })).toThrow(new NewerDocumentError(2));
    expect([new DocumentError('x').name, new NewerDocumentError(2).name]).toEqual(['DocumentError', 'NewerDocumentError']);
    expect(new NewerDocumentError(2)).toBeInstanceOf(DocumentError);
    expect(new NewerDocumentError(2).message).toBe(`schemaVersion 2 was written by a newer Limber; this one reads up to version ${CURRENT_SCHEMA_VERSION}`);
    expect(() => loadDocument({ settings: { move: 'x', moveEveryMinutes: 50 } })).toThrow(new DocumentError('migrating from schemaVersion 0: settings.move: must be an object (got "x")'));
    expect(() => loadDocument({ settings: { stretch: [1], stretchEveryMinutes: 50 } })).toThrow(new DocumentError('migrating from schemaVersion 0: settings.stretch: must be an object (got [1])'));
    expect(() => loadDocument({ settings: { hydrate: 3, waterGoalMl: 2500 } })).toThrow(new DocumentError('migrating from schemaVersion 0: settings.hydrate: must be an object (got 3)'));
    // A group the old flat field would land in, already there: both kept.
    expect(loadDocument({ settings: { move: { durationMinutes: 3 }, moveEveryMinutes: 50 } }).settings.move).toEqual({ ...defaultSettings().move, durationMinutes: 3, intervalMinutes: 50 });
    expect(loadDocument({ settings: { move: null, moveEveryMinutes: 50 } }).settings.move.intervalMinutes).toBe(50);
  });

  it('resets settings that are not an object to the defaults, saying so', () => {
    const loaded = loadDocument({ schemaVersion: 1, settings: 'flat', workouts: [] });
    expect(loaded.settings).toEqual(defaultSettings());
    expect(loaded.reset).toEqual(['settings']);
    expect(loaded.problems).toEqual(['settings: must be an object (got "flat")']);
    expect(loadDocument({ schemaVersion: 1, settings: null }).reset).toEqual([]);
  });

  it('lists at most five of an engine state’s problems, each with its path', () => {
    const loaded = loadDocument({ schemaVersion: 1, engine: { ...engine, version: 3, savedAt: 'x', hydrateFrom: 'y', pause: 1, water: 2, said: 3, lastMealAt: 'z' } });
    const detail = /^saved engine state dropped \((.*)\)$/.exec(loaded.problems[0] ?? '')?.[1] ?? '';
    expect(detail.split('; ').map((p) => p.split(':')[0])).toEqual(['engine.version', 'engine.savedAt', 'engine.hydrateFrom', 'engine.pause', 'engine.water']);
  });

  it('keeps an engine state with its optional parts, and reads an old one without a snoozed count as none snoozed', () => {
    const full: EngineState = { ...engine, said: ['w@1:warmup'], lastMealAt: 1_772_690_000_000, water: { ...engine.water, breaks: { taken: 1, skipped: 0, natural: 2, missed: 0, snoozed: 3 } } };
    expect(loadDocument({ schemaVersion: 1, engine: full }).engine).toEqual(full);
    const old = { ...full, water: { ...full.water, breaks: { taken: 1, skipped: 0, natural: 2, missed: 0 } } };
    expect(loadDocument({ schemaVersion: 1, engine: old }).engine?.water.breaks?.snoozed).toBe(0);
  });
});

function catchError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
