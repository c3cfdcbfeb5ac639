import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { AppController } from './controller.js';
import type { PresenceSensor } from './core/clock.js';
import { likelyContext } from './core/diary.js';
import { Engine } from './core/engine.js';
import { occurrencesBetween } from './core/workouts.js';
import type { EngineInput } from './core/types.js';
import { clockTime, currentLocale, setLocale, t } from './i18n/messages.js';
import { stateChannel } from './ipc/contract.js';
import { registerIpc, type IpcMainLike } from './ipc/handlers.js';
import { connectAlerts, type NotificationClass } from './platform/alerts.js';
import { freedesktopNotifications, type FreedesktopBackend } from './platform/freedesktop.js';
import { ACTIVATION_PROTOCOL, electronNotifications, showTestNotification, toastNotifications, type NotificationBackend, type ToastBackend } from './platform/notify.js';
import { nodeHost, systemClock, type ClockHost } from './platform/clock.js';
import { openHistory } from './platform/history.js';
import { workerImporter, type ImporterOptions } from './platform/importer.js';
import { loginItem, setUpLifecycle, type AppLike } from './platform/lifecycle.js';
import { openLog } from './platform/log.js';
import { connectPower, idleSensor, type PowerMonitorLike } from './platform/power.js';
import { firstTimeWithoutTray } from './platform/trayless.js';
import { platformSensing } from './sensing/index.js';
import { Sensing, type SensingParts } from './sensing/sensor.js';
import { applySecurityPolicy, type SecurityDeps } from './platform/security.js';
import { openStore, UnreadableStoreError, type Store } from './platform/store.js';
import { connectUpdates, updateSupport, type UpdaterLike } from './platform/updates.js';
import { connectShortcuts, type GlobalShortcutLike } from './platform/shortcuts.js';
import { createSoundPlayer, type SpawnLike } from './platform/sounds.js';
import { chimeFor, mayChime, type Chime } from './core/sounds.js';
import { createTray, type TrayDeps, type TrayImage } from './platform/tray.js';
import { isEngineAction, type TrayAction } from './platform/trayMenu.js';
import { appPaths, createWindows, type WindowDeps, type Windows } from './platform/windows.js';

/** The parts of the `electron` module Limber uses; the real module and the test fake both fit. */
export interface LimberElectron<Image extends TrayImage = TrayImage, MenuT = unknown> {
  app: AppLike &
    SecurityDeps['app'] & {
      whenReady(): Promise<void>;
      getLocale(): string;
      getAppPath(): string;
      getPath(name: 'userData' | 'home'): string;
      on(event: 'before-quit', listener: () => void): unknown;
      setAsDefaultProtocolClient(protocol: string): boolean;
    };
  session: SecurityDeps['session'];
  shell: SecurityDeps['shell'] & { openPath(path: string): Promise<string> };
  BrowserWindow: WindowDeps['BrowserWindow'];
  screen: WindowDeps['screen'];
  Tray: TrayDeps<Image, MenuT>['Tray'];
  Menu: TrayDeps<Image, MenuT>['Menu'];
  nativeImage: TrayDeps<Image, MenuT>['nativeImage'];
  Notification: NotificationClass;
  powerMonitor: PowerMonitorLike;
  ipcMain: IpcMainLike;
  globalShortcut: GlobalShortcutLike;
  dialog: { showErrorBox(title: string, content: string): void };
}

const DAY_MS = 24 * 60 * 60_000;

export interface StartOptions {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The executable a login item starts (the AppImage on Linux when there is one). */
  execPath: string;
  /** process.resourcesPath in a packaged app: where extraResources (the chimes) land. */
  resourcesPath?: string;
  clockHost?: ClockHost;
  /** Where problems are reported besides the log file (tests collect them). */
  log?: (message: string) => void;
  /** The desktop sensor's sources (tests give their own; by default, the platform's). */
  sensing?: SensingParts;
  /** Loads electron-updater's autoUpdater; without it the app never looks for updates. */
  loadUpdater?: () => Promise<UpdaterLike>;
  /** Starts the system's sound player (tests pass a fake). */
  spawn?: SpawnLike;
  /** The import worker's script (the built dist/main/importWorker.js by default). */
  importWorker?: Pick<ImporterOptions, 'script' | 'execArgv'>;
}

/**
 * The composition root: builds the store, engine, adapters and windows, and wires them. It reads
 * like a table of contents; every decision lives in the module it names.
 */
export async function startLimber<Image extends TrayImage, MenuT>(electron: LimberElectron<Image, MenuT>, options: StartOptions) {
  const { app } = electron;
  const { platform, env } = options;
  let logFile: ReturnType<typeof openLog> | null = null;
  const log = (message: string) => {
    logFile?.error(message);
    options.log?.(message);
  };
  let windows: Windows | null = null;

  let toasts: ToastBackend | null = null;
  // A second launch shows the window, unless it carries the answer to a toast's button.
  if (!setUpLifecycle(app, platform, (argv) => toasts?.activate(argv) || windows?.openMainWindow())) return null;
  await app.whenReady();

  const userData = app.getPath('userData');
  logFile = openLog(userData, { console: options.log === undefined });
  logFile.info(`Limber starting (${platform})`);
  const report = (message: string, error: unknown) => log(`${message}${error ? `: ${(error as Error).message ?? String(error)}` : ''}`);

  // Security first: no window may exist before the policy does.
  const paths = appPaths(app.getAppPath());
  const devServerUrl = app.isPackaged ? null : (env.LIMBER_RENDERER_URL ?? null);
  const policy = applySecurityPolicy({ app, session: electron.session, shell: electron.shell, rendererDir: paths.rendererDir, devServerUrl, reportError: report });
  const openWindows = createWindows({ BrowserWindow: electron.BrowserWindow, screen: electron.screen, paths, packaged: app.isPackaged, devServerUrl, reportError: report });
  windows = openWindows;

  // Persistence. A settings file that cannot be read at all stops the start, with its path on screen:
  // starting on defaults would write over a file that may be fine once its permissions are.
  let store: Store;
  try {
    store = openStore({ dir: userData });
  } catch (error) {
    if (!(error instanceof UnreadableStoreError)) throw error;
    setLocale(app.getLocale());
    log(error.message);
    electron.dialog.showErrorBox(t('dialog.unreadable.title'), t('dialog.unreadable.body', { path: error.path, reason: (error.reason as Error).message ?? String(error.reason) }));
    app.quit();
    return null;
  }
  // The language: the one chosen in Preferences, or the system's.
  const speak = () => {
    const chosen = engineSettingsLanguage();
    return setLocale(chosen === 'system' ? app.getLocale() : chosen, app.getLocale());
  };
  let engineSettingsLanguage = () => store.settings.profile.language;
  speak();
  const history = openHistory(userData);
  for (const problem of store.problems) logFile.warn(`store: ${problem}`);

  // The engine, on the system clock and the OS's idle sensor.
  const host = options.clockHost ?? nodeHost;
  const clock = systemClock(host);
  let controller: AppController | null = null;
  // What the desktop says about the person (full screen, do-not-disturb, calls…), asked only when
  // the engine asks; pushed changes arrive as busy inputs.
  const sensing = new Sensing({
    ...(options.sensing ?? (await platformSensing({ platform, env, now: () => clock.now(), execPath: options.execPath, pid: process.pid, log }))),
    settings: () => engine.getSettings().busy,
    onBusy: (input) => dispatch(input),
    // Idle over D-Bus disagreed with its last answer: let the engine look again.
    onIdleCorrection: () => dispatch({ type: 'clockCheck' }),
    log,
  });
  const sensor: PresenceSensor = idleSensor(
    electron.powerMonitor,
    platform,
    () => clock.now(),
    (health) => {
      if (health === 'unreliable') controller?.addNotice({ id: 'idleUnreliable' });
      else controller?.removeNotice('idleUnreliable');
    },
    sensing,
  );
  const engine = new Engine({ clock, sensor, settings: store.settings, restore: store.engineState, workouts: store.workouts });
  engineSettingsLanguage = () => engine.getSettings().profile.language;
  const tryTo = (act: () => void) => {
    try {
      act();
    } catch (error) {
      log(`refused: ${(error as Error).message}`);
    }
  };
  const dispatch = (input: EngineInput) => tryTo(() => engine.dispatch(input));
  /** Minutes since the latest planned workout ended (negative: it ends later), for a cramp's context. */
  const minutesSinceWorkoutEnd = (wall: number): number | null => {
    const ends = occurrencesBetween(store.workouts, wall - DAY_MS, wall + DAY_MS, engine.snapshot().timeZone).map((o) => (wall - o.end) / 60_000);
    return ends.length ? ends.reduce((best, m) => (Math.abs(m) < Math.abs(best) ? m : best)) : null;
  };

  // The tray: every action lives in its menu.
  const login = loginItem(app, platform, { configHome: env.XDG_CONFIG_HOME ?? join(app.getPath('home'), '.config'), exec: env.APPIMAGE ?? options.execPath });
  try {
    if (login.refresh?.()) logFile.info('start at login: the autostart entry pointed elsewhere; rewritten for this copy');
  } catch (error) {
    log(`start at login: could not rewrite the autostart entry: ${(error as Error).message}`);
  }
  let trayRefresh: unknown = null;
  let tray: ReturnType<typeof createTray> | null = null;
  try {
    tray = createTray(
      { Tray: electron.Tray, Menu: electron.Menu, nativeImage: electron.nativeImage, platform, iconDir: join(app.getAppPath(), 'resources', 'icons', 'tray'), loginItemSupported: true, now: () => host.wallNow() },
      { onAction: (action) => onTrayAction(action) },
    );
  } catch (error) {
    log(`the tray could not be shown: ${(error as Error).message}`);
  }
  const refreshTray = () => {
    if (trayRefresh !== null) host.clearTimeout(trayRefresh);
    trayRefresh = null;
    if (!tray) return;
    const next = tray.update(engine.snapshot(), { openAtLogin: login.get(), updateReady: updates.status().state === 'downloaded', notices: appController.currentNotices() });
    // One timer for the moment the visible countdown changes, never a per-second tick.
    if (next !== null) trayRefresh = host.setTimeout(refreshTray, Math.max(1000, next - host.wallNow()));
  };

  // Updates: a look at start, then a day after each look; "Update ready" in the tray.
  const updates = connectUpdates({
    support: options.loadUpdater ? updateSupport({ packaged: app.isPackaged, platform, env }) : 'development',
    load: options.loadUpdater ?? (() => Promise.reject(new Error('no updater in this build'))),
    host,
    enabled: () => engine.getSettings().updates.enabled,
    onStatus: () => controller?.updateChanged(),
    log,
  });

  let previewSound: (chime: Chime) => void = () => undefined;
  const appController = new AppController({
    previewSound: (chime) => previewSound(chime),
    // Bound late: the notification backend is chosen after the controller exists.
    testNotification: () =>
      showTestNotification(notifications, { title: t('notification.test.title'), body: t('notification.test.body'), silent: !engine.getSettings().alerts.sound }),
    senseNow: () => sensing.report(engine.getSettings().busy.appNames),
    engine,
    saveSettings: (settings) => {
      store.saveSettings(settings);
      // A busy reason switched off in Preferences releases a hold it started.
      sensing.settingsChanged();
    },
    openWindow: (route) => openWindows.openMainWindow(route.view),
    loginItem: login,
    workouts: { initial: store.workouts, save: (workouts) => store.saveWorkouts(workouts) },
    history,
    now: () => host.wallNow(),
    newId: () => randomUUID(),
    language: () => currentLocale(),
    update: () => updates.status(),
    log,
    dismissNotice: (id) => store.dismissNotice(id),
    openLogFolder: () => openLogFolder(),
    planImport: workerImporter(userData, options.importWorker ?? { script: new URL('./importWorker.js', import.meta.url) }),
    onChange: (state) => {
      if (speak() !== state.language) return appController.snapshotChanged(engine.snapshot()); // re-render in the new language
      openWindows.broadcast(stateChannel, state);
      updates.settingsChanged();
      refreshTray();
    },
  });
  controller = appController;
  for (const notice of store.notices) appController.addNotice(notice);

  function onTrayAction(action: TrayAction): void {
    if (isEngineAction(action)) return dispatch(action);
    switch (action.type) {
      case 'open':
        return appController.handle('window:open', action.muscle ? { view: action.view, muscle: action.muscle } : { view: action.view });
      case 'openAtLogin':
        return appController.handle('login:set', { openAtLogin: action.openAtLogin });
      case 'logCramp': {
        const wall = host.wallNow();
        const hour = DateTime.fromMillis(wall, { zone: engine.snapshot().timeZone }).hour;
        return tryTo(() => appController.logCramp({ muscle: action.muscle, context: likelyContext(hour, minutesSinceWorkoutEnd(wall)), severity: 3 }));
      }
      case 'help':
        // The guide is a view of the window (built from docs/guide.md): a .md handed to the OS has
        // no program to open it on Windows and many Linux desktops.
        return appController.handle('window:open', { view: 'guide' });
      case 'installUpdate':
        // Refused during a break (the item is hidden then, but a menu can be open across the change).
        if (!updates.install(engine.snapshot())) refreshTray();
        return;
      case 'openLogFolder':
        return openLogFolder();
      case 'dismissNotice':
        return tryTo(() => appController.dismissNotice(action.id));
      case 'quit':
        return app.quit();
    }
  }

  // Alerts: notifications (with answer buttons where the desktop allows) and the break window.
  const plainNotifications = electronNotifications(electron.Notification, platform);
  let notifications: NotificationBackend = plainNotifications;
  let notificationServer: FreedesktopBackend | null = null;
  if (platform === 'win32') {
    app.setAsDefaultProtocolClient(ACTIVATION_PROTOCOL);
    notifications = toasts = toastNotifications(electron.Notification, () => randomUUID());
  } else if (platform === 'linux' && env.DBUS_SESSION_BUS_ADDRESS) {
    notificationServer = await freedesktopNotifications({ appName: 'Limber', busAddress: env.DBUS_SESSION_BUS_ADDRESS, fallback: plainNotifications, log });
    notifications = notificationServer ?? plainNotifications;
  }

  function openLogFolder(): void {
    const folder = logFile?.folder ?? userData;
    void electron.shell.openPath(folder).then((problem) => {
      if (problem) log(`could not open the log folder: ${problem}`);
    });
  }
  const onOutput = connectAlerts({
    notifications,
    settings: () => engine.getSettings(),
    snapshot: () => engine.snapshot(),
    reply: (reminder, action, ml) => {
      if (action !== 'drink') return dispatch({ type: 'reply', reminder, action });
      dispatch(ml ? { type: 'drink', ml } : { type: 'drink' });
      if (reminder !== 'hydrate') dispatch({ type: 'reply', reminder, action: 'done' });
    },
    formatTime: (wall) => clockTime(wall, engine.snapshot().timeZone),
    openView: (view) => appController.handle('window:open', { view }),
    openBreakWindow: (shape, { focus }) => void openWindows.openBreakWindow(shape, { focus, everyDisplay: engine.getSettings().breaks.everyDisplay }),
    closeBreakWindow: () => openWindows.closeBreakWindow(),
    setBreakAlert: (alert) => appController.setBreakAlert(alert),
    onUnsupported: () => appController.addNotice({ id: 'notificationsUnsupported' }),
  });

  const saveState = () => {
    try {
      appController.save(() => store.saveEngineState(engine.exportState()));
    } catch (error) {
      log(`could not save the engine state: ${(error as Error).message}`);
    }
  };
  // Chimes: played by the system's player, only when chosen and never in do-not-disturb or a call.
  const sounds = createSoundPlayer({
    spawn: options.spawn ?? ((command, args, spawnOptions) => spawn(command, args, spawnOptions)),
    platform,
    dir: app.isPackaged ? join(options.resourcesPath ?? '', 'sounds') : join(app.getAppPath(), 'resources', 'sounds'),
    onUnavailable: () => appController.addNotice({ id: 'soundsUnavailable' }),
  });
  previewSound = (chime) => sounds.play(chime, engine.getSettings().sounds.volume);

  // Global shortcuts, registered now and again whenever the settings change.
  const applyShortcuts = connectShortcuts({
    globalShortcut: electron.globalShortcut,
    snapshot: () => engine.snapshot(),
    dispatch,
    refused: (fields) => (fields.length ? appController.addNotice({ id: 'shortcutRefused', detail: fields.join(',') }) : appController.removeNotice('shortcutRefused')),
  });

  engine.subscribe((output) => {
    onOutput(output);
    if (output.type === 'record' && output.record.event === 'settingsChanged') applyShortcuts(engine.getSettings().shortcuts);
    const chime = output.type === 'record' ? chimeFor(output.record) : null;
    if (chime && mayChime(engine.getSettings(), sensor.busy?.() ?? [])) sounds.play(chime, engine.getSettings().sounds.volume);
    if (output.type === 'snapshot') return appController.snapshotChanged(output.snapshot);
    appController.recordAdded(output.record); // appends to the history; a refused write becomes a notice
    saveState();
  });

  registerIpc(electron.ipcMain, appController, (event) => policy.isTrustedSender(event), log);
  connectPower(electron.powerMonitor, engine, clock);
  electron.powerMonitor.on('resume', () => updates.resumed());
  engine.start();
  applyShortcuts(engine.getSettings().shortcuts);
  refreshTray();

  // Without a tray (GNOME without the AppIndicator extension, or a tray that failed) nothing
  // would show that Limber runs: the window opens at launch, and once, the guide says how to get one.
  const withoutTray = () => {
    openWindows.openMainWindow();
    if (firstTimeWithoutTray(userData)) appController.addNotice({ id: 'noTray' });
  };
  if (!tray) withoutTray();
  const sensingStarted = sensing.start().then(() => {
    const trayAvailable = tray ? sensing.trayAvailable() : false;
    appController.setSensing({ unsupported: sensing.unsupported(), trayAvailable });
    if (tray && platform === 'linux' && trayAvailable === false) withoutTray();
  });

  app.on('before-quit', () => {
    saveState();
    onOutput.closeAll();
    engine.stop();
    sensing.stop();
    updates.stop();
    electron.globalShortcut.unregisterAll();
    notificationServer?.disconnect();
    if (trayRefresh !== null) host.clearTimeout(trayRefresh);
    tray?.destroy();
  });
  return { engine, controller: appController, windows: openWindows, store, history, sensing, sensingStarted, updates };
}
