import { useEffect, useState } from 'preact/hooks';

/**
 * The wall clock the views count down against. In the app it is the system clock; the preview
 * points it at its simulated clock (which may run faster), so countdowns match the simulated engine.
 */
let source: () => number = () => Date.now();
/** Simulated milliseconds per real millisecond. */
let rate = 1;

export function wallNow(): number {
  return source();
}

export function setWallClockSource(now: () => number, speed = 1): void {
  source = now;
  rate = speed;
}

/** Slowest and fastest real re-render intervals, whatever the simulated speed. */
const MIN_INTERVAL = 250;
const MAX_INTERVAL = 60_000;

/**
 * The wall time at this render; the component re-renders every `resolutionMs` of (simulated) time
 * while the page is visible. A hidden window does not tick: Limber lives in the tray all day and
 * must not poll in the background.
 */
export function useWallNow(resolutionMs: number): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    let timer: number | undefined;
    const tick = () => setTicks((n) => n + 1);
    const start = () => {
      stop();
      if (document.hidden || rate <= 0) return;
      tick();
      timer = window.setInterval(tick, Math.min(MAX_INTERVAL, Math.max(MIN_INTERVAL, resolutionMs / rate)));
    };
    const stop = () => {
      if (timer !== undefined) window.clearInterval(timer);
      timer = undefined;
    };
    start();
    document.addEventListener('visibilitychange', start);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', start);
    };
  }, [resolutionMs]);
  return wallNow();
}
