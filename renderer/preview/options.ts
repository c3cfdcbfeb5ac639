import { DateTime } from 'luxon';
import { isValidTimeZone } from '../../main/core/localTime.ts';
import { busyReasons, type BusyReason, type MovementKind } from '../../main/core/types.ts';
import { noticeIds, reliefMuscles, views, type Notice, type NoticeId, type ReliefMuscle, type View } from '../../main/ipc/contract.ts';

/**
 * What a preview page can be asked for in its query string, so that people and UI tests can open
 * a page in a known state:
 *
 * - `speed=60`          simulated time runs 60× real time (default 1; `0` freezes it)
 * - `start=2025-06-02T09:00`  the simulated wall clock starts here (local time in `tz`)
 * - `tz=Europe/Berlin`  the simulated time zone (default: the browser's)
 * - `breakAlert=stretch|move`  fast-forward until that break's alert is up (move also turns on the
 *                       break window for movement breaks, as a person would have to)
 * - `strict=1`          strict mode on
 * - `notices=idleUnreliable,settingsRecovered`  notices to show, by id (`notices=all` for every
 *                       one): settingsRecovered, settingsPartlyRecovered, settingsNewer,
 *                       settingsWriteFailed, historyWriteFailed, historySkipped, idleUnreliable,
 *                       notificationsUnsupported, historyImported, noTray, shortcutRefused,
 *                       soundsUnavailable
 * - `unsupported=doNotDisturb,screenSharing`  busy reasons the desktop sensor cannot tell here
 * - `view=preferences`  the route main would ask the window to show
 * - `muscle=calf`       with `view=relief`: the muscle a tray Cramp relief item routes to; with
 *                       `view=diary`: the muscle the relief guide's "Log this cramp" brings along
 * - `login=1`           start at login on
 * - `firstRun=1`        show the first-run welcome (otherwise setup counts as done, as it is for
 *                       anyone past their first launch)
 * - `busy=inCall`        the desktop reports busy for that reason (fullScreen, doNotDisturb, inCall,
 *                       screenSharing, app), and time runs on until an alert is held for it
 * - `notifications=unsupported|failing`  first run's test notification: this desktop shows none,
 *                       or the backend throws (otherwise it is counted as sent: `testNotifications`)
 * - `seedHistory=1`     a month of plausible history before the start (preview/seedHistory.ts),
 *                       with a few cramps and the workouts it followed, for History and Insights
 */
export interface PreviewOptions {
  speed: number;
  startAt: number | null;
  timeZone: string;
  breakAlert: MovementKind | null;
  strict: boolean;
  notices: Notice[];
  /** Busy reasons this (simulated) desktop cannot tell, as main reports them in AppState.sensing. */
  unsupported: BusyReason[];
  view: View | null;
  /** The relief muscle in the route (only with view=relief or view=diary). */
  muscle: ReliefMuscle | null;
  openAtLogin: boolean;
  firstRun: boolean;
  seedHistory: boolean;
  busy: BusyReason | null;
  notifications: 'shown' | 'unsupported' | 'failing';
}

/** An example path for the "settings recovered" notices. */
const RECOVERED_FILE = '~/.config/Limber/config.corrupt-2025-06-02.json';

/** Each notice as main would send it, with example details. */
const exampleNotices: { readonly [N in NoticeId]: Notice } = {
  settingsRecovered: { id: 'settingsRecovered', detail: RECOVERED_FILE },
  settingsPartlyRecovered: { id: 'settingsPartlyRecovered', detail: RECOVERED_FILE, sections: ['settings', 'workouts'] },
  settingsNewer: { id: 'settingsNewer', detail: '~/.config/Limber/config.json' },
  settingsWriteFailed: { id: 'settingsWriteFailed', reason: 'readOnly' },
  historyWriteFailed: { id: 'historyWriteFailed', reason: 'diskFull' },
  historySkipped: { id: 'historySkipped', detail: '3' },
  idleUnreliable: { id: 'idleUnreliable' },
  notificationsUnsupported: { id: 'notificationsUnsupported' },
  historyImported: { id: 'historyImported', detail: '12' },
  noTray: { id: 'noTray' },
  shortcutRefused: { id: 'shortcutRefused', detail: 'breakNow' },
  soundsUnavailable: { id: 'soundsUnavailable' },
};

export function parsePreviewOptions(search: string, browserZone: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const flag = (name: string) => ['1', 'true', 'yes'].includes(params.get(name) ?? '');

  const speedParam = Number(params.get('speed') ?? '1');
  const speed = Number.isFinite(speedParam) && speedParam >= 0 ? speedParam : 1;

  const zoneParam = params.get('tz');
  const timeZone = zoneParam && isValidTimeZone(zoneParam) ? zoneParam : browserZone;

  const startParam = params.get('start');
  const start = startParam ? DateTime.fromISO(startParam, { zone: timeZone }) : null;
  if (start && !start.isValid) console.warn(`preview: ignoring start=${startParam}: ${start.invalidExplanation ?? start.invalidReason ?? ''}`);

  const alertParam = params.get('breakAlert');
  const breakAlert = alertParam === 'move' || alertParam === 'stretch' ? alertParam : null;

  const asked = (params.get('notices') ?? '').split(',');
  const notices = (asked.includes('all') ? [...noticeIds] : asked.filter((id): id is NoticeId => (noticeIds as readonly string[]).includes(id))).map((id) => structuredClone(exampleNotices[id]));

  const unsupported = (params.get('unsupported') ?? '').split(',').filter((reason): reason is BusyReason => (busyReasons as readonly string[]).includes(reason));

  const viewParam = params.get('view');
  const view = (views as readonly string[]).includes(viewParam ?? '') ? (viewParam as View) : null;

  const muscleParam = params.get('muscle');
  const muscle = (view === 'relief' || view === 'diary') && (reliefMuscles as readonly string[]).includes(muscleParam ?? '') ? (muscleParam as ReliefMuscle) : null;

  return {
    speed,
    startAt: start?.isValid ? start.toMillis() : null,
    timeZone,
    breakAlert,
    strict: flag('strict'),
    notices,
    unsupported,
    view,
    muscle,
    openAtLogin: flag('login'),
    firstRun: flag('firstRun'),
    seedHistory: flag('seedHistory'),
    busy: (busyReasons as readonly string[]).includes(params.get('busy') ?? '') ? (params.get('busy') as BusyReason) : null,
    notifications: params.get('notifications') === 'unsupported' ? 'unsupported' : params.get('notifications') === 'failing' ? 'failing' : 'shown',
  };
}
