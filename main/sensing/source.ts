/**
 * One OS method that can tell one busy reason. The aggregate sensor (sensor.ts) asks them only
 * when the engine asks, so each read must be synchronous and cheap: a pushed source answers from
 * a cache its events keep fresh; the rest read a few small files. `null` means "cannot tell here",
 * which never holds an alert.
 */
import type { BusyReason } from '../core/types.js';

export type Answer = boolean | null;

export interface BusySource {
  /** The method, as `npm run sense` and the logs name it (e.g. "x11:_NET_WM_STATE"). */
  readonly method: string;
  readonly reason: BusyReason;
  /** The current answer. */
  read(): Answer;
  /**
   * Pushed sources: connects and takes a first reading, then calls onChange whenever read()'s
   * answer may have changed. Rejects when the method is not available on this desktop.
   */
  start?(onChange: () => void): Promise<void>;
  stop?(): void;
}

/** Running processes matched against the names a person chose (executable names). */
export interface AppsSource {
  readonly method: string;
  /** The chosen names that run now (as the person wrote them), or null when the list cannot be read. */
  running(names: readonly string[]): string[] | null;
}

/** Seconds since the last input from a method Electron's idle time may lack (Wayland). */
export interface IdleSource {
  readonly method: string;
  /** The latest known idle seconds (null until known); a refresh follows each read. */
  read(): number | null;
  start(onCorrection: () => void): Promise<void>;
  stop(): void;
}

/**
 * Executable names compare the way people write them: any case, with or without a Windows
 * ".exe" or a macOS ".app", and against the full name or the 15 characters Linux keeps in `comm`.
 */
export function normaliseAppName(name: string): string {
  return name.trim().toLowerCase().replace(/\.(exe|app)$/, '');
}

export function matchChosenApps(chosen: readonly string[], processNames: Iterable<string>): string[] {
  const running = new Set<string>();
  for (const name of processNames) running.add(normaliseAppName(name));
  return chosen.filter((name) => {
    const wanted = normaliseAppName(name);
    return running.has(wanted) || (wanted.length > 15 && running.has(wanted.slice(0, 15)));
  });
}

/** A chosen-apps source over any way of listing running executables. */
export function appsSource(method: string, processNames: () => string[] | null): AppsSource {
  return {
    method,
    running(names) {
      const running = processNames();
      return running === null ? null : matchChosenApps(names, running);
    },
  };
}
