import type { Clock, TimerId } from '../core/clock.js';

/** What the system clock needs from the host (Node/Electron), injectable for tests. */
export interface ClockHost {
  wallNow(): number;
  /** Monotonic milliseconds; on Linux and macOS it stops while the machine sleeps. */
  monotonicNow(): number;
  timeZone(): string;
  setTimeout(fire: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const nodeHost: ClockHost = {
  wallNow: () => Date.now(),
  monotonicNow: () => performance.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  setTimeout: (fire, ms) => setTimeout(fire, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Node's timers overflow past 2^31-1 ms; longer waits are re-armed in steps. */
const MAX_DELAY = 2 ** 31 - 1;

export interface SystemClock extends Clock {
  /** Call on powerMonitor 'suspend': remembers where both clocks stood. */
  suspended(): void;
  /** Call on powerMonitor 'resume': adds the time asleep, which the monotonic clock missed. */
  resumed(): void;
}

/**
 * The engine's clock on a real machine: monotonic time that includes time asleep. The OS's
 * monotonic clock pauses during sleep on Linux and macOS, so the time asleep is measured on the
 * wall clock between suspend and resume and added (never subtracted: a wall clock changed during
 * sleep could otherwise run time backwards).
 */
export function systemClock(host: ClockHost = nodeHost): SystemClock {
  let asleepMs = 0;
  let atSuspend: { wall: number; mono: number } | null = null;
  let nextId = 1;
  const handles = new Map<TimerId, unknown>();
  const now = () => host.monotonicNow() + asleepMs;

  const arm = (id: TimerId, at: number, fire: () => void) => {
    const delay = Math.max(0, at - now());
    handles.set(
      id,
      host.setTimeout(() => {
        if (!handles.has(id)) return;
        if (now() < at) return arm(id, at, fire); // a long wait re-armed in steps, or woke early
        handles.delete(id);
        fire();
      }, Math.min(delay, MAX_DELAY)),
    );
  };

  return {
    now,
    wallNow: () => host.wallNow(),
    timeZone: () => host.timeZone(),
    setTimer(at, fire) {
      const id = nextId++;
      arm(id, at, fire);
      return id;
    },
    clearTimer(id) {
      const handle = handles.get(id);
      if (handle !== undefined) host.clearTimeout(handle);
      handles.delete(id);
    },
    suspended() {
      atSuspend = { wall: host.wallNow(), mono: host.monotonicNow() };
    },
    resumed() {
      if (!atSuspend) return;
      const slept = host.wallNow() - atSuspend.wall - (host.monotonicNow() - atSuspend.mono);
      asleepMs += Math.max(0, slept);
      atSuspend = null;
    },
  };
}
