/**
 * When the break window shows, in which shape, and when it goes — as a function of the engine's
 * records. Main's alerts adapter and the preview bridge both follow it, so the UI tests see the
 * window open and close by the same rule the app uses. It imports nothing but types: the preview
 * runs it in the page.
 */
import type { Settings } from '../core/settings.js';
import type { HistoryRecord, MovementKind, ReminderKind, Snapshot } from '../core/types.js';

export type BreakWindowShape = 'card' | 'player';

export interface BreakWindowPorts {
  settings(): Settings;
  snapshot(): Snapshot;
  /** Opens the window (or reshapes the open one); `focus` only when the person asked for the break. */
  open(shape: BreakWindowShape, options: { focus: boolean }): void;
  close(): void;
  /** The alert the window shows (null: none). */
  setBreakAlert(alert: { reminder: ReminderKind; attempt: number } | null): void;
}

/** Whether an alert of this kind brings up the break window (stretches always; moves if chosen). */
export function wantsBreakWindow(reminder: string, settings: Settings): reminder is MovementKind {
  return reminder === 'stretch' || (reminder === 'move' && settings.alerts.breakWindowForMove);
}

export interface BreakWindowFollower {
  onRecord(record: HistoryRecord): void;
  /** The break the window is showing (asking or running), if any. */
  showing(): MovementKind | null;
}

export function followBreakWindow(ports: BreakWindowPorts): BreakWindowFollower {
  let showing: MovementKind | null = null;
  let running = false;

  const close = () => {
    if (showing === null) return;
    showing = null;
    running = false;
    ports.setBreakAlert(null);
    ports.close();
  };

  const onRecord = (record: HistoryRecord) => {
    switch (record.event) {
      case 'alert':
        if (!wantsBreakWindow(record.reminder, ports.settings()) || running) return;
        showing = record.reminder;
        ports.setBreakAlert({ reminder: record.reminder, attempt: record.attempt });
        ports.open('card', { focus: false });
        return;
      case 'alertClosed':
        // Start closes the alert with the break already under way: the window stays for it.
        if (record.reminder === showing && !ports.snapshot().breakInProgress) close();
        return;
      case 'breakStart':
        // Every break, however it began (Start, the tray, Today, a shortcut), plays in the window.
        showing = record.reminder;
        running = true;
        ports.setBreakAlert(null);
        ports.open('player', { focus: record.source === 'breakNow' });
        return;
      case 'breakEnd':
        close();
        return;
      case 'away':
        // Nobody is there to answer; the alert comes back (and the window with it) if it repeats.
        if (!running) close();
        return;
      default:
        return;
    }
  };
  return { onRecord, showing: () => showing };
}
