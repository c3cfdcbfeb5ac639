/**
 * Small stand-ins for the desktop services Limber asks on the session bus, each a real D-Bus
 * object on a private bus (dbusSession.ts): GNOME's idle monitor, the screensaver's idle time,
 * the desktop portal's Settings (GNOME's show-banners), a notification server with Inhibited, and
 * a StatusNotifierWatcher (a tray host). Setters change what the service answers and emit the
 * signals a real desktop emits.
 */
import dbus from 'dbus-next';
import { closeBus, openSessionBus } from '../../main/sensing/linux/dbus.js';

const { Interface } = dbus.interface;

class IdleMonitor extends Interface {
  idleMs = 0n;
  GetIdletime(): bigint {
    return this.idleMs;
  }
}
IdleMonitor.configureMembers({ methods: { GetIdletime: { outSignature: 't' } } });

class ScreenSaver extends Interface {
  idleMs = 0;
  GetSessionIdleTime(): number {
    return this.idleMs;
  }
}
ScreenSaver.configureMembers({ methods: { GetSessionIdleTime: { outSignature: 'u' } } });

class PortalSettings extends Interface {
  values = new Map<string, dbus.Variant>();
  ReadOne(namespace: string, key: string): dbus.Variant {
    const value = this.values.get(`${namespace} ${key}`);
    if (!value) throw new dbus.DBusError('org.freedesktop.portal.Error.NotFound', 'Requested setting not found');
    return value;
  }
  SettingChanged(namespace: string, key: string, value: dbus.Variant): [string, string, dbus.Variant] {
    return [namespace, key, value];
  }
}
PortalSettings.configureMembers({
  methods: { ReadOne: { inSignature: 'ss', outSignature: 'v' } },
  signals: { SettingChanged: { signature: 'ssv' } },
});

class Notifications extends Interface {
  Inhibited = false;
}
Notifications.configureMembers({ properties: { Inhibited: { signature: 'b', access: 'read' } } });

class Watcher extends Interface {}
Watcher.configureMembers({});

export interface DesktopStubs {
  setIdleSeconds(seconds: number): void;
  setShowBanners(on: boolean): void;
  setInhibited(on: boolean): void;
  stop(): void;
}

export type StubService = 'mutter' | 'screensaver' | 'portal' | 'notifications' | 'tray';

/** Exports the chosen services on the bus at `address`; each owns its well-known name. */
export async function startDesktopStubs(address: string, services: StubService[]): Promise<DesktopStubs> {
  const bus = openSessionBus(address);
  const mutter = new IdleMonitor('org.gnome.Mutter.IdleMonitor');
  const saver = new ScreenSaver('org.freedesktop.ScreenSaver');
  const portal = new PortalSettings('org.freedesktop.portal.Settings');
  const notifications = new Notifications('org.freedesktop.Notifications');
  portal.values.set('org.gnome.desktop.notifications show-banners', new dbus.Variant('b', true));
  const own = async (name: string, path: string, object: InstanceType<typeof Interface>) => {
    bus.export(path, object);
    await bus.requestName(name, 0);
  };
  for (const service of services) {
    if (service === 'mutter') await own('org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', mutter);
    if (service === 'screensaver') await own('org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', saver);
    if (service === 'portal') await own('org.freedesktop.portal.Desktop', '/org/freedesktop/portal/desktop', portal);
    if (service === 'notifications') await own('org.freedesktop.Notifications', '/org/freedesktop/Notifications', notifications);
    if (service === 'tray') await own('org.kde.StatusNotifierWatcher', '/StatusNotifierWatcher', new Watcher('org.kde.StatusNotifierWatcher'));
  }
  return {
    setIdleSeconds(seconds) {
      mutter.idleMs = BigInt(Math.round(seconds * 1000));
      saver.idleMs = Math.round(seconds * 1000);
    },
    setShowBanners(on) {
      const value = new dbus.Variant('b', on);
      portal.values.set('org.gnome.desktop.notifications show-banners', value);
      portal.SettingChanged('org.gnome.desktop.notifications', 'show-banners', value);
    },
    setInhibited(on) {
      notifications.Inhibited = on;
      Interface.emitPropertiesChanged(notifications, { Inhibited: on }, []);
    },
    stop: () => closeBus(bus),
  };
}
