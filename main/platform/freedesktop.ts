/**
 * Notifications with buttons on Linux, through the freedesktop notification server
 * (org.freedesktop.Notifications on the session bus): `Notify` with an actions list, answered by
 * the server's `ActionInvoked` signal. Used only where the server advertises the `actions`
 * capability (GNOME, KDE, XFCE, dunst and mako do); elsewhere the caller keeps Electron's plain
 * notification. See the Desktop Notifications Specification, "Actions" and "Signals".
 */
import dbus from 'dbus-next';
import { closeBus } from '../sensing/linux/dbus.js';
import type { NotificationBackend, NotificationHandlers } from './notify.js';

const NAME = 'org.freedesktop.Notifications';
const PATH = '/org/freedesktop/Notifications';
/** The key the specification reserves for clicking the notification itself. */
const DEFAULT_ACTION = 'default';
/** How long to wait for the server to answer at start before going without it. */
const CONNECT_TIMEOUT_MS = 3000;

interface NotificationsInterface {
  GetCapabilities(): Promise<string[]>;
  Notify(app: string, replaces: number, icon: string, summary: string, body: string, actions: string[], hints: Record<string, dbus.Variant>, timeout: number): Promise<number>;
  CloseNotification(id: number): Promise<void>;
  on(signal: 'ActionInvoked', listener: (id: number, key: string) => void): unknown;
  on(signal: 'NotificationClosed', listener: (id: number, reason: number) => void): unknown;
}

export interface FreedesktopOptions {
  appName: string;
  /** The session bus (DBUS_SESSION_BUS_ADDRESS when not given). */
  busAddress?: string;
  /** Shows a notification when the server fails to (it went away mid-session). */
  fallback: NotificationBackend;
  log(message: string): void;
}

export interface FreedesktopBackend extends NotificationBackend {
  disconnect(): void;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref?.())]);
}

/**
 * Connects to the notification server; null (and nothing left open) when there is no session bus,
 * no server, or a server without buttons.
 */
export async function freedesktopNotifications(options: FreedesktopOptions): Promise<FreedesktopBackend | null> {
  let bus: dbus.MessageBus;
  try {
    bus = dbus.sessionBus(options.busAddress ? { busAddress: options.busAddress } : {});
  } catch (error) {
    options.log(`notifications: no session bus (${(error as Error).message}); using plain notifications`);
    return null;
  }
  const failed = new Promise<never>((_, reject) => bus.on('error', reject));
  failed.catch(() => undefined); // after the start, an error is met per notification by the fallback
  let server: NotificationsInterface;
  try {
    const proxy = await withTimeout(Promise.race([bus.getProxyObject(NAME, PATH), failed]), CONNECT_TIMEOUT_MS, NAME);
    server = proxy.getInterface(NAME) as unknown as NotificationsInterface;
    const capabilities = await withTimeout(server.GetCapabilities(), CONNECT_TIMEOUT_MS, `${NAME}.GetCapabilities`);
    if (!capabilities.includes('actions')) {
      options.log('notifications: the notification server shows no buttons; using plain notifications');
      closeBus(bus);
      return null;
    }
  } catch (error) {
    options.log(`notifications: ${(error as Error).message}; using plain notifications`);
    closeBus(bus);
    return null;
  }

  const open = new Map<number, { handlers: NotificationHandlers; keys: string[] }>();
  server.on('ActionInvoked', (id, key) => {
    const shown = open.get(id);
    if (!shown) return;
    if (key === DEFAULT_ACTION) return shown.handlers.click();
    const index = shown.keys.indexOf(key);
    if (index >= 0) shown.handlers.action(index);
  });
  server.on('NotificationClosed', (id) => {
    const shown = open.get(id);
    if (!shown) return;
    open.delete(id);
    shown.handlers.closed();
  });

  return {
    supported: () => true,
    show(request, handlers) {
      // Keys are the button's index, so a reply names nothing but a button Limber offered.
      const keys = request.actions.map((_, index) => String(index));
      const actions = [DEFAULT_ACTION, '', ...request.actions.flatMap((label, index) => [keys[index] as string, label])];
      const hints: Record<string, dbus.Variant> = { 'suppress-sound': new dbus.Variant('b', request.silent), category: new dbus.Variant('s', 'x-limber.reminder') };
      let id: number | null = null;
      let closeWhenShown = false;
      let fellBack: { close(): void } | null = null;
      server.Notify(options.appName, 0, request.icon ?? '', request.title, request.body, actions, hints, -1).then(
        (shownId) => {
          id = shownId;
          open.set(shownId, { handlers, keys });
          if (closeWhenShown) void server.CloseNotification(shownId).catch(() => undefined);
        },
        (error: unknown) => {
          options.log(`notifications: the server refused a notification (${(error as Error).message}); shown without buttons`);
          if (!closeWhenShown) fellBack = options.fallback.show(request, handlers);
        },
      );
      return {
        close: () => {
          fellBack?.close();
          if (id === null) {
            closeWhenShown = true;
            return;
          }
          open.delete(id);
          void server.CloseNotification(id).catch(() => undefined);
        },
      };
    },
    disconnect: () => closeBus(bus),
  };
}
