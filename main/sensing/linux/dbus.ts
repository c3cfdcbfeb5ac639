/**
 * What the Linux session bus says: do-not-disturb (GNOME's show-banners through the desktop
 * portal's Settings, or the notification server's Inhibited property on KDE and others), idle
 * time where Electron's reads 0 (GNOME's Mutter IdleMonitor, org.freedesktop.ScreenSaver), and
 * whether a tray host (org.kde.StatusNotifierWatcher) exists. Do-not-disturb is pushed (signals
 * keep a cache), so reads are free; idle answers from its latest reading and refreshes after.
 */
import dbus from 'dbus-next';
import type { Answer, BusySource, IdleSource } from '../source.js';

export type Bus = dbus.MessageBus;

/**
 * The session bus at `address` (DBUS_SESSION_BUS_ADDRESS); errors after connecting are ignored,
 * calls fail instead. Throws for an address it cannot reach: an abstract socket
 * (`unix:abstract=`, desktops without systemd) needs dbus-next's optional native module, which is
 * not installed, and Node's own sockets pad abstract names, so the bus refuses them.
 */
export function openSessionBus(address: string): Bus {
  const bus = dbus.sessionBus({ busAddress: address });
  bus.on('error', () => undefined);
  return bus;
}

/**
 * Closes a connection for good. dbus-next's disconnect() only half-closes: a call arriving later
 * makes it answer on the closed stream and throw from an event handler, so the stream is
 * destroyed too.
 */
export function closeBus(bus: Bus): void {
  // dbus-next answers a method call that arrives while its stream is closing, and throws from the
  // socket's data handler when it cannot (an uncaught exception): stop taking messages first.
  const connection = (bus as unknown as { _connection?: { removeAllListeners(event: string): void; stream?: { destroy(): void } } })._connection;
  connection?.removeAllListeners('message');
  bus.disconnect();
  connection?.stream?.destroy();
}

/** D-Bus variants may nest (the portal's deprecated Read wraps its value twice). */
const unwrap = (value: unknown): unknown => (value instanceof dbus.Variant ? unwrap(value.value) : value);

type Method = (...args: unknown[]) => Promise<unknown>;
async function iface(bus: Bus, name: string, path: string, interfaceName: string): Promise<Record<string, Method> & dbus.ClientInterface> {
  const object = await bus.getProxyObject(name, path);
  return object.getInterface(interfaceName) as Record<string, Method> & dbus.ClientInterface;
}

/** GNOME: org.gnome.desktop.notifications show-banners = false is "Do Not Disturb". */
export function gnomeDoNotDisturb(bus: Bus): BusySource {
  let answer: Answer = null;
  let settings: dbus.ClientInterface | null = null;
  const NAMESPACE = 'org.gnome.desktop.notifications';
  const KEY = 'show-banners';
  const fromValue = (value: unknown): Answer => {
    const banners = unwrap(value);
    return typeof banners === 'boolean' ? !banners : null;
  };
  const listener = (namespace: string, key: string, value: unknown) => {
    if (namespace !== NAMESPACE || key !== KEY) return;
    answer = fromValue(value);
    changed?.();
  };
  let changed: (() => void) | null = null;
  return {
    method: 'gnome:show-banners',
    reason: 'doNotDisturb',
    read: () => answer,
    async start(onChange) {
      const portal = await iface(bus, 'org.freedesktop.portal.Desktop', '/org/freedesktop/portal/desktop', 'org.freedesktop.portal.Settings');
      const read = portal.ReadOne ?? portal.Read;
      if (!read) throw new Error('the desktop portal has no Settings.Read');
      answer = fromValue(await read.call(portal, NAMESPACE, KEY));
      if (answer === null) throw new Error(`${NAMESPACE} ${KEY} is not a boolean here`);
      settings = portal;
      changed = onChange;
      portal.on('SettingChanged', listener);
    },
    stop() {
      settings?.removeListener('SettingChanged', listener);
      settings = null;
      changed = null;
      answer = null;
    },
  };
}

/** KDE Plasma and other notification servers: org.freedesktop.Notifications' Inhibited property. */
export function notificationsInhibited(bus: Bus): BusySource {
  let answer: Answer = null;
  let properties: dbus.ClientInterface | null = null;
  let changed: (() => void) | null = null;
  const INTERFACE = 'org.freedesktop.Notifications';
  const listener = (interfaceName: string, values: Record<string, unknown>, invalidated: string[]) => {
    if (interfaceName !== INTERFACE) return;
    if ('Inhibited' in values) answer = unwrap(values.Inhibited) === true;
    else if (invalidated.includes('Inhibited')) answer = null;
    else return;
    changed?.();
  };
  return {
    method: 'notifications:Inhibited',
    reason: 'doNotDisturb',
    read: () => answer,
    async start(onChange) {
      const props = await iface(bus, INTERFACE, '/org/freedesktop/Notifications', 'org.freedesktop.DBus.Properties');
      const inhibited = unwrap(await props.Get!(INTERFACE, 'Inhibited'));
      if (typeof inhibited !== 'boolean') throw new Error('the notification server has no Inhibited property');
      answer = inhibited;
      properties = props;
      changed = onChange;
      props.on('PropertiesChanged', listener);
    },
    stop() {
      properties?.removeListener('PropertiesChanged', listener);
      properties = null;
      changed = null;
      answer = null;
    },
  };
}

/** Seconds idle past which the person is taken to stay idle between two readings. */
const STILL_IDLE_SECONDS = 30;
/** A refreshed reading this far from what was answered makes the engine look again. */
const CORRECTION_SECONDS = 5;

/**
 * Idle time over D-Bus: GNOME's Mutter IdleMonitor (milliseconds), else org.freedesktop.ScreenSaver
 * (KDE and others; milliseconds as KDE's implementation answers). D-Bus is asynchronous and the
 * engine's read is not, so each read answers from the latest reading (grown by the time since, if
 * the person was already idle), then refreshes; a refresh that disagrees by more than a few
 * seconds (someone came back, or went away) calls onCorrection so the engine reads again.
 */
export function dbusIdle(bus: Bus, now: () => number): IdleSource {
  let fetch: (() => Promise<number>) | null = null;
  let method = 'dbus:idle';
  let last: { seconds: number; at: number } | null = null;
  let answered: number | null = null;
  let correct: () => void = () => undefined;
  let refreshing = false;

  const estimate = (): number | null => {
    if (!last) return null;
    return last.seconds >= STILL_IDLE_SECONDS ? last.seconds + (now() - last.at) / 1000 : last.seconds;
  };
  const refresh = async () => {
    if (!fetch || refreshing) return;
    refreshing = true;
    try {
      const seconds = await fetch();
      last = { seconds, at: now() };
      if (answered !== null && Math.abs(seconds - answered) > CORRECTION_SECONDS) {
        answered = seconds;
        correct();
      }
    } catch {
      // The service left the bus: keep answering the last reading until it returns.
    } finally {
      refreshing = false;
    }
  };
  const candidates: Array<{ method: string; connect: () => Promise<() => Promise<number>> }> = [
    {
      method: 'mutter:IdleMonitor',
      connect: async () => {
        const monitor = await iface(bus, 'org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', 'org.gnome.Mutter.IdleMonitor');
        return async () => Number(await monitor.GetIdletime!()) / 1000;
      },
    },
    {
      method: 'screensaver:GetSessionIdleTime',
      connect: async () => {
        const saver = await iface(bus, 'org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver');
        return async () => Number(await saver.GetSessionIdleTime!()) / 1000;
      },
    },
  ];
  return {
    get method() {
      return method;
    },
    read() {
      const value = estimate();
      answered = value;
      void refresh();
      return value === null ? null : Math.floor(value);
    },
    async start(onCorrection) {
      const problems: string[] = [];
      for (const candidate of candidates) {
        try {
          const reader = await candidate.connect();
          last = { seconds: await reader(), at: now() };
          fetch = reader;
          method = candidate.method;
          correct = onCorrection;
          return;
        } catch (error) {
          problems.push(`${candidate.method}: ${(error as Error).message}`);
        }
      }
      throw new Error(`no idle time on the session bus (${problems.join('; ')})`);
    },
    stop() {
      fetch = null;
      last = null;
      correct = () => undefined;
    },
  };
}

/** A tray host exists when someone owns org.kde.StatusNotifierWatcher (GNOME without the AppIndicator extension has none). */
export async function statusNotifierWatcherPresent(bus: Bus): Promise<boolean> {
  const daemon = await iface(bus, 'org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus');
  return (await daemon.NameHasOwner!('org.kde.StatusNotifierWatcher')) === true;
}
