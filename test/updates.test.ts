/**
 * Updates: electron-updater driven through a fake for every state a person can meet — none,
 * available (downloading), downloaded, error, offline — on the app's own timers, and through the
 * whole app: the tray's "Update ready: restart Limber", kept away from breaks, and the Preferences switch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

import * as electronModule from 'electron';
import { startLimber, type LimberElectron } from '../main/app.js';
import { CHECK_EVERY_MS, isOfflineError, nextCheckAt, restartWouldInterrupt, shortError, updateStep, type UpdateStatus } from '../main/core/updates.js';
import type { AppState, IpcResult } from '../main/ipc/contract.js';
import { connectUpdates, updateSupport, type Updates } from '../main/platform/updates.js';
import type { FakeElectron, FakeMenu } from './fakes/electron.js';
import { FakeUpdater } from './fakes/updater.js';
import { loadLocale, setLocale as setRendererLocale } from '../renderer/i18n.ts';
import { updateStatusText } from '../renderer/updateStatus.ts';
import { freshFakeApp } from './support/fakeApp.js';
import { ManualHost } from './support/manualHost.js';

const START = Date.parse('2026-03-02T09:00:00+01:00');
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
/** Lets the updater's promise chain settle (it awaits the loader and the look). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('the updater on its timer', () => {
  let host: ManualHost;
  let updater: FakeUpdater;
  let enabled: boolean;
  let statuses: UpdateStatus[];
  let loads: number;
  let logged: string[];

  function connect(support: ReturnType<typeof updateSupport> = null): Updates {
    return connectUpdates({
      support,
      load: async () => (loads++, updater),
      host,
      enabled: () => enabled,
      onStatus: (status) => statuses.push(status),
      log: (message) => logged.push(message),
    });
  }

  beforeEach(() => {
    host = new ManualHost(START);
    updater = new FakeUpdater();
    enabled = true;
    statuses = [];
    loads = 0;
    logged = [];
  });

  it('none: looks once at start, then arms one timer for a day later, and looks again then', async () => {
    const updates = connect();
    expect(host.pending()).toEqual([START]); // the look at start
    host.advance(0);
    await settle();
    expect(updater.checks).toBe(1);
    expect(updates.status()).toEqual({ state: 'none', checkedAt: START });
    expect(host.pending()).toEqual([START + CHECK_EVERY_MS]);
    host.advance(DAY - 1);
    await settle();
    expect(updater.checks).toBe(1);
    host.advance(1);
    await settle();
    expect(updater.checks).toBe(2);
    expect(host.pending()).toEqual([START + 2 * DAY]);
  });

  it('available: downloads in the background, then waits for a restart and stops looking', async () => {
    updater.answer = { kind: 'available', version: '0.2.0' };
    const updates = connect();
    host.advance(0);
    await settle();
    expect(updater.autoDownload).toBe(true);
    expect(updates.status()).toEqual({ state: 'downloading', version: '0.2.0', percent: 42 });
    expect(host.pending()).toEqual([]);
    updater.finishDownload();
    expect(updates.status()).toEqual({ state: 'downloaded', version: '0.2.0' });
    expect(updater.autoInstallOnAppQuit).toBe(true); // quitting installs it too
    host.advance(5 * DAY);
    await settle();
    expect(updater.checks).toBe(1);
    expect(statuses.map((s) => s.state)).toEqual(['checking', 'downloading', 'downloading', 'downloaded']);
  });

  it('error: says what went wrong in one line, logs it, and tries again a day later', async () => {
    updater.answer = { kind: 'error', message: 'HttpError: 404 Not Found\n"method: GET url: https://github.invalid/releases.atom"\nData: <!DOCTYPE html>' };
    const updates = connect();
    host.advance(0);
    await settle();
    expect(updates.status()).toEqual({ state: 'error', checkedAt: START, message: 'HttpError: 404 Not Found' });
    expect(logged[0]).toMatch(/^updates: HttpError: 404 Not Found/);
    expect(host.pending()).toEqual([START + DAY]);
  });

  it('offline: no alarm, and another look a day later', async () => {
    updater.answer = { kind: 'error', message: 'net::ERR_INTERNET_DISCONNECTED' };
    const updates = connect();
    host.advance(0);
    await settle();
    expect(updates.status()).toEqual({ state: 'offline', checkedAt: START });
    expect(host.pending()).toEqual([START + DAY]);
    updater.answer = { kind: 'none' };
    host.advance(DAY);
    await settle();
    expect(updates.status()).toEqual({ state: 'none', checkedAt: START + DAY });
  });

  it('an updater that answers nothing (not active in this build) is an error, not a look that never ends', async () => {
    updater.answer = { kind: 'inactive' };
    const updates = connect();
    host.advance(0);
    await settle();
    expect(updates.status()).toMatchObject({ state: 'error', message: 'the updater is not active in this build' });
    expect(host.pending()).toEqual([START + DAY]);
  });

  it('off in Preferences: never loads the updater; turned on it looks at once; turned off it stops', async () => {
    enabled = false;
    const updates = connect();
    expect(updates.status()).toEqual({ state: 'off' });
    expect(host.pending()).toEqual([]);
    host.advance(3 * DAY);
    await settle();
    expect(loads).toBe(0);

    enabled = true;
    updates.settingsChanged();
    host.advance(0);
    await settle();
    expect(updater.checks).toBe(1);
    expect(updates.status().state).toBe('none');

    enabled = false;
    updates.settingsChanged();
    expect(updates.status()).toEqual({ state: 'off' });
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(host.pending()).toEqual([]);
  });

  it('keeps exactly one timer however often it is told of settings or a resume', async () => {
    const updates = connect();
    host.advance(0);
    await settle();
    for (let i = 0; i < 5; i++) {
      updates.settingsChanged();
      updates.resumed();
    }
    expect(host.pending()).toEqual([START + DAY]);
    updates.stop();
    expect(host.pending()).toEqual([]);
  });

  it('a deb or a development run never loads the updater and says why', async () => {
    for (const reason of ['packageManager', 'development'] as const) {
      const updates = connect(reason);
      host.advance(2 * DAY);
      await settle();
      expect(updates.status()).toEqual({ state: 'unsupported', reason });
      updates.settingsChanged();
      expect(updates.install({ breakInProgress: null, alerting: [] })).toBe(false);
    }
    expect(loads).toBe(0);
  });

  it('restarts into the update only outside a break, silently and starting Limber again', async () => {
    updater.answer = { kind: 'available', version: '0.2.0' };
    const updates = connect();
    expect(updates.install({ breakInProgress: null, alerting: [] })).toBe(false); // nothing downloaded yet
    host.advance(0);
    await settle();
    updater.finishDownload();
    expect(updates.install({ breakInProgress: { reminder: 'stretch', until: START + HOUR }, alerting: [] })).toBe(false);
    expect(updates.install({ breakInProgress: null, alerting: ['stretch'] })).toBe(false);
    expect(updater.installs).toEqual([]);
    expect(updates.install({ breakInProgress: null, alerting: ['hydrate'] })).toBe(true);
    expect(updater.installs).toEqual([{ isSilent: true, isForceRunAfter: true }]);
  });
});

describe('which installs update themselves', () => {
  it('AppImage, NSIS and the macOS zip do; a deb and a development run do not', () => {
    expect(updateSupport({ packaged: true, platform: 'linux', env: { APPIMAGE: '/home/a/Limber.AppImage' } })).toBeNull();
    expect(updateSupport({ packaged: true, platform: 'linux', env: {} })).toBe('packageManager');
    expect(updateSupport({ packaged: true, platform: 'win32', env: {} })).toBeNull();
    expect(updateSupport({ packaged: true, platform: 'darwin', env: {} })).toBeNull();
    expect(updateSupport({ packaged: false, platform: 'win32', env: {} })).toBe('development');
  });
});

describe('update states', () => {
  it('tells a missing network from other failures', () => {
    for (const offline of ['net::ERR_INTERNET_DISCONNECTED', 'net::ERR_NAME_NOT_RESOLVED', 'getaddrinfo ENOTFOUND api.github.com', 'connect ETIMEDOUT 1.2.3.4:443', 'net::ERR_PROXY_CONNECTION_FAILED'])
      expect(isOfflineError(offline), offline).toBe(true);
    for (const other of ['HttpError: 404', 'sha512 checksum mismatch', 'Could not get code signature for running application'])
      expect(isOfflineError(other), other).toBe(false);
  });

  it('shortens a long error to its first line', () => {
    expect(shortError('first\nsecond')).toBe('first');
    expect(shortError('x'.repeat(300))).toHaveLength(158);
    expect(shortError('  \n')).toBe('unknown error');
    expect(shortError('\n\n  Cannot find latest.yml  \nHTTP/1.1 404')).toBe('Cannot find latest.yml');
    expect(shortError('y'.repeat(160))).toBe('y'.repeat(160));
    expect(shortError('y'.repeat(161))).toBe(`${'y'.repeat(157)}…`);
  });

  it('looks again a day after a look, at once when never looked, and not while one is under way or an update waits', () => {
    expect(nextCheckAt({ state: 'idle' }, 5)).toBe(5);
    expect(nextCheckAt({ state: 'offline', checkedAt: 7 }, 9)).toBe(7 + CHECK_EVERY_MS);
    for (const status of [{ state: 'checking' }, { state: 'downloading', version: '1', percent: 3 }, { state: 'downloaded', version: '1' }, { state: 'off' }, { state: 'unsupported', reason: 'development' }] as UpdateStatus[])
      expect(nextCheckAt(status, 1), status.state).toBeNull();
    const unsupported: UpdateStatus = { state: 'unsupported', reason: 'packageManager' };
    expect(updateStep(unsupported, { type: 'checking' }, 1)).toBe(unsupported);
  });

  it('offers the restart only when no move or stretch break is on screen or under way', () => {
    expect(restartWouldInterrupt({ breakInProgress: null, alerting: ['hydrate', 'warmup'] })).toBe(false);
    expect(restartWouldInterrupt({ breakInProgress: null, alerting: ['move'] })).toBe(true);
    expect(restartWouldInterrupt({ breakInProgress: null, alerting: ['stretch'] })).toBe(true);
  });

  it('keeps a downloaded update whatever comes after, and ignores progress it did not ask for', () => {
    const downloaded: UpdateStatus = { state: 'downloaded', version: '0.2.0' };
    expect(updateStep(downloaded, { type: 'failed', message: 'x' }, 1)).toBe(downloaded);
    expect(updateStep(downloaded, { type: 'none' }, 1)).toBe(downloaded);
    expect(updateStep({ state: 'none', checkedAt: 0 }, { type: 'progress', percent: 50 }, 1)).toEqual({ state: 'none', checkedAt: 0 });
    expect(updateStep({ state: 'downloading', version: '1', percent: 0 }, { type: 'progress', percent: 140 }, 1)).toEqual({ state: 'downloading', version: '1', percent: 100 });
    expect(updateStep({ state: 'off' }, { type: 'checking' }, 1)).toEqual({ state: 'off' });
  });
});

describe('updates in the running app', () => {
  const fake = electronModule as unknown as FakeElectron;
  let userData: string;
  let host: ManualHost;
  let updater: FakeUpdater;
  const appPage = () => `file://${path.join(fake.app.getAppPath(), 'dist', 'renderer', 'index.html')}`;
  const invoke = (channel: string, payload?: unknown) => fake.ipcMain.invoke(channel, payload, { url: appPage() }) as Promise<IpcResult<AppState>>;
  const menu = () => (fake.Tray.instances.at(-1) as InstanceType<FakeElectron['Tray']>).menu as FakeMenu;
  const READY = 'Update ready: restart Limber';

  beforeEach(() => {
    userData = freshFakeApp(fake, 'limber-updates-');
    fake.app.isPackaged = true;
    host = new ManualHost(START);
    updater = new FakeUpdater();
  });
  afterEach(() => {
    fake.app.quit();
    fake.app.isPackaged = false;
    fs.rmSync(userData, { recursive: true, force: true });
  });

  async function start(env: Record<string, string> = { APPIMAGE: '/opt/Limber.AppImage' }) {
    const running = await startLimber(fake as unknown as LimberElectron, {
      platform: 'linux',
      env: { XDG_CONFIG_HOME: path.join(userData, 'config'), ...env },
      execPath: '/opt/Limber/limber',
      clockHost: host,
      log: () => undefined,
      loadUpdater: async () => updater,
    });
    if (!running) throw new Error('Limber did not start');
    host.advance(0);
    await settle();
    return running;
  }
  const stateNow = async () => {
    const result = await invoke('state:get');
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('offers "Update ready: restart Limber" once downloaded, and restarts into it when chosen', async () => {
    updater.answer = { kind: 'available', version: '0.2.0' };
    await start();
    expect((await stateNow()).update).toEqual({ state: 'downloading', version: '0.2.0', percent: 42 });
    expect(menu().labels()).not.toContain(READY);
    updater.finishDownload();
    expect((await stateNow()).update).toEqual({ state: 'downloaded', version: '0.2.0' });
    expect(menu().labels()[0]).toBe(READY);
    menu().click(READY);
    expect(updater.installs).toHaveLength(1);
  });

  it('never offers the restart during a break, and offers it again when the break is over', async () => {
    updater.answer = { kind: 'available', version: '0.2.0' };
    const running = await start();
    updater.finishDownload();
    running.engine.dispatch({ type: 'breakNow' });
    expect(running.engine.snapshot().breakInProgress).not.toBeNull();
    expect(menu().labels()).not.toContain(READY);
    host.advance(10 * 60_000);
    await settle();
    expect(running.engine.snapshot().breakInProgress).toBeNull();
    expect(menu().labels()).toContain(READY);
    expect(updater.installs).toEqual([]);
  });

  it('the Preferences switch turns looking off and on, and the window sees where updates stand', async () => {
    await start();
    expect((await stateNow()).update).toEqual({ state: 'none', checkedAt: START });
    const off = await invoke('settings:set', { updates: { enabled: false } });
    if (!off.ok) throw new Error(off.error.message);
    expect(off.ok && off.value.update).toEqual({ state: 'off' });
    expect(off.ok && off.value.settings.updates.enabled).toBe(false);
    host.advance(3 * DAY);
    await settle();
    expect(updater.checks).toBe(1);
    await invoke('settings:set', { updates: { enabled: true } });
    host.advance(0);
    await settle();
    expect(updater.checks).toBe(2);
  });

  it('a deb install never looks, and the window says to use the package manager', async () => {
    await start({});
    expect(updater.checks).toBe(0);
    expect((await stateNow()).update).toEqual({ state: 'unsupported', reason: 'packageManager' });
  });

  it('a stored settings file from before updates existed gets updates on', async () => {
    fs.writeFileSync(path.join(userData, 'config.json'), JSON.stringify({ version: 1, settings: { move: { intervalMinutes: 40 } } }));
    const running = await start();
    expect(running.engine.getSettings().updates.enabled).toBe(true);
  });
});

describe('what Preferences says about updates', () => {
  const statuses: UpdateStatus[] = [
    { state: 'off' },
    { state: 'unsupported', reason: 'packageManager' },
    { state: 'unsupported', reason: 'development' },
    { state: 'checking' },
    { state: 'none', checkedAt: START },
    { state: 'downloading', version: '0.2.0', percent: 42 },
    { state: 'downloaded', version: '0.2.0' },
    { state: 'error', checkedAt: START, message: 'HttpError: 404' },
    { state: 'offline', checkedAt: START },
  ];

  afterEach(() => setRendererLocale('en'));

  it('has a sentence for every state, with its version, time and reason', () => {
    setRendererLocale('en');
    const said = statuses.map((status) => updateStatusText(status, 'Europe/Berlin'));
    expect(said[1]).toMatch(/\.deb package: update Limber through your package manager/);
    expect(said[4]).toMatch(/^Limber is up to date \(looked at .*9.00.*\)\.$/);
    expect(said[5]).toBe('Downloading version 0.2.0: 42 %');
    expect(said[6]).toMatch(/^Version 0\.2\.0 is ready\. Choose “Update ready: restart Limber” in the tray/);
    expect(said[7]).toMatch(/: HttpError: 404\. Limber tries again in a day\.$/);
    expect(new Set(said).size).toBe(said.length);
    expect(updateStatusText(undefined, 'Europe/Berlin')).toBeNull();
  });

  it('says it in German, Spanish and French too, naming the tray item as the tray does', async () => {
    const { setLocale: setMainLocale, t: mainT } = await import('../main/i18n/messages.js');
    for (const language of ['de', 'es', 'fr'] as const) {
      // The window fetches a language's words before speaking it.
      await loadLocale(language);
      setRendererLocale(language);
      setMainLocale(language);
      const english = statuses.map((status) => { setRendererLocale('en'); const text = updateStatusText(status, 'UTC'); setRendererLocale(language); return text; });
      const said = statuses.map((status) => updateStatusText(status, 'UTC'));
      said.forEach((text, i) => expect(text, `${language} ${statuses[i]!.state}`).not.toBe(english[i]));
      // The sentence about a ready update names the tray item in the tray's own words.
      expect(said[6]!.replace(/\u00a0/g, ' ')).toContain(mainT('tray.updateReady').replace(/\u00a0/g, ' '));
    }
    setMainLocale('en');
  });
});
