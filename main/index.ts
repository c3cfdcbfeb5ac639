/** Limber's main process entry: hand the real Electron module to the composition root. */
import * as electron from 'electron';
import { startLimber } from './app.js';
import { nodeHost } from './platform/clock.js';
import { e2eDataDir, e2eSetup, testHooksBuilt } from './testHooks.js';

/** electron-updater, loaded only when the app looks for an update (CommonJS: its API is on the default export). */
const loadUpdater = async () => (await import('electron-updater')).default.autoUpdater;

// Only in a smoke-test build launched by the smoke test (see testHooks.ts); null everywhere else.
const e2eDir = e2eDataDir(testHooksBuilt, process.env);
const e2e = e2eDir ? e2eSetup<electron.Tray>(nodeHost) : null;
if (e2eDir) electron.app.setPath('userData', e2eDir);
const RecordingTray = e2e?.recordTray(electron.Tray);
const shell: typeof electron = RecordingTray ? new Proxy(electron, { get: (target, key) => (key === 'Tray' ? RecordingTray : Reflect.get(target, key)) }) : electron;

startLimber<electron.NativeImage, electron.Menu>(shell, {
  platform: process.platform,
  env: process.env,
  execPath: process.execPath,
  resourcesPath: process.resourcesPath,
  // The smoke test never looks for updates: its build names no real release.
  ...(e2e ? { clockHost: e2e.host } : { loadUpdater }),
})
  .then((running) => {
    if (running && e2e) e2e.expose(running.engine);
  })
  .catch((error: unknown) => {
    console.error('Limber could not start:', error);
    electron.app.exit(1);
  });
