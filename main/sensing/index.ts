/**
 * The sensing parts for the platform Limber runs on. The FFI bindings load only on their own OS
 * (a dynamic import), so Linux never loads koffi; a binding that fails to load leaves every
 * reason unknown rather than stopping the app.
 */
import { linuxSensing } from './linux/index.js';
import { macSensing } from './macos/index.js';
import type { SensingParts } from './sensor.js';
import { windowsSensing } from './windows/index.js';

export interface PlatformOptions {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** Monotonic milliseconds. */
  now: () => number;
  /** Our own executable and process, which never count as "another app". */
  execPath: string;
  pid: number;
  log?: (message: string) => void;
}

const nothing = (): SensingParts => ({ sources: [], apps: null, idle: null, tray: null });

export async function platformSensing({ platform, env, now, execPath, pid, log = () => undefined }: PlatformOptions): Promise<SensingParts> {
  try {
    switch (platform) {
      case 'linux':
        return linuxSensing({ env, now, self: pid, log });
      case 'win32':
        return windowsSensing((await import('./windows/ffi.js')).koffiWindowsApi(), execPath);
      case 'darwin':
        return macSensing((await import('./macos/ffi.js')).koffiMacApi(pid));
      default:
        return nothing();
    }
  } catch (error) {
    log(`sensing: cannot load the ${platform} system calls (${(error as Error).message}); busy reasons are unknown`);
    return nothing();
  }
}

export { Sensing, type SenseReport, type SensingOptions, type BusyInput } from './sensor.js';
