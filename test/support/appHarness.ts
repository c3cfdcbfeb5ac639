/**
 * The whole app on the fake electron, for tests that drive it as a person and the desktop would:
 * a fresh user-data folder, the fake reset, and the app's state read back through its own IPC.
 * The test file itself must `vi.mock('electron', …)` and pass the mocked module in.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLimber, type LimberElectron } from '../../main/app.js';
import type { ClockHost } from '../../main/platform/clock.js';
import type { SpawnLike } from '../../main/platform/sounds.js';
import type { AppState, IpcResult } from '../../main/ipc/contract.js';
import type { FakeElectron } from '../fakes/electron.js';

export interface AppHarness {
  start(platform: NodeJS.Platform, host: ClockHost, env?: Record<string, string>, spawn?: SpawnLike): ReturnType<typeof startLimber>;
  /** Sends an intent from the app's own window. */
  invoke(channel: string, payload?: unknown): Promise<IpcResult<AppState>>;
  state(): Promise<AppState>;
  /** Quits the app and removes its folder. */
  stop(): void;
}

export function appHarness(fake: FakeElectron): AppHarness {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-app-'));
  fake.app.setPath('userData', userData);
  fake.ipcMain.handlers.clear();
  fake.app.removeAllListeners();
  fake.powerMonitor.removeAllListeners();
  fake.Notification.shown.length = 0;
  fake.BrowserWindow.all.length = 0;
  fake.globalShortcut.unregisterAll();
  fake.globalShortcut.taken.clear();
  const appPage = `file://${path.join(fake.app.getAppPath(), 'dist', 'renderer', 'index.html')}`;
  const invoke = (channel: string, payload?: unknown) => fake.ipcMain.invoke(channel, payload, { url: appPage }) as Promise<IpcResult<AppState>>;
  return {
    async start(platform, host, env = {}, spawn) {
      const running = await startLimber(fake as unknown as LimberElectron, {
        platform,
        env: { XDG_CONFIG_HOME: path.join(userData, 'config'), ...env },
        execPath: '/opt/Limber/limber',
        clockHost: host,
        log: () => undefined,
        ...(spawn ? { spawn } : {}),
      });
      if (!running) throw new Error('Limber did not start');
      return running;
    },
    invoke,
    async state() {
      const result = await invoke('state:get');
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    stop() {
      fake.app.quit();
      fs.rmSync(userData, { recursive: true, force: true });
    },
  };
}
