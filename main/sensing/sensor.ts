/**
 * The platform sensor behind the engine's PresenceSensor.busy(): one small source per OS method,
 * asked only when the engine asks (an alert about to fire, or every minute or two while one is
 * held). Pushed sources (D-Bus signals, X events) also tell the engine at once, as `busy` inputs.
 * A reason no source can tell is left out: unknown never holds an alert; it is reported once in
 * Preferences as not supported here.
 */
import type { Settings } from '../core/settings.js';
import { busyReasons, type BusyReason } from '../core/types.js';
import type { Answer, AppsSource, BusySource, IdleSource } from './source.js';

export type BusySettings = Settings['busy'];
export type BusyInput = { type: 'busy'; busy: boolean; reason: BusyReason };

/** Each reason's switch in settings.busy. */
const settingFor: Record<BusyReason, keyof Omit<BusySettings, 'appNames'>> = {
  fullScreen: 'fullScreen',
  doNotDisturb: 'doNotDisturb',
  inCall: 'inCall',
  screenSharing: 'screenSharing',
  app: 'apps',
};

/** What `npm run sense` prints and Preferences' check shows: each answer, and the method that gave it. */
export interface SenseReport {
  fullScreen: Answer;
  doNotDisturb: Answer;
  inCall: Answer;
  screenSharing: Answer;
  idleSeconds: number | null;
  runningChosenApps: string[] | null;
  trayAvailable: boolean | null;
  sources: Record<'fullScreen' | 'doNotDisturb' | 'inCall' | 'screenSharing' | 'idleSeconds' | 'runningChosenApps' | 'trayAvailable', string | null>;
}

export interface SensingParts {
  sources: BusySource[];
  apps: AppsSource | null;
  /** Idle time from a method other than Electron's (D-Bus on Linux). */
  idle: IdleSource | null;
  /** Whether the desktop can show a tray icon; null when it cannot be told. */
  tray: { method: string; check: () => Promise<boolean> } | null;
  /** Closes shared connections (the session bus) after the sources stopped. */
  close?: () => void;
}

export interface SensingOptions extends SensingParts {
  settings: () => BusySettings;
  /** A pushed source changed a reason's answer (only for reasons turned on). */
  onBusy: (input: BusyInput) => void;
  /** The D-Bus idle time disagreed with what was answered: the engine should read again. */
  onIdleCorrection?: () => void;
  log?: (message: string) => void;
  /** How long a source may take to connect and give its first answer. */
  startTimeoutMs?: number;
}

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });

export class Sensing {
  private live: BusySource[] = [];
  private idle: IdleSource | null = null;
  private tray: boolean | null = null;
  private told = new Map<BusyReason, boolean>();
  private stopped = false;

  constructor(private readonly options: SensingOptions) {
    // Sources read on demand work from the start; pushed ones join once connected.
    this.live = options.sources.filter((source) => !source.start);
  }

  /** Connects the pushed sources (those that fail are left out and logged) and tells the engine what already holds. */
  async start(): Promise<void> {
    const { sources, idle, tray, log = () => undefined, startTimeoutMs = 3000 } = this.options;
    const started = await Promise.all(
      sources.map(async (source) => {
        if (!source.start) return null;
        try {
          await withTimeout(source.start(() => this.pushed(source.reason)), startTimeoutMs, source.method);
          return source;
        } catch (error) {
          source.stop?.();
          log(`sensing: ${source.method} is not available here (${(error as Error).message})`);
          return null;
        }
      }),
    );
    this.live.push(...started.filter((source): source is BusySource => source !== null));
    if (idle) {
      try {
        await withTimeout(idle.start(() => this.options.onIdleCorrection?.()), startTimeoutMs, 'idle over D-Bus');
        this.idle = idle;
      } catch (error) {
        idle.stop();
        log(`sensing: ${(error as Error).message}`);
      }
    }
    if (tray) {
      try {
        this.tray = await withTimeout(tray.check(), startTimeoutMs, tray.method);
      } catch (error) {
        log(`sensing: cannot tell whether a tray exists (${(error as Error).message})`);
      }
    }
    if (this.stopped) return this.stop();
    for (const reason of new Set(this.live.filter((source) => source.start).map((source) => source.reason))) this.pushed(reason);
  }

  stop(): void {
    this.stopped = true;
    for (const source of this.live) source.stop?.();
    this.idle?.stop();
    this.live = [];
    this.idle = null;
    this.options.close?.();
  }

  /** The busy reasons that hold now, among those turned on. Cheap: caches and a few /proc reads. */
  busy(): BusyReason[] {
    const settings = this.options.settings();
    return busyReasons.filter((reason) => settings[settingFor[reason]] && this.answer(reason, settings).value === true);
  }

  /** Idle seconds from the extra method, or null when there is none (use Electron's). */
  idleSeconds(): number | null {
    return this.idle ? this.idle.read() : null;
  }

  /** Whether a tray icon can be shown here (null: cannot tell). */
  trayAvailable(): boolean | null {
    return this.tray;
  }

  /** The reasons nothing on this desktop can tell (reported once in Preferences). */
  unsupported(): BusyReason[] {
    const settings = { ...this.options.settings(), appNames: [] };
    return busyReasons.filter((reason) => this.answer(reason, settings).value === null);
  }

  report(chosenApps: readonly string[]): SenseReport {
    const settings = { ...this.options.settings(), appNames: [...chosenApps] };
    const part = (reason: BusyReason) => this.answer(reason, settings);
    const [fullScreen, doNotDisturb, inCall, screenSharing] = (['fullScreen', 'doNotDisturb', 'inCall', 'screenSharing'] as const).map(part) as [Reading, Reading, Reading, Reading];
    const idleSeconds = this.idleSeconds();
    const apps = this.options.apps;
    const running = apps ? apps.running(chosenApps) : null;
    return {
      fullScreen: fullScreen.value,
      doNotDisturb: doNotDisturb.value,
      inCall: inCall.value,
      screenSharing: screenSharing.value,
      idleSeconds,
      runningChosenApps: running,
      trayAvailable: this.tray,
      sources: {
        fullScreen: fullScreen.method,
        doNotDisturb: doNotDisturb.method,
        inCall: inCall.method,
        screenSharing: screenSharing.method,
        idleSeconds: idleSeconds === null ? null : (this.idle?.method ?? null),
        runningChosenApps: running === null ? null : (apps?.method ?? null),
        trayAvailable: this.tray === null ? null : (this.options.tray?.method ?? null),
      },
    };
  }

  /** A reason holds when any of its sources says so; it is known when any source can tell. */
  private answer(reason: BusyReason, settings: BusySettings): Reading {
    if (reason === 'app') {
      const apps = this.options.apps;
      const running = apps ? apps.running(settings.appNames) : null;
      return running === null ? { value: null, method: null } : { value: running.length > 0, method: apps!.method };
    }
    let known: Reading = { value: null, method: null };
    for (const source of this.live) {
      if (source.reason !== reason) continue;
      const value = source.read();
      if (value === true) return { value, method: source.method };
      if (value === false && known.value === null) known = { value, method: source.method };
    }
    return known;
  }

  /**
   * Settings changed: a reason the engine was told holds, and that is now turned off (or no
   * longer holds), is told to end, so switching a reason off in Preferences releases its hold.
   */
  settingsChanged(): void {
    for (const [reason, busy] of this.told) if (busy) this.pushed(reason, true);
  }

  private pushed(reason: BusyReason, evenIfOff = false): void {
    if (this.stopped) return;
    const settings = this.options.settings();
    const on = settings[settingFor[reason]];
    if (!on && !evenIfOff) return;
    const busy = on && this.answer(reason, settings).value === true;
    if ((this.told.get(reason) ?? false) === busy) return;
    this.told.set(reason, busy);
    this.options.onBusy({ type: 'busy', busy, reason });
  }
}

interface Reading {
  value: Answer;
  method: string | null;
}
