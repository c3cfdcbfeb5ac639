/**
 * The ports through which the core learns about time and presence. The core never reads the
 * system clock or arms timers itself, so tests and the simulator can run days in milliseconds.
 */
import type { BusyReason } from './types.js';

export type TimerId = number;

export interface Clock {
  /**
   * Milliseconds on a monotonic timeline that includes time spent asleep. It never jumps when the
   * wall clock is changed; intervals ("30 minutes of active time") are measured on it.
   */
  now(): number;
  /** The device's wall clock, epoch milliseconds. It can jump (manual change, NTP correction). */
  wallNow(): number;
  /** The IANA time zone the device is in now; it changes when the user travels. */
  timeZone(): string;
  /** Arms a one-shot timer for a moment on the monotonic timeline. */
  setTimer(at: number, fire: () => void): TimerId;
  clearTimer(id: TimerId): void;
}

export interface PresenceReading {
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds: number;
  /** True where the OS reports a locked screen through idle state (Linux); lock events cover the rest. */
  locked: boolean;
}

/** Samples the OS idle state. Sampling is cheap, but each sample is a wake-up: the engine decides when. */
export interface PresenceSensor {
  read(): PresenceReading;
  /**
   * The reasons the person is busy now, as far as the desktop can tell ([] when not busy, and a
   * reason whose sensor cannot tell is left out: unknown never holds an alert). Synchronous and
   * cheap: pushed sources answer from a cache. The engine asks only when an alert is about to fire
   * and, while holding one, again every minute or two — never on a tick.
   */
  busy?(): BusyReason[];
}
