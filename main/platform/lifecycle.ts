import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /**
   * On each start: an autostart entry that starts Limber from somewhere else (the AppImage was
   * moved or updated under a new name) is rewritten to start this one. Returns whether it was.
   */
  refresh?(): boolean;
}

/**
 * Start at login: macOS and Windows through Electron; Linux through an XDG autostart entry
 * (~/.config/autostart/limber.desktop), which every freedesktop session honours. On Linux the
 * checkbox shows what the entry really does: on only when the file exists, is not `Hidden=true`
 * (nor disabled for GNOME), and its Exec starts something.
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
  const entry = (): Record<string, string> | null => {
    try {
      return desktopEntryKeys(readFileSync(file, 'utf8'));
    } catch {
      return null; // no entry (or one that cannot be read): not starting at login
    }
  };
  const enabled = (keys: Record<string, string> | null): keys is Record<string, string> =>
    keys !== null && keys.Hidden !== 'true' && keys['X-GNOME-Autostart-enabled'] !== 'false' && (keys.Exec ?? '').trim() !== '';
  const write = () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, autostartEntry(linux.exec));
  };
  return {
    get: () => enabled(entry()),
    set(openAtLogin) {
      if (!openAtLogin) {
        rmSync(file, { force: true });
        return;
      }
      write();
    },
    refresh() {
      const keys = entry();
      if (!enabled(keys) || keys.Exec === execValue(linux.exec)) return false;
      write();
      return true;
    },
  };
}

/** Characters that need the argument quoted (Desktop Entry spec, "The Exec key"). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * The Exec value that starts `exec`, escaped as the Desktop Entry spec says: quoted when it holds
 * a reserved character, with `"`, `` ` ``, `$` and `\` backslash-escaped inside the quotes; `%`
 * doubled so it is not read as a field code; then the string-value escapes (`\` → `\\`). Control
 * characters cannot be written in a desktop entry at all, so a path holding one is refused.
 */
export function execValue(exec: string): string {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u001f\u007f]/.exec(exec);
  if (control) throw new Error(`cannot start at login from a path holding a control character (U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}): ${JSON.stringify(exec)}`);
  if (exec === '') throw new Error('cannot start at login: no executable path');
  const argument = RESERVED.test(exec) ? `"${exec.replace(/(["`$\\])/g, '\\$1')}"` : exec;
  return argument.replace(/%/g, '%%').replace(/\\/g, '\\\\');
}

/** An XDG desktop entry that starts `exec` at login. */
export function autostartEntry(exec: string): string {
  return ['[Desktop Entry]', 'Type=Application', 'Name=Limber', 'Comment=Movement, stretch and hydration reminders', `Exec=${execValue(exec)}`, 'Icon=limber', 'Terminal=false', 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

/** The keys of a desktop file's [Desktop Entry] group (raw values; later duplicates win, as readers do). */
export function desktopEntryKeys(text: string): Record<string, string> {
  const keys: Record<string, string> = {};
  let inGroup = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inGroup = line === '[Desktop Entry]';
      continue;
    }
    if (!inGroup || line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0) keys[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return keys;
}
