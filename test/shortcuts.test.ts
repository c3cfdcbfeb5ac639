import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClockHost } from '../main/platform/clock.js';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

import * as electronModule from 'electron';
import { SHORTCUT_PAUSE_MINUTES } from '../main/platform/shortcuts.js';
import type { FakeElectron } from './fakes/electron.js';
import { appHarness, type AppHarness } from './support/appHarness.js';

const fake = electronModule as unknown as FakeElectron;

/** Time stands still: these tests are about keys, not schedules. */
const stillHost = (wall: number): ClockHost => ({
  wallNow: () => wall,
  monotonicNow: () => 0,
  timeZone: () => 'Europe/Berlin',
  setTimeout: () => 0,
  clearTimeout: () => undefined,
});

let app: AppHarness;
const start = () => app.start('linux', stillHost(Date.parse('2026-03-02T09:00:00+01:00')));
const invoke = (channel: string, payload: unknown) => app.invoke(channel, payload);
const state = () => app.state();

beforeEach(() => {
  app = appHarness(fake);
});
afterEach(() => app.stop());

describe('global shortcuts', () => {
  it('takes none by default, and gives back every one on quit', async () => {
    await start();
    expect([...fake.globalShortcut.registered.keys()]).toEqual([]);
    await invoke('settings:set', { shortcuts: { breakNow: 'CommandOrControl+Alt+B' } });
    expect([...fake.globalShortcut.registered.keys()]).toEqual(['CommandOrControl+Alt+B']);
    fake.app.quit();
    expect(fake.globalShortcut.registered.size).toBe(0);
  });

  it('each does its job from anywhere: a guided break, the usual drink, pause and resume', async () => {
    await start();
    await invoke('settings:set', { shortcuts: { breakNow: 'Ctrl+Alt+B', drink: 'Ctrl+Alt+W', pause: 'Ctrl+Alt+P' }, hydrate: { defaultDrinkMl: 300 } });
    fake.globalShortcut.press('Ctrl+Alt+B');
    expect((await state()).snapshot.breakInProgress?.reminder).toBe('move');
    // The break plays in the break window, which comes forward: the person asked for it.
    await new Promise((resolve) => setImmediate(resolve));
    const window = fake.BrowserWindow.getAllWindows().find((w) => w.alwaysOnTop);
    expect(window?.focused).toBe(true);

    fake.globalShortcut.press('Ctrl+Alt+W');
    expect((await state()).snapshot.water.todayMl).toBe(300);

    fake.globalShortcut.press('Ctrl+Alt+P');
    expect((await state()).snapshot.paused?.until).toBe(Date.parse('2026-03-02T09:00:00+01:00') + SHORTCUT_PAUSE_MINUTES * 60_000);
    fake.globalShortcut.press('Ctrl+Alt+P');
    expect((await state()).snapshot.paused).toBeNull();
  });

  it('reports a shortcut the system refuses by its field, keeps the others, and clears the report once it is changed', async () => {
    fake.globalShortcut.taken.add('Ctrl+Alt+P');
    await start();
    await invoke('settings:set', { shortcuts: { breakNow: 'Ctrl+Alt+B', pause: 'Ctrl+Alt+P' } });
    expect((await state()).notices).toContainEqual({ id: 'shortcutRefused', detail: 'pause' });
    expect([...fake.globalShortcut.registered.keys()]).toEqual(['Ctrl+Alt+B']);
    await invoke('settings:set', { shortcuts: { pause: 'Ctrl+Alt+Shift+P' } });
    expect((await state()).notices.map((n) => n.id)).not.toContain('shortcutRefused');
    expect([...fake.globalShortcut.registered.keys()].sort()).toEqual(['Ctrl+Alt+B', 'Ctrl+Alt+Shift+P']);
  });

  it('refuses a shortcut that is not one, naming the field, and keeps the old one', async () => {
    await start();
    await invoke('settings:set', { shortcuts: { drink: 'Ctrl+Alt+W' } });
    const refused = await invoke('settings:set', { shortcuts: { drink: 'W' } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/shortcuts\.drink: must be empty or a key with at least one modifier/);
    expect([...fake.globalShortcut.registered.keys()]).toEqual(['Ctrl+Alt+W']);
  });
});
