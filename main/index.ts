/** Limber's main process entry: hand the real Electron module to the composition root. */
import * as electron from 'electron';
import { startLimber } from './app.js';

/** electron-updater, loaded only when the app looks for an update (CommonJS: its API is on the default export). */
const loadUpdater = async () => (await import('electron-updater')).default.autoUpdater;

startLimber<electron.NativeImage, electron.Menu>(electron, { platform: process.platform, env: process.env, execPath: process.execPath, resourcesPath: process.resourcesPath, loadUpdater }).catch((error: unknown) => {
  console.error('Limber could not start:', error);
  electron.app.exit(1);
});
