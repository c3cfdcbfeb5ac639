/**
 * Full screen sensed on a real X server with a real window manager: a window put in full screen
 * by the window manager is reported at once (pushed, not polled) and no longer once it leaves.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { x11FullScreen } from '../main/sensing/linux/x11FullScreen.js';
import type { SenseReport } from '../main/sensing/sensor.js';
import { startSessionBus, type SessionBus } from './support/dbusSession.js';
import { startDesktopStubs, type DesktopStubs } from './support/dbusStubs.js';
import { startXDesktop, type XDesktop } from './support/xserver.js';

let desktop: XDesktop;
let bus: SessionBus;
let stubs: DesktopStubs;
beforeAll(async () => {
  [desktop, bus] = await Promise.all([startXDesktop(), startSessionBus()]);
  stubs = await startDesktopStubs(bus.address, ['mutter', 'portal']);
}, 30_000);
afterAll(async () => {
  stubs?.stop();
  await Promise.all([desktop?.stop(), bus?.stop()]);
});

const until = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('X11 full screen (EWMH)', () => {
  it('follows a real window in and out of full screen, told by PropertyNotify', async () => {
    const window = await desktop.openWindow();
    const source = x11FullScreen(desktop.display);
    let changes = 0;
    await source.start!(() => changes++);
    try {
      expect(source.read()).toBe(false);
      await window.setFullScreen(true);
      await until(() => source.read() === true, 'full screen to be reported');
      expect(changes).toBeGreaterThanOrEqual(1);
      await window.setFullScreen(false);
      await until(() => source.read() === false, 'the end of full screen to be reported');
      const before = changes;
      await window.setFullScreen(true);
      await until(() => source.read() === true, 'full screen again');
      await window.close();
      await until(() => source.read() === false, 'a closed full-screen window to stop counting');
      expect(changes).toBeGreaterThan(before);
    } finally {
      source.stop!();
    }
  });

  it('counts a window that sizes itself to the whole screen without asking the window manager', async () => {
    const source = x11FullScreen(desktop.display);
    await source.start!(() => undefined);
    try {
      const small = await desktop.openWindow();
      await until(() => source.read() === false, 'an ordinary window not to count');
      const covering = await desktop.openWindow({ coverScreen: true });
      await until(() => source.read() === true, 'a screen-sized window to count');
      expect(await covering.inFullScreenState()).toBe(false);
      await covering.close();
      await small.close();
    } finally {
      source.stop!();
    }
  });

  it('cannot tell without an X server: start rejects and the answer stays unknown', async () => {
    const source = x11FullScreen(':9876');
    await expect(source.start!(() => undefined)).rejects.toThrow();
    expect(source.read()).toBeNull();
  });
});

describe('npm run sense', () => {
  /** Runs the command a person would run, on this X display and session bus, and parses its one line. */
  async function sense(...apps: string[]): Promise<SenseReport> {
    const env = { ...process.env, DISPLAY: desktop.display, DBUS_SESSION_BUS_ADDRESS: bus.address, XDG_SESSION_TYPE: 'x11' };
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'sense', '--', ...apps], { env });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0]!) as SenseReport;
  }

  it('reports full screen while a full-screen window is in front, and not after it leaves full screen', async () => {
    const window = await desktop.openWindow();
    try {
      await window.setFullScreen(true);
      const during = await sense('node');
      expect(during).toMatchObject({ fullScreen: true, doNotDisturb: false, idleSeconds: 0, runningChosenApps: ['node'], screenSharing: null, trayAvailable: false });
      expect(during.sources).toMatchObject({ fullScreen: 'x11:_NET_WM_STATE', doNotDisturb: 'gnome:show-banners', idleSeconds: 'mutter:IdleMonitor', runningChosenApps: 'proc:comm', screenSharing: null });
      await window.setFullScreen(false);
      const after = await sense();
      expect(after.fullScreen).toBe(false);
      expect(after.runningChosenApps).toEqual([]);
    } finally {
      await window.close();
    }
  });

  it('says null, not false, where it cannot tell (no X server, no session bus)', async () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'sense'], { env });
    const report = JSON.parse(stdout) as SenseReport;
    expect(report).toMatchObject({ fullScreen: null, doNotDisturb: null, screenSharing: null, idleSeconds: null, trayAvailable: null });
    expect(report.sources.fullScreen).toBeNull();
  });
});
