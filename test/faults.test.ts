/**
 * Fault injection: the real history, store, controller and IPC answers on a file layer that fails
 * on demand (test/support/faultyFiles.ts), and on a real tmpfs of a few KB where the machine
 * allows mounting one. Every failed write is told (a notice, a `failed` answer), loses at most the
 * record in flight, and never the one after it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppController } from '../main/controller.js';
import { toCsv } from '../main/core/exchange.js';
import { defaultSettings } from '../main/core/settings.js';
import type { HistoryRecord } from '../main/core/types.js';
import type { AppState, IpcResult } from '../main/ipc/contract.js';
import { answer } from '../main/ipc/handlers.js';
import { openHistory } from '../main/platform/history.js';
import { openStore } from '../main/platform/store.js';
import { WriteFailedError } from '../main/writeFailure.js';
import { FaultyFiles } from './support/faultyFiles.js';
import { Harness } from './support/harness.js';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-faults-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const T0 = Date.parse('2026-03-05T10:00:00Z');
const drink = (i: number): HistoryRecord => ({ at: T0 + i * 60_000, event: 'drink', ml: 100 + i, todayMl: 100 + i });
const segment = () => path.join(dir, 'history', '2026-03.jsonl');

/** A controller on the real history and store, both over the faulty layer, answering as IPC does. */
function app(faults: FaultyFiles) {
  const history = openHistory(dir, faults.files);
  const store = openStore({ dir, files: faults.files, writeDocument: faults.writeDocument(path.join(dir, 'config.json')) });
  const h = new Harness({ start: '2026-03-05T11:00:00' });
  let state: AppState | null = null;
  const controller = new AppController({
    engine: h.engine,
    saveSettings: (settings) => store.saveSettings(settings),
    openWindow: () => undefined,
    loginItem: { get: () => false, set: () => undefined },
    onChange: (next) => (state = next),
    history,
    workouts: { initial: [], save: (workouts) => store.saveWorkouts(workouts) },
    now: () => h.clock.wallNow(),
    newId: () => `cramp-${h.clock.now()}`,
  });
  h.engine.subscribe((output) => {
    if (output.type === 'record') controller.recordAdded(output.record);
  });
  const invoke = async (channel: Parameters<typeof answer>[0], payload: unknown) =>
    (await answer(channel, {}, payload, controller, () => true, () => undefined)) as IpcResult<AppState>;
  const notices = () => controller.state().notices;
  return { history, store, controller, h, invoke, notices, state: () => state };
}

describe('history appends on a failing disk', () => {
  it('a disk that fills mid-record loses only that record: the next one starts on a fresh line', () => {
    const faults = new FaultyFiles();
    const history = openHistory(dir, faults.files);
    history.append(drink(0));
    const line = JSON.stringify(drink(1)).length;
    faults.diskFullAfter(Math.floor(line / 2)); // half of the next line lands
    expect(() => history.append(drink(1))).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(() => history.append(drink(2))).toThrow(expect.objectContaining({ code: 'ENOSPC' })); // still full
    faults.heal();
    history.append(drink(3));
    history.append(drink(4));
    const reopened = openHistory(dir);
    expect(reopened.load()).toEqual([drink(0), drink(3), drink(4)]);
    expect(reopened.stats.skippedLines).toBe(1); // the torn half-line, counted, never glued to drink 3
    expect(fs.readFileSync(segment(), 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
  });

  it.each(['EACCES', 'EROFS', 'EPERM'] as const)('a folder that refuses writes (%s) loses nothing already written', (code) => {
    const faults = new FaultyFiles();
    const history = openHistory(dir, faults.files);
    history.append(drink(0));
    faults.deny(code);
    expect(() => history.append(drink(1))).toThrow(expect.objectContaining({ code }));
    faults.heal();
    history.append(drink(2));
    expect(openHistory(dir).load()).toEqual([drink(0), drink(2)]);
    expect(fs.readFileSync(segment(), 'utf8')).not.toMatch(/^\n|\n\n/); // no blank line where nothing landed
  });

  it('a torn write of a few bytes is skipped and counted on load; everything around it is kept', () => {
    const faults = new FaultyFiles();
    const history = openHistory(dir, faults.files);
    history.append(drink(0));
    faults.tearNext(7);
    expect(() => history.append(drink(1))).toThrow(expect.objectContaining({ code: 'EIO' }));
    history.append(drink(2));
    const reopened = openHistory(dir);
    expect(reopened.load()).toEqual([drink(0), drink(2)]);
    expect(reopened.stats.skippedLines).toBe(1);
  });

  it('an import that fills the disk part-way is rolled back: every segment is cut back to its size', () => {
    const faults = new FaultyFiles();
    const history = openHistory(dir, faults.files);
    history.append(drink(0));
    history.append({ at: Date.parse('2026-04-02T10:00:00Z'), event: 'meal' });
    const before = new Map(fs.readdirSync(path.join(dir, 'history')).map((f) => [f, fs.readFileSync(path.join(dir, 'history', f))]));
    const incoming: HistoryRecord[] = [
      ...Array.from({ length: 50 }, (_, i) => drink(100 + i)), // March
      ...Array.from({ length: 50 }, (_, i) => ({ ...drink(i), at: Date.parse('2026-04-03T00:00:00Z') + i * 60_000 })), // April
      ...Array.from({ length: 50 }, (_, i) => ({ ...drink(i), at: Date.parse('2026-05-03T00:00:00Z') + i * 60_000 })), // May: a new file
    ];
    faults.diskFullAfter(6000); // March lands, April is cut short
    expect(() => history.appendAll(incoming)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    faults.heal();
    const after = fs.readdirSync(path.join(dir, 'history')).filter((f) => fs.statSync(path.join(dir, 'history', f)).size > 0);
    expect(after.sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(fs.readFileSync(path.join(dir, 'history', file))).toEqual(bytes);
    // And the next append is whole.
    history.append(drink(5));
    expect(openHistory(dir).load()).toHaveLength(3);
  });
});

describe('what the person sees when a write fails', () => {
  it('a cramp the disk refused answers failed, never ok; a notice stays until a write works again', async () => {
    const faults = new FaultyFiles();
    const { invoke, notices, history } = app(faults);
    faults.diskFullAfter(0);
    const refused = await invoke('cramp:log', { muscle: 'calf', context: 'night', severity: 3, note: 'left calf' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringMatching(/^cramp:log: not saved: diskFull/) } });
    expect(notices()).toContainEqual({ id: 'historyWriteFailed', reason: 'diskFull' });
    faults.heal().deny('EROFS');
    expect(await invoke('cramp:log', { muscle: 'foot', context: 'night', severity: 2 })).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(notices()).toContainEqual({ id: 'historyWriteFailed', reason: 'readOnly' });
    faults.heal();
    const kept = await invoke('cramp:log', { muscle: 'hand', context: 'desk', severity: 1 });
    expect(kept.ok).toBe(true);
    expect(notices().map((n) => n.id)).not.toContain('historyWriteFailed');
    expect(history.load().filter((r) => r.event === 'cramp').map((r) => r.event === 'cramp' && r.muscle)).toEqual(['hand']);
  });

  it('settings:set saves first: on a failed save the engine keeps what the file has, and the answer is failed', async () => {
    const faults = new FaultyFiles();
    const { invoke, notices, controller, store } = app(faults);
    faults.deny('EACCES');
    const refused = await invoke('settings:set', { move: { intervalMinutes: 45 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(controller.state().settings.move.intervalMinutes).toBe(defaultSettings().move.intervalMinutes);
    expect(store.settings.move.intervalMinutes).toBe(defaultSettings().move.intervalMinutes);
    expect(notices()).toContainEqual({ id: 'settingsWriteFailed', reason: 'noPermission' });
    faults.heal();
    const saved = await invoke('settings:set', { move: { intervalMinutes: 45 } });
    expect(saved.ok && saved.value.settings.move.intervalMinutes).toBe(45);
    expect(openStore({ dir }).settings.move.intervalMinutes).toBe(45);
    expect(notices().map((n) => n.id)).not.toContain('settingsWriteFailed');
  });

  it('a plan that could not be saved is not applied, and the engine state save failing is shown the same way', async () => {
    const faults = new FaultyFiles();
    const { invoke, notices, controller, store, h } = app(faults);
    faults.diskFullAfter(0);
    const plan = [{ id: 'w1', kind: 'run', minutes: 40, intensity: 'easy', hot: false, schedule: { type: 'weekly', days: ['mon'], time: '07:00' } }];
    expect(await invoke('workouts:set', { workouts: plan })).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(controller.state().workouts).toEqual([]);
    expect(() => controller.save(() => store.saveEngineState(h.engine.exportState()))).toThrow(WriteFailedError);
    expect(notices()).toContainEqual({ id: 'settingsWriteFailed', reason: 'diskFull' });
    faults.heal();
    expect((await invoke('workouts:set', { workouts: plan })).ok).toBe(true);
    expect(openStore({ dir }).workouts).toHaveLength(1);
  });

  it('an import the disk refused part-way answers failed and leaves the history exactly as it was', async () => {
    const faults = new FaultyFiles();
    const { invoke, history, notices } = app(faults);
    history.append(drink(0));
    const bytes = fs.readFileSync(segment());
    const file = toCsv(Array.from({ length: 200 }, (_, i) => drink(10 + i)));
    faults.diskFullAfter(3000);
    const refused = await invoke('history:import', { text: file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringMatching(/nothing was imported/) } });
    expect(fs.readFileSync(segment())).toEqual(bytes);
    expect(notices()).toContainEqual({ id: 'historyWriteFailed', reason: 'diskFull' });
    faults.heal();
    const imported = await invoke('history:import', { text: file });
    expect(imported.ok).toBe(true);
    expect(history.load()).toHaveLength(201);
  });

  it('history lines that cannot be read are counted and shown, never dropped quietly', async () => {
    const history = openHistory(dir);
    history.append(drink(0));
    fs.appendFileSync(segment(), '{"at": 1, "event": "drink"}\nnot json\n{"at":1772704800000,"event":"drink","ml":-5,"todayMl":0}\n');
    history.append(drink(1));
    const { invoke } = app(new FaultyFiles());
    const view = await invoke('history:view', { range: 7 });
    expect(view.ok && view.value.notices).toContainEqual({ id: 'historySkipped', detail: '3' });
  });
});

describe('the store on a failing disk', () => {
  it('a failed save keeps the old file whole and memory as the file has it', () => {
    const faults = new FaultyFiles();
    const file = path.join(dir, 'config.json');
    const store = openStore({ dir, files: faults.files, writeDocument: faults.writeDocument(file) });
    const before = fs.readFileSync(file, 'utf8');
    const next = defaultSettings();
    next.hydrate.dailyGoalMl = 2600;
    for (const fail of [() => faults.diskFullAfter(10), () => faults.deny('EROFS'), () => faults.tearNext(3)]) {
      fail();
      expect(() => store.saveSettings(next)).toThrow(WriteFailedError);
      faults.heal();
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
      expect(store.settings.hydrate.dailyGoalMl).toBe(defaultSettings().hydrate.dailyGoalMl);
    }
  });

  it('a recovery that cannot be written back still starts, says so, and keeps the original aside', () => {
    const faults = new FaultyFiles();
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(file, '{"schemaVersion":1,"settings":');
    faults.diskFullAfter(0);
    const store = openStore({ dir, files: faults.files, writeDocument: faults.writeDocument(file) });
    expect(store.notices.map((n) => n.id)).toEqual(['settingsRecovered', 'settingsWriteFailed']);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('config.corrupt-'))).toHaveLength(1);
  });
});

/** Mounts a tmpfs of `kb` KB for the test, or says why it cannot. CI runs as root and must mount it. */
function mountTmpfs(kb: number): { dir: string; unmount(): void } | string {
  if (process.platform !== 'linux') return 'tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (CI runs as root)';
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k,mode=0700`, 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    fs.rmdirSync(mountPoint);
    return `mount failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
  return {
    dir: mountPoint,
    unmount: () => {
      execFileSync('umount', [mountPoint]);
      fs.rmdirSync(mountPoint);
    },
  };
}

/** Outside CI (no root), the tmpfs tests say why they did not run; in CI they must. */
function skipWithReason(context: { skip(): void }, reason: string): void {
  if (process.env.CI) throw new Error(`CI must run the tmpfs test: ${reason}`);
  console.warn(`skipping the real-tmpfs test: ${reason}`);
  context.skip();
}

describe('a real full disk (tmpfs of 16 KB)', () => {
  it('the history fills it, says ENOSPC, keeps every record it reported written, and resumes on a fresh line once space is freed', (context) => {
    const mounted = mountTmpfs(16);
    if (typeof mounted === 'string') return skipWithReason(context, mounted);
    try {
      const ballast = path.join(mounted.dir, 'ballast');
      fs.writeFileSync(ballast, Buffer.alloc(4096));
      const history = openHistory(mounted.dir);
      const written: HistoryRecord[] = [];
      let failure: unknown = null;
      for (let i = 0; i < 10_000 && failure === null; i++) {
        try {
          history.append(drink(i));
          written.push(drink(i));
        } catch (error) {
          failure = error;
        }
      }
      expect(failure).toMatchObject({ code: 'ENOSPC' });
      expect(written.length).toBeGreaterThan(20);
      fs.rmSync(ballast);
      const after = { ...drink(0), at: T0 + 20_000 * 60_000 };
      history.append(after);
      const reopened = openHistory(mounted.dir);
      expect(reopened.load()).toEqual([...written, after]);
      expect(reopened.stats.skippedLines).toBe(1); // the part of the refused record that landed
    } finally {
      mounted.unmount();
    }
  });

  it('electron-store on a full disk: the save fails as WriteFailedError and the old file stays whole', (context) => {
    const mounted = mountTmpfs(16);
    if (typeof mounted === 'string') return skipWithReason(context, mounted);
    try {
      const store = openStore({ dir: mounted.dir });
      const file = path.join(mounted.dir, 'config.json');
      const before = fs.readFileSync(file, 'utf8');
      // Fill the disk to the last few bytes, so the temporary copy cannot be written.
      const free = () => fs.statfsSync(mounted.dir).bavail * fs.statfsSync(mounted.dir).bsize;
      fs.writeFileSync(path.join(mounted.dir, 'ballast'), Buffer.alloc(Math.max(0, free() - 512)));
      const next = defaultSettings();
      next.hydrate.dailyGoalMl = 2600;
      expect(() => store.saveSettings(next)).toThrow(WriteFailedError);
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
      fs.rmSync(path.join(mounted.dir, 'ballast'));
      store.saveSettings(next);
      expect(openStore({ dir: mounted.dir }).settings.hydrate.dailyGoalMl).toBe(2600);
    } finally {
      mounted.unmount();
    }
  });
});
