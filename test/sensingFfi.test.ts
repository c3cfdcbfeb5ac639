/**
 * The Windows and macOS adapters, run on any platform against answers recorded from the real
 * system calls (the FFI seam: WindowsApi, MacApi). What is checked is what a person notices:
 * which states hold alerts, that our own app never counts, and that a failed call is "unknown".
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../main/core/settings.js';
import { macSensing, type MacApi } from '../main/sensing/macos/index.js';
import { Sensing } from '../main/sensing/sensor.js';
import { quns, windowsSensing, type CapabilityUse, type WindowsApi } from '../main/sensing/windows/index.js';

const everything = { ...defaultSettings().busy, apps: true, appNames: ['Teams.exe', 'zoom.us'] };
const sensorOf = (parts: ReturnType<typeof windowsSensing>) => new Sensing({ ...parts, settings: () => everything, onBusy: () => undefined });

/** A consent-store entry as recorded: FILETIMEs, stop 0 while the capability is in use. */
const use = (app: string, inUse: boolean): CapabilityUse => ({ app, start: 133_500_000_000_000_000n, stop: inUse ? 0n : 133_500_000_100_000_000n });
const SELF = 'C:\\Users\\ana\\AppData\\Local\\Programs\\Limber\\Limber.exe';

function windows(overrides: Partial<WindowsApi>): WindowsApi {
  return {
    notificationState: () => quns.acceptsNotifications,
    focusAssist: () => 0,
    capabilityUse: () => [use('Microsoft.WindowsCamera_8wekyb3d8bbwe', false)],
    processNames: () => ['System', 'explorer.exe', 'Teams.exe'],
    ...overrides,
  };
}

describe('Windows', () => {
  it.each([
    ['a full-screen app (QUNS_BUSY)', quns.busy, true],
    ['a full-screen Direct3D game', quns.d3dFullScreen, true],
    ['presentation mode', quns.presentationMode, true],
    ['a full-screen Store app', quns.app, true],
    ['the normal desktop', quns.acceptsNotifications, false],
    ['the first hour after sign-in (quiet time, not busy)', quns.quietTime, false],
    ['a locked screen or screen saver', quns.notPresent, false],
  ])('SHQueryUserNotificationState: %s → full screen %s', (_, state, busy) => {
    const sensing = sensorOf(windowsSensing(windows({ notificationState: () => state }), SELF));
    expect(sensing.busy().includes('fullScreen')).toBe(busy);
  });

  it('Focus Assist on (priority only or alarms only) is do-not-disturb; off is not', () => {
    for (const [mode, busy] of [[0, false], [1, true], [2, true]] as const) {
      expect(sensorOf(windowsSensing(windows({ focusAssist: () => mode }), SELF)).busy().includes('doNotDisturb')).toBe(busy);
    }
  });

  it('a microphone or camera in use by another app is a call; one used earlier, or by Limber, is not', () => {
    const inCall = (uses: Partial<Record<string, CapabilityUse[]>>) =>
      sensorOf(windowsSensing(windows({ capabilityUse: (capability) => uses[capability] ?? [] }), SELF)).busy().includes('inCall');
    expect(inCall({ microphone: [use('C:#Program Files#Zoom#bin#Zoom.exe', true)] })).toBe(true);
    expect(inCall({ webcam: [use('MSTeams_8wekyb3d8bbwe', true)] })).toBe(true);
    expect(inCall({ microphone: [use('C:#Program Files#Zoom#bin#Zoom.exe', false)] })).toBe(false);
    expect(inCall({ webcam: [use(SELF.replaceAll('\\', '#'), true)] })).toBe(false);
  });

  it('screen capture through the Windows capture API is screen sharing', () => {
    const sharing = windowsSensing(windows({ capabilityUse: (capability) => (capability === 'graphicsCaptureProgrammatic' ? [use('C:#Program Files#OBS#obs64.exe', true)] : []) }), SELF);
    expect(sensorOf(sharing).busy()).toEqual(['screenSharing', 'app']);
  });

  it('chosen apps match running executables; with "chosen apps" off they do not hold', () => {
    const parts = windowsSensing(windows({}), SELF);
    expect(sensorOf(parts).busy()).toEqual(['app']);
    expect(new Sensing({ ...parts, settings: () => ({ ...everything, apps: false }), onBusy: () => undefined }).busy()).toEqual([]);
  });

  it('calls that fail answer unknown: nothing holds and every reason is reported unsupported', () => {
    const failing = sensorOf(windowsSensing({ notificationState: () => null, focusAssist: () => null, capabilityUse: () => null, processNames: () => null }, SELF));
    expect(failing.busy()).toEqual([]);
    expect(failing.unsupported()).toEqual(['fullScreen', 'doNotDisturb', 'inCall', 'screenSharing', 'app']);
    expect(failing.report(['Teams.exe'])).toMatchObject({ fullScreen: null, doNotDisturb: null, inCall: null, screenSharing: null, runningChosenApps: null });
  });
});

const display = { x: 0, y: 0, width: 1512, height: 982 };
const second = { x: 1512, y: 0, width: 2560, height: 1440 };
function mac(overrides: Partial<MacApi>): MacApi {
  return {
    microphoneInUse: () => false,
    cameraInUse: () => false,
    frontWindow: () => ({ window: { x: 200, y: 120, width: 900, height: 600 }, displays: [display, second] }),
    processNames: () => ['launchd', 'WindowServer', 'zoom.us'],
    ...overrides,
  };
}

describe('macOS', () => {
  it('the front window covering a display (a full-screen Space, a slide show) is full screen; a large window is not', () => {
    const busy = (window: MacApi['frontWindow']) => sensorOf(macSensing(mac({ frontWindow: window }))).busy().includes('fullScreen');
    expect(busy(() => ({ window: second, displays: [display, second] }))).toBe(true);
    expect(busy(() => ({ window: { x: 0, y: 25, width: 1512, height: 957 }, displays: [display, second] }))).toBe(false);
    expect(busy(() => ({ window: null, displays: [display] }))).toBe(false);
  });

  it('the microphone or a camera running somewhere is a call', () => {
    expect(sensorOf(macSensing(mac({ microphoneInUse: () => true }))).busy()).toContain('inCall');
    expect(sensorOf(macSensing(mac({ cameraInUse: () => true }))).busy()).toContain('inCall');
    expect(sensorOf(macSensing(mac({}))).busy()).toEqual(['app']);
  });

  it('Focus and screen sharing cannot be read without permissions: unknown, never holding', () => {
    const sensing = sensorOf(macSensing(mac({ processNames: () => [] })));
    expect(sensing.busy()).toEqual([]);
    expect(sensing.unsupported()).toEqual(['doNotDisturb', 'screenSharing']);
    expect(sensing.report([]).sources).toMatchObject({ fullScreen: 'cg:CGWindowListCopyWindowInfo', inCall: 'coreaudio:DeviceIsRunningSomewhere', doNotDisturb: null });
  });
});
