/**
 * Hooks for the Electron smoke test (test/e2e/checks.ts), which drives the real app from outside
 * and needs a few things no person can reach: a fresh data folder, the tray's menu, and a clock it
 * can move so a stretch break falls due in seconds rather than two hours.
 *
 * Safe by construction: the hooks exist only in a build made with LIMBER_TEST_HOOKS=1 (esbuild
 * replaces `__LIMBER_TEST_HOOKS__`; every other build, including each one the release workflow
 * publishes, has `false` and never reaches this code), act only when the smoke test sets an
 * absolute LIMBER_E2E_DATA_DIR, and live on the main process's global, which no page can reach
 * (context isolation, sandbox, and a preload that exposes only the IPC contract).
 */
import path from 'node:path';
import type { ClockHost } from './platform/clock.js';

declare const __LIMBER_TEST_HOOKS__: boolean | undefined;

/** True only in a smoke-test build. */
export const testHooksBuilt: boolean = typeof __LIMBER_TEST_HOOKS__ === 'boolean' && __LIMBER_TEST_HOOKS__;

/** The smoke test's data folder, when this is a smoke-test build launched by the smoke test. */
export function e2eDataDir(built: boolean, env: Record<string, string | undefined>): string | null {
  const dir = env.LIMBER_E2E_DATA_DIR;
  if (!built || !dir) return null;
  if (!path.isAbsolute(dir)) throw new Error(`LIMBER_E2E_DATA_DIR must be an absolute path (got ${JSON.stringify(dir)})`);
  return dir;
}

/** A host clock that can jump ahead: both clocks move together, so it looks like time spent at the desk. */
export function skippableHost(base: ClockHost): ClockHost & { skip(ms: number): void } {
  let skipped = 0;
  return {
    wallNow: () => base.wallNow() + skipped,
    monotonicNow: () => base.monotonicNow() + skipped,
    timeZone: () => base.timeZone(),
    setTimeout: (fire, ms) => base.setTimeout(fire, ms),
    clearTimeout: (handle) => base.clearTimeout(handle),
    skip(ms) {
      if (!(ms > 0)) throw new Error(`skip: ms must be positive (got ${ms})`);
      skipped += ms;
    },
  };
}

/** The part of an Electron menu the hooks read (Electron's Menu and MenuItem fit). */
export interface MenuLike {
  items: { label: string; enabled: boolean; type: string; submenu?: MenuLike | null; click: (...args: never[]) => void }[];
}

/** Every label in a menu, submenus as "Parent ▸ Child", as test/fakes/electron.ts's FakeMenu lists them. */
export function menuLabels(menu: MenuLike, prefix = ''): string[] {
  return menu.items.flatMap((item) => (item.type === 'separator' ? [] : [prefix + item.label, ...(item.submenu ? menuLabels(item.submenu, `${prefix}${item.label} ▸ `) : [])]));
}

/** Clicks the item with this label ("Parent ▸ Child" reaches into a submenu). */
export function clickMenu(menu: MenuLike, label: string): void {
  const [first, ...rest] = label.split(' ▸ ');
  const item = menu.items.find((i) => i.label === first);
  if (!item) throw new Error(`no menu item "${first}" in: ${menuLabels(menu).join(' | ')}`);
  if (rest.length > 0) {
    if (!item.submenu) throw new Error(`menu item "${first}" has no submenu`);
    return clickMenu(item.submenu, rest.join(' ▸ '));
  }
  if (!item.enabled) throw new Error(`menu item "${label}" is disabled`);
  (item.click as () => void)();
}

/** What the smoke test reaches through `globalThis.__limberE2E` in the main process. */
export interface E2EHooks {
  trayLabels(): string[];
  clickTray(label: string): void;
  /** Moves the app's clocks forward and lets the engine notice at once. */
  skip(ms: number): void;
  /** Everything the app logged as a problem, and uncaught errors. */
  problems(): string[];
}

export interface E2ESetup<TrayT> {
  /** Wraps the Tray constructor so the hooks can read the menu the app sets. */
  recordTray<C extends new (...args: never[]) => TrayT>(Tray: C): C;
  host: ClockHost & { skip(ms: number): void };
  /** Call once the app runs: puts the hooks on the main process's global. */
  expose(engine: { dispatch(input: { type: 'clockCheck' }): void }): void;
}

/** Where the hooks attach: the main process's global, console and process (a test passes its own). */
export interface E2EHost {
  global: Record<string, unknown>;
  console: { error(...args: unknown[]): void };
  process: { on(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown };
}

const realHost = (): E2EHost => ({ global: globalThis as unknown as Record<string, unknown>, console, process });

export function e2eSetup<TrayT extends { setContextMenu(menu: never): void }>(base: ClockHost, where: E2EHost = realHost()): E2ESetup<TrayT> {
  let menu: MenuLike | null = null;
  const problems: string[] = [];
  const host = skippableHost(base);
  const describe = (value: unknown) => (value instanceof Error ? (value.stack ?? value.message) : String(value));
  // The app reports every problem through console.error (app.ts's log); keep a copy for the test.
  const errorOut = where.console.error.bind(where.console);
  where.console.error = (...args: unknown[]) => {
    problems.push(args.map(describe).join(' '));
    errorOut(...args);
  };
  where.process.on('uncaughtException', (error) => problems.push(`uncaught: ${describe(error)}`));
  where.process.on('unhandledRejection', (reason) => problems.push(`unhandled rejection: ${describe(reason)}`));
  const currentMenu = (): MenuLike => {
    if (!menu) throw new Error('the tray has no menu yet');
    return menu;
  };
  return {
    host,
    recordTray(Tray) {
      // A constructor that returns the real tray, with setContextMenu noted on the way through.
      return function RecordingTray(...args: never[]) {
        const tray = new Tray(...args);
        const set = tray.setContextMenu.bind(tray) as (m: never) => void;
        tray.setContextMenu = ((m: never) => {
          menu = m as unknown as MenuLike;
          set(m);
        }) as TrayT['setContextMenu'];
        return tray;
      } as unknown as typeof Tray;
    },
    expose(engine) {
      const hooks: E2EHooks = {
        trayLabels: () => menuLabels(currentMenu()),
        clickTray: (label) => clickMenu(currentMenu(), label),
        skip(ms) {
          host.skip(ms);
          engine.dispatch({ type: 'clockCheck' });
        },
        problems: () => [...problems],
      };
      where.global.__limberE2E = hooks;
    },
  };
}
