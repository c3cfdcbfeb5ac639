/**
 * System-wide keyboard shortcuts (settings.shortcuts): take a break now, log the default drink,
 * pause or resume. None by default. Electron's globalShortcut registers them; a shortcut the OS
 * or another app already holds is refused, and that refusal is reported by its field.
 */
import type { Settings } from '../core/settings.js';
import type { EngineInput, Snapshot } from '../core/types.js';

export type ShortcutField = keyof Settings['shortcuts'];
export const shortcutFields = ['breakNow', 'drink', 'pause'] as const satisfies readonly ShortcutField[];

/** The part of Electron's `globalShortcut` Limber uses. */
export interface GlobalShortcutLike {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
  unregisterAll(): void;
}

export interface ShortcutPorts {
  globalShortcut: GlobalShortcutLike;
  snapshot(): Pick<Snapshot, 'paused'>;
  dispatch(input: EngineInput): void;
  /** The fields whose shortcut the system refused just now ([] when every one was taken). */
  refused(fields: ShortcutField[]): void;
}

/** A pause from the keyboard lasts an hour: long enough for a meeting, never forgotten all day. */
export const SHORTCUT_PAUSE_MINUTES = 60;

/** What each shortcut does. */
export function shortcutInput(field: ShortcutField, snapshot: Pick<Snapshot, 'paused'>): EngineInput {
  switch (field) {
    case 'breakNow':
      return { type: 'breakNow' };
    case 'drink':
      return { type: 'drink' }; // the person's default amount
    case 'pause':
      return snapshot.paused ? { type: 'resume' } : { type: 'pause', pause: { for: 'minutes', minutes: SHORTCUT_PAUSE_MINUTES } };
  }
}

/**
 * Returns `apply(shortcuts)`: call it with the settings at start and after every settings change.
 * It registers only what changed, so a refused shortcut is asked for again only when it is edited.
 */
export function connectShortcuts(ports: ShortcutPorts): (shortcuts: Settings['shortcuts']) => void {
  const held = new Map<ShortcutField, string>();
  let refused = new Map<ShortcutField, string>();

  return (shortcuts) => {
    const nowRefused = new Map<ShortcutField, string>();
    for (const field of shortcutFields) {
      const wanted = shortcuts[field];
      if (held.get(field) === wanted) continue;
      if (refused.get(field) === wanted && wanted !== '') {
        nowRefused.set(field, wanted);
        continue;
      }
      const previous = held.get(field);
      if (previous) ports.globalShortcut.unregister(previous);
      held.delete(field);
      if (wanted === '') continue;
      let ok: boolean;
      try {
        ok = ports.globalShortcut.register(wanted, () => ports.dispatch(shortcutInput(field, ports.snapshot())));
      } catch {
        ok = false; // Electron throws on an accelerator it cannot parse
      }
      if (ok) held.set(field, wanted);
      else nowRefused.set(field, wanted);
    }
    const changed = nowRefused.size !== refused.size || [...nowRefused].some(([field, value]) => refused.get(field) !== value);
    refused = nowRefused;
    if (changed) ports.refused([...nowRefused.keys()]);
  };
}
