/**
 * Updates through electron-updater (GitHub releases, as electron-builder.yml's `publish` names
 * them): one look at start, then one timer armed for a day after the last look — no polling.
 * A found update downloads in the background and installs when Limber quits, or at once when the
 * person picks "Update ready: restart Limber" in the tray (offered only outside a break).
 * When to look and what each event means live in core/updates.ts; this file only translates.
 */
import { nextCheckAt, restartWouldInterrupt, updateStep, type UpdateEvent, type UpdateStatus, type UpdateUnsupported } from '../core/updates.js';
import type { Snapshot } from '../core/types.js';
import type { ClockHost } from './clock.js';

/** The part of electron-updater's AppUpdater Limber uses; the real `autoUpdater` and the test fake both fit. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: 'checking-for-update' | 'update-not-available', listener: () => void): unknown;
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

/**
 * Which installs can replace themselves: electron-updater covers the AppImage, NSIS and the macOS
 * zip (the dmg installs the first copy). A deb belongs to the system's package manager, and a
 * development run has nothing to update.
 */
export function updateSupport(options: { packaged: boolean; platform: NodeJS.Platform; env: Record<string, string | undefined> }): UpdateUnsupported | null {
  if (!options.packaged) return 'development';
  if (options.platform === 'linux' && !options.env.APPIMAGE) return 'packageManager';
  return null;
}

export interface UpdatesDeps {
  support: UpdateUnsupported | null;
  /** Loads the updater on first use, so a run that never looks never loads it. */
  load(): Promise<UpdaterLike>;
  host: Pick<ClockHost, 'wallNow' | 'setTimeout' | 'clearTimeout'>;
  /** settings.updates.enabled */
  enabled(): boolean;
  onStatus(status: UpdateStatus): void;
  log(message: string): void;
}

export interface Updates {
  status(): UpdateStatus;
  /** Call after settings change: turning updates on looks at once, turning them off stops looking. */
  settingsChanged(): void;
  /** Call on resume from sleep: a day may have passed while the timer was asleep. */
  resumed(): void;
  /** Restarts into the downloaded update; false (and nothing happens) during a break or with none ready. */
  install(snapshot: Pick<Snapshot, 'breakInProgress' | 'alerting'>): boolean;
  stop(): void;
}

export function connectUpdates(deps: UpdatesDeps): Updates {
  const initial = (): UpdateStatus => (deps.support ? { state: 'unsupported', reason: deps.support } : deps.enabled() ? { state: 'idle' } : { state: 'off' });
  let status = initial();
  let timer: unknown = null;
  let updater: UpdaterLike | null = null;
  let stopped = false;
  let wasEnabled = deps.enabled();

  const publish = (next: UpdateStatus) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    deps.onStatus(status);
  };
  const apply = (event: UpdateEvent) => {
    publish(updateStep(status, event, deps.host.wallNow()));
    arm();
  };

  function arm(): void {
    if (timer !== null) deps.host.clearTimeout(timer);
    timer = null;
    const now = deps.host.wallNow();
    const at = stopped ? null : nextCheckAt(status, now);
    if (at !== null) timer = deps.host.setTimeout(() => void check(), Math.max(0, at - now));
  }

  async function loaded(): Promise<UpdaterLike> {
    if (updater) return updater;
    const loadedUpdater = await deps.load();
    loadedUpdater.autoDownload = true;
    loadedUpdater.autoInstallOnAppQuit = deps.enabled();
    loadedUpdater.on('checking-for-update', () => apply({ type: 'checking' }));
    loadedUpdater.on('update-not-available', () => apply({ type: 'none' }));
    loadedUpdater.on('update-available', (info) => apply({ type: 'available', version: info.version }));
    loadedUpdater.on('download-progress', (progress) => apply({ type: 'progress', percent: progress.percent }));
    loadedUpdater.on('update-downloaded', (info) => apply({ type: 'downloaded', version: info.version }));
    loadedUpdater.on('error', (error) => {
      deps.log(`updates: ${error.message}`);
      apply({ type: 'failed', message: error.message });
    });
    updater = loadedUpdater;
    return loadedUpdater;
  }

  async function check(): Promise<void> {
    timer = null;
    if (stopped || !deps.enabled()) return;
    publish({ state: 'checking' });
    try {
      const result = await (await loaded()).checkForUpdates();
      // electron-updater answers null, with no event, when it is not active in this build.
      if (result === null && status.state === 'checking') apply({ type: 'failed', message: 'the updater is not active in this build' });
    } catch (error) {
      // The same failure usually arrives as an 'error' event too; the status is the same either way.
      apply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  arm();
  return {
    status: () => status,
    settingsChanged() {
      const on = deps.enabled();
      if (deps.support || on === wasEnabled) return;
      wasEnabled = on;
      if (updater) updater.autoInstallOnAppQuit = on;
      if (on && status.state === 'off') publish({ state: 'idle' });
      if (!on && status.state !== 'off') publish({ state: 'off' });
      arm();
    },
    resumed: arm,
    install(snapshot) {
      if (status.state !== 'downloaded' || !updater || restartWouldInterrupt(snapshot)) return false;
      // Silent on Windows (the per-user NSIS needs no questions), and start Limber again afterwards.
      updater.quitAndInstall(true, true);
      return true;
    },
    stop() {
      stopped = true;
      arm();
    },
  };
}
