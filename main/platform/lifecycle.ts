import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** The part of Electron's app Limber's lifecycle uses. */
export interface AppLike {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  quit(): void;
  setAppUserModelId(id: string): void;
  setLoginItemSettings(settings: { openAtLogin: boolean; openAsHidden?: boolean }): void;
  getLoginItemSettings(): { openAtLogin: boolean };
  dock?: { hide(): void } | undefined;
}

export const APP_ID = 'app.limber.Limber';

/**
 * Single instance, tray-app conventions. Returns false when another Limber is already running
 * (this one quits; the other is told and shows its window).
 */
export function setUpLifecycle(app: AppLike, platform: NodeJS.Platform, onSecondInstance: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  // The second launch's command line: a Windows toast button arrives this way (notify.ts).
  app.on('second-instance', (_event, argv) => onSecondInstance(Array.isArray(argv) ? argv : []));
  // A tray app keeps running with every window closed; listening is what stops the default quit.
  app.on('window-all-closed', () => undefined);
  if (platform === 'darwin') app.dock?.hide(); // a menu-bar app: no dock icon
  if (platform === 'win32') app.setAppUserModelId(APP_ID); // notifications need it on Windows
  return true;
}

export interface LoginItem {
  get(): boolean;
  set(openAtLogin: boolean): void;
}

/**
 * Start at login: macOS and Windows through Electron; Linux through an XDG autostart entry
 * (~/.config/autostart/limber.desktop), which every freedesktop session honours.
 */
export function loginItem(app: AppLike, platform: NodeJS.Platform, linux: { configHome: string; exec: string }): LoginItem {
  if (platform !== 'linux') {
    return {
      get: () => app.getLoginItemSettings().openAtLogin,
      set: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
    };
  }
  const dir = join(linux.configHome, 'autostart');
  const file = join(dir, 'limber.desktop');
  return {
    get: () => existsSync(file),
    set(openAtLogin) {
      if (!openAtLogin) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, autostartEntry(linux.exec));
    },
  };
}

/** An XDG desktop entry; Exec quotes the path as the spec requires. */
export function autostartEntry(exec: string): string {
  const quoted = `"${exec.replace(/(["`$\\])/g, '\\$1')}"`;
  return ['[Desktop Entry]', 'Type=Application', 'Name=Limber', 'Comment=Movement, stretch and hydration reminders', `Exec=${quoted}`, 'Icon=limber', 'Terminal=false', 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}
