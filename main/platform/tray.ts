/**
 * The tray icon: a thin adapter from engine snapshots to Electron's Tray and Menu. What to show is
 * decided in trayMenu.ts (pure); this file only hands it to Electron, and only when it changed.
 *
 * Platform facts it relies on (electronjs.org/docs/api/tray, /api/native-image):
 * - Linux (StatusNotifierItem): clicks on the icon are unreliable, so every action lives in the
 *   context menu; and a changed menu takes effect only through another `setContextMenu` call.
 * - macOS: a tray with a context menu opens it on a left click by itself; `setTitle` (text beside
 *   the icon) exists only there; menu-bar images are templates (black + alpha, recoloured by the
 *   system), which Electron recognises by a file name ending in "Template".
 * - Windows: a left click only emits 'click', so it pops the menu up (`popUpContextMenu` is
 *   macOS/Windows only).
 * - `nativeImage.createFromPath('tray-normal.png')` also loads its @1.25x…@3x siblings.
 */
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Snapshot } from '../core/types.js';
import type { Notice } from '../ipc/contract.js';
import { initialTrayMenu, trayView, type TrayAction, type TrayIconState, type TrayMenuItem } from './trayMenu.js';

/** The part of a NativeImage this adapter uses. */
export interface TrayImage {
  setTemplateImage(option: boolean): void;
}

/** The part of Electron's Tray this adapter uses. */
export interface TrayLike<Image, MenuT> {
  setImage(image: Image): void;
  setContextMenu(menu: MenuT | null): void;
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  popUpContextMenu(): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
  isDestroyed(): boolean;
}

/** The Electron pieces the tray needs, passed in so tests can use the fake. */
export interface TrayDeps<Image extends TrayImage, MenuT> {
  Tray: new (image: Image) => TrayLike<Image, MenuT>;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuT };
  nativeImage: { createFromPath(path: string): Image };
  platform: NodeJS.Platform;
  /** The directory holding tray-<state>[Template][@<n>x].png (resources/icons/tray). */
  iconDir: string;
  /** Wall clock, epoch ms (default Date.now). */
  now?: () => number;
  /** See TrayMenuOptions.loginItemSupported. */
  loginItemSupported?: boolean;
}

export interface TrayHandlers {
  /** A menu item was chosen. */
  onAction(action: TrayAction): void;
}

export interface TrayController {
  /**
   * Shows a snapshot. Call it on every engine snapshot, and again at the time it returns (when the
   * visible text next changes with time alone: a countdown minute), or never again when null.
   * Electron is touched only for what changed.
   */
  update(snapshot: Snapshot, state: { openAtLogin: boolean; updateReady?: boolean; notices?: readonly Notice[] }): number | null;
  destroy(): void;
}

/** The one live tray. Held at module level: a Tray that is only referenced locally is garbage-collected and vanishes. */
let liveTray: { destroy(): void; isDestroyed(): boolean } | null = null;

/** The icon file for a state; macOS gets the template image. */
export function trayIconFile(state: TrayIconState, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? `tray-${state}Template.png` : `tray-${state}.png`;
}

export function createTray<Image extends TrayImage, MenuT>(deps: TrayDeps<Image, MenuT>, handlers: TrayHandlers): TrayController {
  const now = deps.now ?? Date.now;
  const mac = deps.platform === 'darwin';
  const images = new Map<TrayIconState, Image>();
  const imageFor = (state: TrayIconState): Image => {
    let image = images.get(state);
    if (!image) {
      image = deps.nativeImage.createFromPath(join(deps.iconDir, trayIconFile(state, deps.platform)));
      // The file name already marks it; saying so is harmless and survives a rename.
      if (mac) image.setTemplateImage(true);
      images.set(state, image);
    }
    return image;
  };

  const template = (items: TrayMenuItem[]): MenuItemConstructorOptions[] =>
    items.map((entry): MenuItemConstructorOptions => {
      switch (entry.type) {
        case 'separator':
          return { type: 'separator' };
        case 'submenu':
          return { type: 'submenu', id: entry.id, label: entry.label, enabled: entry.enabled, submenu: template(entry.submenu) };
        case 'checkbox':
        case 'normal': {
          const { action } = entry;
          return {
            type: entry.type,
            id: entry.id,
            label: entry.label,
            enabled: entry.enabled,
            ...(entry.type === 'checkbox' ? { checked: entry.checked } : {}),
            ...(action ? { click: () => handlers.onAction(action) } : {}),
          };
        }
      }
    });

  if (liveTray && !liveTray.isDestroyed()) liveTray.destroy();
  const tray = new deps.Tray(imageFor('normal'));
  liveTray = tray;

  let shown: { icon: TrayIconState; menu: string; tooltip: string; title: string } = { icon: 'normal', menu: '', tooltip: '', title: '' };
  const setMenu = (items: TrayMenuItem[]) => tray.setContextMenu(deps.Menu.buildFromTemplate(template(items)));

  // Until the first snapshot: a Linux indicator is shown only once it has a menu.
  setMenu(initialTrayMenu());

  if (deps.platform === 'win32') tray.on('click', () => tray.popUpContextMenu());

  return {
    update(snapshot, state) {
      if (tray.isDestroyed()) return null;
      const view = trayView(snapshot, now(), {
        openAtLogin: state.openAtLogin,
        updateReady: state.updateReady ?? false,
        platform: deps.platform,
        ...(state.notices ? { notices: state.notices } : {}),
        ...(deps.loginItemSupported === undefined ? {} : { loginItemSupported: deps.loginItemSupported }),
      });
      const menu = JSON.stringify(view.menu);
      if (view.icon !== shown.icon) tray.setImage(imageFor(view.icon));
      // Rebuilt only when its text or state changed, and always re-set (Linux needs the call).
      if (menu !== shown.menu) setMenu(view.menu);
      if (view.tooltip !== shown.tooltip) tray.setToolTip(view.tooltip);
      if (mac && view.title !== shown.title) tray.setTitle(view.title);
      shown = { icon: view.icon, menu, tooltip: view.tooltip, title: view.title };
      return view.refreshAt;
    },
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
      if (liveTray === tray) liveTray = null;
    },
  };
}
