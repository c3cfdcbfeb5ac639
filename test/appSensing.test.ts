/**
 * The desktop sensor wired into the app (fake electron, injected sources): a pushed change reaches
 * the engine at once, the engine's busy question is answered from the sources, Preferences learns
 * what this desktop cannot tell, idle time comes from D-Bus where Electron reads 0, and a desktop
 * without a tray gets the window at launch and, once, the hint how to get a tray.
 */
import * as fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

import * as electronModule from 'electron';
import { startLimber, type LimberElectron } from '../main/app.js';
import type { Answer, AppsSource, BusySource, IdleSource } from '../main/sensing/source.js';
import { defaultSettings } from '../main/core/settings.js';
import { idleSensor } from '../main/platform/power.js';
import { Sensing, type SensingParts } from '../main/sensing/sensor.js';
import type { FakeElectron } from './fakes/electron.js';
import { freshFakeApp } from './support/fakeApp.js';
import { ManualHost } from './support/manualHost.js';

const fake = electronModule as unknown as FakeElectron;
const MINUTE = 60_000;
let userData: string;
let host: ManualHost;

beforeEach(() => {
  userData = freshFakeApp(fake, 'limber-sensing-');
  host = new ManualHost(Date.parse('2026-03-02T09:00:00+01:00'));
});
afterEach(() => {
  fake.app.quit();
  fs.rmSync(userData, { recursive: true, force: true });
});

/** A source the desktop pushes: `set` changes its answer and tells the sensor, like a D-Bus signal. */
function pushed(reason: BusySource['reason'], method: string) {
  let answer: Answer = false;
  let tell = () => undefined as void;
  const source: BusySource = {
    method,
    reason,
    read: () => answer,
    start: async (onChange) => void (tell = onChange),
  };
  return { source, set: (value: Answer) => ((answer = value), tell()) };
}

async function start(parts: Partial<SensingParts>, electron: LimberElectron = fake as unknown as LimberElectron) {
  const running = await startLimber(electron, {
    platform: 'linux',
    env: {},
    execPath: '/opt/Limber/limber',
    clockHost: host,
    log: () => undefined,
    sensing: { sources: [], apps: null, idle: null, tray: null, ...parts },
  });
  if (!running) throw new Error('Limber did not start');
  await running.sensingStarted;
  return running;
}

describe('the desktop sensor in the app', () => {
  it('a pushed do-not-disturb reaches the engine at once, both ways; turned off in Preferences, it does not', async () => {
    const dnd = pushed('doNotDisturb', 'test:dnd');
    const { controller } = await start({ sources: [dnd.source] });
    expect(controller.state().snapshot.busy).toBe(false);
    dnd.set(true);
    expect(controller.state().snapshot.busy).toBe(true);
    dnd.set(false);
    expect(controller.state().snapshot.busy).toBe(false);
    // Turned off in Preferences while it holds: the hold ends, and changes no longer reach the engine.
    dnd.set(true);
    expect(controller.state().snapshot.busy).toBe(true);
    controller.handle('settings:set', { busy: { doNotDisturb: false } });
    expect(controller.state().snapshot.busy).toBe(false);
    dnd.set(false);
    dnd.set(true);
    expect(controller.state().snapshot.busy).toBe(false);
  });

  it("answers the engine's busy question from the sources, and Electron's idle time where it is not 0", async () => {
    const call = pushed('inCall', 'test:mic');
    const sensing = new Sensing({ sources: [call.source], apps: null, idle: null, tray: null, settings: () => defaultSettings().busy, onBusy: () => undefined });
    await sensing.start();
    const withDbusIdle = { busy: () => sensing.busy(), idleSeconds: () => 300 };
    const sensor = idleSensor(fake.powerMonitor, 'linux', () => 0, () => undefined, withDbusIdle);
    expect(sensor.busy?.()).toEqual([]);
    call.set(true);
    expect(sensor.busy?.()).toEqual(['inCall']);
    fake.powerMonitor.idleSeconds = 12;
    expect(sensor.read().idleSeconds).toBe(12);
    fake.powerMonitor.idleSeconds = 0;
    expect(sensor.read().idleSeconds).toBe(300);
  });

  it('tells Preferences which reasons this desktop cannot tell', async () => {
    const camera: BusySource = { method: 'test:camera', reason: 'inCall', read: () => false };
    const { controller } = await start({ sources: [camera] });
    expect(controller.state().sensing).toEqual({ unsupported: ['fullScreen', 'doNotDisturb', 'screenSharing', 'app'], trayAvailable: null });
  });

  it("answers Preferences' check with what each source says now and its method, the chosen apps by the names in settings", async () => {
    const fullScreen = pushed('fullScreen', 'test:x11-state');
    const asked: string[][] = [];
    const apps: AppsSource = { method: 'test:proc', running: (names) => (asked.push([...names]), names.filter((name) => name === 'zoom')) };
    const { controller } = await start({ sources: [fullScreen.source], apps, idle: { method: 'test:idle', read: () => 42, start: async () => undefined, stop: () => undefined } });
    controller.handle('settings:set', { busy: { apps: true, appNames: ['zoom', 'obs'] } });
    fullScreen.set(true);
    expect(controller.handle('sensing:check', undefined)).toEqual({
      fullScreen: true,
      doNotDisturb: null,
      inCall: null,
      screenSharing: null,
      idleSeconds: 42,
      runningChosenApps: ['zoom'],
      trayAvailable: null,
      sources: { fullScreen: 'test:x11-state', doNotDisturb: null, inCall: null, screenSharing: null, idleSeconds: 'test:idle', runningChosenApps: 'test:proc', trayAvailable: null },
    });
    expect(asked.at(-1)).toEqual(['zoom', 'obs']);
  });

  it('takes idle time from D-Bus where Electron reads 0, so a person who steps away is seen', async () => {
    let idle = 0;
    const dbusIdle: IdleSource = { method: 'test:idle', read: () => idle, start: async () => undefined, stop: () => undefined };
    const { controller } = await start({ idle: dbusIdle });
    host.advance(10 * MINUTE);
    expect(controller.state().snapshot.presence).toBe('present');
    idle = 4 * 60;
    host.advance(5 * MINUTE);
    expect(fake.powerMonitor.getSystemIdleTime()).toBe(0);
    expect(controller.state().snapshot.presence).toBe('idle');
  });

  it('without a tray host, opens the window at launch and says once how to get a tray', async () => {
    const noTray = { method: 'test:watcher', check: async () => false };
    const first = await start({ tray: noTray });
    expect(fake.BrowserWindow.all).toHaveLength(1);
    expect(first.controller.state().notices.map((n) => n.id)).toContain('noTray');
    expect(first.controller.state().sensing.trayAvailable).toBe(false);
    fake.app.quit();
    fake.BrowserWindow.all.length = 0;
    fake.app.removeAllListeners();
    fake.ipcMain.handlers.clear();
    const again = await start({ tray: noTray });
    expect(fake.BrowserWindow.all).toHaveLength(1);
    expect(again.controller.state().notices.map((n) => n.id)).not.toContain('noTray');
  });

  it('with a tray host, opens no window at launch', async () => {
    const { controller } = await start({ tray: { method: 'test:watcher', check: async () => true } });
    expect(fake.BrowserWindow.all).toHaveLength(0);
    expect(controller.state().notices).toEqual([]);
  });

  it('a tray that fails to appear opens the window instead', async () => {
    const broken = {
      ...fake,
      Tray: class {
        constructor() {
          throw new Error('no StatusNotifierItem host');
        }
      },
    } as unknown as LimberElectron;
    const { controller } = await start({}, broken);
    expect(fake.BrowserWindow.all).toHaveLength(1);
    expect(controller.state().notices.map((n) => n.id)).toContain('noTray');
  });
});
