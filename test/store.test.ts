import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineState } from '../main/core/engine.js';
import { defaultSettings, SettingsError } from '../main/core/settings.js';
import { openStore, UnreadableStoreError } from '../main/platform/store.js';

// electron-store imports electron (its default export) and registers an ipcMain listener.
vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-store-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const configFile = () => path.join(dir, 'config.json');
const corruptFiles = () => fs.readdirSync(dir).filter((f) => f.startsWith('config.corrupt-'));
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

const engineState: EngineState = {
  version: 1,
  savedAt: Date.UTC(2026, 2, 5, 10, 0),
  activeMs: { move: 12 * 60_000, stretch: 80 * 60_000 },
  hydrateFrom: Date.UTC(2026, 2, 5, 9, 30),
  pause: null,
  water: { day: '2026-03-05', drinks: [250, 330] },
};

describe('store', () => {
  it('starts on defaults with no notice, and writes a versioned document', () => {
    const store = openStore({ dir });
    expect(store.settings).toEqual(defaultSettings());
    expect(store.engineState).toBeNull();
    expect(store.notices).toEqual([]);
    expect(store.path).toBe(configFile());
    expect(readJson(configFile())).toEqual({ schemaVersion: 1, settings: defaultSettings() });
  });

  it('keeps settings and engine state across restarts', () => {
    const first = openStore({ dir });
    const settings = defaultSettings();
    settings.move.intervalMinutes = 45;
    settings.workingHours.sat = [];
    first.saveSettings(settings);
    first.saveEngineState(engineState);

    const second = openStore({ dir });
    expect(second.settings).toEqual(settings);
    expect(second.engineState).toEqual(engineState);
    expect(second.notices).toEqual([]);
    expect(second.problems).toEqual([]);

    second.saveEngineState({ ...engineState, pause: { until: null } });
    const third = openStore({ dir });
    expect(third.engineState?.pause).toEqual({ until: null });
    third.saveEngineState(null);
    expect(openStore({ dir }).engineState).toBeNull();
    expect(openStore({ dir }).settings.move.intervalMinutes).toBe(45);
  });

  it('refuses to save invalid settings or engine state, leaving the file as it was', () => {
    const store = openStore({ dir });
    const before = fs.readFileSync(configFile(), 'utf8');
    const bad = defaultSettings();
    bad.move.intervalMinutes = 1;
    expect(() => store.saveSettings(bad)).toThrow(SettingsError);
    expect(() => store.saveEngineState({ ...engineState, activeMs: { move: Number.NaN, stretch: 0 } })).toThrow(/engine state/);
    expect(fs.readFileSync(configFile(), 'utf8')).toBe(before);
    expect(store.settings).toEqual(defaultSettings());
  });

  it('accepts a hand-edited partial file with a byte order mark', () => {
    fs.writeFileSync(configFile(), '\uFEFF{ "schemaVersion": 1, "settings": { "hydrate": { "dailyGoalMl": 2500 } } }');
    const store = openStore({ dir });
    expect(store.notices).toEqual([]);
    expect(store.settings.hydrate.dailyGoalMl).toBe(2500);
    expect(store.settings.move).toEqual(defaultSettings().move);
  });

  it('moves a file of broken JSON aside, keeps it intact, starts on defaults and says so once', () => {
    const broken = '{ "schemaVersion": 1, "settings": { "move": { "intervalMinutes": 45, } ';
    fs.writeFileSync(configFile(), broken);
    const now = Date.UTC(2026, 2, 5, 10, 20, 30, 123);

    const store = openStore({ dir, now: () => now });
    expect(store.settings).toEqual(defaultSettings());
    const kept = path.join(dir, 'config.corrupt-2026-03-05T10-20-30-123Z.json');
    expect(store.notices).toEqual([{ id: 'settingsRecovered', detail: kept }]);
    expect(store.problems[0]).toMatch(/kept it as/);
    expect(fs.readFileSync(kept, 'utf8')).toBe(broken);
    expect(readJson(configFile())).toEqual({ schemaVersion: 1, settings: defaultSettings(), notices: [{ id: 'settingsRecovered', detail: kept }] });

    // The notice stays across restarts until the person dismisses it; the file is moved aside once.
    const next = openStore({ dir, now: () => now });
    expect(next.notices).toEqual([{ id: 'settingsRecovered', detail: kept }]);
    next.dismissNotice('settingsRecovered');
    expect(openStore({ dir, now: () => now }).notices).toEqual([]);
    expect(readJson(configFile())).toEqual({ schemaVersion: 1, settings: defaultSettings() });
    expect(corruptFiles()).toEqual([path.basename(kept)]);
  });

  it('moves a file with a bad setting aside, never over an earlier one, and keeps every valid section', () => {
    const now = Date.UTC(2026, 2, 5, 10, 20, 30, 123);
    const invalid = JSON.stringify({ schemaVersion: 1, settings: { move: { intervalMinutes: 'often' }, hydrate: { dailyGoalMl: 2600 } }, engine: engineState });
    fs.writeFileSync(configFile(), invalid);
    const first = openStore({ dir, now: () => now });
    const firstAside = path.join(dir, 'config.corrupt-2026-03-05T10-20-30-123Z.json');
    expect(first.notices).toEqual([{ id: 'settingsPartlyRecovered', detail: firstAside, sections: ['settings'] }]);
    expect(first.problems[0]).toMatch(/settings\.move\.intervalMinutes/);
    expect(first.settings.hydrate.dailyGoalMl).toBe(2600);
    expect(first.settings.move).toEqual(defaultSettings().move);
    expect(first.engineState).toEqual(engineState);
    expect(fs.readFileSync(firstAside, 'utf8')).toBe(invalid);

    // Broken again at the very same millisecond: the second copy gets a name of its own.
    const another = JSON.stringify({ schemaVersion: 1, settings: { nonsense: true } });
    fs.writeFileSync(configFile(), another);
    const second = openStore({ dir, now: () => now });
    expect(second.notices).toEqual([{ id: 'settingsPartlyRecovered', detail: path.join(dir, 'config.corrupt-2026-03-05T10-20-30-123Z-2.json'), sections: ['settings'] }]);
    expect(corruptFiles().sort()).toEqual(['config.corrupt-2026-03-05T10-20-30-123Z-2.json', 'config.corrupt-2026-03-05T10-20-30-123Z.json']);
    expect(fs.readFileSync(second.notices[0]?.detail ?? '', 'utf8')).toBe(another);
    expect(second.settings).toEqual(defaultSettings());
  });

  it('moves aside a document that is not an object at all', () => {
    for (const text of ['[]', '"config"', '']) {
      fs.writeFileSync(configFile(), text);
      const store = openStore({ dir });
      expect(store.notices.map((n) => n.id)).toEqual(['settingsRecovered']);
      expect(fs.readFileSync(store.notices[0]?.detail ?? '', 'utf8')).toBe(text);
      store.dismissNotice('settingsRecovered');
    }
  });

  it('leaves a file from a newer Limber untouched, runs on defaults in memory and says so; nothing is lost on upgrading again', () => {
    const newer = JSON.stringify({ schemaVersion: 7, settings: { move: { intervalMinutes: 50 } }, somethingNew: [1, 2, 3] });
    fs.writeFileSync(configFile(), newer);
    const store = openStore({ dir });
    expect(store.readOnly).toBe(true);
    expect(store.notices).toEqual([{ id: 'settingsNewer', detail: configFile() }]);
    expect(store.settings).toEqual(defaultSettings());
    const changed = defaultSettings();
    changed.move.intervalMinutes = 35;
    store.saveSettings(changed);
    store.saveEngineState(engineState);
    store.saveWorkouts([]);
    expect(store.settings.move.intervalMinutes).toBe(35); // this run keeps it in memory
    expect(fs.readFileSync(configFile(), 'utf8')).toBe(newer);
    expect(corruptFiles()).toEqual([]);
  });

  it('resets a bad engine state alone: keeps the settings, moves the original aside and says so', () => {
    fs.writeFileSync(configFile(), JSON.stringify({ schemaVersion: 1, settings: { move: { intervalMinutes: 40 } }, engine: { version: 1, savedAt: 'yesterday' } }));
    const store = openStore({ dir });
    expect(store.notices).toEqual([{ id: 'settingsPartlyRecovered', detail: expect.stringContaining('config.corrupt-'), sections: ['engine'] }]);
    expect(store.settings.move.intervalMinutes).toBe(40);
    expect(store.engineState).toBeNull();
    expect(store.problems).toEqual([expect.stringMatching(/engine state dropped.*engine\.savedAt/), expect.stringMatching(/reset engine to defaults/)]);
    // The cleaned document is written back, so the problem is not reported again.
    expect(openStore({ dir }).problems).toEqual([]);
    expect(corruptFiles()).toHaveLength(1);
  });

  it('drops keys that could reach a prototype and rewrites the file without them', () => {
    fs.writeFileSync(configFile(), '{"schemaVersion":1,"settings":{"__proto__":{"polluted":1},"move":{"intervalMinutes":40,"constructor":{"prototype":{"polluted":1}}}}}');
    const store = openStore({ dir });
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(store.settings.move.intervalMinutes).toBe(40);
    expect(store.problems[0]).toMatch(/ignored keys that could reach a prototype/);
    expect(fs.readFileSync(configFile(), 'utf8')).not.toMatch(/__proto__|constructor|prototype/);
  });

  it('refuses to start on a file it cannot read, naming it, and leaves it alone', () => {
    fs.mkdirSync(configFile()); // a folder where the file should be: EISDIR, whoever runs the test
    expect(() => openStore({ dir })).toThrow(UnreadableStoreError);
    try {
      openStore({ dir });
    } catch (error) {
      expect((error as UnreadableStoreError).path).toBe(configFile());
    }
    expect(fs.statSync(configFile()).isDirectory()).toBe(true);
  });

  it('migrates a version-0 document and writes it back at the current version', () => {
    fs.writeFileSync(configFile(), JSON.stringify({ settings: { moveEveryMinutes: 50, stretchEveryMinutes: 90, waterGoalMl: 2500 } }));
    const store = openStore({ dir });
    expect(store.notices).toEqual([]);
    expect(store.settings.move.intervalMinutes).toBe(50);
    expect(store.settings.stretch.intervalMinutes).toBe(90);
    expect(store.settings.hydrate.dailyGoalMl).toBe(2500);
    expect(readJson(configFile())).toEqual({ schemaVersion: 1, settings: store.settings });
    expect(openStore({ dir }).settings).toEqual(store.settings);
  });
});
