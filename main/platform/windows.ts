/**
 * The two windows Limber ever shows: the main window (Today, Routines, Relief, Learn, Preferences)
 * and the small break prompt. Both are created when opened and released when closed: a tray app
 * that keeps hidden renderers alive all day pays for them in memory and wake-ups.
 *
 * The Electron pieces come in as parameters, so tests drive this module with the typed fake.
 */
import path from 'node:path';
import type { BrowserWindowConstructorOptions, Point, Rectangle } from 'electron';
import type { View } from '../ipc/contract.js';
import type { BreakWindowShape } from './breakWindow.js';

/** What this module needs of a `BrowserWindow` (the real class and the test fake both fit). */
export interface AppWindow {
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
    on(event: 'render-process-gone', listener: (event: unknown, details: { reason: string; exitCode?: number }) => void): unknown;
  };
  loadFile(filePath: string, options?: { hash?: string }): Promise<void>;
  loadURL(url: string): Promise<void>;
  show(): void;
  showInactive(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  close(): void;
  setBounds(bounds: Rectangle): void;
  getBounds(): Rectangle;
  once(event: 'closed', listener: () => void): unknown;
}

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => AppWindow;
  screen: {
    getCursorScreenPoint(): Point;
    getDisplayNearestPoint(point: Point): { workArea: Rectangle };
    getAllDisplays(): { workArea: Rectangle }[];
  };
  paths: AppPaths;
  /** `app.isPackaged`: packaged builds never load from a dev server and have no DevTools. */
  packaged: boolean;
  /** The renderer's dev/preview server (e.g. `http://localhost:5173/`); ignored when packaged. */
  devServerUrl?: string | null;
  /** Where a page that failed to load is reported (defaults to `console.error`). */
  reportError?: (message: string, error: unknown) => void;
}

export interface AppPaths {
  /** Directory holding the built renderer pages (`index.html`, `break.html`). */
  rendererDir: string;
  /** The sandboxed preload script (CommonJS). */
  preload: string;
}

/** The build layout (esbuild for main and preload, Vite for the renderer), from `app.getAppPath()`. */
export function appPaths(appPath: string): AppPaths {
  return {
    rendererDir: path.join(appPath, 'dist', 'renderer'),
    preload: path.join(appPath, 'dist', 'preload', 'index.cjs'),
  };
}

export const MAIN_WINDOW_SIZE = { width: 420, height: 640 } as const;
/**
 * The break window's two sizes: the card that asks (title, one line, one row of choices) and the
 * guided routine once the break runs. The UI tests prove each language fits each size.
 */
export const BREAK_CARD_SIZE = { width: 420, height: 190 } as const;
export const BREAK_PLAYER_SIZE = { width: 420, height: 640 } as const;
const breakSizes: Record<BreakWindowShape, { width: number; height: number }> = { card: BREAK_CARD_SIZE, player: BREAK_PLAYER_SIZE };

function sameArea(a: Rectangle, b: Rectangle): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** A `size` rectangle centred in `area`, clamped so it never starts outside it. */
export function centredIn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

export interface Windows {
  /** Opens the main window, or shows and focuses the one already open. Returns it. */
  openMainWindow(view?: View): AppWindow;
  /**
   * Opens the break window on the display under the cursor (or reshapes the open one), without
   * taking keyboard focus unless `focus`. `everyDisplay`: a card on every display; the player
   * keeps only the window on the pointer's display. Returns the window on the pointer's display.
   */
  openBreakWindow(shape?: BreakWindowShape, options?: { focus?: boolean; everyDisplay?: boolean }): AppWindow;
  closeBreakWindow(): void;
  closeAll(): void;
  /** Sends `payload` on `channel` to every open window. */
  broadcast(channel: string, payload: unknown): void;
  /** The open windows (for tests and for the composition root's bookkeeping). */
  openWindows(): AppWindow[];
}

type Page = 'index.html' | 'break.html';

export function createWindows(deps: WindowDeps): Windows {
  const { BrowserWindow, screen, paths } = deps;
  const devServer = !deps.packaged && deps.devServerUrl ? deps.devServerUrl : null;
  const reportError = deps.reportError ?? ((message: string, error: unknown) => console.error(message, error));
  let mainWindow: AppWindow | null = null;
  /** Break windows, the one on the pointer's display first. */
  let breakWindows: AppWindow[] = [];

  // One constructor call with the web preferences written out in full: every window gets the same
  // hardened renderer, and electronegativity (which reads `new BrowserWindow({...})` literally in
  // the built bundle) can verify each flag.
  function createWindow(shape: BrowserWindowConstructorOptions): AppWindow {
    return new BrowserWindow({
      ...shape,
      show: false,
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        safeDialogs: true,
        // Middle-click would otherwise try to open links in new windows.
        disableBlinkFeatures: 'Auxclick',
        devTools: !deps.packaged,
      },
    });
  }

  function load(win: AppWindow, page: Page, hash?: string): Promise<void> {
    if (devServer !== null) {
      const url = new URL(page, devServer);
      if (hash) url.hash = hash;
      return win.loadURL(url.href);
    }
    return win.loadFile(path.join(paths.rendererDir, page), hash ? { hash } : undefined);
  }

  /**
   * Shows the window once its page has loaded (no blank flash). If loading failed, the main window
   * is shown anyway (the person asked for it, and can close it), but the break window is closed
   * unseen: an empty always-on-top frame would block the screen with no button to answer it; the
   * alert's notification and the tray still carry it.
   */
  function revealWhenLoaded(win: AppWindow, page: Page, reveal: (win: AppWindow) => void, hash?: string): void {
    load(win, page, hash).then(
      () => {
        if (!win.isDestroyed()) reveal(win);
      },
      (error: unknown) => {
        reportError(`Limber could not load ${page}`, error);
        if (win.isDestroyed()) return;
        if (page === 'break.html') win.close();
        else reveal(win);
      },
    );
  }

  /** A crashed renderer is logged and its window closed; the next open (or the next alert) makes a fresh one. */
  function closeWhenGone(win: AppWindow, page: Page): void {
    win.webContents.on('render-process-gone', (_event, details) => {
      reportError(`Limber's ${page} renderer stopped (${details.reason}${details.exitCode === undefined ? '' : `, exit code ${details.exitCode}`}); closing its window`, null);
      if (!win.isDestroyed()) win.close();
    });
  }

  const isOpen = (win: AppWindow | null | undefined): win is AppWindow => win !== null && win !== undefined && !win.isDestroyed();

  function createBreakWindow(bounds: Rectangle, focus: boolean): AppWindow {
    const win = createWindow({
      ...bounds,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      frame: false,
      // Focusable so its buttons can be clicked; shown inactive so it never takes the keyboard
      // from someone mid-sentence. acceptFirstMouse: on macOS the first click on an inactive
      // window would otherwise only activate it instead of pressing the button.
      focusable: true,
      acceptFirstMouse: true,
    });
    win.once('closed', () => {
      breakWindows = breakWindows.filter((w) => w !== win);
    });
    closeWhenGone(win, 'break.html');
    revealWhenLoaded(win, 'break.html', (w) => {
      if (!focus) return w.showInactive();
      w.show();
      w.focus();
    });
    return win;
  }

  return {
    openMainWindow(view) {
      if (isOpen(mainWindow)) {
        // The route for an already open window travels in AppState.route (pushed by main).
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.show();
        mainWindow.focus();
        return mainWindow;
      }
      const win = createWindow({
        ...MAIN_WINDOW_SIZE,
        minWidth: 360,
        minHeight: 480,
        resizable: true,
        autoHideMenuBar: true,
      });
      mainWindow = win;
      win.once('closed', () => {
        if (mainWindow === win) mainWindow = null;
      });
      closeWhenGone(win, 'index.html');
      // The hash lets the first paint show the asked-for view before the first state push arrives.
      revealWhenLoaded(
        win,
        'index.html',
        (w) => {
          w.show();
          w.focus();
        },
        view,
      );
      return win;
    },

    openBreakWindow(shape = 'card', options = {}) {
      const size = breakSizes[shape];
      const pointer = screen.getDisplayNearestPoint(screen.getCursorScreenPoint()).workArea;
      // A card on every display when asked; a running break keeps only the pointer's one.
      const areas = shape === 'card' && options.everyDisplay ? [pointer, ...screen.getAllDisplays().map((d) => d.workArea).filter((a) => !sameArea(a, pointer))] : [pointer];
      breakWindows = breakWindows.filter(isOpen);
      for (const extra of breakWindows.slice(areas.length)) extra.close();
      breakWindows = areas.map((area, index) => {
        const bounds = centredIn(area, size);
        const open = breakWindows[index];
        if (open && isOpen(open)) {
          open.setBounds(bounds);
          if (options.focus) {
            open.show();
            open.focus();
          } else open.showInactive();
          return open;
        }
        return createBreakWindow(bounds, options.focus === true);
      });
      return breakWindows[0] as AppWindow;
    },

    closeBreakWindow() {
      const open = breakWindows;
      breakWindows = [];
      for (const win of open) if (isOpen(win)) win.close();
    },

    closeAll() {
      for (const win of [...breakWindows, mainWindow]) if (isOpen(win)) win.close();
    },

    broadcast(channel, payload) {
      for (const win of [mainWindow, ...breakWindows]) {
        if (isOpen(win) && !win.webContents.isDestroyed()) win.webContents.send(channel, payload);
      }
    },

    openWindows() {
      return [mainWindow, ...breakWindows].filter(isOpen);
    },
  };
}
