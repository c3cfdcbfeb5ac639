/**
 * The Linux sources: X11 full screen (not on Wayland, where other apps' windows are hidden from
 * us), the session bus (do-not-disturb, idle, tray), and /proc (microphone, camera, chosen apps).
 * Screen sharing cannot be told on Linux without asking the compositor for permission, so it stays
 * unknown.
 */
import type { SensingParts } from '../sensor.js';
import { closeBus, dbusIdle, gnomeDoNotDisturb, notificationsInhibited, openSessionBus, statusNotifierWatcherPresent } from './dbus.js';
import { procSources } from './proc.js';
import { x11FullScreen } from './x11FullScreen.js';

export interface LinuxOptions {
  env: Record<string, string | undefined>;
  now: () => number;
  proc?: string;
  dev?: string;
  self?: number;
}

export function linuxSensing({ env, now, proc = '/proc', dev = '/dev', self = process.pid }: LinuxOptions): SensingParts {
  const local = procSources({ proc, dev, self });
  const parts: SensingParts = { sources: [local.microphone, local.camera], apps: local.apps, idle: null, tray: null };
  if (env.DISPLAY && env.XDG_SESSION_TYPE !== 'wayland') parts.sources.unshift(x11FullScreen(env.DISPLAY));
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (address) {
    const bus = openSessionBus(address);
    parts.sources.push(gnomeDoNotDisturb(bus), notificationsInhibited(bus));
    parts.idle = dbusIdle(bus, now);
    parts.tray = { method: 'dbus:StatusNotifierWatcher', check: () => statusNotifierWatcherPresent(bus) };
    parts.close = () => closeBus(bus);
  }
  return parts;
}
