/**
 * A stub freedesktop notification server (org.freedesktop.Notifications) for a private session
 * bus: it records every Notify call and lets a test press a button or dismiss a notification, by
 * emitting the same signals a desktop's server would.
 */
import dbus from 'dbus-next';
import { closeBus } from '../../main/sensing/linux/dbus.js';

export interface ShownByServer {
  id: number;
  app: string;
  summary: string;
  body: string;
  /** The actions list as sent: key, label, key, label… */
  actions: string[];
  hints: Record<string, unknown>;
  closed: boolean;
}

class NotificationsStub extends dbus.interface.Interface {
  readonly shown: ShownByServer[] = [];
  private nextId = 1;
  constructor(private readonly capabilities: string[]) {
    super('org.freedesktop.Notifications');
  }
  GetCapabilities(): string[] {
    return this.capabilities;
  }
  GetServerInformation(): string[] {
    return ['limber-test', 'limber', '1.0', '1.2'];
  }
  Notify(app: string, _replaces: number, _icon: string, summary: string, body: string, actions: string[], hints: Record<string, { value: unknown }>, _timeout: number): number {
    const id = this.nextId++;
    this.shown.push({ id, app, summary, body, actions, hints: Object.fromEntries(Object.entries(hints).map(([k, v]) => [k, v.value])), closed: false });
    return id;
  }
  CloseNotification(id: number): void {
    const shown = this.shown.find((n) => n.id === id);
    if (!shown || shown.closed) return;
    shown.closed = true;
    this.NotificationClosed(id, 3);
  }
  ActionInvoked(id: number, key: string): [number, string] {
    return [id, key];
  }
  NotificationClosed(id: number, reason: number): [number, number] {
    return [id, reason];
  }
}
NotificationsStub.configureMembers({
  methods: {
    GetCapabilities: { outSignature: 'as' },
    GetServerInformation: { outSignature: 'ssss' },
    Notify: { inSignature: 'susssasa{sv}i', outSignature: 'u' },
    CloseNotification: { inSignature: 'u' },
  },
  signals: {
    ActionInvoked: { signature: 'us' },
    NotificationClosed: { signature: 'uu' },
  },
});

export interface NotificationServer {
  shown: ShownByServer[];
  /** A person presses the button with this label on notification `id`. */
  press(id: number, label: string): void;
  /** A person clicks the notification itself. */
  click(id: number): void;
  stop(): void;
}

export async function startNotificationServer(busAddress: string, capabilities: string[]): Promise<NotificationServer> {
  const bus = dbus.sessionBus({ busAddress });
  const stub = new NotificationsStub(capabilities);
  bus.export('/org/freedesktop/Notifications', stub);
  await bus.requestName('org.freedesktop.Notifications', 0);
  return {
    shown: stub.shown,
    press(id, label) {
      const actions = stub.shown.find((n) => n.id === id)?.actions ?? [];
      const at = actions.findIndex((value, index) => index % 2 === 1 && value === label);
      if (at < 0) throw new Error(`notification ${id} has no button "${label}" (it has: ${actions.filter((_, i) => i % 2 === 1).join(', ')})`);
      stub.ActionInvoked(id, actions[at - 1] as string);
    },
    click(id) {
      stub.ActionInvoked(id, 'default');
    },
    stop: () => closeBus(bus),
  };
}
