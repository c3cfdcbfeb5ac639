/**
 * The smoke test's checks: what a person sees in the first minute of the real app, in order,
 * each reported as a line and the run closed with "N passed, N failed". It drives the app as a
 * person does where it can (the tray's menu, buttons in the windows) and reads the app's own
 * files afterwards; the main-process hooks (main/testHooks.ts) reach only what no person can: the
 * tray's menu as data and a clock that can jump ahead. Screenshots go to test-artifacts/e2e/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { setLocale as setMainLocale, t as mainT } from '../../main/i18n/messages.js';
import type { E2EHooks } from '../../main/testHooks.js';
import { HISTORY_FOLDER } from '../../main/platform/history.js';
import { en } from '../../renderer/i18n.ts';
import { bridgeState, watchPage } from '../ui/support/browser.js';
import { invoke } from '../ui/support/views.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = path.join(root, 'test-artifacts', 'e2e');
const SECOND = 1000;

type Hooks = E2EHooks;
/** Calls one of the main process's hooks. */
async function hook<K extends keyof Hooks>(app: ElectronApplication, name: K, ...args: Parameters<Hooks[K]>): Promise<ReturnType<Hooks[K]>> {
  return app.evaluate(
    (_electron, [key, rest]) => {
      const hooks = (globalThis as unknown as { __limberE2E?: Record<string, (...a: unknown[]) => unknown> }).__limberE2E;
      if (!hooks) throw new Error('no test hooks in this build (build it with LIMBER_TEST_HOOKS=1)');
      return hooks[key]!(...rest);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<ReturnType<Hooks[K]>>;
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeout = 20 * SECOND): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown = null;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (ok(last)) return last;
      error = null;
    } catch (caught) {
      error = caught;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${error ? String(error) : JSON.stringify(last)}`);
}

async function pageWith(app: ElectronApplication, file: 'index.html' | 'break.html'): Promise<Page> {
  return until(`a window showing ${file}`, async () => app.windows().find((p) => p.url().split('?')[0]!.endsWith(`/${file}`)) ?? null, (p) => p !== null) as Promise<Page>;
}

export async function runSmokeTest(target: { path: string; args: string[] }): Promise<boolean> {
  mkdirSync(artifacts, { recursive: true });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'limber-e2e-'));
  // English, so the checks can read the catalogues' English words.
  const env = { ...process.env, LIMBER_E2E_DATA_DIR: dataDir, LANG: 'en_US.UTF-8', LANGUAGE: 'en', LC_ALL: 'en_US.UTF-8' } as Record<string, string>;
  setMainLocale('en');
  const results: { name: string; problem: string | null }[] = [];
  const pageProblems: string[][] = [];
  const mainOutput: string[] = [];
  let app: ElectronApplication | null = null;

  async function step(name: string, run: () => Promise<void>): Promise<boolean> {
    try {
      await run();
      results.push({ name, problem: null });
      console.log(`✓ ${name}`);
      return true;
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      results.push({ name, problem });
      console.log(`✗ ${name}\n    ${problem.split('\n').join('\n    ')}`);
      return false;
    }
  }
  const shot = async (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`) }).catch(() => undefined);

  /** Every check after the launch, in the order a person meets them. */
  async function checksOnRunningApp(running: ElectronApplication): Promise<void> {
    await step('the tray is there, with its menu', async () => {
      const labels = await until('the tray menu', () => hook(running, 'trayLabels'), (l) => l.includes(mainT('tray.open')));
      for (const key of ['tray.open', 'tray.quit', 'tray.breakNow'] as const) if (!labels.includes(mainT(key))) throw new Error(`no "${mainT(key)}" in the tray menu: ${labels.join(' | ')}`);
      if (!labels.some((l) => l.startsWith(mainT('tray.drink')))) throw new Error(`no drink items in the tray menu: ${labels.join(' | ')}`);
    });

    let windowPage: Page | null = null;
    await step('opening the window shows first run, then Today', async () => {
      await hook(running, 'clickTray', mainT('tray.open'));
      const page = await pageWith(running, 'index.html');
      windowPage = page;
      await page.getByRole('button', { name: en['setup.skip'] }).click({ timeout: 20 * SECOND });
      await page.getByRole('heading', { level: 1, name: en['today.title'] }).waitFor({ timeout: 20 * SECOND });
      await shot(page, 'today');
    });

    await step('logging a drink goes over IPC to main and comes back as state', async () => {
      const page = windowPage ?? (await pageWith(running, 'index.html'));
      const before = (await bridgeState(page)).snapshot.water.todayMl;
      await page.getByRole('button', { name: new RegExp(`^${en['water.glass']}\\b`) }).click();
      await until('the water to rise by a glass', async () => (await bridgeState(page)).snapshot.water.todayMl, (ml) => ml === before + 250);
      await until('the tray to show the drink', () => hook(running, 'trayLabels'), (labels) => labels.some((l) => l === mainT('tray.water', { drunk: '0.25', goal: '2.0' })));
    });

    await step('a stretch alert opens the break window on the display under the pointer, and Start runs the player', async () => {
      const page = windowPage ?? (await pageWith(running, 'index.html'));
      // Only the stretch can fall due, and nobody is judged away while the test waits.
      const set = await invoke(page, 'settings:set', { move: { enabled: false }, hydrate: { enabled: false }, presence: { idleThresholdMinutes: 60 } });
      if (!set.ok) throw new Error(`settings:set refused: ${set.error.message}`);
      const interval = set.value.settings.stretch.intervalMinutes;
      await hook(running, 'skip', (interval + 1) * 60 * SECOND);
      const breakPage = await pageWith(running, 'break.html');
      await breakPage.getByRole('heading', { level: 1, name: en['break.title.stretch'] }).waitFor({ timeout: 20 * SECOND });
      const placement = await running.evaluate(({ BrowserWindow, screen }) => {
        const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().split('?')[0]!.endsWith('/break.html'));
        if (!win) return null;
        const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
        return { bounds: win.getBounds(), area: display.workArea, visible: win.isVisible() };
      });
      if (!placement) throw new Error('no break window in the main process');
      const { bounds, area } = placement;
      const inside = bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;
      if (!placement.visible || !inside) throw new Error(`break window ${JSON.stringify(bounds)} is not shown inside the display under the pointer ${JSON.stringify(area)}`);
      await shot(breakPage, 'break-alert');
      await breakPage.getByRole('button', { name: en['break.start'], exact: true }).click();
      const stretch = breakPage.locator('.player-stretch');
      await stretch.waitFor({ timeout: 20 * SECOND });
      if (!(await stretch.textContent())?.trim()) throw new Error('the player shows no stretch');
      const timers = breakPage.getByRole('timer');
      const first = await timers.allTextContents();
      await until('the player to count down', () => timers.allTextContents(), (now) => now.join() !== first.join(), 10 * SECOND);
      const state = await bridgeState(breakPage);
      if (state.snapshot.breakInProgress?.reminder !== 'stretch') throw new Error(`no stretch break under way: ${JSON.stringify(state.snapshot.breakInProgress)}`);
      await shot(breakPage, 'break-running');
    });

    await step('a second launch focuses the first and exits', async () => {
      const second = spawn(target.path, [...target.args, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])], { env, stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the second instance did not exit within 30 s')), 30 * SECOND);
        second.on('exit', (c) => (clearTimeout(timer), resolve(c)));
        second.on('error', (e) => (clearTimeout(timer), reject(e)));
      });
      if (code !== 0) throw new Error(`the second instance exited with ${code}`);
      const shown = await until(
        'the first instance to show its window',
        () =>
          running.evaluate(({ BrowserWindow }) => {
            const win = BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().split('?')[0]!.endsWith('/index.html'));
            return win ? { visible: win.isVisible(), focused: win.isFocused(), minimized: win.isMinimized() } : null;
          }),
        (w) => w !== null && w.visible && !w.minimized,
      );
      // A window manager may keep focus elsewhere (none runs under xvfb); say so rather than fail.
      if (!shown?.focused) console.log('    (shown and raised; this desktop did not give it the keyboard focus)');
    });

    await step('no errors in the main process or the windows', async () => {
      const main = await hook(running, 'problems');
      const all = [...main.map((p) => `main: ${p}`), ...pageProblems.flat().map((p) => `window: ${p}`)];
      if (all.length > 0) throw new Error(all.join('\n'));
    });

    await step('quitting from the tray writes the state and the history', async () => {
      const closed = running.waitForEvent('close', { timeout: 30 * SECOND });
      await hook(running, 'clickTray', mainT('tray.quit')).catch(() => undefined); // the process may go before it answers
      await closed;
      app = null;
      const config = JSON.parse(readFileSync(path.join(dataDir, 'config.json'), 'utf8')) as { settings?: { profile?: { setupDone?: boolean } }; engine?: unknown };
      if (config.settings?.profile?.setupDone !== true) throw new Error('config.json does not record that first run was done');
      if (!config.engine) throw new Error('config.json has no engine state');
      const historyDir = path.join(dataDir, HISTORY_FOLDER);
      const lines = existsSync(historyDir) ? readdirSync(historyDir).flatMap((f) => readFileSync(path.join(historyDir, f), 'utf8').split('\n').filter(Boolean)) : [];
      const events = lines.map((l) => (JSON.parse(l) as { event: string }).event);
      for (const event of ['drink', 'breakStart']) if (!events.includes(event)) throw new Error(`the history has no ${event} record (it has: ${[...new Set(events)].join(', ')})`);
    });
  }

  try {
    const started = await step('starts with a fresh data folder', async () => {
      app = await _electron.launch({ executablePath: target.path, args: target.args, env, timeout: 60 * SECOND });
      app.process().stdout?.on('data', (chunk: Buffer) => mainOutput.push(chunk.toString()));
      app.process().stderr?.on('data', (chunk: Buffer) => mainOutput.push(chunk.toString()));
      app.on('window', (page) => pageProblems.push(watchPage(page)));
    });
    if (started && app) await checksOnRunningApp(app);
  } finally {
    if (app) await (app as ElectronApplication).close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.problem !== null).length;
  if (failed > 0 && mainOutput.length > 0) console.log(`main process output:\n${mainOutput.join('').trim().slice(-4000)}`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0;
}
