import { describe, expect, it } from 'vitest';
import { IdleHealthMonitor } from '../main/core/idleHealth.js';
import type { AlertKind, EngineInput, EngineOutput, HistoryRecord, Snapshot } from '../main/core/types.js';
import { defaultSettings } from '../main/core/settings.js';
import { connectAlerts } from '../main/platform/alerts.js';
import { electronNotifications } from '../main/platform/notify.js';
import { systemClock, type ClockHost } from '../main/platform/clock.js';
import { loginItem, setUpLifecycle } from '../main/platform/lifecycle.js';
import { connectPower, idleSensor } from '../main/platform/power.js';
import { createFakeElectron } from './fakes/electron.js';

function hostAt(wall: number) {
  const state = { wall, mono: 0, timers: [] as { fire: () => void; ms: number }[] };
  const host: ClockHost = {
    wallNow: () => state.wall,
    monotonicNow: () => state.mono,
    timeZone: () => 'Europe/Berlin',
    setTimeout: (fire, ms) => state.timers.push({ fire, ms }),
    clearTimeout: () => undefined,
  };
  return { host, state };
}

describe('system clock', () => {
  it('adds the time asleep, which the OS monotonic clock misses', () => {
    const { host, state } = hostAt(1_000_000);
    const clock = systemClock(host);
    state.mono = 5_000;
    state.wall += 5_000;
    clock.suspended();
    state.wall += 3_600_000; // an hour asleep: the wall clock moved, the monotonic clock did not
    clock.resumed();
    expect(clock.now()).toBe(5_000 + 3_600_000);
  });

  it('never runs time backwards when the wall clock was set back during sleep', () => {
    const { host, state } = hostAt(1_000_000);
    const clock = systemClock(host);
    clock.suspended();
    state.wall -= 7_200_000;
    clock.resumed();
    expect(clock.now()).toBe(0);
  });

  it('splits waits longer than a Node timer can hold', () => {
    const { host, state } = hostAt(0);
    const clock = systemClock(host);
    let fired = false;
    clock.setTimer(30 * 24 * 3_600_000, () => (fired = true));
    expect(state.timers[0]?.ms).toBe(2 ** 31 - 1);
    state.mono = 2 ** 31 - 1;
    state.timers.shift()?.fire();
    expect(fired).toBe(false);
    expect(state.timers).toHaveLength(1);
  });
});

describe('presence from the OS', () => {
  it('turns power and lock events into engine inputs', () => {
    const power = createFakeElectron().powerMonitor;
    const inputs: EngineInput['type'][] = [];
    const calls: string[] = [];
    connectPower(power, { dispatch: (input) => inputs.push(input.type) }, { suspended: () => calls.push('s'), resumed: () => calls.push('r') });
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'user-did-resign-active', 'user-did-become-active']) power.emit(event);
    expect(inputs).toEqual(['suspend', 'wake', 'lock', 'unlock', 'lock', 'unlock']);
    expect(calls).toEqual(['s', 'r']);
  });

  it('reads a locked screen from idle state on Linux only', () => {
    const power = createFakeElectron().powerMonitor;
    power.idleState = 'locked';
    power.idleSeconds = 42;
    expect(idleSensor(power, 'linux', () => 0, () => undefined).read()).toEqual({ idleSeconds: 42, locked: true });
    expect(idleSensor(power, 'darwin', () => 0, () => undefined).read()).toEqual({ idleSeconds: 42, locked: false });
  });

  it('calls idle time unreliable after an hour of exact zeros, and recovers on real readings', () => {
    const monitor = new IdleHealthMonitor();
    let t = 0;
    for (let i = 0; i < 25; i++, t += 3 * 60_000) monitor.observe(0, t);
    expect(monitor.state).toBe('unreliable');
    monitor.observe(4, t);
    expect(monitor.state).toBe('ok');
    const typist = new IdleHealthMonitor();
    for (let i = 0; i < 40; i++) typist.observe(i % 7 === 0 ? 1 : 0, i * 3 * 60_000);
    expect(typist.state).toBe('ok');
  });
});

describe('desktop alerts', () => {
  function setUp(platform: NodeJS.Platform, settings = defaultSettings()) {
    const electron = createFakeElectron();
    const replies: [AlertKind, string][] = [];
    const calls: string[] = [];
    const snapshot = { water: { todayMl: 750, goalMl: 2000 }, breakInProgress: null, putOff: { snoozes: 0, skipsInRow: 0, canSnooze: true, canSkip: true } } as unknown as { -readonly [K in keyof Snapshot]: Snapshot[K] };
    const onOutput = connectAlerts({
      notifications: electronNotifications(electron.Notification, platform),
      settings: () => settings,
      snapshot: () => snapshot,
      reply: (reminder, action) => replies.push([reminder, action]),
      openView: (view) => calls.push(`view:${view}`),
      openBreakWindow: (shape, { focus }) => calls.push(shape === 'card' && !focus ? 'break:open' : `break:open:${shape}${focus ? ':focus' : ''}`),
      closeBreakWindow: () => calls.push('break:close'),
      setBreakAlert: (alert) => calls.push(`breakAlert:${alert?.reminder ?? 'none'}`),
      onUnsupported: () => calls.push('unsupported'),
      formatTime: () => '18:00',
    });
    const emit = (record: Partial<HistoryRecord> & Pick<HistoryRecord, 'event'>) => onOutput({ type: 'record', record: { at: 0, ...record } as HistoryRecord } as EngineOutput);
    return { electron, replies, calls, emit, snapshot };
  }

  it('shows a silent notification with buttons on macOS, whose buttons reply to the engine', () => {
    const { electron, replies, emit } = setUp('darwin');
    emit({ event: 'alert', reminder: 'hydrate', attempt: 1 });
    const shown = electron.Notification.shown[0];
    expect(shown?.options).toMatchObject({ title: 'Have a drink', silent: true, body: expect.stringContaining('0.75 of 2.0\u00a0L') });
    expect(shown?.options.actions?.map((a) => a.text)).toEqual(['Log 250\u00a0ml', 'Snooze 5\u00a0min']);
    shown?.act(1);
    expect(replies).toEqual([['hydrate', 'snooze']]);
  });

  it('has no buttons on Linux; a click opens the right view; a closed alert closes it', () => {
    const { electron, calls, emit } = setUp('linux');
    emit({ event: 'alert', reminder: 'move', attempt: 2 });
    const shown = electron.Notification.shown[0];
    expect(shown?.options.actions).toBeUndefined();
    expect(shown?.options.body).toContain('(reminder 2 of 3)');
    shown?.click();
    expect(calls).toEqual(['view:today']);
    emit({ event: 'alertClosed', reminder: 'move', reason: 'naturalBreak' });
    expect(shown?.closed).toBe(true);
  });

  it('opens the break window for a stretch, and for a move only when asked to', () => {
    const { calls, emit } = setUp('linux');
    emit({ event: 'alert', reminder: 'move', attempt: 1 });
    expect(calls).not.toContain('break:open');
    emit({ event: 'alert', reminder: 'stretch', attempt: 1 });
    expect(calls).toEqual(['breakAlert:stretch', 'break:open']);
    emit({ event: 'alertClosed', reminder: 'stretch', reason: 'missed' });
    expect(calls.slice(-2)).toEqual(['breakAlert:none', 'break:close']);

    const settings = defaultSettings();
    settings.alerts.breakWindowForMove = true;
    settings.alerts.sound = true;
    const withMove = setUp('linux', settings);
    withMove.emit({ event: 'alert', reminder: 'move', attempt: 1 });
    expect(withMove.calls).toContain('break:open');
    expect(withMove.electron.Notification.shown[0]?.options.silent).toBe(false);
  });

  it('grows the card into the guided break on Start, and closes it when the break ends', () => {
    const { calls, emit, snapshot } = setUp('linux');
    emit({ event: 'alert', reminder: 'stretch', attempt: 1 });
    snapshot.breakInProgress = { reminder: 'stretch', until: 300_000 };
    emit({ event: 'alertClosed', reminder: 'stretch', reason: 'replied' });
    emit({ event: 'breakStart', reminder: 'stretch', until: 300_000, source: 'reply' });
    expect(calls).toEqual(['breakAlert:stretch', 'break:open', 'breakAlert:none', 'break:open:player']);
    // Stretching away from the keyboard does not end the break window.
    emit({ event: 'away', since: 0, reason: 'idle' });
    expect(calls).not.toContain('break:close');
    snapshot.breakInProgress = null;
    emit({ event: 'breakEnd', reminder: 'stretch' });
    expect(calls.slice(-2)).toEqual(['breakAlert:none', 'break:close']);
  });

  it('plays a break taken on request (tray, Today, shortcut) in a focused window, movement breaks too', () => {
    const { calls, emit } = setUp('linux');
    emit({ event: 'breakStart', reminder: 'move', until: 120_000, source: 'breakNow' });
    expect(calls).toEqual(['breakAlert:none', 'break:open:player:focus']);
  });

  it('closes the card when the person goes away, and brings it back with the repeat', () => {
    const { calls, emit } = setUp('linux');
    emit({ event: 'alert', reminder: 'stretch', attempt: 1 });
    emit({ event: 'away', since: 0, reason: 'locked' });
    expect(calls).toEqual(['breakAlert:stretch', 'break:open', 'breakAlert:none', 'break:close']);
    emit({ event: 'alert', reminder: 'stretch', attempt: 2 });
    expect(calls.slice(-2)).toEqual(['breakAlert:stretch', 'break:open']);
  });

  it('tells the user once when the desktop cannot show notifications', () => {
    const { electron, calls, emit } = setUp('linux');
    electron.Notification.supported = false;
    emit({ event: 'alert', reminder: 'move', attempt: 1 });
    emit({ event: 'alert', reminder: 'move', attempt: 2 });
    expect(calls.filter((c) => c === 'unsupported')).toHaveLength(1);
  });
});

describe('app lifecycle', () => {
  it('hides the dock on macOS, sets the app id on Windows, and quits a second instance', () => {
    const mac = createFakeElectron().app;
    expect(setUpLifecycle(mac, 'darwin', () => undefined)).toBe(true);
    expect(mac.dockHidden).toBe(true);
    expect(mac.listenerCount('window-all-closed')).toBe(1);
    const win = createFakeElectron().app;
    setUpLifecycle(win, 'win32', () => undefined);
    expect(win.appUserModelId).toBe('app.limber.Limber');
    const second = createFakeElectron().app;
    second.singleInstance = false;
    expect(setUpLifecycle(second, 'linux', () => undefined)).toBe(false);
    expect(second.quitting).toBe(true);
  });

  it('uses Electron’s login items on macOS and Windows', () => {
    const app = createFakeElectron().app;
    const item = loginItem(app, 'darwin', { configHome: '/nonexistent', exec: 'x' });
    item.set(true);
    expect(item.get()).toBe(true);
    expect(app.loginItem.openAtLogin).toBe(true);
  });
});

