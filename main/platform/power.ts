import type { PresenceSensor } from '../core/clock.js';
import type { Engine } from '../core/engine.js';
import { IdleHealthMonitor, type IdleHealth } from '../core/idleHealth.js';
import type { SystemClock } from './clock.js';

/** The part of Electron's powerMonitor Limber uses. */
export interface PowerMonitorLike {
  on(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'user-did-become-active' | 'user-did-resign-active', listener: () => void): unknown;
  getSystemIdleTime(): number;
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
}

/**
 * Presence from the OS. Idle time comes from getSystemIdleTime(), sampled when the engine asks
 * (adaptive: about every 3 minutes while someone types). Linux has no lock events, but its idle
 * state reports 'locked' where the desktop supports it.
 */
export function idleSensor(powerMonitor: PowerMonitorLike, platform: NodeJS.Platform, now: () => number, onHealth: (health: IdleHealth) => void): PresenceSensor {
  const health = new IdleHealthMonitor();
  let reported: IdleHealth = 'unknown';
  return {
    read() {
      const idleSeconds = powerMonitor.getSystemIdleTime();
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
 * Electron offers no API for full-screen or do-not-disturb state of other apps, so `busy` is not
 * detected here (the engine supports it; see docs/architecture.md).
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
