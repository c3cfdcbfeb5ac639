import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

import * as electronModule from 'electron';
import { startLimber, type LimberElectron } from '../main/app.js';
import type { AppState, IpcResult } from '../main/ipc/contract.js';
import type { FakeElectron, FakeMenu } from './fakes/electron.js';
import { freshFakeApp } from './support/fakeApp.js';
import { ManualHost } from './support/manualHost.js';
import { bundled } from './support/bundle.js';

const fake = electronModule as unknown as FakeElectron;
/** The import worker, bundled as the build does. */
const importWorker = () => bundled('main/platform/importWorker.ts');
const MINUTE = 60_000;

let userData: string;
let host: ManualHost;
const appPage = () => `file://${path.join(fake.app.getAppPath(), 'dist', 'renderer', 'index.html')}`;

async function start() {
  const running = await startLimber(fake as unknown as LimberElectron, {
    platform: 'linux',
    env: { XDG_CONFIG_HOME: path.join(userData, 'config') },
    execPath: '/opt/Limber/limber',
    clockHost: host,
    log: () => undefined,
    importWorker: { script: await importWorker() },
  });
  if (!running) throw new Error('Limber did not start');
  return running;
}

const tray = () => fake.Tray.instances.at(-1) as InstanceType<FakeElectron['Tray']>;
const menu = () => tray().menu as FakeMenu;
const invoke = (channel: string, payload: unknown, url = appPage()) => fake.ipcMain.invoke(channel, payload, { url }) as Promise<IpcResult<AppState>>;

beforeEach(() => {
  userData = freshFakeApp(fake, 'limber-app-');
  host = new ManualHost(Date.parse('2026-03-02T09:00:00+01:00'));
});
afterEach(() => {
  fake.app.quit();
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('Limber, wired together', () => {
  it('puts every action in the tray menu and keeps one tray', async () => {
    await start();
    expect(fake.Tray.instances.filter((t: InstanceType<FakeElectron['Tray']>) => !t.destroyed)).toHaveLength(1);
    expect(menu().labels()).toEqual(
      expect.arrayContaining([
        'Next movement break in 30\u00a0min',
        'Take a break now',
        'Log a drink ▸ Glass (250\u00a0ml)',
        'Cramp relief ▸ Calf',
        'Pause ▸ 30\u00a0minutes',
        'Preferences…',
        'Start at login',
        'Quit',
      ]),
    );
    expect(tray().tooltip).toMatch(/water 0(\.0+)? \/ 2\.0\u00a0L/);
  });

  it('logs a drink from the tray and the window sees it', async () => {
    const { windows } = await start();
    menu().click('Glass (250\u00a0ml)');
    expect(tray().tooltip).toMatch(/0\.25 \/ 2\.0\u00a0L/);
    fake.BrowserWindow.all.length = 0;
    menu().click('Open Limber…');
    const window = windows.openWindows()[0] as unknown as InstanceType<FakeElectron['BrowserWindow']>;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    const state = await invoke('state:get', undefined);
    expect(state.ok && state.value.snapshot.water.todayMl).toBe(250);
  });

  it('shows a notification when a break falls due, and the break window for a stretch', async () => {
    await start();
    host.advance(30 * MINUTE);
    expect(fake.Notification.shown.map((n) => n.options.title)).toEqual(['Time to move']);
    expect(fake.Notification.shown[0]?.options.actions).toBeUndefined(); // Linux has no notification buttons
    expect(tray().menu?.labels()).toContain('A break is due now');
    await invoke('reply', { reminder: 'move', action: 'done' });
    expect(fake.Notification.shown[0]?.closed).toBe(true);

    host.advance(90 * MINUTE);
    await new Promise((resolve) => setImmediate(resolve)); // the page loads, then the window shows
    const stretch = fake.BrowserWindow.getAllWindows().find((w) => w.alwaysOnTop);
    expect(stretch).toBeDefined();
    expect(stretch?.visible && !stretch.focused).toBe(true); // shown without taking focus
    const snoozed = await invoke('reply', { reminder: 'stretch', action: 'snooze' });
    expect(snoozed.ok && snoozed.value.snapshot.alerting).toEqual([]);
    expect(stretch?.destroyed).toBe(true);
  });

  it('closes its notifications on quit', async () => {
    await start();
    host.advance(30 * MINUTE);
    const shown = fake.Notification.shown.at(-1);
    expect(shown?.closed).toBe(false);
    fake.app.quit();
    expect(shown?.closed).toBe(true);
  });

  it('opens the log folder from Help, and keeps a log there', async () => {
    await start();
    fake.shell.opened.length = 0;
    menu().click('Help ▸ Open log folder');
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.shell.opened).toEqual([path.join(userData, 'logs')]);
    expect(fs.readFileSync(path.join(userData, 'logs', 'limber.log'), 'utf8')).toMatch(/\[info\]\s+Limber starting \(linux\)/);
    fake.shell.opened.length = 0;
    await invoke('logs:open', undefined);
    expect(fake.shell.opened).toEqual([path.join(userData, 'logs')]);
  });

  it('shows a native error naming the settings file it cannot read, then quits, leaving the file alone', async () => {
    fs.mkdirSync(path.join(userData, 'config.json'));
    const running = await startLimber(fake as unknown as LimberElectron, { platform: 'linux', env: {}, execPath: '/opt/Limber/limber', clockHost: host, log: () => undefined });
    expect(running).toBeNull();
    expect(fake.dialog.errorBoxes.at(-1)).toMatchObject({ title: 'Limber cannot start', content: expect.stringContaining(path.join(userData, 'config.json')) });
    expect(fake.app.quitting).toBe(true);
    expect(fs.statSync(path.join(userData, 'config.json')).isDirectory()).toBe(true);
  });

  it('refuses IPC from a page that is not its own', async () => {
    await start();
    expect(await invoke('drink:log', { ml: 250 }, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('sends first run’s test notification through the reminders’ path, only for the window, a few at a time', async () => {
    await start();
    await invoke('settings:set', { profile: { language: 'de' } });
    fake.Notification.shown.length = 0;
    expect(await invoke('notification:test', undefined)).toEqual({ ok: true, value: { sent: true } });
    expect(fake.Notification.shown.map((n) => [n.options.title, n.options.body])).toEqual([['Limber ist bereit', 'So erscheinen deine Erinnerungen an Pausen und ans Trinken.']]);
    // The break window may answer its alert, nothing else.
    const breakPage = appPage().replace('index.html', 'break.html');
    expect(await invoke('notification:test', undefined, breakPage)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A runaway page cannot flood the desktop: three at once, then refused until it slows down.
    expect((await invoke('notification:test', undefined)).ok).toBe(true);
    expect((await invoke('notification:test', undefined)).ok).toBe(true);
    expect(await invoke('notification:test', undefined)).toMatchObject({ ok: false, error: { code: 'limited' } });
    expect(fake.Notification.shown).toHaveLength(3);
  });

  it("lets only the window ask what the desktop sensor sees, a few times a minute", async () => {
    await start();
    const answer = await invoke('sensing:check', undefined);
    expect(answer).toMatchObject({ ok: true, value: { sources: expect.any(Object) } });
    expect(await invoke('sensing:check', undefined, appPage().replace('index.html', 'break.html'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (let i = 1; i < 5; i++) expect((await invoke('sensing:check', undefined)).ok).toBe(true);
    expect(await invoke('sensing:check', undefined)).toMatchObject({ ok: false, error: { code: 'limited' } });
  });

  it('says why no test notification was sent on a desktop without notifications', async () => {
    fake.Notification.supported = false;
    await start();
    fake.Notification.shown.length = 0;
    expect(await invoke('notification:test', undefined)).toEqual({ ok: true, value: { sent: false, reason: 'unsupported' } });
    expect(fake.Notification.shown).toEqual([]);
  });

  it('passes on the desktop’s reason when showing the test notification fails', async () => {
    await start();
    const show = vi.spyOn(fake.Notification.prototype, 'show').mockImplementation(() => {
      throw new Error('the notification daemon is not running');
    });
    try {
      expect(await invoke('notification:test', undefined)).toEqual({ ok: true, value: { sent: false, reason: 'failed', detail: 'the notification daemon is not running' } });
    } finally {
      show.mockRestore();
    }
  });

  it('turns start at login on and off from the window, as first run offers', async () => {
    await start();
    const entry = path.join(userData, 'config', 'autostart', 'limber.desktop');
    const on = await invoke('login:set', { openAtLogin: true });
    expect(on.ok && on.value.openAtLogin).toBe(true);
    expect(fs.readFileSync(entry, 'utf8')).toContain('Exec=/opt/Limber/limber\n');
    const off = await invoke('login:set', { openAtLogin: false });
    expect(off.ok && off.value.openAtLogin).toBe(false);
    expect(fs.existsSync(entry)).toBe(false);
  });

  it('counts a sleep as a break and carries the day over a restart', async () => {
    const first = await start();
    menu().click('Bottle (500\u00a0ml)');
    host.advance(20 * MINUTE);
    fake.powerMonitor.emit('suspend');
    host.advance(60 * MINUTE);
    fake.powerMonitor.emit('resume');
    expect(first.engine.snapshot().presence).toBe('present');
    fake.app.quit(); // saves the state

    fake.ipcMain.handlers.clear();
    fake.app.removeAllListeners();
    fake.powerMonitor.removeAllListeners();
    const second = await start();
    expect(second.engine.snapshot().water.todayMl).toBe(500);
    const lines = fs.readdirSync(path.join(userData, 'history'));
    expect(lines.length).toBeGreaterThan(0);
    expect(second.history.load().some((r) => r.event === 'naturalBreak')).toBe(true);
  });

  it('writes an XDG autostart entry for Start at login on Linux', async () => {
    await start();
    menu().click('Start at login');
    const entry = fs.readFileSync(path.join(userData, 'config', 'autostart', 'limber.desktop'), 'utf8');
    expect(entry).toContain('Exec=/opt/Limber/limber\n');
    expect(menu().find('Start at login')?.checked).toBe(true);
    menu().click('Start at login');
    expect(fs.existsSync(path.join(userData, 'config', 'autostart', 'limber.desktop'))).toBe(false);
  });

  it('moves a broken settings file aside, starts on defaults and says so until dismissed, in the window and the tray', async () => {
    fs.writeFileSync(path.join(userData, 'config.json'), '{"schemaVersion": 1, "settings": {"move": ');
    await start();
    const state = await invoke('state:get', undefined);
    expect(state.ok && state.value.notices.map((n) => n.id)).toEqual(['settingsRecovered']);
    expect(fs.readdirSync(userData).some((f) => f.startsWith('config.corrupt-'))).toBe(true);
    expect(menu().labels()[0]).toBe('⚠ Settings file could not be read: defaults in use');
    const restart = async () => {
      fake.app.quit();
      fake.ipcMain.handlers.clear();
      fake.app.removeAllListeners();
      await start();
    };
    await restart();
    const again = await invoke('state:get', undefined);
    expect(again.ok && again.value.notices.map((n) => n.id)).toEqual(['settingsRecovered']);
    // Dismissed from the tray: gone from the window, the menu, and the next start.
    menu().click('⚠ Settings file could not be read: defaults in use ▸ Dismiss');
    const dismissed = await invoke('state:get', undefined);
    expect(dismissed.ok && dismissed.value.notices).toEqual([]);
    expect(menu().labels().some((label) => label.startsWith('⚠'))).toBe(false);
    await restart();
    const after = await invoke('state:get', undefined);
    expect(after.ok && after.value.notices).toEqual([]);
    expect(fs.readdirSync(userData).filter((f) => f.startsWith('config.corrupt-'))).toHaveLength(1);
  });

  it('says so in Preferences when the desktop never reports idle time', async () => {
    await start();
    fake.powerMonitor.idleSeconds = 0;
    host.advance(2 * 60 * MINUTE);
    const state = await invoke('state:get', undefined);
    expect(state.ok && state.value.notices.map((n) => n.id)).toContain('idleUnreliable');
  });

  it('a second launch focuses the running app instead of starting another', async () => {
    await start();
    fake.app.emit('second-instance');
    expect(fake.BrowserWindow.getAllWindows()).toHaveLength(1);
    fake.app.singleInstance = false;
    const other = await startLimber(fake as unknown as LimberElectron, { platform: 'linux', env: {}, execPath: 'x', clockHost: host, log: () => undefined });
    expect(other).toBeNull();
    fake.app.singleInstance = true;
  });

  it('keeps the workout plan across a restart and prepares for the run', async () => {
    await start();
    const plan = [{ id: 'run', kind: 'run', minutes: 45, intensity: 'moderate', hot: false, schedule: { type: 'once', at: '2026-03-02T11:30' } }];
    const set = await invoke('workouts:set', { workouts: plan });
    expect(set.ok && set.value.snapshot.upcoming.map((u) => u.reminder)).toEqual(['prehydrate', 'mealCutoff', 'warmup', 'cooldown']);
    expect(await invoke('workouts:set', { workouts: [{ ...plan[0], minutes: 1 }] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    fake.app.quit();
    fake.ipcMain.handlers.clear();
    fake.app.removeAllListeners();
    fake.powerMonitor.removeAllListeners();
    await start();
    const state = await invoke('state:get', undefined);
    expect(state.ok && state.value.workouts).toEqual(plan);
    host.advance(30 * MINUTE);
    expect(fake.Notification.shown.map((n) => n.options.title)).toContain('Drink before your run');
  });

  it('logs a cramp in two clicks from the tray, and the history view and export show it', async () => {
    await start();
    menu().click('Cramp relief ▸ Log a cramp ▸ Calf');
    const view = await invoke('history:view', { range: 7 });
    const cramps = view.ok ? view.value.history?.days.flatMap((d) => d.cramps) : [];
    expect(cramps).toMatchObject([{ muscle: 'calf', context: 'desk', severity: 3 }]);
    const exported = (await invoke('history:export', { format: 'csv' })) as unknown as IpcResult<{ filename: string; text: string }>;
    expect(exported.ok && exported.value.filename).toMatch(/^limber-history-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.ok && exported.value.text).toContain(',cramp,');
  });

  it('imports a history file whole, or refuses it whole with the line and the reason', async () => {
    const { history } = await start();
    menu().click('Glass (250\u00a0ml)');
    const before = history.load();
    const bad = 'at,event,reminder,action,attempt,ml,minutes,muscle,context,severity,note,extra\n2026-03-01T10:00:00.000Z,drink,,,,250,,,,,,"{""todayMl"":250}"\n2026-03-01T11:00:00.000Z,drink,,,,-3,,,,,,"{""todayMl"":0}"\n';
    const refused = await invoke('history:import', { text: bad });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/line 3: ml: .*nothing was imported/) } });
    expect(history.load()).toEqual(before);
    const good = bad.split('\n').slice(0, 2).join('\n');
    const imported = await invoke('history:import', { text: good });
    expect(imported.ok && imported.value.notices).toContainEqual({ id: 'historyImported', detail: '1' });
    expect(history.load()).toHaveLength(before.length + 1);
  });

  it('speaks the chosen language in the tray and notifications, or the system’s', async () => {
    fake.app.locale = 'fr-FR';
    await start();
    const state = await invoke('state:get', undefined);
    expect(state.ok && state.value.language).toBe('fr');
    const inFrench = menu().labels();
    await invoke('settings:set', { profile: { language: 'de' } });
    expect(menu().labels()).not.toEqual(inFrench);
    const after = await invoke('state:get', undefined);
    expect(after.ok && after.value.language).toBe('de');
    fake.app.locale = 'en-US';
  });

  it('opens the user’s guide in the window from Help, not as a file handed to the system', async () => {
    const { windows } = await start();
    fake.shell.opened.length = 0;
    fake.BrowserWindow.all.length = 0;
    menu().click('Help ▸ User’s guide…');
    await new Promise((resolve) => setImmediate(resolve));
    const window = windows.openWindows()[0] as unknown as InstanceType<FakeElectron['BrowserWindow']>;
    expect(window.visible && window.focused).toBe(true);
    expect(window.loaded).toMatch(/index\.html#guide$/);
    const state = await invoke('state:get', undefined);
    expect(state.ok && state.value.route?.view).toBe('guide');
    expect(fake.shell.opened).toEqual([]);
  });
});
