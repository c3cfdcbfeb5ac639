import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Electron from 'electron';
import type { AlertKind, BusyReason, Snapshot } from '../main/core/types.js';
import { setLocale } from '../main/i18n/messages.js';
import type { Notice } from '../main/ipc/contract.js';
import { createTray, trayIconFile, type TrayController, type TrayDeps } from '../main/platform/tray.js';
import {
  buildTrayMenu,
  formatLitres,
  isEngineAction,
  nextRefreshAt,
  trayView,
  type TrayAction,
  type TrayMenuItem,
  type TrayMenuOptions,
} from '../main/platform/trayMenu.js';
import { createFakeElectron, Tray as FakeTray, type FakeMenu, type FakeNativeImage } from './fakes/electron.js';

const MIN = 60_000;
const zone = 'Europe/Berlin';
const wall = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
/** Monday 10 March 2025, 13:48 in Berlin. */
const NOW = wall('2025-03-10T13:48:00');

function snapshot(patch: Partial<Snapshot> = {}): Snapshot {
  return {
    presence: 'present',
    busy: false,
    holding: null,
    paused: null,
    breakInProgress: null,
    next: { move: NOW + 12 * MIN, stretch: NOW + 47 * MIN, hydrate: NOW + 20 * MIN },
    alerting: [],
    water: { day: '2025-03-10', todayMl: 1250, goalMl: 2000, canUndo: true, exerciseMl: 0 },
    breaks: { taken: 3, skipped: 1, natural: 2, missed: 0, snoozed: 0 },
    putOff: { snoozes: 0, skipsInRow: 0, canSnooze: true, canSkip: true },
    upcoming: [],
    timeZone: zone,
    ...patch,
  };
}

const linux: TrayMenuOptions = { openAtLogin: false, platform: 'linux' };
const mac: TrayMenuOptions = { openAtLogin: false, platform: 'darwin' };

/** Labels as a person reads them, submenus as "Parent ▸ Child"; disabled items marked "(off)". */
function read(items: TrayMenuItem[], prefix = ''): string[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [];
    const label = `${prefix}${item.label}${item.enabled ? '' : ' (off)'}${item.type === 'checkbox' ? ` [${item.checked ? 'x' : ' '}]` : ''}`;
    return item.type === 'submenu' ? [label, ...read(item.submenu, `${prefix}${item.label} ▸ `)] : [label];
  });
}

const statusOf = (s: Snapshot, now = NOW, options = linux) => read(buildTrayMenu(s, now, options)).slice(0, 2);

describe('tray menu (pure)', () => {
  it('counts today’s breaks, the snoozed ones too', () => {
    const labels = read(buildTrayMenu(snapshot({ breaks: { taken: 2, skipped: 0, natural: 1, missed: 1, snoozed: 3 } }), NOW, mac));
    expect(labels).toContain('Breaks today: 3 taken, 3 snoozed, 0 skipped (off)');
  });

  it('running: the next break, today’s water and every action', () => {
    expect(read(buildTrayMenu(snapshot(), NOW, mac))).toEqual([
      'Next movement break in 12\u00a0min (off)',
      'Water today: 1.25 / 2.0\u00a0L (off)',
      'Breaks today: 5 taken, 0 snoozed, 1 skipped (off)',
      'Take a break now',
      'Log a drink',
      'Log a drink ▸ Glass (250\u00a0ml)',
      'Log a drink ▸ Bottle (500\u00a0ml)',
      'Log a drink ▸ Custom…',
      'Log a drink ▸ Undo last drink',
      'Cramp relief',
      'Cramp relief ▸ Calf',
      'Cramp relief ▸ Foot',
      'Cramp relief ▸ Hamstring',
      'Cramp relief ▸ Quadriceps',
      'Cramp relief ▸ Hand / forearm',
      'Cramp relief ▸ Log a cramp',
      'Cramp relief ▸ Log a cramp ▸ Calf',
      'Cramp relief ▸ Log a cramp ▸ Foot',
      'Cramp relief ▸ Log a cramp ▸ Hamstring',
      'Cramp relief ▸ Log a cramp ▸ Quadriceps',
      'Cramp relief ▸ Log a cramp ▸ Hand / forearm',
      'Log a meal',
      'Stretching routines…',
      'Open Limber…',
      'Pause',
      'Pause ▸ 30\u00a0minutes',
      'Pause ▸ 1\u00a0hour',
      'Pause ▸ 2\u00a0hours',
      'Pause ▸ Until tomorrow',
      'Pause ▸ Resume (off)',
      'Preferences…',
      'Help',
      'Help ▸ User’s guide…',
      'Help ▸ Open log folder',
      'Start at login [ ]',
      'Quit',
    ]);
  });

  it('lists every notice not yet dismissed at the top, each with Show and Dismiss; an import report stays in the window', () => {
    const notices: Notice[] = [
      { id: 'historyWriteFailed', reason: 'diskFull' },
      { id: 'settingsWriteFailed', reason: 'readOnly' },
      { id: 'historySkipped', detail: '3' },
      { id: 'settingsPartlyRecovered', detail: '/x/config.corrupt.json', sections: ['engine'] },
      { id: 'historyImported', detail: '12' },
    ];
    const items = buildTrayMenu(snapshot(), NOW, { ...linux, notices });
    expect(read(items).slice(0, 13)).toEqual([
      '⚠ Could not save your history: the disk is full',
      '⚠ Could not save your history: the disk is full ▸ Show in Limber…',
      '⚠ Could not save your history: the disk is full ▸ Dismiss',
      '⚠ Could not save your settings: the disk is read-only',
      '⚠ Could not save your settings: the disk is read-only ▸ Show in Limber…',
      '⚠ Could not save your settings: the disk is read-only ▸ Dismiss',
      '⚠ History lines that could not be read: 3',
      '⚠ History lines that could not be read: 3 ▸ Show in Limber…',
      '⚠ History lines that could not be read: 3 ▸ Dismiss',
      '⚠ Part of your settings file was reset',
      '⚠ Part of your settings file was reset ▸ Show in Limber…',
      '⚠ Part of your settings file was reset ▸ Dismiss',
      'Next movement break in 12\u00a0min (off)',
    ]);
    const dismiss = items.find((item) => item.type === 'submenu' && item.id === 'notice.historySkipped');
    expect(dismiss?.type === 'submenu' && dismiss.submenu[1]).toMatchObject({ action: { type: 'dismissNotice', id: 'historySkipped' } });
    expect(read(buildTrayMenu(snapshot(), NOW, { ...linux, notices: [] }))[0]).toBe('Next movement break in 12\u00a0min (off)');
  });

  it('names the stretch when the stretch comes first, and on a tie', () => {
    expect(statusOf(snapshot({ next: { move: NOW + 12 * MIN, stretch: NOW + 5 * MIN, hydrate: null } }))[0]).toBe('Next stretch break in 5\u00a0min (off)');
    expect(statusOf(snapshot({ next: { move: NOW + 5 * MIN, stretch: NOW + 5 * MIN, hydrate: null } }))[0]).toBe('Next stretch break in 5\u00a0min (off)');
    expect(statusOf(snapshot({ next: { move: null, stretch: NOW + 9 * MIN, hydrate: null } }))[0]).toBe('Next stretch break in 9\u00a0min (off)');
  });

  it('rounds minutes up: "in 1 min" to the last second, then "now", never "in 0 min"', () => {
    const due = (ms: number) => statusOf(snapshot({ next: { move: NOW + ms, stretch: null, hydrate: null } }))[0];
    expect(due(11 * MIN + 1000)).toBe('Next movement break in 12\u00a0min (off)');
    expect(due(11 * MIN)).toBe('Next movement break in 11\u00a0min (off)');
    expect(due(30_000)).toBe('Next movement break in 1\u00a0min (off)');
    expect(due(1)).toBe('Next movement break in 1\u00a0min (off)');
    expect(due(0)).toBe('A break is due now (off)');
    expect(due(-5000)).toBe('A break is due now (off)');
  });

  it('gives a clock time for a break more than an hour away, with the weekday when it is not today', () => {
    expect(statusOf(snapshot({ next: { move: wall('2025-03-10T15:40:00'), stretch: null, hydrate: null } }))[0]).toBe('Next movement break at 3:40 PM (off)');
    expect(statusOf(snapshot({ next: { move: NOW + 60 * MIN, stretch: null, hydrate: null } }))[0]).toBe('Next movement break in 60\u00a0min (off)');
    // Outside working hours the engine dates the break in the next working window.
    expect(statusOf(snapshot({ next: { move: wall('2025-03-11T09:15:00'), stretch: wall('2025-03-11T10:30:00'), hydrate: null } }))[0]).toBe(
      'Next movement break at Tue 9:15 AM (off)',
    );
  });

  it('writes times as the language does: 24-hour in German, Spanish and French and for British English, 12-hour for American', () => {
    const later = snapshot({ next: { move: wall('2025-03-10T15:40:00'), stretch: null, hydrate: null } });
    const tomorrow = snapshot({ next: { move: wall('2025-03-11T09:15:00'), stretch: null, hydrate: null } });
    try {
      setLocale('de', 'en-US');
      expect(statusOf(later)[0]).toBe('Nächste Bewegungspause um 15:40 (off)');
      expect(statusOf(tomorrow)[0]).toBe('Nächste Bewegungspause um Di., 09:15 (off)');
      setLocale('es');
      expect(statusOf(later)[0]).toBe('Próxima pausa para moverte a las 15:40 (off)');
      setLocale('fr');
      expect(statusOf(later)[0]).toBe('Prochaine pause pour bouger à 15:40 (off)');
      setLocale('en', 'en-GB');
      expect(statusOf(later)[0]).toBe('Next movement break at 15:40 (off)');
      expect(statusOf(tomorrow)[0]).toBe('Next movement break at Tue 09:15 (off)');
      setLocale('en', 'en-US');
      expect(statusOf(later)[0]).toBe('Next movement break at 3:40 PM (off)');
    } finally {
      setLocale('en');
    }
  });

  it('paused until a time: local time in the snapshot’s zone; pausing off, resume on', () => {
    const s = snapshot({ paused: { until: wall('2025-03-10T14:30:00') }, next: { move: null, stretch: null, hydrate: null } });
    const menu = read(buildTrayMenu(s, NOW, linux));
    expect(menu.slice(0, 2)).toEqual(['Paused until 2:30 PM (off)', 'Water today: 1.25 / 2.0\u00a0L (off)']);
    expect(menu.filter((l) => l.startsWith('Pause ▸'))).toEqual([
      'Pause ▸ 30\u00a0minutes (off)',
      'Pause ▸ 1\u00a0hour (off)',
      'Pause ▸ 2\u00a0hours (off)',
      'Pause ▸ Until tomorrow (off)',
      'Pause ▸ Resume',
    ]);
    // The same instant seen from another zone.
    expect(statusOf({ ...s, timeZone: 'America/New_York' })[0]).toBe('Paused until 9:30 AM (off)');
    // Until tomorrow: the weekday says which 04:00.
    expect(statusOf({ ...s, paused: { until: wall('2025-03-11T04:00:00') } })[0]).toBe('Paused until Tue 4:00 AM (off)');
  });

  it('paused indefinitely: just "Paused"', () => {
    expect(statusOf(snapshot({ paused: { until: null }, next: { move: null, stretch: null, hydrate: null } }))).toEqual([
      'Paused (off)',
      'Water today: 1.25 / 2.0\u00a0L (off)',
    ]);
  });

  it('break due, break in progress, away, a drink due', () => {
    expect(statusOf(snapshot({ alerting: ['stretch'], next: { move: null, stretch: null, hydrate: NOW + 5 * MIN } }))[0]).toBe('A break is due now (off)');
    const running = snapshot({ breakInProgress: { reminder: 'move', until: wall('2025-03-10T13:50:00') }, next: { move: null, stretch: null, hydrate: null } });
    expect(statusOf(running)[0]).toBe('Break in progress until 1:50 PM (off)');
    expect(read(buildTrayMenu(running, NOW, linux))).toContain('Take a break now (off)');
    expect(statusOf(snapshot({ presence: 'locked', next: { move: null, stretch: null, hydrate: null } }))[0]).toBe('Away — counting resumes when you return (off)');
    expect(statusOf(snapshot({ alerting: ['hydrate'] }))).toEqual(['Next movement break in 12\u00a0min (off)', 'Time for a drink (off)']);
  });

  it('says which alert is held and why, in every language', () => {
    const held = (reminder: AlertKind, reason: BusyReason) => statusOf(snapshot({ busy: true, holding: { reminder, reason }, next: { move: NOW - MIN, stretch: null, hydrate: null } }))[0];
    expect(held('stretch', 'inCall')).toBe('Holding your stretch break: you’re in a call (off)');
    expect(held('move', 'fullScreen')).toBe('Holding your movement break: something is full screen (off)');
    expect(held('hydrate', 'doNotDisturb')).toBe('Holding your drink reminder: do not disturb is on (off)');
    expect(held('bedtime', 'screenSharing')).toBe('Holding your bedtime stretch: your screen is being shared (off)');
    expect(held('warmup', 'app')).toBe('Holding your workout reminder: a chosen app is running (off)');
    try {
      setLocale('de');
      expect(held('stretch', 'inCall')).toBe('Deine Dehnpause wartet: du bist in einem Anruf (off)');
      setLocale('es');
      expect(held('stretch', 'inCall')).toBe('Tu pausa de estiramiento espera: estás en una llamada (off)');
      setLocale('fr');
      expect(held('stretch', 'inCall')).toBe('Votre pause étirements attend\u00a0: vous êtes en appel (off)');
    } finally {
      setLocale('en');
    }
    // Nothing held: the countdown as usual.
    expect(statusOf(snapshot({ busy: true, holding: null }))[0]).toBe('Next movement break in 12\u00a0min (off)');
  });

  it('no water yet: 0.0 L and nothing to undo', () => {
    const s = snapshot({ water: { day: '2025-03-10', todayMl: 0, goalMl: 2000, canUndo: false, exerciseMl: 0 } });
    const menu = read(buildTrayMenu(s, NOW, linux));
    expect(menu).toContain('Water today: 0.0 / 2.0\u00a0L (off)');
    expect(menu).toContain('Log a drink ▸ Undo last drink (off)');
    expect(trayView(s, NOW, linux).tooltip).toBe('Limber — water 0.0 / 2.0\u00a0L');
  });

  it('formats litres with one or two decimals', () => {
    expect([0, 250, 500, 1250, 1333, 2000, 2500, 10_000].map(formatLitres)).toEqual(['0.0', '0.25', '0.5', '1.25', '1.33', '2.0', '2.5', '10.0']);
  });

  it('leaves out "Start at login" where Electron has no login items (Linux), unless the app provides one', () => {
    expect(read(buildTrayMenu(snapshot(), NOW, linux)).some((l) => l.startsWith('Start at login'))).toBe(false);
    expect(read(buildTrayMenu(snapshot(), NOW, { ...linux, loginItemSupported: true }))).toContain('Start at login [ ]');
    expect(read(buildTrayMenu(snapshot(), NOW, { ...mac, openAtLogin: true }))).toContain('Start at login [x]');
  });

  it('engine actions are engine inputs as they stand', () => {
    const actions: TrayAction[] = [{ type: 'drink', ml: 250 }, { type: 'pause', pause: { for: 'tomorrow' } }, { type: 'open', view: 'today' }, { type: 'quit' }];
    expect(actions.map(isEngineAction)).toEqual([true, true, false, false]);
  });
});

describe('nextRefreshAt: one timer per visible change, none per second', () => {
  /** Walks time from `now` through every refresh the tray asks for, checking each is needed and sufficient. */
  function walk(s: Snapshot, from: number, limit = 200): number[] {
    const times: number[] = [];
    let now = from;
    for (let at = nextRefreshAt(s, now); at !== null; at = nextRefreshAt(s, now)) {
      expect(at).toBeGreaterThan(now);
      const before = JSON.stringify(trayView(s, now, mac));
      expect(JSON.stringify(trayView(s, at - 1, mac)), 'nothing changes before the refresh').toBe(before);
      expect(JSON.stringify(trayView(s, at, mac)), 'something changes at the refresh').not.toBe(before);
      times.push(at);
      now = at;
      if (times.length > limit) throw new Error('too many refreshes');
    }
    return times;
  }

  it('a 12-minute countdown changes 12 times, on minute boundaries of the due time, then stops', () => {
    const due = NOW + 12 * MIN - 20_000;
    const times = walk(snapshot({ next: { move: due, stretch: null, hydrate: null } }), NOW);
    expect(times).toHaveLength(12);
    expect(times[0]).toBe(due - 11 * MIN);
    expect(times.at(-1)).toBe(due);
  });

  it('a break hours away: one refresh when the countdown starts (and one at midnight for a weekday)', () => {
    const later = snapshot({ next: { move: wall('2025-03-10T16:00:00'), stretch: null, hydrate: null } });
    expect(nextRefreshAt(later, NOW)).toBe(wall('2025-03-10T15:00:00'));
    const tomorrow = snapshot({ next: { move: wall('2025-03-11T09:15:00'), stretch: null, hydrate: null } });
    expect(nextRefreshAt(tomorrow, NOW)).toBe(wall('2025-03-11T00:00:00'));
    expect(walk(tomorrow, NOW)).toHaveLength(1 + 1 + 60);
  });

  it('paused, away or due: nothing to refresh until the next snapshot', () => {
    const none = { move: null, stretch: null, hydrate: null };
    expect(nextRefreshAt(snapshot({ paused: { until: null }, next: none }), NOW)).toBeNull();
    expect(nextRefreshAt(snapshot({ paused: { until: wall('2025-03-10T14:30:00') }, next: none }), NOW)).toBeNull();
    expect(nextRefreshAt(snapshot({ paused: { until: wall('2025-03-11T04:00:00') }, next: none }), NOW)).toBe(wall('2025-03-11T00:00:00'));
    expect(nextRefreshAt(snapshot({ presence: 'idle', next: none }), NOW)).toBeNull();
    expect(nextRefreshAt(snapshot({ alerting: ['move'], next: none }), NOW)).toBeNull();
    expect(nextRefreshAt(snapshot({ next: { move: NOW - 1000, stretch: null, hydrate: null } }), NOW)).toBeNull();
  });
});

describe('tray adapter (fake electron)', () => {
  let fake = createFakeElectron();
  let clock = NOW;
  let actions: TrayAction[] = [];
  let controller: TrayController | null = null;

  function start(platform: NodeJS.Platform, extra: Partial<TrayDeps<FakeNativeImage, FakeMenu>> = {}): { tray: FakeTray; ctl: TrayController } {
    fake = createFakeElectron();
    clock = NOW;
    actions = [];
    const ctl = createTray(
      { Tray: fake.Tray, Menu: fake.Menu, nativeImage: fake.nativeImage, platform, iconDir: '/icons', now: () => clock, ...extra },
      { onAction: (action) => actions.push(action) },
    );
    controller = ctl;
    const tray = fake.Tray.instances.at(-1);
    if (!tray) throw new Error('no tray was created');
    return { tray, ctl };
  }
  const menuOf = (tray: FakeTray): FakeMenu => {
    if (!tray.menu) throw new Error('no context menu');
    return tray.menu;
  };

  afterEach(() => {
    controller?.destroy();
    controller = null;
    vi.restoreAllMocks();
  });

  it('has a menu from the start (a Linux indicator shows only with one), then the full menu', () => {
    const { tray, ctl } = start('linux');
    expect(menuOf(tray).labels()).toEqual(['Open Limber…', 'Quit']);
    ctl.update(snapshot(), { openAtLogin: false });
    expect(menuOf(tray).labels()[0]).toBe('Next movement break in 12\u00a0min');
  });

  it('each item calls the handler with its action', () => {
    const { tray, ctl } = start('darwin');
    ctl.update(snapshot(), { openAtLogin: false });
    const expected: [string, TrayAction][] = [
      ['Take a break now', { type: 'breakNow' }],
      ['Glass (250\u00a0ml)', { type: 'drink', ml: 250 }],
      ['Bottle (500\u00a0ml)', { type: 'drink', ml: 500 }],
      ['Custom…', { type: 'open', view: 'today' }],
      ['Undo last drink', { type: 'undoDrink' }],
      ['Calf', { type: 'open', view: 'relief', muscle: 'calf' }],
      ['Foot', { type: 'open', view: 'relief', muscle: 'foot' }],
      ['Hamstring', { type: 'open', view: 'relief', muscle: 'hamstring' }],
      ['Quadriceps', { type: 'open', view: 'relief', muscle: 'quadriceps' }],
      ['Hand / forearm', { type: 'open', view: 'relief', muscle: 'hand' }],
      ['Stretching routines…', { type: 'open', view: 'routines' }],
      ['Open Limber…', { type: 'open', view: 'today' }],
      ['30\u00a0minutes', { type: 'pause', pause: { for: 'minutes', minutes: 30 } }],
      ['1\u00a0hour', { type: 'pause', pause: { for: 'minutes', minutes: 60 } }],
      ['2\u00a0hours', { type: 'pause', pause: { for: 'minutes', minutes: 120 } }],
      ['Until tomorrow', { type: 'pause', pause: { for: 'tomorrow' } }],
      ['Preferences…', { type: 'open', view: 'preferences' }],
      ['Start at login', { type: 'openAtLogin', openAtLogin: true }],
      ['Quit', { type: 'quit' }],
    ];
    for (const [label] of expected) menuOf(tray).click(label);
    expect(actions).toEqual(expected.map(([, action]) => action));
    // Status lines do nothing and cannot be clicked.
    expect(() => menuOf(tray).click('Next movement break in 12\u00a0min')).toThrow(/disabled/);
    expect(() => menuOf(tray).click('Resume')).toThrow(/disabled/);

    ctl.update(snapshot({ paused: { until: null }, next: { move: null, stretch: null, hydrate: null } }), { openAtLogin: true });
    menuOf(tray).click('Resume');
    menuOf(tray).click('Start at login');
    expect(actions.slice(-2)).toEqual([{ type: 'resume' }, { type: 'openAtLogin', openAtLogin: false }]);
    expect(() => menuOf(tray).click('30\u00a0minutes')).toThrow(/disabled/);
  });

  it('undo is disabled without drinks', () => {
    const { tray, ctl } = start('linux');
    ctl.update(snapshot({ water: { day: '2025-03-10', todayMl: 0, goalMl: 2000, canUndo: false, exerciseMl: 0 } }), { openAtLogin: false });
    expect(menuOf(tray).find('Undo last drink')?.enabled).toBe(false);
    expect(() => menuOf(tray).click('Undo last drink')).toThrow(/disabled/);
    expect(actions).toEqual([]);
  });

  it('sets the context menu again after a change, and not when nothing visible changed', () => {
    const { tray, ctl } = start('linux');
    ctl.update(snapshot(), { openAtLogin: false });
    const sets = tray.menuSets;
    const first = tray.menu;

    ctl.update(snapshot(), { openAtLogin: false });
    clock = NOW + 30_000; // still "in 12\u00a0min"
    ctl.update(snapshot(), { openAtLogin: false });
    // A snapshot that differs only in what the tray does not show.
    ctl.update(snapshot({ busy: true, next: { move: NOW + 12 * MIN, stretch: NOW + 47 * MIN, hydrate: NOW + 25 * MIN } }), { openAtLogin: false });
    expect(tray.menuSets).toBe(sets);
    expect(tray.menu).toBe(first);

    ctl.update(snapshot({ water: { day: '2025-03-10', todayMl: 1500, goalMl: 2000, canUndo: true, exerciseMl: 0 } }), { openAtLogin: false });
    expect(tray.menuSets).toBe(sets + 1);
    expect(menuOf(tray).labels()).toContain('Water today: 1.5 / 2.0\u00a0L');

    clock = NOW + MIN; // "in 11\u00a0min" now
    ctl.update(snapshot({ water: { day: '2025-03-10', todayMl: 1500, goalMl: 2000, canUndo: true, exerciseMl: 0 } }), { openAtLogin: false });
    expect(tray.menuSets).toBe(sets + 2);
    expect(menuOf(tray).labels()[0]).toBe('Next movement break in 11\u00a0min');
  });

  it('update returns when to call it again', () => {
    const { ctl } = start('linux');
    expect(ctl.update(snapshot(), { openAtLogin: false })).toBe(NOW + MIN);
    expect(ctl.update(snapshot({ paused: { until: null }, next: { move: null, stretch: null, hydrate: null } }), { openAtLogin: false })).toBeNull();
  });

  it('switches the icon for paused and due, and back', () => {
    const { tray, ctl } = start('win32');
    const source = () => (typeof tray.image === 'string' ? tray.image : tray.image.source);
    expect(source()).toBe('/icons/tray-normal.png');
    const setImage = vi.spyOn(tray, 'setImage');

    ctl.update(snapshot(), { openAtLogin: false });
    expect(setImage).not.toHaveBeenCalled();
    ctl.update(snapshot({ paused: { until: null }, next: { move: null, stretch: null, hydrate: null } }), { openAtLogin: false });
    expect(source()).toBe('/icons/tray-paused.png');
    ctl.update(snapshot({ alerting: ['move'] }), { openAtLogin: false });
    expect(source()).toBe('/icons/tray-due.png');
    ctl.update(snapshot({ alerting: ['hydrate'] }), { openAtLogin: false });
    expect(source()).toBe('/icons/tray-due.png');
    ctl.update(snapshot(), { openAtLogin: false });
    expect(source()).toBe('/icons/tray-normal.png');
    expect(setImage).toHaveBeenCalledTimes(3);
  });

  it('macOS: template images and a countdown title beside the icon', () => {
    const { tray, ctl } = start('darwin');
    const image = () => tray.image as FakeNativeImage;
    expect(image().source).toBe('/icons/tray-normalTemplate.png');
    expect(image().isTemplateImage()).toBe(true);
    ctl.update(snapshot(), { openAtLogin: false });
    expect(tray.title).toBe('12m');
    ctl.update(snapshot({ alerting: ['move'], next: { move: null, stretch: null, hydrate: null } }), { openAtLogin: false });
    expect(image().source).toBe('/icons/tray-dueTemplate.png');
    expect(image().isTemplateImage()).toBe(true);
    expect(tray.title).toBe('');
    ctl.update(snapshot({ paused: { until: null }, next: { move: null, stretch: null, hydrate: null } }), { openAtLogin: false });
    expect(image().source).toBe('/icons/tray-pausedTemplate.png');
  });

  it('Linux: no setTitle, no popUpContextMenu, plain images; every action is in the menu', () => {
    const popUp = vi.spyOn(FakeTray.prototype, 'popUpContextMenu');
    const { tray, ctl } = start('linux');
    const setTitle = vi.spyOn(tray, 'setTitle');
    ctl.update(snapshot(), { openAtLogin: false });
    ctl.update(snapshot({ next: { move: NOW + 3 * MIN, stretch: null, hydrate: null } }), { openAtLogin: false });
    tray.emit('click');
    expect(setTitle).not.toHaveBeenCalled();
    expect(popUp).not.toHaveBeenCalled();
    expect((tray.image as FakeNativeImage).source).toBe('/icons/tray-normal.png');
    expect((tray.image as FakeNativeImage).isTemplateImage()).toBe(false);
  });

  it('Windows: a left click pops the menu up; no title', () => {
    const popUp = vi.spyOn(FakeTray.prototype, 'popUpContextMenu');
    const { tray, ctl } = start('win32');
    const setTitle = vi.spyOn(tray, 'setTitle');
    ctl.update(snapshot(), { openAtLogin: false });
    tray.emit('click');
    expect(popUp).toHaveBeenCalledTimes(1);
    expect(setTitle).not.toHaveBeenCalled();
  });

  it('the tooltip shows today’s water', () => {
    const { tray, ctl } = start('win32');
    ctl.update(snapshot(), { openAtLogin: false });
    expect(tray.tooltip).toBe('Limber — water 1.25 / 2.0\u00a0L');
    const setToolTip = vi.spyOn(tray, 'setToolTip');
    clock = NOW + 5 * MIN;
    ctl.update(snapshot(), { openAtLogin: false });
    expect(setToolTip).not.toHaveBeenCalled();
  });

  it('keeps one live tray: a second createTray replaces the first', () => {
    const { tray: first } = start('linux');
    const { tray: second } = start('linux');
    expect(first.isDestroyed()).toBe(true);
    expect(second.isDestroyed()).toBe(false);
  });

  it('icon file names: macOS templates end in "Template" (Electron’s *Template.* rule)', () => {
    expect(trayIconFile('due', 'darwin')).toMatch(/Template\.png$/);
    expect(trayIconFile('due', 'linux')).toBe('tray-due.png');
  });
});

// Compile-time only: the real Electron module satisfies the adapter's dependencies.
export const realElectronFits = (electron: typeof Electron, iconDir: string): TrayDeps<Electron.NativeImage, Electron.Menu> => ({
  Tray: electron.Tray,
  Menu: electron.Menu,
  nativeImage: electron.nativeImage,
  platform: process.platform,
  iconDir,
});
