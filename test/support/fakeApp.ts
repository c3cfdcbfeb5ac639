import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FakeElectron } from '../fakes/electron.js';

/**
 * Makes the shared fake electron module new again before a test that starts the whole app: an
 * empty data folder (returned; the test removes it), no handlers or listeners from the last run,
 * nobody idle, no notifications or windows, a desktop that shows notifications.
 */
export function freshFakeApp(fake: FakeElectron, prefix: string): string {
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fake.app.setPath('userData', userData);
  fake.ipcMain.handlers.clear();
  fake.app.removeAllListeners();
  fake.powerMonitor.removeAllListeners();
  fake.powerMonitor.idleSeconds = 0;
  fake.Notification.shown.length = 0;
  fake.Notification.supported = true;
  fake.BrowserWindow.all.length = 0;
  return userData;
}
