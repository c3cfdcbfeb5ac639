import { describe, expect, it } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow, Screen } from 'electron';
import { createFakeElectron, type BrowserWindow as FakeBrowserWindow, type FakeElectron } from './fakes/electron.js';
import { appPaths, BREAK_CARD_SIZE, BREAK_PLAYER_SIZE, centredIn, createWindows, type WindowDeps, type Windows } from '../main/platform/windows.js';

const paths = appPaths('/opt/Limber/resources/app.asar');

/** The fake screen, typed as Electron's (the fake's lookup is typed as possibly undefined; Electron's never is). */
function screenOf(electron: FakeElectron): WindowDeps['screen'] {
  return {
    getCursorScreenPoint: () => electron.screen.getCursorScreenPoint(),
    getDisplayNearestPoint: (point) => {
      const display = electron.screen.getDisplayNearestPoint(point);
      if (!display) throw new Error('the fake screen has no displays');
      return display;
    },
    getAllDisplays: () => electron.screen.getAllDisplays(),
  };
}

function setup(overrides: Partial<WindowDeps> = {}) {
  const electron = createFakeElectron();
  const errors: unknown[] = [];
  const windows = createWindows({
    BrowserWindow: electron.BrowserWindow,
    screen: screenOf(electron),
    paths,
    packaged: true,
    reportError: (_message, error) => errors.push(error),
    ...overrides,
  });
  return { electron, windows, errors };
}

const fake = (win: unknown) => win as FakeBrowserWindow;
/** Lets the window's page "load" (the fake's loadFile resolves at once). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const hardened = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
};

describe('window factory', () => {
  it.each([
    ['main', (w: Windows) => w.openMainWindow()],
    ['break', (w: Windows) => w.openBreakWindow()],
  ])('gives the %s window every security flag and the sandboxed preload', (_name, open) => {
    const { windows } = setup();
    const prefs = fake(open(windows)).options.webPreferences;
    expect(prefs).toMatchObject(hardened);
    expect(prefs?.preload).toBe(paths.preload);
    expect(prefs?.devTools).toBe(false);
    expect(prefs?.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('keeps DevTools only in unpackaged builds', () => {
    const { windows } = setup({ packaged: false });
    expect(fake(windows.openMainWindow()).options.webPreferences?.devTools).toBe(true);
  });

  it('opens the main window 420×640 and resizable, loads index.html at the view, then shows and focuses it', async () => {
    const { windows } = setup();
    const win = fake(windows.openMainWindow('relief'));
    expect(win.options).toMatchObject({ width: 420, height: 640, resizable: true, show: false });
    expect(win.visible).toBe(false);
    await settle();
    expect(win.loaded).toBe(`file:${paths.rendererDir}/index.html#relief`);
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(true);
  });

  it('reuses the open main window: a second open shows and focuses the same one', async () => {
    const { electron, windows } = setup();
    const first = fake(windows.openMainWindow());
    await settle();
    first.hide();
    first.focused = false;
    const second = windows.openMainWindow('learn');
    expect(second).toBe(first);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(first.visible).toBe(true);
    expect(first.focused).toBe(true);
  });

  it('opens the break window as a small card, always on top, frameless, out of the taskbar, focusable', () => {
    const { windows } = setup();
    const win = fake(windows.openBreakWindow());
    expect(win.options).toMatchObject({
      ...BREAK_CARD_SIZE,
      alwaysOnTop: true,
      skipTaskbar: true,
      frame: false,
      focusable: true,
      resizable: false,
      show: false,
    });
    expect(win.alwaysOnTop).toBe(true);
  });

  it('centres the break window in the work area of the display under the cursor', () => {
    const { electron, windows } = setup();
    electron.screen.displays.push({
      id: 2,
      bounds: { x: 1920, y: -200, width: 2560, height: 1440 },
      workArea: { x: 1920, y: -175, width: 2560, height: 1400 },
    });
    electron.screen.cursor = { x: 3000, y: 400 };
    const win = fake(windows.openBreakWindow());
    const { width, height } = BREAK_CARD_SIZE;
    expect(win.bounds).toEqual({ x: 1920 + (2560 - width) / 2, y: -175 + (1400 - height) / 2, width, height });
  });

  it('grows the card into the player in place when the break starts, centred on the same display', async () => {
    const { electron, windows } = setup();
    const card = fake(windows.openBreakWindow('card'));
    await settle();
    const player = fake(windows.openBreakWindow('player'));
    expect(player).toBe(card);
    expect(player.bounds).toEqual(centredIn({ x: 0, y: 0, width: 1920, height: 1080 }, BREAK_PLAYER_SIZE));
    expect(player.focused).toBe(false);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('with the setting, shows the card on every display; the running break keeps the pointer’s one', async () => {
    const { electron, windows } = setup();
    electron.screen.displays.push({ id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 }, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } });
    electron.screen.cursor = { x: 2000, y: 500 };
    windows.openBreakWindow('card', { everyDisplay: true });
    await settle();
    const cards = electron.BrowserWindow.getAllWindows();
    expect(cards.map((w) => w.bounds.x).sort((a, b) => a - b)).toEqual([centredIn({ x: 0, y: 0, width: 1920, height: 1080 }, BREAK_CARD_SIZE).x, 1920 + (1280 - BREAK_CARD_SIZE.width) / 2]);
    expect(cards.every((w) => w.visible && !w.focused)).toBe(true);
    const player = fake(windows.openBreakWindow('player'));
    expect(electron.BrowserWindow.getAllWindows()).toEqual([player]);
    expect(player.bounds.x).toBe(1920 + (1280 - BREAK_PLAYER_SIZE.width) / 2);
    windows.closeBreakWindow();
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('takes focus only for a break the person asked for', async () => {
    const { windows } = setup();
    const win = fake(windows.openBreakWindow('player', { focus: true }));
    await settle();
    expect(win.focused).toBe(true);
  });

  it('shows the break window inactive, so typing carries on in the focused app', async () => {
    const { windows } = setup();
    const win = fake(windows.openBreakWindow());
    await settle();
    expect(win.loaded).toBe(`file:${paths.rendererDir}/break.html`);
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(false);
  });

  it('keeps one break window: a second open re-shows it, still inactive', async () => {
    const { electron, windows } = setup();
    const first = fake(windows.openBreakWindow());
    await settle();
    expect(windows.openBreakWindow()).toBe(first);
    expect(first.focused).toBe(false);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('releases windows on close: nothing is kept, and the next open creates a fresh one', async () => {
    const { electron, windows } = setup();
    const main = fake(windows.openMainWindow());
    const prompt = fake(windows.openBreakWindow());
    await settle();
    main.close();
    windows.closeBreakWindow();
    expect(prompt.isDestroyed()).toBe(true);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(windows.openWindows()).toEqual([]);
    const again = windows.openMainWindow();
    expect(again).not.toBe(main);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([again]);
  });

  it('closeAll closes every open window', () => {
    const { electron, windows } = setup();
    windows.openMainWindow();
    windows.openBreakWindow();
    windows.closeAll();
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('broadcasts to every open window and skips closed ones', () => {
    const { windows } = setup();
    const main = fake(windows.openMainWindow());
    const prompt = fake(windows.openBreakWindow());
    windows.broadcast('state:changed', { n: 1 });
    prompt.close();
    windows.broadcast('state:changed', { n: 2 });
    expect(main.webContents.sent).toEqual([
      { channel: 'state:changed', args: [{ n: 1 }] },
      { channel: 'state:changed', args: [{ n: 2 }] },
    ]);
    expect(prompt.webContents.sent).toEqual([{ channel: 'state:changed', args: [{ n: 1 }] }]);
  });

  it('loads from the dev server only when not packaged', async () => {
    const dev = setup({ packaged: false, devServerUrl: 'http://localhost:5173/' });
    const devWin = fake(dev.windows.openMainWindow('today'));
    const packaged = setup({ packaged: true, devServerUrl: 'http://localhost:5173/' });
    const packagedWin = fake(packaged.windows.openBreakWindow());
    await settle();
    expect(devWin.loaded).toBe('http://localhost:5173/index.html#today');
    expect(packagedWin.loaded).toBe(`file:${paths.rendererDir}/break.html`);
  });

  it('reports a page that failed to load and still shows the window so it can be closed', async () => {
    const electron = createFakeElectron();
    class FailingWindow extends electron.BrowserWindow {
      override async loadFile(): Promise<void> {
        throw new Error('ERR_FILE_NOT_FOUND');
      }
    }
    const failed: unknown[] = [];
    const windows = createWindows({ BrowserWindow: FailingWindow, screen: screenOf(electron), paths, packaged: true, reportError: (_m, e) => failed.push(e) });
    const win = fake(windows.openMainWindow());
    await settle();
    expect(failed).toEqual([new Error('ERR_FILE_NOT_FOUND')]);
    expect(win.visible).toBe(true);
  });

  it('never shows a break window whose page failed to load: it is closed unseen', async () => {
    const { electron, windows, errors } = setup();
    electron.BrowserWindow.failingPages.add('break.html');
    const win = fake(windows.openBreakWindow());
    await settle();
    expect(win.visible).toBe(false);
    expect(win.destroyed).toBe(true);
    expect(String(errors[0])).toMatch(/ERR_FILE_NOT_FOUND/);
    const next = fake(windows.openBreakWindow()); // the next alert gets a fresh one
    await settle();
    expect(next).not.toBe(win);
    expect(next.visible).toBe(true);
  });

  it('logs a crashed renderer, closes its window, and opens a fresh one next time', async () => {
    const messages: string[] = [];
    const { windows } = setup({ reportError: (message) => messages.push(message) });
    const win = fake(windows.openBreakWindow());
    await settle();
    win.crash();
    expect(win.destroyed).toBe(true);
    expect(messages).toEqual(["Limber's break.html renderer stopped (crashed, exit code 139); closing its window"]);
    const next = fake(windows.openBreakWindow());
    await settle();
    expect(next).not.toBe(win);
    expect(next.visible).toBe(true);
    const main = fake(windows.openMainWindow());
    await settle();
    main.crash('oom');
    expect(main.destroyed).toBe(true);
  });
});

describe('centredIn', () => {
  it('centres and rounds', () => {
    expect(centredIn({ x: 0, y: 0, width: 1365, height: 767 }, { width: 360, height: 300 })).toEqual({ x: 503, y: 234, width: 360, height: 300 });
  });
  it('never overflows a work area smaller than the window', () => {
    expect(centredIn({ x: 10, y: 20, width: 300, height: 200 }, { width: 360, height: 300 })).toEqual({ x: 10, y: 20, width: 300, height: 200 });
  });
});

// Compile-time check: the composition root can pass the real Electron pieces without casts.
export function realElectronFits(BrowserWindow: typeof ElectronBrowserWindow, screen: Screen): Windows {
  return createWindows({ BrowserWindow, screen, paths, packaged: true });
}
