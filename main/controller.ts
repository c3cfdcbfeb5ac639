import { InputError, type Engine } from './core/engine.js';
import { ImportError, newRecords, parseExport, toCsv, toJson } from './core/exchange.js';
import { crampInsights } from './core/insights.js';
import { defaultSettings, type Settings } from './core/settings.js';
import type { Chime } from './core/sounds.js';
import { summarizeDays } from './core/summary.js';
import type { EngineInput, HistoryRecord, ReminderKind, Snapshot } from './core/types.js';
import type { UpdateStatus } from './core/updates.js';
import type { Workout } from './core/workouts.js';
import type { AppState, Channel, Notice, NoticeId, ReliefMuscle, RequestOf, Responses, View } from './ipc/contract.js';

/** Where the history lives: files in the app, memory in the preview. */
export interface HistoryPort {
  load(options?: { sinceWall?: number }): HistoryRecord[];
  append(record: HistoryRecord): void;
}

export interface ControllerPorts {
  engine: Pick<Engine, 'dispatch' | 'snapshot' | 'getSettings'>;
  saveSettings(settings: Settings): void;
  openWindow(route: { view: View; muscle?: ReliefMuscle }): void;
  loginItem: { get(): boolean; set(openAtLogin: boolean): void };
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
  /** Where software updates stand, when this app updates itself. */
  update?: () => UpdateStatus;
}

const DAY = 24 * 60 * 60_000;

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
        this.engine({ type: 'settings', patch: r as RequestOf<'settings:set'> });
        this.ports.saveSettings(this.ports.engine.getSettings());
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
        this.notices = this.notices.filter((n) => n.id !== (r as RequestOf<'notice:dismiss'>).id);
        return this.changed();
      case 'meal:log':
        return this.engine({ type: 'meal' });
      case 'workouts:set': {
        const { workouts } = r as RequestOf<'workouts:set'>;
        this.engine({ type: 'workouts', workouts });
        this.workouts = structuredClone(workouts);
        this.ports.workouts?.save(this.workouts);
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
      case 'sound:preview':
        this.ports.previewSound?.((r as RequestOf<'sound:preview'>).chime);
        return;
      default:
        throw new Error(`no handler for channel ${String(channel)}`);
    }
  }

  /** Logs a cramp; defaults make it a two-click action from the tray. */
  logCramp(entry: RequestOf<'cramp:log'>): void {
    const now = this.now();
    this.engine({
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
    });
  }

  addNotice(notice: Notice): void {
    if (this.notices.some((n) => n.id === notice.id && n.detail === notice.detail)) return;
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

  /** The engine recorded something (the app has already appended it to the history). */
  recordAdded(record: HistoryRecord): void {
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
    this.recent ??= history.load({ sinceWall: now - 91 * DAY });
    const settings = this.ports.engine.getSettings();
    const zone = this.ports.engine.snapshot().timeZone;
    const all = summarizeDays(this.recent, { zone, dayStartsAt: settings.dayStartsAt, defaultGoalMl: settings.hydrate.dailyGoalMl });
    const firstDay = new Date(now - (this.historyRange - 1) * DAY).toISOString().slice(0, 10);
    this.historyView = { range: this.historyRange, days: all.filter((d) => d.day >= firstDay), insights: crampInsights(all) };
  }

  private exportHistory(format: 'json' | 'csv'): Responses['history:export'] {
    const records = this.ports.history?.load() ?? [];
    const stamp = new Date(this.now()).toISOString().slice(0, 10);
    return format === 'json'
      ? { filename: `limber-history-${stamp}.json`, mime: 'application/json', text: toJson(records, this.now()) }
      : { filename: `limber-history-${stamp}.csv`, mime: 'text/csv', text: toCsv(records) };
  }

  /** All or nothing: a file with any bad line is refused whole, naming the line and the reason. */
  private importHistory(text: string): void {
    const history = this.ports.history;
    if (!history) throw new InputError('history:import: there is no history to import into');
    let incoming: HistoryRecord[];
    try {
      incoming = parseExport(text);
    } catch (error) {
      if (error instanceof ImportError) throw new InputError(`history:import: ${error.message}; nothing was imported`);
      throw error;
    }
    const added = newRecords(history.load(), incoming);
    for (const record of added) history.append(record);
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
