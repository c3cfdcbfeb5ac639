import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineState } from '../main/core/engine.js';
import { defaultSettings, SettingsError } from '../main/core/settings.js';
import { openStore } from '../main/platform/store.js';

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
    expect(readJson(configFile())).toEqual({ schemaVersion: 1, settings: defaultSettings() });

    const next = openStore({ dir, now: () => now });
    expect(next.notices).toEqual([]);
    expect(corruptFiles()).toEqual([path.basename(kept)]);
  });

  it('moves a file that fails validation aside, never over an earlier one', () => {
    const now = Date.UTC(2026, 2, 5, 10, 20, 30, 123);
    const invalid = JSON.stringify({ schemaVersion: 1, settings: { move: { intervalMinutes: 'often' } } });
    fs.writeFileSync(configFile(), invalid);
    const first = openStore({ dir, now: () => now });
    expect(first.notices).toHaveLength(1);
    expect(first.problems[0]).toMatch(/settings\.move\.intervalMinutes/);

    // Broken again at the very same millisecond: the second copy gets a name of its own.
    const another = JSON.stringify({ schemaVersion: 1, settings: { nonsense: true } });
    fs.writeFileSync(configFile(), another);
    const second = openStore({ dir, now: () => now });
    expect(second.notices).toEqual([{ id: 'settingsRecovered', detail: path.join(dir, 'config.corrupt-2026-03-05T10-20-30-123Z-2.json') }]);
    expect(corruptFiles().sort()).toEqual(['config.corrupt-2026-03-05T10-20-30-123Z-2.json', 'config.corrupt-2026-03-05T10-20-30-123Z.json']);
    expect(fs.readFileSync(path.join(dir, 'config.corrupt-2026-03-05T10-20-30-123Z.json'), 'utf8')).toBe(invalid);
    expect(fs.readFileSync(second.notices[0]?.detail ?? '', 'utf8')).toBe(another);
    expect(second.settings).toEqual(defaultSettings());
  });

  it('moves aside a document that is not an object, or from a newer version', () => {
    for (const text of ['[]', '"config"', JSON.stringify({ schemaVersion: 7, settings: {} }), '']) {
      fs.writeFileSync(configFile(), text);
      const store = openStore({ dir });
      expect(store.notices.map((n) => n.id)).toEqual(['settingsRecovered']);
      expect(fs.readFileSync(store.notices[0]?.detail ?? '', 'utf8')).toBe(text);
    }
  });

  it('drops an invalid engine state but keeps the settings, without a notice', () => {
    fs.writeFileSync(configFile(), JSON.stringify({ schemaVersion: 1, settings: { move: { intervalMinutes: 40 } }, engine: { version: 1, savedAt: 'yesterday' } }));
    const store = openStore({ dir });
    expect(store.notices).toEqual([]);
    expect(store.settings.move.intervalMinutes).toBe(40);
    expect(store.engineState).toBeNull();
    expect(store.problems).toEqual([expect.stringMatching(/engine state dropped.*engine\.savedAt/)]);
    // The cleaned document is written back, so the problem is not reported again.
    expect(openStore({ dir }).problems).toEqual([]);
    expect(corruptFiles()).toEqual([]);
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
