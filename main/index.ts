/** Limber's main process entry: hand the real Electron module to the composition root. */
import * as electron from 'electron';
import { startLimber } from './app.js';

startLimber<electron.NativeImage, electron.Menu>(electron, { platform: process.platform, env: process.env, execPath: process.execPath, resourcesPath: process.resourcesPath }).catch((error: unknown) => {
  console.error('Limber could not start:', error);
  electron.app.exit(1);
});
