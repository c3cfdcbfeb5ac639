/**
 * The Linux sources: X11 full screen (not on Wayland, where other apps' windows are hidden from
 * us), the session bus (do-not-disturb, idle, tray), and /proc (microphone, camera, chosen apps).
 * Screen sharing cannot be told on Linux without asking the compositor for permission, so it stays
 * unknown.
 */
import type { SensingParts } from '../sensor.js';
import { closeBus, dbusIdle, type Bus, gnomeDoNotDisturb, notificationsInhibited, openSessionBus, statusNotifierWatcherPresent } from './dbus.js';
import { procSources } from './proc.js';
import { x11FullScreen } from './x11FullScreen.js';

export interface LinuxOptions {
  env: Record<string, string | undefined>;
  now: () => number;
  proc?: string;
  dev?: string;
  self?: number;
  log?: (message: string) => void;
}

/** A bus address this library cannot use leaves the D-Bus reasons unknown, not the rest. */
function connect(address: string, log: (message: string) => void): Bus | null {
  try {
    return openSessionBus(address);
  } catch (error) {
    log(`sensing: cannot use the session bus at ${address} (${(error as Error).message})`);
    return null;
  }
}

export function linuxSensing({ env, now, proc = '/proc', dev = '/dev', self = process.pid, log = () => undefined }: LinuxOptions): SensingParts {
  const local = procSources({ proc, dev, self });
  const parts: SensingParts = { sources: [local.microphone, local.camera], apps: local.apps, idle: null, tray: null };
  if (env.DISPLAY && env.XDG_SESSION_TYPE !== 'wayland') parts.sources.unshift(x11FullScreen(env.DISPLAY));
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  const bus = address ? connect(address, log) : null;
  if (bus) {
    parts.sources.push(gnomeDoNotDisturb(bus), notificationsInhibited(bus));
    parts.idle = dbusIdle(bus, now);
    parts.tray = { method: 'dbus:StatusNotifierWatcher', check: () => statusNotifierWatcherPresent(bus) };
    parts.close = () => closeBus(bus);
  }
  return parts;
}
