import type { PresenceSensor } from '../core/clock.js';
import type { BusyReason } from '../core/types.js';
import type { Engine } from '../core/engine.js';
import { IdleHealthMonitor, type IdleHealth } from '../core/idleHealth.js';
import type { SystemClock } from './clock.js';

/** The part of Electron's powerMonitor Limber uses. */
export interface PowerMonitorLike {
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'user-did-become-active' | 'user-did-resign-active', listener: () => void): unknown;
  getSystemIdleTime(): number;
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
}

/** What the desktop sensor (main/sensing) adds: busy reasons, and idle time Electron may lack. */
export interface DesktopSensing {
  busy(): BusyReason[];
  /** Idle seconds from another method (D-Bus on Wayland), or null when there is none. */
  idleSeconds(): number | null;
}

/**
 * Presence from the OS. Idle time comes from getSystemIdleTime(), sampled when the engine asks
 * (adaptive: about every 3 minutes while someone types). Where it reads 0 (stuck at 0 on several
 * Wayland desktops) the desktop sensor's idle time over D-Bus answers instead. Linux has no lock
 * events, but its idle state reports 'locked' where the desktop supports it. Busy reasons come
 * from the desktop sensor, asked only when the engine asks.
 */
export function idleSensor(powerMonitor: PowerMonitorLike, platform: NodeJS.Platform, now: () => number, onHealth: (health: IdleHealth) => void, desktop?: DesktopSensing): PresenceSensor {
  const health = new IdleHealthMonitor();
  let reported: IdleHealth = 'unknown';
  return {
    ...(desktop ? { busy: () => desktop.busy() } : {}),
    read() {
      const electronIdle = powerMonitor.getSystemIdleTime();
      const idleSeconds = electronIdle > 0 ? electronIdle : (desktop?.idleSeconds() ?? electronIdle);
      const state = health.observe(idleSeconds, now());
      if (state !== reported) {
        reported = state;
        onHealth(state);
      }
      return { idleSeconds, locked: platform === 'linux' && powerMonitor.getSystemIdleState(60) === 'locked' };
    },
  };
}

/**
 * OS power events into engine inputs. suspend/resume exist everywhere; lock-screen and
 * unlock-screen on macOS and Windows; fast user switching on macOS counts as a lock.
 * Busy reasons (full screen, do-not-disturb, calls…) come from main/sensing, not from here.
 */
export function connectPower(powerMonitor: PowerMonitorLike, engine: Pick<Engine, 'dispatch'>, clock: Pick<SystemClock, 'suspended' | 'resumed'>): void {
  powerMonitor.on('suspend', () => {
    clock.suspended();
    engine.dispatch({ type: 'suspend' });
  });
  powerMonitor.on('resume', () => {
    clock.resumed();
    engine.dispatch({ type: 'wake' });
  });
  powerMonitor.on('lock-screen', () => engine.dispatch({ type: 'lock' }));
  powerMonitor.on('unlock-screen', () => engine.dispatch({ type: 'unlock' }));
  powerMonitor.on('user-did-resign-active', () => engine.dispatch({ type: 'lock' }));
  powerMonitor.on('user-did-become-active', () => engine.dispatch({ type: 'unlock' }));
}
