import type { Settings } from './settings.js';
import type { BusyReason, HistoryRecord } from './types.js';

/** Limber's three chimes (resources/sounds/). */
export const chimes = ['breakStart', 'breakEnd', 'drink'] as const;
export type Chime = (typeof chimes)[number];

/**
 * Which chime a record calls for: a break starting and ending, and the first ask of a drink
 * reminder (its repeats stay quiet, so an unanswered reminder never becomes a nag by ear).
 */
export function chimeFor(record: HistoryRecord): Chime | null {
  switch (record.event) {
    case 'breakStart':
      return 'breakStart';
    case 'breakEnd':
      return 'breakEnd';
    case 'alert':
      return record.reminder === 'hydrate' && record.attempt === 1 ? 'drink' : null;
    default:
      return null;
  }
}

/** Reasons to keep quiet whatever the settings hold alerts for: the OS asked for quiet, or a call. */
const silencing: readonly BusyReason[] = ['doNotDisturb', 'inCall'];

/** Whether a chime may sound now: only when the person turned chimes on, never in do-not-disturb or a call. */
export function mayChime(settings: Settings, busy: readonly BusyReason[]): boolean {
  return settings.sounds.enabled && settings.sounds.volume > 0 && !busy.some((reason) => silencing.includes(reason));
}
