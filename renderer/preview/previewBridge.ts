import { AppController, type HistoryPort } from '../../main/controller.ts';
import type { PresenceSensor } from '../../main/core/clock.ts';
import { Engine } from '../../main/core/engine.ts';
import { resolveSettings } from '../../main/core/settings.ts';
import type { BusyReason, HistoryRecord, ReminderKind } from '../../main/core/types.ts';
import type { Workout } from '../../main/core/workouts.ts';
import type { AppState, Channel, IpcResult, LimberBridge, RequestOf, ResponseOf } from '../../main/ipc/contract.ts';
import { answer } from '../../main/ipc/handlers.ts';
import { followBreakWindow, type BreakWindowFollower, type BreakWindowShape } from '../../main/platform/breakWindow.ts';
import type { PreviewOptions } from './options.ts';
import { PreviewClock } from './previewClock.ts';
import { seededPlan, seedHistory } from './seedHistory.ts';

const MINUTE = 60_000;
/** How far the preview fast-forwards at most to bring up a requested alert. */
const FORWARD_LIMIT = 2 * 24 * 60 * MINUTE;

/** Someone at the keyboard all the time: the preview never goes away on its own. */
const presentSensor: PresenceSensor = { read: () => ({ idleSeconds: 0, locked: false }) };

/** The history in memory, as main keeps it on disk: appended to, loaded as copies. */
class MemoryHistory implements HistoryPort {
  constructor(private readonly records: HistoryRecord[] = []) {}
  load(options: { sinceWall?: number } = {}): HistoryRecord[] {
    const since = options.sinceWall;
    return since === undefined ? [...this.records] : this.records.filter((r) => r.at >= since);
  }
  append(record: HistoryRecord): void {
    this.records.push(record);
  }
}

/**
 * A LimberBridge with main simulated in the page: the real Engine on a PreviewClock, main's own
 * AppController and IPC `answer` (the contract's validation, the same intents), and the whole
 * AppState pushed to listeners whenever it changes. Only Electron is missing: no windows,
 * notifications, store or login item — those ports are in-memory stand-ins here, as are the
 * workout plan and the history (optionally seeded with a month: `?seedHistory=1`).
 */
export class PreviewBridge implements LimberBridge {
  readonly clock: PreviewClock;
  private readonly engine: Engine;
  private readonly controller: AppController;
  private openAtLogin: boolean;
  /** The break window as main would have it: open or closed, and its shape. */
  readonly breakWindow: { open: boolean; shape: BreakWindowShape | null } = { open: false, shape: null };
  private readonly followBreak: BreakWindowFollower;
  private readonly listeners = new Set<(state: AppState) => void>();
  private lastPushed = '';
  private readonly history: MemoryHistory;
  private workouts: Workout[];
  private ids = 0;
  /** How many test notifications first run has sent (the preview shows none). */
  testNotifications = 0;

  constructor(options: PreviewOptions, browserNow: number) {
    this.clock = new PreviewClock(options.startAt ?? browserNow, options.timeZone, options.speed);
    this.openAtLogin = options.openAtLogin;
    // Asking for a movement break window means asking for the setting that shows one.
    const settings = resolveSettings({
      alerts: { strict: options.strict, breakWindowForMove: options.breakAlert === 'move' },
      profile: { setupDone: !options.firstRun },
    });
    // A seeded month comes with the plan it followed; otherwise nothing is planned yet.
    this.history = new MemoryHistory(options.seedHistory ? seedHistory(this.clock.wallNow(), options.timeZone) : []);
    this.workouts = options.seedHistory ? structuredClone(seededPlan) : [];
    this.engine = new Engine({ clock: this.clock, sensor: presentSensor, settings, workouts: this.workouts });
    this.controller = new AppController({
      engine: this.engine,
      saveSettings: () => undefined, // settings live as long as the page
      openWindow: () => undefined, // a page is one window; the route is in AppState
      loginItem: {
        get: () => this.openAtLogin,
        set: (openAtLogin) => {
          this.openAtLogin = openAtLogin;
        },
      },
      onChange: (state) => this.push(state),
      workouts: {
        initial: this.workouts,
        save: (workouts) => {
          this.workouts = workouts;
        },
      },
      history: this.history,
      now: () => this.clock.wallNow(),
      newId: () => `preview-${++this.ids}`,
      // The simulated desktop: what `unsupported` leaves out cannot be told, `busy` is what it sees.
      senseNow: () => {
        const reading = (reason: BusyReason) => (options.unsupported.includes(reason) ? null : options.busy === reason);
        const method = (reason: BusyReason) => (options.unsupported.includes(reason) ? null : 'preview');
        const names = this.engine.getSettings().busy.appNames;
        return {
          fullScreen: reading('fullScreen'),
          doNotDisturb: reading('doNotDisturb'),
          inCall: reading('inCall'),
          screenSharing: reading('screenSharing'),
          idleSeconds: 0,
          runningChosenApps: options.unsupported.includes('app') ? null : options.busy === 'app' ? names : [],
          trayAvailable: true,
          sources: {
            fullScreen: method('fullScreen'),
            doNotDisturb: method('doNotDisturb'),
            inCall: method('inCall'),
            screenSharing: method('screenSharing'),
            idleSeconds: 'preview',
            runningChosenApps: method('app'),
            trayAvailable: 'preview',
          },
        };
      },
      testNotification: () => {
        if (options.notifications === 'unsupported') return { sent: false, reason: 'unsupported' };
        if (options.notifications === 'failing') return { sent: false, reason: 'failed', detail: 'the notification server did not answer' };
        this.testNotifications += 1;
        return { sent: true };
      },
    });
    // The break window follows the engine by main's own rule; here it is a flag the tests read.
    this.followBreak = followBreakWindow({
      settings: () => this.engine.getSettings(),
      snapshot: () => this.engine.snapshot(),
      open: (shape) => Object.assign(this.breakWindow, { open: true, shape }),
      close: () => Object.assign(this.breakWindow, { open: false, shape: null }),
      setBreakAlert: (alert) => this.controller.setBreakAlert(alert),
    });
    for (const notice of options.notices) this.controller.addNotice(notice);
    if (options.unsupported.length > 0) this.controller.setSensing({ unsupported: options.unsupported, trayAvailable: true });
    if (options.view) this.controller.handle('window:open', options.muscle ? { view: options.view, muscle: options.muscle } : { view: options.view });
    this.engine.subscribe((output) => {
      if (output.type === 'record') {
        // As main does: the controller keeps it in the history, then in its view of it.
        this.controller.recordAdded(output.record);
        this.followBreak.onRecord(output.record);
      } else this.controller.snapshotChanged(output.snapshot);
    });
    this.engine.start();
    if (options.breakAlert) this.forwardToAlert(options.breakAlert);
    if (options.busy) this.forwardToHold(options.busy);
  }

  async invoke<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
    const sameOrigin = () => true; // every page here is the preview's own
    return answer(channel, {}, request, this.controller, sameOrigin, (message) => console.error(message)) as IpcResult<ResponseOf<C>>;
  }

  onState(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Runs simulated time forward by `ms`, firing every timer due on the way. */
  forward(ms: number): void {
    const limit = this.clock.now() + ms;
    while (this.clock.forwardToNextTimer(limit));
  }

  /** Pushes the state when anything in it changed; asynchronously, as IPC is. */
  private push(state: AppState): void {
    const json = JSON.stringify(state);
    if (json === this.lastPushed) return;
    this.lastPushed = json;
    queueMicrotask(() => {
      for (const listener of this.listeners) listener(structuredClone(state));
    });
  }

  /** Reports the desktop busy and runs simulated time until an alert is held for it. */
  private forwardToHold(reason: BusyReason): void {
    this.engine.dispatch({ type: 'busy', busy: true, reason });
    const limit = this.clock.now() + FORWARD_LIMIT;
    while (!this.engine.snapshot().holding && this.clock.forwardToNextTimer(limit));
  }

  /** Runs simulated time until `kind` alerts, skipping any other alert that comes up first. */
  private forwardToAlert(kind: ReminderKind): void {
    const limit = this.clock.now() + FORWARD_LIMIT;
    for (;;) {
      const { alerting } = this.engine.snapshot();
      if (alerting.includes(kind)) return;
      for (const other of alerting) this.engine.dispatch({ type: 'reply', reminder: other, action: 'skip' });
      if (!this.clock.forwardToNextTimer(limit)) {
        console.warn(`preview: no ${kind} alert within two simulated days`);
        return;
      }
    }
  }
}
