/**
 * Answering an alert on the notification itself, on every platform, through the whole app: the
 * fake electron for macOS and Windows, a stub notification server on a private D-Bus bus for
 * Linux. Every answer must arrive as the same engine reply the window and the tray send.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./fakes/electron.js')).fakeElectronModule());

import * as electronModule from 'electron';
import { parseActivation } from '../main/platform/notify.js';
import type { FakeElectron } from './fakes/electron.js';
import { appHarness, type AppHarness } from './support/appHarness.js';
import { startSessionBus, type SessionBus } from './support/dbusSession.js';
import { ManualHost } from './support/manualHost.js';
import { startNotificationServer, type NotificationServer } from './support/notificationServer.js';

const fake = electronModule as unknown as FakeElectron;
const MINUTE = 60_000;

let app: AppHarness;
let host: ManualHost;
const start = (platform: NodeJS.Platform, env: Record<string, string> = {}) => app.start(platform, host, env);
const state = () => app.state();
const invoke = (channel: string, payload: unknown) => app.invoke(channel, payload);


beforeEach(() => {
  app = appHarness(fake);
  host = new ManualHost(Date.parse('2026-03-02T09:00:00+01:00'));
});
afterEach(() => app.stop());

describe('macOS', () => {
  it('puts Start, Snooze and Skip on a movement break; a button replies to the engine', async () => {
    await start('darwin');
    host.advance(30 * MINUTE);
    const shown = fake.Notification.shown[0];
    expect(shown?.options.actions?.map((a) => a.text)).toEqual(['Start', 'Snooze 5\u00a0min', 'Skip']);
    shown?.act(0);
    expect((await state()).snapshot.breakInProgress?.reminder).toBe('move');
  });
});

describe('Windows toasts', () => {
  it('carry the buttons in toastXml; a press comes back through the second launch and replies', async () => {
    await start('win32');
    expect(fake.app.protocols).toEqual(['limber']);
    host.advance(30 * MINUTE);
    const toast = fake.Notification.shown[0];
    const xml = toast?.options.toastXml ?? '';
    expect(xml).toContain('<text>Time to move</text>');
    const buttons = [...xml.matchAll(/<action content="([^"]+)" arguments="([^"]+)" activationType="protocol"\/>/g)];
    expect(buttons.map((b) => b[1])).toEqual(['Start', 'Snooze 5\u00a0min', 'Skip']);
    const snooze = (buttons[1]?.[2] ?? '').replaceAll('&amp;', '&');
    expect(parseActivation(snooze)).toMatchObject({ choice: 1 });

    // Windows starts Limber with the address; the running one gets the command line.
    fake.app.emit('second-instance', {}, ['C:\\Limber\\Limber.exe', snooze]);
    const after = await state();
    expect(after.snapshot.alerting).toEqual([]);
    expect(after.snapshot.breaks.snoozed).toBe(1);
    // The same address again (or a forged one) does nothing, and opens the window instead.
    fake.app.emit('second-instance', {}, ['C:\\Limber\\Limber.exe', snooze]);
    fake.app.emit('second-instance', {}, ['C:\\Limber\\Limber.exe', 'limber://notification?token=guess&choice=2']);
    expect((await state()).snapshot.breaks).toMatchObject({ snoozed: 1, skipped: 0 });
  });

  it('offers the usual drink by its amount: "Log 300 ml" logs 300 ml', async () => {
    await start('win32');
    await invoke('settings:set', { hydrate: { defaultDrinkMl: 300 }, move: { enabled: false }, stretch: { enabled: false } });
    host.advance(45 * MINUTE);
    const xml = fake.Notification.shown.at(-1)?.options.toastXml ?? '';
    const log = /<action content="Log 300\u00a0ml" arguments="([^"]+)"/.exec(xml)?.[1]?.replaceAll('&amp;', '&');
    expect(log).toBeDefined();
    fake.app.emit('second-instance', {}, ['Limber.exe', log as string]);
    expect((await state()).snapshot.water.todayMl).toBe(300);
  });

  it('stops offering Snooze once the break has been snoozed as often as allowed', async () => {
    await start('win32');
    await invoke('settings:set', { breaks: { maxSnoozes: 1 }, hydrate: { enabled: false } });
    host.advance(30 * MINUTE);
    await invoke('reply', { reminder: 'move', action: 'snooze' });
    host.advance(5 * MINUTE);
    const xml = fake.Notification.shown.at(-1)?.options.toastXml ?? '';
    expect([...xml.matchAll(/<action content="([^"]+)"/g)].map((m) => m[1])).toEqual(['Start', 'Skip']);
  });
});

describe('Linux, through the freedesktop notification server on D-Bus', () => {
  let bus: SessionBus;
  let server: NotificationServer | null = null;
  beforeAll(async () => {
    bus = await startSessionBus();
  });
  afterAll(async () => {
    await bus?.stop();
  });
  afterEach(() => {
    server?.stop();
    server = null;
  });

  it('shows the buttons where the server has actions; a press replies to the engine, closing follows the engine', async () => {
    server = await startNotificationServer(bus.address, ['actions', 'body']);
    await start('linux', { DBUS_SESSION_BUS_ADDRESS: bus.address });
    host.advance(30 * MINUTE);
    await expect.poll(() => server?.shown.length).toBe(1);
    expect(fake.Notification.shown).toEqual([]); // not Electron's: the server's own
    const shown = server.shown[0];
    expect(shown).toMatchObject({ app: 'Limber', summary: 'Time to move' });
    expect(shown?.actions.filter((_, i) => i % 2 === 1)).toEqual(['', 'Start', 'Snooze 5\u00a0min', 'Skip']);
    expect(shown?.hints['suppress-sound']).toBe(true);

    server.press(shown?.id ?? 0, 'Skip');
    await expect.poll(async () => (await state()).snapshot.breaks.skipped).toBe(1);
    expect((await state()).snapshot.alerting).toEqual([]);
    // The engine closed the alert: the notification goes from the screen too.
    await expect.poll(() => shown?.closed).toBe(true);
  });

  it('a click on a stretch notification brings the break window forward', async () => {
    server = await startNotificationServer(bus.address, ['actions']);
    await start('linux', { DBUS_SESSION_BUS_ADDRESS: bus.address });
    await invoke('settings:set', { move: { enabled: false }, hydrate: { enabled: false } });
    host.advance(120 * MINUTE);
    await expect.poll(() => server?.shown.some((n) => n.summary === 'Stretch break')).toBe(true);
    const stretch = server.shown.find((n) => n.summary === 'Stretch break');
    server.click(stretch?.id ?? 0);
    await expect.poll(() => fake.BrowserWindow.getAllWindows().find((w) => w.alwaysOnTop)?.focused).toBe(true);
  });

  it('falls back to Electron’s notification where the server shows no buttons', async () => {
    server = await startNotificationServer(bus.address, ['body']);
    await start('linux', { DBUS_SESSION_BUS_ADDRESS: bus.address });
    host.advance(30 * MINUTE);
    expect(server.shown).toEqual([]);
    expect(fake.Notification.shown.map((n) => n.options.title)).toEqual(['Time to move']);
  });

  it('falls back when there is no notification server at all', async () => {
    await start('linux', { DBUS_SESSION_BUS_ADDRESS: bus.address });
    host.advance(30 * MINUTE);
    expect(fake.Notification.shown.map((n) => n.options.title)).toEqual(['Time to move']);
  });
});
