import type { Settings } from '../core/settings.js';
import type { AlertKind, EngineOutput, HistoryRecord, ReminderKind, ReplyAction, Snapshot } from '../core/types.js';
import { followBreakWindow, type BreakWindowShape } from './breakWindow.js';
import type { WorkoutKind } from '../core/workouts.js';
import type { View } from '../ipc/contract.js';
import { currentLocale, litres, t, type MessageKey } from '../i18n/messages.js';
import type { NotificationBackend } from './notify.js';

/** The part of Electron's Notification class Limber uses. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: (event: unknown, index: number) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}
export interface NotificationClass {
  new (options: { title: string; body: string; silent: boolean; actions?: { type: 'button'; text: string }[]; timeoutType?: 'default' | 'never'; icon?: string; toastXml?: string }): NotificationLike;
  isSupported(): boolean;
}

export interface AlertPorts {
  /** How notifications are shown on this desktop (notify.ts, freedesktop.ts). */
  notifications: NotificationBackend;
  iconPath?: string;
  settings(): Settings;
  snapshot(): Snapshot;
  /** A reply from a notification button; 'drink' logs `ml` (or the default drink). */
  reply(reminder: AlertKind, action: ReplyAction | 'drink', ml?: number): void;
  openView(view: View): void;
  /** Opens the break window in a shape (or reshapes it); focus only for a break the person asked for. */
  openBreakWindow(shape: BreakWindowShape, options: { focus: boolean }): void;
  closeBreakWindow(): void;
  /** The alert the break window shows (null: none). */
  setBreakAlert(alert: { reminder: ReminderKind; attempt: number } | null): void;
  /** A wall time as the language writes it ("18:30", "6:30 PM"), for workout start times in the text. */
  formatTime(wall: number): string;
  onUnsupported(): void;
}

/** The answer buttons on each kind of notification (every platform: see notify.ts). */
const actionsFor: Record<AlertKind, { key: MessageKey; action: ReplyAction | 'drink' }[]> = {
  move: [
    { key: 'alert.action.start', action: 'start' },
    { key: 'alert.action.snooze', action: 'snooze' },
    { key: 'alert.action.skip', action: 'skip' },
  ],
  stretch: [
    { key: 'alert.action.start', action: 'start' },
    { key: 'alert.action.snooze', action: 'snooze' },
    { key: 'alert.action.skip', action: 'skip' },
  ],
  hydrate: [
    { key: 'alert.action.logDrink', action: 'drink' },
    { key: 'alert.action.snooze', action: 'snooze' },
  ],
  prehydrate: [
    { key: 'alert.action.drankIt', action: 'drink' },
    { key: 'alert.action.skip', action: 'skip' },
  ],
  mealCutoff: [
    { key: 'alert.action.ok', action: 'done' },
    { key: 'alert.action.snooze', action: 'snooze' },
  ],
  warmup: [
    { key: 'alert.action.start', action: 'start' },
    { key: 'alert.action.skip', action: 'skip' },
  ],
  cooldown: [
    { key: 'alert.action.start', action: 'start' },
    { key: 'alert.action.skip', action: 'skip' },
  ],
  rehydrate: [
    { key: 'alert.action.drankIt', action: 'drink' },
    { key: 'alert.action.snooze', action: 'snooze' },
  ],
  bedtime: [
    { key: 'alert.action.start', action: 'start' },
    { key: 'alert.action.snooze', action: 'snooze' },
    { key: 'alert.action.skip', action: 'skip' },
  ],
};

/**
 * The buttons a notification offers now: a movement break loses Snooze or Skip past the person's
 * limits (and both in strict mode, where only taking the break is offered).
 */
export function offeredActions(reminder: AlertKind, settings: Settings, putOff: Snapshot['putOff']): { key: MessageKey; action: ReplyAction | 'drink' }[] {
  const movement = reminder === 'move' || reminder === 'stretch';
  return actionsFor[reminder].filter(({ action }) => {
    if (!movement) return true;
    if (action === 'snooze') return !settings.alerts.strict && putOff.canSnooze;
    if (action === 'skip') return !settings.alerts.strict && putOff.canSkip;
    return true;
  });
}

/** "250 ml" or "8.5 fl oz", as the person counts drinks. */
function drinkAmount(ml: number, units: Settings['profile']['units']): string {
  const format = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 });
  // No-break spaces: a line never ends between a number and its unit.
  return units === 'floz' ? `${format.format(ml / 29.5735)}\u00a0fl\u00a0oz` : `${format.format(ml)}\u00a0ml`;
}

const workoutName: Record<WorkoutKind, MessageKey> = {
  run: 'workout.run',
  cycle: 'workout.cycle',
  gym: 'workout.gym',
  swim: 'workout.swim',
  other: 'workout.other',
};

/** Where clicking a notification takes the person. */
const viewFor: Record<AlertKind, View> = {
  move: 'today',
  stretch: 'routines',
  hydrate: 'today',
  prehydrate: 'today',
  mealCutoff: 'today',
  warmup: 'routines',
  cooldown: 'routines',
  rehydrate: 'today',
  bedtime: 'routines',
};

type AlertRecord = Extract<HistoryRecord, { event: 'alert' }>;

/** The notification's text: the catalogue's sentence for the kind, with the workout's details. */
export function alertText(record: AlertRecord, water: Snapshot['water'], formatTime: (wall: number) => string): { title: string; body: string } {
  const workout = record.workoutKind ? t(workoutName[record.workoutKind]) : t('workout.other');
  const time = record.workoutStart === undefined ? '' : formatTime(record.workoutStart);
  const params = {
    drunk: litres(water.todayMl, 2),
    goal: litres(water.goalMl, 1, 1),
    workout,
    time,
    ml: record.ml ?? 0,
    minutes: record.workoutMinutes ?? 0,
  };
  let body = t(`alert.${record.reminder}.body`, params);
  if (record.carryMl) body += ` ${t('alert.carry', { carry: record.carryMl, every: record.drinkEveryMinutes ?? 20, minutes: params.minutes })}`;
  if (record.recentMeal) body += ` ${t('alert.recentMeal')}`;
  return { title: t(`alert.${record.reminder}.title`, params), body };
}

/**
 * Turns the engine's alert records into desktop notifications and the break window, and closes
 * them when the engine closes the alert. Every reply goes back to the engine as the same reply
 * the simulator uses; the decision of what is due stays in the engine.
 */
export function connectAlerts(ports: AlertPorts): ((output: EngineOutput) => void) & { closeAll(): void } {
  const shown = new Map<AlertKind, { close(): void }>();
  const breakWindow = followBreakWindow({
    settings: ports.settings,
    snapshot: ports.snapshot,
    open: ports.openBreakWindow,
    close: ports.closeBreakWindow,
    setBreakAlert: ports.setBreakAlert,
  });
  let warned = false;

  const notify = (record: AlertRecord) => {
    const { reminder, attempt } = record;
    shown.get(reminder)?.close();
    shown.delete(reminder);
    if (!ports.notifications.supported()) {
      if (!warned) ports.onUnsupported();
      warned = true;
      return;
    }
    const settings = ports.settings();
    const total = settings.alerts.maxRepeats + 1;
    const { title, body } = alertText(record, ports.snapshot().water, ports.formatTime);
    const actions = offeredActions(reminder, settings, ports.snapshot().putOff);
    const drinkMl = record.ml ?? settings.hydrate.defaultDrinkMl;
    const params = { minutes: settings.alerts.snoozeMinutes, amount: drinkAmount(drinkMl, settings.profile.units) };
    const notification = ports.notifications.show(
      {
        title,
        body: attempt > 1 ? `${body} ${t('alert.repeat', { attempt, total })}` : body,
        actions: actions.map((a) => t(a.key, params)),
        silent: !settings.alerts.sound,
        ...(ports.iconPath ? { icon: ports.iconPath } : {}),
      },
      {
        click: () => {
          if (breakWindow.showing() === reminder) ports.openBreakWindow('card', { focus: true });
          else ports.openView(viewFor[reminder]);
        },
        action: (index) => {
          const chosen = actions[index];
          if (chosen) ports.reply(reminder, chosen.action, chosen.action === 'drink' ? drinkMl : undefined);
        },
        closed: () => {
          if (shown.get(reminder) === notification) shown.delete(reminder);
        },
      },
    );
    shown.set(reminder, notification);
  };

  // On quit: a notification left in the system's list would act on an app that is gone.
  const closeAll = () => {
    for (const notification of [...shown.values()]) notification.close();
    shown.clear();
  };

  const onOutput = (output: EngineOutput): void => {
    if (output.type !== 'record') return;
    const record = output.record;
    if (record.event === 'alert') notify(record);
    else if (record.event === 'alertClosed') {
      const notification = shown.get(record.reminder);
      shown.delete(record.reminder);
      notification?.close();
    }
    breakWindow.onRecord(record);
  };
  return Object.assign(onOutput, { closeAll });
}
