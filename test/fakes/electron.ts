/**
 * A typed fake of the parts of the `electron` module Limber uses. Tests install it with
 * `vi.mock('electron', () => fakeElectron())` (see test/fakes/installElectron.ts) and then drive
 * the app through it: click menu items, fire power events, answer notifications, invoke IPC.
 * Each fake records what the app did to it, so tests assert what a person would see.
 */
import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions, NotificationConstructorOptions, BrowserWindowConstructorOptions } from 'electron';

export class FakeNativeImage {
  constructor(readonly source: string) {}
  private template = false;
  isEmpty(): boolean {
    return false;
  }
  setTemplateImage(value: boolean): void {
    this.template = value;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  resize(): FakeNativeImage {
    return this;
  }
}

export const nativeImage = {
  createFromPath: (path: string) => new FakeNativeImage(path),
  createEmpty: () => new FakeNativeImage(''),
};

export class FakeMenu {
  constructor(readonly items: MenuItemConstructorOptions[]) {}
  /** Finds an item by label (at any depth), or by its path: "Log a cramp ▸ Calf". */
  find(label: string | RegExp): MenuItemConstructorOptions | undefined {
    if (typeof label === 'string' && label.includes(' ▸ ')) {
      let items: MenuItemConstructorOptions[] = this.items;
      let found: MenuItemConstructorOptions | undefined;
      for (const part of label.split(' ▸ ')) {
        found = items.find((item) => item.label === part);
        items = Array.isArray(found?.submenu) ? (found.submenu as MenuItemConstructorOptions[]) : [];
      }
      return found;
    }
    const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
      for (const item of items) {
        if (item.label !== undefined && (typeof label === 'string' ? item.label === label : label.test(item.label))) return item;
        if (Array.isArray(item.submenu)) {
          const found = walk(item.submenu as MenuItemConstructorOptions[]);
          if (found) return found;
        }
      }
      return undefined;
    };
    return walk(this.items);
  }
  /** Clicks an item as a person would (the fake passes only what Limber's handlers use). */
  click(label: string | RegExp): void {
    const item = this.find(label);
    if (!item) throw new Error(`no menu item ${String(label)} in: ${this.labels().join(' | ')}`);
    if (item.enabled === false) throw new Error(`menu item ${String(label)} is disabled`);
    (item.click as unknown as ((menuItem: unknown) => void) | undefined)?.({ checked: !item.checked });
  }
  labels(): string[] {
    const out: string[] = [];
    const walk = (items: MenuItemConstructorOptions[], prefix: string) => {
      for (const item of items) {
        if (item.type === 'separator') continue;
        out.push(prefix + (item.label ?? ''));
        if (Array.isArray(item.submenu)) walk(item.submenu as MenuItemConstructorOptions[], `${prefix}${item.label} ▸ `);
      }
    };
    walk(this.items, '');
    return out;
  }
}

export const Menu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => new FakeMenu(template),
  setApplicationMenu: (_menu: FakeMenu | null) => undefined,
};

export class Tray extends EventEmitter {
  static instances: Tray[] = [];
  menu: FakeMenu | null = null;
  menuSets = 0;
  tooltip = '';
  title = '';
  image: FakeNativeImage | string;
  destroyed = false;
  constructor(image: FakeNativeImage | string) {
    super();
    this.image = image;
    Tray.instances.push(this);
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
    this.menuSets++;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setImage(image: FakeNativeImage | string): void {
    this.image = image;
  }
  popUpContextMenu(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class Notification extends EventEmitter {
  static supported = true;
  static shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  closed = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', {});
  }
  /** A person clicks the notification body. */
  click(): void {
    this.emit('click', {});
  }
  /** A person clicks action button `index` (macOS). */
  act(index: number): void {
    this.emit('action', {}, index);
  }
}

class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  destroyed = false;
  constructor(readonly id: number) {
    super();
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return '';
  }
}

let nextContentsId = 1;

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  /** Page file names (e.g. 'break.html') whose next load fails, as a missing or broken file would. */
  static failingPages = new Set<string>();
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents(nextContentsId++);
  loaded: string | null = null;
  visible = false;
  focused = false;
  destroyed = false;
  alwaysOnTop: boolean;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.all.push(this);
  }
  async loadFile(path: string, options?: { hash?: string; query?: Record<string, string> }): Promise<void> {
    const page = path.split(/[\\/]/).pop() ?? '';
    if (BrowserWindow.failingPages.delete(page)) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading 'file://${path}'`);
    this.loaded = `file:${path}${options?.hash ? `#${options.hash}` : ''}`;
  }
  /** The renderer process dies, as Electron reports it. */
  crash(reason = 'crashed'): void {
    this.webContents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
  show(): void {
    this.visible = true;
    this.focused = true;
    this.emit('show');
  }
  showInactive(): void {
    this.visible = true;
    this.emit('show');
  }
  focus(): void {
    this.focused = true;
  }
  hide(): void {
    this.visible = false;
  }
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  getBounds() {
    return this.bounds;
  }
  setVisibleOnAllWorkspaces(): void {}
  close(): void {
    if (this.destroyed) return;
    this.emit('close', { preventDefault: () => undefined });
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.visible = false;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** The system's global shortcuts: `taken` holds accelerators another app already owns. */
class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>();
  readonly taken = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (!/^[A-Za-z]+(\+[^+]+)+$/.test(accelerator)) throw new Error(`Failed to parse accelerator: ${accelerator}`);
    if (this.taken.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  unregisterAll(): void {
    this.registered.clear();
  }
  /** A person presses the shortcut anywhere on the desktop. */
  press(accelerator: string): void {
    const callback = this.registered.get(accelerator);
    if (!callback) throw new Error(`no shortcut ${accelerator} registered (have: ${[...this.registered.keys()].join(', ')})`);
    callback();
  }
}

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0;
  idleState: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
  getSystemIdleTime(): number {
    return this.idleSeconds;
  }
  getSystemIdleState(_threshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    return this.idleState;
  }
  isOnBatteryPower(): boolean {
    return false;
  }
}

class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  /** Synchronous listeners (electron-store registers one for its renderer helper). */
  readonly listeners = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): this {
    this.listeners.set(channel, listener);
    return this;
  }
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Invokes a handler as the renderer would, from a frame at `url`. */
  async invoke(channel: string, payload: unknown, from: { url: string; webContentsId?: number } = { url: 'file:///app/renderer/index.html' }): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: { url: from.url }, sender: { id: from.webContentsId ?? 0 } };
    return handler(event, payload);
  }
}

class FakeApp extends EventEmitter {
  name = 'Limber';
  isPackaged = false;
  locale = 'en-US';
  singleInstance = true;
  quitting = false;
  loginItem = { openAtLogin: false };
  appUserModelId: string | null = null;
  dockHidden = false;
  paths: Record<string, string> = { userData: '/tmp/limber-fake/userData', home: '/tmp/limber-fake/home', appData: '/tmp/limber-fake/appData' };
  dock = {
    hide: () => {
      this.dockHidden = true;
    },
  };
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  isReady(): boolean {
    return true;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`fake app has no path "${name}"`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths[name] = path;
  }
  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getLocale(): string {
    return this.locale;
  }
  getAppPath(): string {
    return '/tmp/limber-fake/app';
  }
  readonly protocols: string[] = [];
  setAsDefaultProtocolClient(protocol: string): boolean {
    this.protocols.push(protocol);
    return true;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
  setLoginItemSettings(settings: { openAtLogin: boolean }): void {
    this.loginItem = { openAtLogin: settings.openAtLogin };
  }
  getLoginItemSettings(): { openAtLogin: boolean } {
    return { ...this.loginItem };
  }
  quit(): void {
    this.quitting = true;
    this.emit('before-quit', { preventDefault: () => undefined });
    this.emit('will-quit', { preventDefault: () => undefined });
  }
  exit(): void {
    this.quitting = true;
  }
}

class FakeSession {
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  headersListener: ((details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders?: Record<string, string[]> }) => void) => void) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  webRequest = {
    onHeadersReceived: (listener: FakeSession['headersListener']) => {
      this.headersListener = listener;
    },
  };
}

export function createFakeElectron() {
  Tray.instances = [];
  Notification.shown = [];
  Notification.supported = true;
  BrowserWindow.all = [];
  BrowserWindow.failingPages = new Set();
  const opened: string[] = [];
  const errorBoxes: { title: string; content: string }[] = [];
  const webContentsCreated = new EventEmitter();
  const app = new FakeApp();
  // Electron emits 'web-contents-created' on app; route the fake's windows through it.
  const origin = BrowserWindow;
  return {
    app,
    Tray,
    Menu,
    Notification,
    BrowserWindow: origin,
    nativeImage,
    powerMonitor: new FakePowerMonitor(),
    globalShortcut: new FakeGlobalShortcut(),
    ipcMain: new FakeIpcMain(),
    session: { defaultSession: new FakeSession() },
    screen: {
      cursor: { x: 100, y: 100 },
      displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getCursorScreenPoint() {
        return this.cursor;
      },
      getDisplayNearestPoint(point: { x: number; y: number }) {
        return (
          this.displays.find((d) => point.x >= d.bounds.x && point.x < d.bounds.x + d.bounds.width && point.y >= d.bounds.y && point.y < d.bounds.y + d.bounds.height) ??
          this.displays[0]
        );
      },
      getPrimaryDisplay() {
        return this.displays[0];
      },
      getAllDisplays() {
        return [...this.displays];
      },
    },
    shell: {
      opened,
      async openExternal(url: string) {
        opened.push(url);
      },
      /** Opens a local file with the OS's default app; '' means it worked. */
      async openPath(path: string) {
        opened.push(path);
        return '';
      },
    },
    webContentsCreated,
    dialog: {
      errorBoxes,
      /** Electron's modal error dialog (safe to call before the app is ready). */
      showErrorBox(title: string, content: string): void {
        errorBoxes.push({ title, content });
      },
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/**
 * The module as `vi.mock('electron', …)` must return it: named exports plus a default export
 * (electron-store does `import electron from 'electron'`). One instance per test file.
 */
export function fakeElectronModule(): FakeElectron & { default: FakeElectron } {
  const fake = createFakeElectron();
  return { ...fake, default: fake };
}
