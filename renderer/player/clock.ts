/**
 * The time source of the guided player. It is small on purpose: a monotonic reading and a
 * repeating tick the player arms only while a routine is playing, and disarms on pause, on
 * completion and when the player closes. Limber sits in the tray all day; nothing here runs when
 * nothing plays.
 *
 * The default reads `performance.now()` and ticks with `setInterval`, which is exactly what
 * Playwright's `page.clock` replaces, so the UI tests drive the real code with simulated time.
 * A component can be given another clock (a unit test, a future break-window player).
 */
export interface PlayerClock {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const browserClock: PlayerClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const id = window.setInterval(tick, ms);
    return () => window.clearInterval(id);
  },
};

/** How often the countdown redraws while playing: a quarter second keeps the ring smooth enough. */
export const TICK_MS = 250;
