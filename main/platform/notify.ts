/**
 * Desktop notifications with answer buttons on every platform. One small interface, three ways to
 * show it:
 *
 * - macOS: Electron's Notification with `actions` (buttons), answered through its `action` event;
 * - Windows: Electron's Notification with `toastXml`, whose buttons use protocol activation
 *   (`limber://notification?…`): Windows starts Limber with the address, the single-instance lock
 *   hands it to the running app ('second-instance'), and `activate()` finds the notification;
 * - Linux: the freedesktop notification server over D-Bus (freedesktop.ts) where it advertises
 *   the `actions` capability; otherwise Electron's plain notification (no buttons: the tray and the
 *   window hold every answer).
 *
 * The adapters only show and report; which buttons an alert has is alerts.ts's business.
 */
import type { TestNotificationResult } from '../ipc/contract.js';
import type { NotificationClass } from './alerts.js';

export interface NotificationRequest {
  title: string;
  body: string;
  /** Button labels, in order; a press reports its index. */
  actions: string[];
  silent: boolean;
  icon?: string;
}

export interface NotificationHandlers {
  action(index: number): void;
  click(): void;
  /** The notification went away (dismissed, expired or closed by Limber). */
  closed(): void;
}

export interface ShownNotification {
  close(): void;
}

export interface NotificationBackend {
  supported(): boolean;
  show(request: NotificationRequest, handlers: NotificationHandlers): ShownNotification;
}

/** Electron's own notifications: buttons where Electron gives them (macOS), none elsewhere. */
export function electronNotifications(Notification: NotificationClass, platform: NodeJS.Platform): NotificationBackend {
  return {
    supported: () => Notification.isSupported(),
    show(request, handlers) {
      const buttons = platform === 'darwin' ? request.actions : [];
      const notification = new Notification({
        title: request.title,
        body: request.body,
        silent: request.silent,
        ...(buttons.length ? { actions: buttons.map((text) => ({ type: 'button' as const, text })) } : {}),
        ...(request.icon ? { icon: request.icon } : {}),
      });
      notification.on('click', () => handlers.click());
      notification.on('action', (_event, index) => handlers.action(index));
      notification.on('close', () => handlers.closed());
      notification.show();
      return { close: () => notification.close() };
    },
  };
}

/**
 * First run's "Send a test notification": one plain notification through the same backend the
 * reminders use, so what the person sees is what a reminder will look like here. A desktop that
 * cannot show one, or a backend that throws, is answered with the reason instead.
 */
export function showTestNotification(backend: NotificationBackend, text: { title: string; body: string; silent: boolean; icon?: string }): TestNotificationResult {
  if (!backend.supported()) return { sent: false, reason: 'unsupported' };
  try {
    backend.show({ ...text, actions: [] }, { action: () => undefined, click: () => undefined, closed: () => undefined });
    return { sent: true };
  } catch (error) {
    return { sent: false, reason: 'failed', detail: String((error as Error).message ?? error).slice(0, 200) };
  }
}

export const ACTIVATION_PROTOCOL = 'limber';

/** The address a toast button (or the toast itself: `open`) activates. */
export function activationUrl(token: string, choice: number | 'open'): string {
  return `${ACTIVATION_PROTOCOL}://notification?token=${encodeURIComponent(token)}&choice=${choice}`;
}

/** Reads an activation address; null for anything that is not exactly one of ours. */
export function parseActivation(url: string): { token: string; choice: number | 'open' } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${ACTIVATION_PROTOCOL}:` || parsed.hostname !== 'notification') return null;
  const token = parsed.searchParams.get('token');
  const choice = parsed.searchParams.get('choice');
  if (!token || choice === null) return null;
  if (choice === 'open') return { token, choice };
  return /^\d{1,2}$/.test(choice) ? { token, choice: Number(choice) } : null;
}

const xmlEscape = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

/** The toast: title, body, one button per action, all activating Limber by its protocol. */
export function toastXml(request: NotificationRequest, token: string): string {
  const buttons = request.actions
    .map((label, index) => `<action content="${xmlEscape(label)}" arguments="${xmlEscape(activationUrl(token, index))}" activationType="protocol"/>`)
    .join('');
  return (
    `<toast launch="${xmlEscape(activationUrl(token, 'open'))}" activationType="protocol">` +
    `<visual><binding template="ToastGeneric"><text>${xmlEscape(request.title)}</text><text>${xmlEscape(request.body)}</text></binding></visual>` +
    (buttons ? `<actions>${buttons}</actions>` : '') +
    (request.silent ? '<audio silent="true"/>' : '') +
    `</toast>`
  );
}

export interface ToastBackend extends NotificationBackend {
  /**
   * A command line (or one address) handed over by a second launch: answers the notification it
   * names. True when it was one of ours and still open; a stale or foreign address does nothing.
   */
  activate(argv: readonly string[]): boolean;
}

/**
 * Windows toasts with buttons. Each toast carries a fresh random token, so only a toast Limber
 * itself showed, and still shows, can answer anything: another program opening a `limber://`
 * address cannot skip someone's break.
 */
export function toastNotifications(Notification: NotificationClass, newToken: () => string): ToastBackend {
  const open = new Map<string, NotificationHandlers>();
  return {
    supported: () => Notification.isSupported(),
    show(request, handlers) {
      const token = newToken();
      const notification = new Notification({ title: request.title, body: request.body, silent: request.silent, toastXml: toastXml(request, token) });
      open.set(token, handlers);
      notification.on('click', () => handlers.click());
      notification.on('close', () => {
        if (open.delete(token)) handlers.closed();
      });
      notification.show();
      return {
        close: () => {
          open.delete(token);
          notification.close();
        },
      };
    },
    activate(argv) {
      for (const arg of argv) {
        const activation = parseActivation(arg);
        const handlers = activation && open.get(activation.token);
        if (!activation || !handlers) continue;
        open.delete(activation.token);
        if (activation.choice === 'open') handlers.click();
        else handlers.action(activation.choice);
        return true;
      }
      return false;
    },
  };
}
