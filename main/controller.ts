import type { Engine } from './core/engine.js';
import type { Settings } from './core/settings.js';
import type { EngineInput, ReminderKind, Snapshot } from './core/types.js';
import type { AppState, Channel, Notice, NoticeId, ReliefMuscle, RequestOf, View } from './ipc/contract.js';

export interface ControllerPorts {
  engine: Pick<Engine, 'dispatch' | 'snapshot' | 'getSettings'>;
  saveSettings(settings: Settings): void;
  openWindow(route: { view: View; muscle?: ReliefMuscle }): void;
  loginItem: { get(): boolean; set(openAtLogin: boolean): void };
  /** Called whenever anything in AppState changed. */
  onChange(state: AppState): void;
}

/**
 * The app's intents in one place. IPC requests (already validated) and tray menu actions both
 * arrive here as the same calls, so a button in the window and an item in the menu cannot drift
 * apart. It holds only what is not the engine's: notices, the requested route, the break alert.
 */
export class AppController {
  private notices: Notice[] = [];
  private route: AppState['route'] = null;
  private breakAlert: AppState['breakAlert'] = null;

  constructor(private readonly ports: ControllerPorts) {}

  state(): AppState {
    return {
      snapshot: this.ports.engine.snapshot(),
      settings: this.ports.engine.getSettings(),
      notices: [...this.notices],
      openAtLogin: this.ports.loginItem.get(),
      breakAlert: this.breakAlert,
      route: this.route,
    };
  }

  /** Handles one validated request. Throws InputError/SettingsError for input the engine refuses. */
  handle<C extends Channel>(channel: C, request: RequestOf<C>): void {
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
        this.route = route.muscle ? { view: route.view, muscle: route.muscle } : { view: route.view };
        this.ports.openWindow(this.route);
        return this.changed();
      }
      case 'notice:dismiss':
        this.notices = this.notices.filter((n) => n.id !== (r as RequestOf<'notice:dismiss'>).id);
        return this.changed();
      default:
        throw new Error(`no handler for channel ${String(channel)}`);
    }
  }

  addNotice(notice: Notice): void {
    if (this.notices.some((n) => n.id === notice.id)) return;
    this.notices.push(notice);
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

  private engine(input: EngineInput): void {
    this.ports.engine.dispatch(input);
  }

  private changed(): void {
    this.ports.onChange(this.state());
  }
}
