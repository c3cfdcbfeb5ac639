/**
 * The Linux sources on a real private session bus with stub desktop services, and /proc and /dev
 * as fixture trees: what a person would see is whether Limber holds (busy()), what it tells the
 * engine when the desktop pushes a change, and what it admits it cannot tell.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../main/core/settings.js';
import { linuxSensing } from '../main/sensing/linux/index.js';
import { alsaCaptureRunning, cameraOpen, processNames } from '../main/sensing/linux/proc.js';
import { Sensing, type BusyInput, type BusySettings } from '../main/sensing/sensor.js';
import { startSessionBus, type SessionBus } from './support/dbusSession.js';
import { startDesktopStubs, type DesktopStubs } from './support/dbusStubs.js';

const SELF = 4242;
let root: string;
let bus: SessionBus;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'limber-proc-'));
  bus = await startSessionBus();
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await bus?.stop();
});

/** A /proc and /dev fixture: sound cards with capture substreams, processes with fds and names. */
function fixture(name: string, spec: { capture?: string[]; cameras?: boolean; processes?: Record<number, { comm: string; fds?: string[] }> }) {
  const proc = path.join(root, name, 'proc');
  const dev = path.join(root, name, 'dev');
  mkdirSync(proc, { recursive: true });
  mkdirSync(dev, { recursive: true });
  (spec.capture ?? []).forEach((state, i) => {
    const sub = path.join(proc, 'asound', 'card0', `pcm${i}c`, 'sub0');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'status'), state === 'closed' ? 'closed\n' : `state: ${state}\nowner_pid   : 77\n`);
  });
  if (spec.capture) mkdirSync(path.join(proc, 'asound', 'card0', 'pcm0p', 'sub0'), { recursive: true });
  if (spec.cameras) writeFileSync(path.join(dev, 'video0'), '');
  for (const [pid, { comm, fds = [] }] of Object.entries(spec.processes ?? {})) {
    mkdirSync(path.join(proc, pid, 'fd'), { recursive: true });
    writeFileSync(path.join(proc, pid, 'comm'), `${comm}\n`);
    fds.forEach((target, fd) => symlinkSync(target, path.join(proc, pid, 'fd', String(fd))));
  }
  return { proc, dev };
}

describe('/proc: microphone, camera, chosen apps', () => {
  it('a RUNNING capture substream is a microphone in use; closed or prepared ones are not', () => {
    expect(alsaCaptureRunning(fixture('mic-on', { capture: ['closed', 'RUNNING'] }).proc)).toBe(true);
    expect(alsaCaptureRunning(fixture('mic-off', { capture: ['closed', 'PREPARED'] }).proc)).toBe(false);
    expect(alsaCaptureRunning(fixture('no-alsa', {}).proc)).toBeNull();
  });

  it('another process holding /dev/video* is a camera in use; our own process and no camera are not', () => {
    const processes = { 10: { comm: 'zoom', fds: ['/dev/null', '/dev/video0'] }, [SELF]: { comm: 'limber', fds: ['/dev/video0'] } };
    const on = fixture('cam-on', { cameras: true, processes });
    expect(cameraOpen(on.proc, on.dev, SELF)).toBe(true);
    const mine = fixture('cam-mine', { cameras: true, processes: { [SELF]: { comm: 'limber', fds: ['/dev/video0'] } } });
    expect(cameraOpen(mine.proc, mine.dev, SELF)).toBe(false);
    const none = fixture('cam-none', { processes });
    expect(cameraOpen(none.proc, none.dev, SELF)).toBeNull();
  });

  it('chosen apps match by executable name: any case, ".exe" dropped, and the 15 characters comm keeps', () => {
    const { proc, dev } = fixture('apps', { processes: { 1: { comm: 'systemd' }, 20: { comm: 'zoom' }, 21: { comm: 'obs-studio-brow' } } });
    expect(processNames(proc)).toEqual(expect.arrayContaining(['zoom', 'obs-studio-brow']));
    const apps = linuxSensing({ env: {}, now: () => 0, proc, dev, self: SELF }).apps!;
    expect(apps.running(['Zoom.exe', 'obs-studio-browser', 'teams'])).toEqual(['Zoom.exe', 'obs-studio-browser']);
  });
});

describe('the session bus: do-not-disturb, idle, tray', () => {
  let stubs: DesktopStubs | null = null;
  let sensing: Sensing | null = null;
  afterEach(() => {
    sensing?.stop();
    stubs?.stop();
    sensing = stubs = null;
  });

  const start = async (settings: BusySettings = defaultSettings().busy, onIdleCorrection: () => void = () => undefined) => {
    const told: BusyInput[] = [];
    let clock = 0;
    const { proc, dev } = fixture(`bus-${Math.random()}`, { capture: ['closed'], cameras: true, processes: {} });
    const parts = linuxSensing({ env: { DBUS_SESSION_BUS_ADDRESS: bus.address }, now: () => clock, proc, dev, self: SELF });
    sensing = new Sensing({ ...parts, settings: () => settings, onBusy: (input) => told.push(input), onIdleCorrection, startTimeoutMs: 2000 });
    await sensing.start();
    return { told, sensing, advance: (ms: number) => (clock += ms) };
  };
  const eventually = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(check()).toBe(true);
  };

  it("GNOME's show-banners off holds alerts and is pushed to the engine at once, both ways", async () => {
    stubs = await startDesktopStubs(bus.address, ['portal']);
    const { told, sensing } = await start();
    expect(sensing.busy()).toEqual([]);
    stubs.setShowBanners(false);
    await eventually(() => told.length === 1);
    expect(told).toEqual([{ type: 'busy', busy: true, reason: 'doNotDisturb' }]);
    expect(sensing.busy()).toEqual(['doNotDisturb']);
    expect(sensing.report([]).sources.doNotDisturb).toBe('gnome:show-banners');
    stubs.setShowBanners(true);
    await eventually(() => told.length === 2);
    expect(told[1]).toEqual({ type: 'busy', busy: false, reason: 'doNotDisturb' });
  });

  it("the notification server's Inhibited holds alerts (KDE and others)", async () => {
    stubs = await startDesktopStubs(bus.address, ['notifications']);
    const { told, sensing } = await start();
    stubs.setInhibited(true);
    await eventually(() => told.length === 1);
    expect(sensing.busy()).toEqual(['doNotDisturb']);
    expect(sensing.report([]).sources.doNotDisturb).toBe('notifications:Inhibited');
  });

  it('a reason turned off in settings neither holds nor is told to the engine', async () => {
    stubs = await startDesktopStubs(bus.address, ['notifications']);
    const { told, sensing } = await start({ ...defaultSettings().busy, doNotDisturb: false });
    stubs.setInhibited(true);
    await eventually(() => sensing.report([]).doNotDisturb === true);
    expect(sensing.busy()).toEqual([]);
    expect(told).toEqual([]);
  });

  it('with no such services, do-not-disturb and idle are unknown: nothing holds, and it is reported', async () => {
    const { sensing } = await start();
    expect(sensing.busy()).toEqual([]);
    expect(sensing.unsupported()).toEqual(expect.arrayContaining(['doNotDisturb', 'fullScreen', 'screenSharing']));
    expect(sensing.unsupported()).not.toContain('inCall');
    expect(sensing.idleSeconds()).toBeNull();
    expect(sensing.trayAvailable()).toBe(false);
  });

  it("idle time from Mutter's IdleMonitor; a reading that disagrees with the last answer asks the engine to read again", async () => {
    stubs = await startDesktopStubs(bus.address, ['mutter', 'tray']);
    let corrections = 0;
    const { sensing, advance } = await start(defaultSettings().busy, () => corrections++);
    expect(sensing.trayAvailable()).toBe(true);
    expect(sensing.report([]).sources.idleSeconds).toBe('mutter:IdleMonitor');
    expect(sensing.idleSeconds()).toBe(0);
    stubs.setIdleSeconds(200);
    advance(200_000);
    expect(sensing.idleSeconds()).toBe(0); // the latest reading; a refresh follows
    await eventually(() => corrections === 1);
    expect(sensing.idleSeconds()).toBe(200);
    advance(60_000);
    expect(sensing.idleSeconds()).toBe(260); // still idle: grown by the time since, no new question needed
    stubs.setIdleSeconds(1);
    sensing.idleSeconds();
    await eventually(() => corrections === 2);
    expect(sensing.idleSeconds()).toBe(1);
  });

  it('idle time from org.freedesktop.ScreenSaver where Mutter is absent', async () => {
    stubs = await startDesktopStubs(bus.address, ['screensaver']);
    stubs.setIdleSeconds(42);
    const { sensing } = await start();
    expect(sensing.idleSeconds()).toBe(42);
    expect(sensing.report([]).sources.idleSeconds).toBe('screensaver:GetSessionIdleTime');
  });

  it('a bus it cannot reach (an abstract socket) leaves do-not-disturb unknown but keeps calls and apps, and says why', () => {
    const { proc, dev } = fixture('bad-bus', { capture: ['RUNNING'] });
    const logged: string[] = [];
    const parts = linuxSensing({ env: { DBUS_SESSION_BUS_ADDRESS: 'unix:abstract=/tmp/dbus-Xy1,guid=42' }, now: () => 0, proc, dev, self: SELF, log: (m) => logged.push(m) });
    expect(parts.sources.map((source) => source.method)).toEqual(['alsa:/proc/asound', 'proc:/dev/video']);
    expect(logged.join()).toMatch(/cannot use the session bus/);
  });
});
