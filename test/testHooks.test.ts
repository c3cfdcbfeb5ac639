/**
 * The smoke test's hooks: absent from every ordinary build, inert without the smoke test's
 * variable, and doing what the smoke test relies on (a fresh data folder, a clock that jumps, the
 * tray's menu read and clicked the way Electron's Menu works, problems kept).
 */
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { clickMenu, e2eDataDir, e2eSetup, menuLabels, skippableHost, testHooksBuilt, type E2EHooks, type MenuLike } from '../main/testHooks.js';
import { unpackedExecutable } from './e2e/unpacked.js';
import { ManualHost } from './support/manualHost.js';

const { mainOptions } = (await import('../esbuild.config.mjs' as string)) as { mainOptions(env: Record<string, string | undefined>): BuildOptions };

async function bundledMain(env: Record<string, string | undefined>): Promise<string> {
  const result = await build({ ...mainOptions(env), write: false, sourcemap: false, logLevel: 'silent' });
  return result.outputFiles!.map((f) => f.text).join('\n');
}

describe('the hooks are compiled in only on request', () => {
  it('an ordinary build (npm run build, every published package) has them off', async () => {
    const text = await bundledMain({});
    expect(text).toMatch(/\btestHooksBuilt = false;/);
    expect(text).not.toMatch(/\btestHooksBuilt = true;/);
  });

  it('LIMBER_TEST_HOOKS=1 compiles them in, and nothing else does', async () => {
    expect(await bundledMain({ LIMBER_TEST_HOOKS: '1' })).toMatch(/\btestHooksBuilt = true;/);
    expect(await bundledMain({ LIMBER_TEST_HOOKS: 'true' })).toMatch(/\btestHooksBuilt = false;/);
  });

  it('are off when the source runs without a build (tests, tsx)', () => {
    expect(testHooksBuilt).toBe(false);
  });

  it('act only in a hooks build launched with an absolute LIMBER_E2E_DATA_DIR', () => {
    expect(e2eDataDir(false, { LIMBER_E2E_DATA_DIR: '/tmp/x' })).toBeNull();
    expect(e2eDataDir(true, {})).toBeNull();
    expect(e2eDataDir(true, { LIMBER_E2E_DATA_DIR: '/tmp/limber-e2e-1' })).toBe('/tmp/limber-e2e-1');
    expect(() => e2eDataDir(true, { LIMBER_E2E_DATA_DIR: 'data' })).toThrow('LIMBER_E2E_DATA_DIR must be an absolute path (got "data")');
  });
});

describe('what the smoke test drives', () => {
  it('jumps both clocks together and keeps the timers', () => {
    const base = new ManualHost(Date.parse('2026-03-02T09:00:00Z'));
    const host = skippableHost(base);
    const fired = vi.fn();
    host.setTimeout(fired, 1000);
    host.skip(2 * 60 * 60_000);
    expect(host.wallNow() - base.wallNow()).toBe(2 * 60 * 60_000);
    expect(host.monotonicNow() - base.monotonicNow()).toBe(2 * 60 * 60_000);
    base.advance(1000);
    expect(fired).toHaveBeenCalledOnce();
    expect(() => host.skip(0)).toThrow('skip: ms must be positive (got 0)');
  });

  const menu = (clicked: string[]): MenuLike => ({
    items: [
      { label: 'Open Limber…', enabled: true, type: 'normal', click: () => clicked.push('open') },
      { label: '', enabled: true, type: 'separator', click: () => undefined },
      {
        label: 'Log a drink',
        enabled: true,
        type: 'submenu',
        submenu: { items: [{ label: 'Glass (250 ml)', enabled: true, type: 'normal', click: () => clicked.push('glass') }] },
        click: () => undefined,
      },
      { label: 'Undo last drink', enabled: false, type: 'normal', click: () => clicked.push('undo') },
    ],
  });

  it('reads and clicks an Electron-shaped menu, submenus by "Parent ▸ Child"', () => {
    const clicked: string[] = [];
    const m = menu(clicked);
    expect(menuLabels(m)).toEqual(['Open Limber…', 'Log a drink', 'Log a drink ▸ Glass (250 ml)', 'Undo last drink']);
    clickMenu(m, 'Log a drink ▸ Glass (250 ml)');
    clickMenu(m, 'Open Limber…');
    expect(clicked).toEqual(['glass', 'open']);
    expect(() => clickMenu(m, 'Undo last drink')).toThrow('menu item "Undo last drink" is disabled');
    expect(() => clickMenu(m, 'Quit')).toThrow(/no menu item "Quit" in: Open Limber… \| Log a drink/);
  });

  it('records the menu the app sets on its tray, and exposes the hooks on the main process’s global', () => {
    const global: Record<string, unknown> = {};
    const printed: unknown[][] = [];
    const listeners = new Map<string, (reason: unknown) => void>();
    const where = {
      global,
      console: { error: (...args: unknown[]) => void printed.push(args) },
      process: { on: (event: string, listener: (reason: unknown) => void) => listeners.set(event, listener) },
    };
    class FakeTray {
      menu: unknown = null;
      setContextMenu(m: never): void {
        this.menu = m;
      }
    }
    const setup = e2eSetup<FakeTray>(new ManualHost(0), where);
    const Recording = setup.recordTray(FakeTray);
    const tray = new Recording();
    tray.setContextMenu(menu([]) as never);
    expect(tray).toBeInstanceOf(FakeTray); // the real tray, not a stand-in
    expect(tray.menu).not.toBeNull(); // and the app's call still reaches it
    const dispatched: unknown[] = [];
    setup.expose({ dispatch: (input) => dispatched.push(input) });
    const hooks = global.__limberE2E as E2EHooks;
    expect(hooks.trayLabels()).toContain('Log a drink ▸ Glass (250 ml)');
    hooks.skip(60_000);
    expect(dispatched).toEqual([{ type: 'clockCheck' }]);

    where.console.error('store: config.json could not be read');
    listeners.get('unhandledRejection')!(new Error('lost'));
    expect(printed).toEqual([['store: config.json could not be read']]); // still printed
    expect(hooks.problems()[0]).toBe('store: config.json could not be read');
    expect(hooks.problems()[1]).toMatch(/^unhandled rejection: Error: lost/);
  });
});

describe('finding the unpacked build', () => {
  const tree: Record<string, string[]> = { '/r': ['linux-unpacked', 'win-unpacked', 'mac-arm64', 'builder-debug.yml', 'Limber-0.1.0.AppImage'] };
  const files = new Set(['/r/linux-unpacked/limber', '/r/win-unpacked/Limber.exe', '/r/mac-arm64/Limber.app/Contents/MacOS/Limber']);
  const list = (dir: string) => tree[dir] ?? [];
  const exists = (file: string) => files.has(file.replace(/\\/g, '/'));

  it('finds the executable electron-builder --dir made for each system', () => {
    expect(unpackedExecutable('/r', 'linux', list, exists)).toMatch(/linux-unpacked[\\/]limber$/);
    expect(unpackedExecutable('/r', 'win32', list, exists)).toMatch(/win-unpacked[\\/]Limber\.exe$/);
    expect(unpackedExecutable('/r', 'darwin', list, exists)).toMatch(/mac-arm64[\\/]Limber\.app[\\/]Contents[\\/]MacOS[\\/]Limber$/);
  });

  it('finds nothing where nothing was built', () => {
    expect(unpackedExecutable('/empty', 'linux', list, exists)).toBeNull();
    expect(unpackedExecutable('/r', 'linux', list, () => false)).toBeNull();
  });
});
