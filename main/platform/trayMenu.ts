/**
 * What the tray shows, as plain data: the menu, the tooltip, the macOS title and which icon. Pure
 * functions of an engine snapshot and the wall time, so they are tested without Electron; tray.ts
 * turns the description into Electron objects.
 *
 * The menu says "in 12 min", so its text changes as time passes. Nothing here ticks: the caller
 * asks `nextRefreshAt` when the text will next change and arms one timer for that moment.
 */
import { DateTime } from 'luxon';
import { restartWouldInterrupt } from '../core/updates.js';
import { assertNever, type AlertKind, type EngineInput, type MovementKind, type PauseRequest, type Snapshot } from '../core/types.js';
import { clockTime, litres, t, type MessageKey } from '../i18n/messages.js';
import type { Notice, NoticeId } from '../ipc/contract.js';
import { reliefMuscles, type ReliefMuscle, type View } from '../ipc/names.js';

const MINUTE = 60_000;
/** Beyond this, a countdown reads better as a clock time ("at 15:40") and needs no refreshing. */
export const COUNTDOWN_MAX_MINUTES = 60;

export const GLASS_ML = 250;
export const BOTTLE_ML = 500;

/** What a menu item asks for. The engine's share of these are `EngineInput`s as they stand. */
export type TrayAction =
  | { type: 'breakNow' }
  | { type: 'drink'; ml: number }
  | { type: 'undoDrink' }
  | { type: 'pause'; pause: PauseRequest }
  | { type: 'resume' }
  | { type: 'open'; view: View; muscle?: ReliefMuscle }
  | { type: 'openAtLogin'; openAtLogin: boolean }
  | { type: 'meal' }
  | { type: 'logCramp'; muscle: ReliefMuscle }
  | { type: 'help' }
  | { type: 'installUpdate' }
  | { type: 'openLogFolder' }
  | { type: 'dismissNotice'; id: NoticeId }
  | { type: 'quit' };

export type TrayEngineAction = Extract<TrayAction, { type: 'breakNow' | 'drink' | 'undoDrink' | 'pause' | 'resume' | 'meal' }>;

/** True for the actions the composition root hands straight to `engine.dispatch`. */
export function isEngineAction(action: TrayAction): action is TrayEngineAction {
  switch (action.type) {
    case 'breakNow':
    case 'drink':
    case 'undoDrink':
    case 'pause':
    case 'resume':
    case 'meal':
      return true;
    case 'open':
    case 'logCramp':
    case 'help':
    case 'installUpdate':
    case 'openLogFolder':
    case 'dismissNotice':
    case 'openAtLogin':
    case 'quit':
      return false;
    default:
      return assertNever(action, 'tray action');
  }
}

// Compile-time proof that an engine action needs no translation before `engine.dispatch`.
const engineActionIsInput = (action: TrayEngineAction): EngineInput => action;
void engineActionIsInput;

/** Electron's MenuItemConstructorOptions, as data: an `action` where Electron takes a click handler. */
export type TrayMenuItem =
  | { type: 'separator' }
  | { type: 'normal'; id: string; label: string; enabled: boolean; action?: TrayAction }
  | { type: 'checkbox'; id: string; label: string; enabled: boolean; checked: boolean; action: TrayAction }
  | { type: 'submenu'; id: string; label: string; enabled: boolean; submenu: TrayMenuItem[] };

export interface TrayMenuOptions {
  openAtLogin: boolean;
  platform: NodeJS.Platform;
  /**
   * Whether "Start at login" can work here. Electron's login items exist on macOS and Windows
   * only, so the item is left out on Linux unless the app provides its own autostart entry.
   */
  loginItemSupported?: boolean;
  /** A downloaded update waits for a restart. */
  updateReady?: boolean;
  /** Notices not yet dismissed: listed at the top, for people who never open the window. */
  notices?: readonly Notice[];
}

export type TrayIconState = 'normal' | 'due' | 'paused';

export interface TrayView {
  icon: TrayIconState;
  menu: TrayMenuItem[];
  tooltip: string;
  /** Text beside the icon (macOS only): the countdown, or '' when there is none. */
  title: string;
  /** When any of this text next changes with time alone; null when only a new snapshot changes it. */
  refreshAt: number | null;
}

/** Everything the tray shows for a snapshot at wall time `now`. */
export function trayView(snapshot: Snapshot, now: number, options: TrayMenuOptions): TrayView {
  const status = statusOf(snapshot, now);
  return {
    icon: trayIconState(snapshot),
    menu: menuOf(snapshot, status, options),
    tooltip: trayTooltip(snapshot),
    title: status.countdownMinutes === null ? '' : t('tray.title.minutes', { minutes: status.countdownMinutes }),
    refreshAt: status.changesAt,
  };
}

/** The tray menu for a snapshot at wall time `now`. */
export function buildTrayMenu(snapshot: Snapshot, now: number, options: TrayMenuOptions): TrayMenuItem[] {
  return menuOf(snapshot, statusOf(snapshot, now), options);
}

/** The menu before the first snapshot arrives: enough to open the window or quit. */
export function initialTrayMenu(): TrayMenuItem[] {
  return [item('open', 'tray.open', { type: 'open', view: 'today' }), separator, item('quit', 'tray.quit', { type: 'quit' })];
}

/**
 * The next wall time at which the tray's text changes with no new snapshot (a countdown ticking
 * over a minute, or a weekday name becoming "today" at midnight); null when it cannot. The caller
 * arms one timer for it and calls `update` again then.
 */
export function nextRefreshAt(snapshot: Snapshot, now: number): number | null {
  return statusOf(snapshot, now).changesAt;
}

export function trayIconState(snapshot: Snapshot): TrayIconState {
  if (snapshot.paused) return 'paused';
  return snapshot.alerting.length > 0 ? 'due' : 'normal';
}

/** "Limber — water 1.25 / 2.0 L": the hydration hint, on hover. */
export function trayTooltip(snapshot: Snapshot): string {
  return t('tray.tooltip', { water: `${formatLitres(snapshot.water.todayMl)} / ${formatLitres(snapshot.water.goalMl)}\u00a0L` });
}

/** Litres with one or two decimals: 0.0, 0.25, 0.5, 1.25, 2.0. */
export function formatLitres(ml: number): string {
  return litres(ml);
}

// ── status ──────────────────────────────────────────────────────────────────────────────────

interface Status {
  lines: string[];
  /** Minutes shown in a countdown ("in 12 min"), or null. */
  countdownMinutes: number | null;
  changesAt: number | null;
}

function statusOf(snapshot: Snapshot, now: number): Status {
  const lines: string[] = [];
  const changes: (number | null)[] = [];
  let countdownMinutes: number | null = null;
  // A time not today carries its weekday, which must become plain "14:30" at midnight.
  const clock = (wall: number): string => {
    const when = formatClock(wall, now, snapshot.timeZone);
    if (when.changesAt !== null) changes.push(when.changesAt);
    return when.text;
  };
  const line = (key: MessageKey, params?: Record<string, string | number>) => lines.push(t(key, params));

  const alertingMovement = snapshot.alerting.some((kind) => kind === 'move' || kind === 'stretch');
  if (snapshot.paused) {
    if (snapshot.paused.until === null) line('tray.status.pausedIndefinitely');
    else line('tray.status.paused', { time: clock(snapshot.paused.until) });
  } else if (snapshot.breakInProgress) {
    line('tray.status.breakRunning', { time: clock(snapshot.breakInProgress.until) });
  } else if (alertingMovement) {
    line('tray.status.due');
  } else if (snapshot.presence !== 'present') {
    line('tray.status.away');
  } else if (snapshot.holding) {
    // "Holding your stretch break: you're in a call" — why nothing comes although it is due.
    line(holdingKey(snapshot.holding.reminder), { why: t(`tray.busy.${snapshot.holding.reason}`) });
  } else {
    const next = nextMovement(snapshot);
    if (next) {
      const left = next.at - now;
      const minutes = Math.ceil(left / MINUTE);
      const stretch = next.kind === 'stretch';
      if (left <= 0) {
        // Due but not announced yet (held while busy, or the engine's step is a moment away).
        line('tray.status.due');
      } else if (minutes > COUNTDOWN_MAX_MINUTES) {
        line(stretch ? 'tray.status.nextStretchAt' : 'tray.status.nextAt', { time: clock(next.at) });
        changes.push(next.at - COUNTDOWN_MAX_MINUTES * MINUTE);
      } else {
        // Rounded up: "in 1 min" until the moment it is due, never "in 0 min".
        line(stretch ? 'tray.status.nextStretch' : 'tray.status.next', { minutes });
        countdownMinutes = minutes;
        changes.push(next.at - (minutes - 1) * MINUTE);
      }
    }
  }
  if (snapshot.alerting.includes('hydrate')) line('tray.status.drinkDue');

  const future = changes.filter((at): at is number => at !== null && at > now);
  return { lines, countdownMinutes, changesAt: future.length > 0 ? Math.min(...future) : null };
}

function holdingKey(reminder: AlertKind): MessageKey {
  switch (reminder) {
    case 'move':
    case 'stretch':
    case 'hydrate':
    case 'bedtime':
      return `tray.holding.${reminder}`;
    case 'prehydrate':
    case 'mealCutoff':
    case 'warmup':
    case 'cooldown':
    case 'rehydrate':
      return 'tray.holding.workout';
    default:
      return assertNever(reminder, 'alert kind');
  }
}

/** Today's movement breaks as the tray counts them: natural ones are breaks taken too. */
function breaksToday({ breaks }: Snapshot): { taken: number; snoozed: number; skipped: number } {
  return { taken: breaks.taken + breaks.natural, snoozed: breaks.snoozed, skipped: breaks.skipped };
}

/** The sooner of the next move and stretch break; on a tie, the stretch (it takes the move's place). */
function nextMovement(snapshot: Snapshot): { kind: MovementKind; at: number } | null {
  const { move, stretch } = snapshot.next;
  if (stretch !== null && (move === null || stretch <= move)) return { kind: 'stretch', at: stretch };
  if (move !== null) return { kind: 'move', at: move };
  return null;
}

/**
 * "14:30" today; "Tue 04:00" on another day, which becomes "04:00" at the local midnight. In the
 * language's 12- or 24-hour style ("2:30 PM" in American English), as notifications write them.
 */
function formatClock(wall: number, now: number, zone: string): { text: string; changesAt: number | null } {
  const at = DateTime.fromMillis(wall, { zone });
  const today = DateTime.fromMillis(now, { zone });
  if (at.hasSame(today, 'day')) return { text: clockTime(wall, zone), changesAt: null };
  return { text: clockTime(wall, zone, { weekday: true }), changesAt: today.plus({ days: 1 }).startOf('day').toMillis() };
}

// ── menu ────────────────────────────────────────────────────────────────────────────────────

const separator: TrayMenuItem = { type: 'separator' };

function item(id: string, key: MessageKey, action: TrayAction, enabled = true): TrayMenuItem {
  return { type: 'normal', id, label: t(key), enabled, action };
}

function menuOf(snapshot: Snapshot, status: Status, options: TrayMenuOptions): TrayMenuItem[] {
  const paused = snapshot.paused !== null;
  const water = t('tray.water', { drunk: formatLitres(snapshot.water.todayMl), goal: formatLitres(snapshot.water.goalMl) });
  const pauseFor = (minutes: number): TrayAction => ({ type: 'pause', pause: { for: 'minutes', minutes } });
  const loginItem = options.loginItemSupported ?? options.platform !== 'linux';
  // Offered only outside a break: restarting would end it.
  const update: TrayMenuItem[] = options.updateReady && !restartWouldInterrupt(snapshot) ? [item('installUpdate', 'tray.updateReady', { type: 'installUpdate' }), separator] : [];
  const notices = (options.notices ?? []).flatMap((notice) => noticeItem(notice));
  return [
    ...notices,
    ...(notices.length ? [separator] : []),
    ...update,
    ...status.lines.map((label, i): TrayMenuItem => ({ type: 'normal', id: `status.${i}`, label, enabled: false })),
    { type: 'normal', id: 'water', label: water, enabled: false },
    { type: 'normal', id: 'breaks', label: t('tray.breaks', breaksToday(snapshot)), enabled: false },
    separator,
    item('breakNow', 'tray.breakNow', { type: 'breakNow' }, snapshot.breakInProgress === null),
    {
      type: 'submenu',
      id: 'drink',
      label: t('tray.drink'),
      enabled: true,
      submenu: [
        item('drink.glass', 'tray.drink.glass', { type: 'drink', ml: GLASS_ML }),
        item('drink.bottle', 'tray.drink.bottle', { type: 'drink', ml: BOTTLE_ML }),
        // A custom amount is typed in the window's Today view.
        item('drink.custom', 'tray.drink.custom', { type: 'open', view: 'today' }),
        separator,
        item('drink.undo', 'tray.drink.undo', { type: 'undoDrink' }, snapshot.water.canUndo),
      ],
    },
    {
      type: 'submenu',
      id: 'relief',
      label: t('tray.relief'),
      enabled: true,
      submenu: [
        ...reliefMuscles.map((muscle) => item(`relief.${muscle}`, `tray.relief.${muscle}` as const, { type: 'open', view: 'relief', muscle })),
        separator,
        {
          type: 'submenu',
          id: 'relief.log',
          label: t('tray.cramp.log'),
          enabled: true,
          // Two clicks from the tray; details can be added in the diary afterwards.
          submenu: reliefMuscles.map((muscle) => item(`cramp.${muscle}`, `tray.relief.${muscle}` as const, { type: 'logCramp', muscle })),
        },
      ],
    },
    item('meal', 'tray.meal', { type: 'meal' }),
    item('routines', 'tray.routines', { type: 'open', view: 'routines' }),
    item('open', 'tray.open', { type: 'open', view: 'today' }),
    separator,
    {
      type: 'submenu',
      id: 'pause',
      label: t('tray.pause'),
      enabled: true,
      submenu: [
        item('pause.30', 'tray.pause.30', pauseFor(30), !paused),
        item('pause.60', 'tray.pause.60', pauseFor(60), !paused),
        item('pause.120', 'tray.pause.120', pauseFor(120), !paused),
        item('pause.tomorrow', 'tray.pause.tomorrow', { type: 'pause', pause: { for: 'tomorrow' } }, !paused),
        separator,
        item('pause.resume', 'tray.pause.resume', { type: 'resume' }, paused),
      ],
    },
    item('preferences', 'tray.preferences', { type: 'open', view: 'preferences' }),
    {
      type: 'submenu',
      id: 'help',
      label: t('tray.helpMenu'),
      enabled: true,
      submenu: [item('help.guide', 'tray.help', { type: 'help' }), item('help.logs', 'tray.help.logs', { type: 'openLogFolder' })],
    },
    ...(loginItem
      ? [
          {
            type: 'checkbox',
            id: 'startAtLogin',
            label: t('tray.startAtLogin'),
            enabled: true,
            checked: options.openAtLogin,
            action: { type: 'openAtLogin', openAtLogin: !options.openAtLogin },
          } satisfies TrayMenuItem,
        ]
      : []),
    separator,
    item('quit', 'tray.quit', { type: 'quit' }),
  ];
}

/**
 * A notice as a menu entry: its short text, with "Show in Limber" and "Dismiss" beneath. A notice
 * that only reports what the person just did (an import) stays in the window.
 */
function noticeItem(notice: Notice): TrayMenuItem[] {
  const reason = t(`reason.${notice.reason ?? 'other'}` as const);
  const label = (() => {
    switch (notice.id) {
      case 'historyImported':
      case 'noTray': // said where there is no tray to say it in
      case 'shortcutRefused':
      case 'soundsUnavailable':
        return null;
      case 'settingsWriteFailed':
      case 'historyWriteFailed':
        return t(`tray.notice.${notice.id}`, { reason });
      case 'historySkipped':
        return t('tray.notice.historySkipped', { count: notice.detail ?? '' });
      case 'settingsRecovered':
      case 'settingsPartlyRecovered':
      case 'settingsNewer':
      case 'idleUnreliable':
      case 'notificationsUnsupported':
        return t(`tray.notice.${notice.id}`);
      default:
        return assertNever(notice.id, 'notice');
    }
  })();
  if (label === null) return [];
  return [
    {
      type: 'submenu',
      id: `notice.${notice.id}`,
      label: `⚠ ${label}`,
      enabled: true,
      submenu: [item(`notice.${notice.id}.show`, 'tray.notice.show', { type: 'open', view: 'today' }), item(`notice.${notice.id}.dismiss`, 'tray.notice.dismiss', { type: 'dismissNotice', id: notice.id })],
    },
  ];
}
