import { InputError, type Engine } from './core/engine.js';
import { ImportError, newRecords, parseExport, toCsv, toJson } from './core/exchange.js';
import { crampInsights } from './core/insights.js';
import { defaultSettings, resolveSettings, type Settings } from './core/settings.js';
import type { Chime } from './core/sounds.js';
import { summarizeDays } from './core/summary.js';
import type { EngineInput, HistoryRecord, ReminderKind, Snapshot } from './core/types.js';
import type { UpdateStatus } from './core/updates.js';
import type { Workout } from './core/workouts.js';
import type { AppState, Channel, SenseReport, TestNotificationResult, Notice, NoticeId, ReliefMuscle, RequestOf, Responses, View } from './ipc/contract.js';
import { WriteFailedError, writeFailureOf } from './writeFailure.js';

/** Where the history lives: files in the app, memory in the preview. */
export interface HistoryPort {
  load(options?: { sinceWall?: number }): HistoryRecord[];
  append(record: HistoryRecord): void;
  /** Many records at once, all or nothing (an import); one append each when absent. */
  appendAll?(records: readonly HistoryRecord[]): void;
  /** What the last load skipped (lines that are not records). */
  readonly stats?: { skippedLines: number };
}

/**
 * Reads an export file and returns the records the history lacks (in a worker in the app, so a
 * big file cannot hold up the tray or the timers); throws ImportError naming the line.
 */
export type ImportPlanner = (text: string, now: number) => Promise<HistoryRecord[]> | HistoryRecord[];

export interface ControllerPorts {
  engine: Pick<Engine, 'dispatch' | 'snapshot' | 'getSettings'>;
  saveSettings(settings: Settings): void;
  openWindow(route: { view: View; muscle?: ReliefMuscle }): void;
  loginItem: { get(): boolean; set(openAtLogin: boolean): void };
  /** Forgets a notice kept in the settings file, once dismissed. */
  dismissNotice?(id: NoticeId): void;
  /** Opens the folder holding the log files. */
  openLogFolder?(): void;
  /** Plans an import; on this thread when absent (the preview, tests). */
  planImport?: ImportPlanner;
  /** Where failures nobody asked about (a record the disk refused) are logged. */
  log?: (message: string) => void;
  /** Called whenever anything in AppState changed. */
  onChange(state: AppState): void;
  /** The plan as stored, and where to store a new one. */
  workouts?: { initial: Workout[]; save(workouts: Workout[]): void };
  history?: HistoryPort;
  /** The language the app speaks now (English when not given). */
  language?: () => AppState['language'];
  /** Plays a chime now, at the person's volume (Preferences' sample button). */
  previewSound?: (chime: Chime) => void;
  /** Wall clock (ms) and a fresh id, for diary entries. */
  now?: () => number;
  newId?: () => string;
  /** Shows a test notification through the reminders' own path (first run); absent where none can show. */
  testNotification?(): TestNotificationResult;
  /** What the desktop sensor sees now (Preferences' check); absent where nothing is sensed. */
  senseNow?(): SenseReport;
  /** Where software updates stand, when this app updates itself. */
  update?: () => UpdateStatus;
}

const DAY = 24 * 60 * 60_000;

/** The check's answer where no sensor runs: nothing can be told. */
function nothingSensed(): SenseReport {
  const reasons = { fullScreen: null, doNotDisturb: null, inCall: null, screenSharing: null };
  return { ...reasons, idleSeconds: null, runningChosenApps: null, trayAvailable: null, sources: { ...reasons, idleSeconds: null, runningChosenApps: null, trayAvailable: null } };
}

/**
 * The app's intents in one place. IPC requests (already validated) and tray menu actions both
 * arrive here as the same calls, so a button in the window and an item in the menu cannot drift
 * apart. It holds only what is not the engine's: notices, the requested route, the break alert,
 * the plan as stored, and the history view a window asked for.
 */
/** What each setting starts as: the window's "Restore defaults" puts a section back to these. */
const DEFAULTS: Settings = defaultSettings();

export class AppController {
  private notices: Notice[] = [];
  private route: AppState['route'] = null;
  private breakAlert: AppState['breakAlert'] = null;
  private workouts: Workout[];
  private historyRange: 7 | 30 | 90 | null = null;
  /** The last 91 days of records, loaded once a view asks and kept up to date as records come. */
  private recent: HistoryRecord[] | null = null;
  private historyView: AppState['history'] = null;
  private sensing: AppState['sensing'] = { unsupported: [], trayAvailable: null };
  /** The last record the disk refused while `written` watches. */
  private unwritten: WriteFailedError | null = null;

  constructor(private readonly ports: ControllerPorts) {
    this.workouts = structuredClone(ports.workouts?.initial ?? []);
  }

  state(): AppState {
    return {
      snapshot: this.ports.engine.snapshot(),
      settings: this.ports.engine.getSettings(),
      defaults: DEFAULTS,
      notices: [...this.notices],
      openAtLogin: this.ports.loginItem.get(),
      breakAlert: this.breakAlert,
      route: this.route,
      language: this.ports.language?.() ?? 'en',
      workouts: structuredClone(this.workouts),
      history: this.historyView,
      sensing: { unsupported: [...this.sensing.unsupported], trayAvailable: this.sensing.trayAvailable },
      ...(this.ports.update ? { update: this.ports.update() } : {}),
    };
  }

  /** The update status changed (a look, a download): the window's Preferences show it. */
  updateChanged(): void {
    this.changed();
  }

  /** What the desktop sensor found it can tell here, once it has started. */
  setSensing(status: AppState['sensing']): void {
    this.sensing = status;
    this.changed();
  }

  /**
   * Handles one validated request and returns what the channel answers with (undefined: the new
   * state). Throws InputError/SettingsError for input the engine refuses.
   */
  handle<C extends Channel>(channel: C, request: RequestOf<C>): C extends keyof Responses ? Responses[C] : void {
    return this.dispatchRequest(channel, request) as never;
  }

  private dispatchRequest(channel: Channel, request: unknown): unknown {
    const r = request as never;
    switch (channel) {
      case 'state:get':
        return;
      case 'reply':
        return this.engine({ type: 'reply', ...(r as RequestOf<'reply'>) });
      case 'drink:log':
        return this.engine({ type: 'drink', ...(r as RequestOf<'drink:log'>) });
      case 'drink:undo':
        return this.engine({ type: 'undoDrink' });
      case 'pause:set':
        return this.engine({ type: 'pause', pause: r as RequestOf<'pause:set'> });
      case 'pause:resume':
        return this.engine({ type: 'resume' });
      case 'break:now':
        return this.engine({ type: 'breakNow' });
      case 'settings:set': {
        // Saved first, applied once saved: after a failed save the engine keeps the settings the
        // file has, so the window and the engine agree after a restart too.
        const next = resolveSettings(r as RequestOf<'settings:set'>, this.ports.engine.getSettings());
        this.save(() => this.ports.saveSettings(next));
        this.engine({ type: 'settings', patch: next });
        return this.changed();
      }
      case 'login:set':
        this.ports.loginItem.set((r as RequestOf<'login:set'>).openAtLogin);
        return this.changed();
      case 'window:open': {
        const route = r as RequestOf<'window:open'>;
        const seq = (this.route?.seq ?? 0) + 1;
        this.route = route.muscle ? { view: route.view, muscle: route.muscle, seq } : { view: route.view, seq };
        this.ports.openWindow(this.route);
        return this.changed();
      }
      case 'notice:dismiss':
        this.dismissNotice((r as RequestOf<'notice:dismiss'>).id as NoticeId);
        return this.changed();
      case 'logs:open':
        this.ports.openLogFolder?.();
        return;
      case 'meal:log':
        return this.engine({ type: 'meal' });
      case 'workouts:set': {
        const { workouts } = r as RequestOf<'workouts:set'>;
        const save = this.ports.workouts?.save;
        if (save) this.save(() => save(structuredClone(workouts)));
        this.engine({ type: 'workouts', workouts });
        this.workouts = structuredClone(workouts);
        return this.changed();
      }
      case 'cramp:log':
        return this.logCramp(r as RequestOf<'cramp:log'>);
      case 'cramp:delete':
        return this.engine({ type: 'deleteCramp', id: (r as RequestOf<'cramp:delete'>).id });
      case 'history:view':
        this.historyRange = (r as RequestOf<'history:view'>).range;
        this.refreshHistory();
        return this.changed();
      case 'history:export':
        return this.exportHistory((r as RequestOf<'history:export'>).format);
      case 'history:import':
        return this.importHistory((r as RequestOf<'history:import'>).text);
      case 'notification:test':
        return this.ports.testNotification?.() ?? ({ sent: false, reason: 'unsupported' } satisfies TestNotificationResult);
      case 'sensing:check':
        return this.ports.senseNow?.() ?? nothingSensed();
      case 'sound:preview':
        this.ports.previewSound?.((r as RequestOf<'sound:preview'>).chime);
        return;
      default:
        throw new Error(`no handler for channel ${String(channel)}`);
    }
  }

  /** Logs a cramp; defaults make it a two-click action from the tray. Throws WriteFailedError when it was not kept. */
  logCramp(entry: RequestOf<'cramp:log'>): void {
    const now = this.now();
    this.written(() => this.engine({
      type: 'cramp',
      cramp: {
        id: this.ports.newId?.() ?? `cramp-${now}`,
        muscle: entry.muscle,
        when: entry.when ?? now,
        context: entry.context,
        severity: entry.severity,
        durationMinutes: entry.durationMinutes ?? null,
        note: entry.note ?? '',
      },
    }));
  }

  /**
   * Runs `act` (which records through the engine) and throws WriteFailedError if a record it made
   * did not reach the history, so a request the person made answers `failed`, never `ok`.
   */
  private written(act: () => void): void {
    this.unwritten = null;
    act();
    const failure = this.unwritten as WriteFailedError | null;
    this.unwritten = null;
    if (failure) throw failure;
  }

  /**
   * Runs a save of the settings document; a failure is shown (until a save works) and thrown as
   * WriteFailedError. Validation errors pass through untouched.
   */
  save(act: () => void): void {
    try {
      act();
    } catch (error) {
      if (error instanceof WriteFailedError) this.addNotice({ id: 'settingsWriteFailed', reason: error.reason });
      throw error;
    }
    this.removeNotice('settingsWriteFailed');
  }

  addNotice(notice: Notice): void {
    if (this.notices.some((n) => n.id === notice.id && n.detail === notice.detail && n.reason === notice.reason)) return;
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice];
    this.changed();
  }

  removeNotice(id: NoticeId): void {
    const before = this.notices.length;
    this.notices = this.notices.filter((n) => n.id !== id);
    if (this.notices.length !== before) this.changed();
  }

  setBreakAlert(alert: { reminder: ReminderKind; attempt: number } | null): void {
    this.breakAlert = alert;
    this.changed();
  }

  /** The engine published a new snapshot. */
  snapshotChanged(_snapshot: Snapshot): void {
    this.changed();
  }

  /** The person dismissed a notice (in the window or the tray); one kept in the settings file is forgotten there too. */
  dismissNotice(id: NoticeId): void {
    const dismiss = this.ports.dismissNotice;
    if (dismiss) this.save(() => dismiss(id));
    this.removeNotice(id);
  }

  /** Notices shown now (the tray lists them too). */
  currentNotices(): readonly Notice[] {
    return this.notices;
  }

  /**
   * The engine recorded something: keep it in the history, then in the view of it. A record the
   * disk refused is shown as a notice until an append works again; the history module makes sure
   * the next record starts on a fresh line, so only this one is lost.
   */
  recordAdded(record: HistoryRecord): void {
    const history = this.ports.history;
    if (history) {
      try {
        history.append(record);
        this.removeNotice('historyWriteFailed');
      } catch (error) {
        const reason = writeFailureOf(error);
        this.ports.log?.(`history: could not append a ${record.event} record: ${(error as Error).message}`);
        this.unwritten = new WriteFailedError('history', reason, `not saved: ${reason}`);
        this.addNotice({ id: 'historyWriteFailed', reason });
        return;
      }
    }
    if (!this.recent) return;
    this.recent.push(record);
    if (this.historyRange === null || !isChartable(record)) return;
    this.refreshHistory();
    this.changed(); // a logged cramp changes no snapshot, but the diary and charts must show it
  }

  private refreshHistory(): void {
    const history = this.ports.history;
    if (!history || this.historyRange === null) return;
    const now = this.now();
    if (!this.recent) {
      this.recent = history.load({ sinceWall: now - 91 * DAY });
      this.noteSkipped();
    }
    const settings = this.ports.engine.getSettings();
    const zone = this.ports.engine.snapshot().timeZone;
    // Never more days than asked for (91 for the insights), whatever dates the records carry.
    const all = summarizeDays(this.recent, { zone, dayStartsAt: settings.dayStartsAt, defaultGoalMl: settings.hydrate.dailyGoalMl, window: { from: now - 91 * DAY, to: now } });
    const firstDay = new Date(now - (this.historyRange - 1) * DAY).toISOString().slice(0, 10);
    this.historyView = { range: this.historyRange, days: all.filter((d) => d.day >= firstDay), insights: crampInsights(all) };
  }

  /** Lines the last load could not read are said, never dropped quietly. */
  private noteSkipped(): void {
    const skipped = this.ports.history?.stats?.skippedLines ?? 0;
    if (skipped > 0) this.addNotice({ id: 'historySkipped', detail: String(skipped) });
  }

  private exportHistory(format: 'json' | 'csv'): Responses['history:export'] {
    const records = this.ports.history?.load() ?? [];
    this.noteSkipped();
    const stamp = new Date(this.now()).toISOString().slice(0, 10);
    return format === 'json'
      ? { filename: `limber-history-${stamp}.json`, mime: 'application/json', text: toJson(records, this.now()) }
      : { filename: `limber-history-${stamp}.csv`, mime: 'text/csv', text: toCsv(records) };
  }

  /**
   * All or nothing: a file with any bad line is refused whole, naming the line and the reason; a
   * write that fails part-way is rolled back by the history and answered `failed`.
   */
  private importHistory(text: string): Promise<void> {
    const history = this.ports.history;
    if (!history) throw new InputError('history:import: there is no history to import into');
    return this.runImport(history, text);
  }

  private async runImport(history: HistoryPort, text: string): Promise<void> {
    const plan =
      this.ports.planImport ??
      ((file: string, now: number) => {
        const incoming = parseExport(file, now);
        const existing = history.load();
        this.noteSkipped();
        return newRecords(existing, incoming);
      });
    let added: HistoryRecord[];
    try {
      added = await plan(text, this.now());
    } catch (error) {
      if (error instanceof ImportError) throw new InputError(`history:import: ${error.message}; nothing was imported`);
      throw error;
    }
    try {
      if (history.appendAll) history.appendAll(added);
      else for (const record of added) history.append(record);
      this.removeNotice('historyWriteFailed');
    } catch (error) {
      const reason = writeFailureOf(error);
      this.ports.log?.(`history: an import of ${added.length} records failed and was rolled back: ${(error as Error).message}`);
      this.addNotice({ id: 'historyWriteFailed', reason });
      throw new WriteFailedError('history', reason, `history:import: not saved: ${reason}; nothing was imported`);
    }
    this.recent = null;
    this.refreshHistory();
    this.addNotice({ id: 'historyImported', detail: String(added.length) });
  }

  private now(): number {
    return this.ports.now?.() ?? Date.now();
  }

  private engine(input: EngineInput): void {
    this.ports.engine.dispatch(input);
  }

  private changed(): void {
    this.ports.onChange(this.state());
  }
}

/** Records that change what the history view shows. */
function isChartable(record: HistoryRecord): boolean {
  return ['drink', 'drinkUndone', 'cramp', 'crampDeleted', 'naturalBreak', 'breakEnd', 'reply', 'missed', 'away', 'back', 'newDay', 'alert', 'meal'].includes(record.event);
}

