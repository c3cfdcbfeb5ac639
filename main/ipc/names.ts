/** The IPC channel names, free of any schema code so the sandboxed preload stays tiny. */
export const channelNames = [
  'state:get',
  'reply',
  'drink:log',
  'drink:undo',
  'pause:set',
  'pause:resume',
  'break:now',
  'settings:set',
  'login:set',
  'window:open',
  'notice:dismiss',
  'meal:log',
  'workouts:set',
  'cramp:log',
  'cramp:delete',
  'history:view',
  'history:export',
  'history:import',
  'sound:preview',
  'logs:open',
  'notification:test',
  'sensing:check',
] as const;
export type Channel = (typeof channelNames)[number];

/** Main pushes the whole app state on this channel whenever it changes. */
export const stateChannel = 'state:changed';

/** Views of the Limber window a menu item or notification can open. */
export const views = ['today', 'routines', 'relief', 'learn', 'planner', 'diary', 'history', 'guide', 'preferences'] as const;
export type View = (typeof views)[number];

/** The muscles of the tray's Cramp relief menu. */
export const reliefMuscles = ['calf', 'foot', 'hamstring', 'quadriceps', 'hand'] as const;
export type ReliefMuscle = (typeof reliefMuscles)[number];

/** Things the person should know, shown in the window and the tray until dismissed. */
export const noticeIds = [
  'settingsRecovered',
  'settingsPartlyRecovered',
  'settingsNewer',
  'settingsWriteFailed',
  'historyWriteFailed',
  'historySkipped',
  'idleUnreliable',
  'notificationsUnsupported',
  'historyImported',
  'noTray',
  'shortcutRefused',
  'soundsUnavailable',
] as const;

/** The app's pages, and the channels each may use: a page gets only what it needs. */
export const pages = ['index.html', 'break.html'] as const;
export type Page = (typeof pages)[number];
export const pageChannels: { readonly [P in Page]: readonly Channel[] } = {
  'index.html': channelNames,
  // The break window shows its alert and sends the replies to it; nothing else.
  'break.html': ['state:get', 'reply'],
};

/**
 * Channels that write, with how many requests each accepts in a burst and per minute after it: a
 * runaway page cannot fill the history or wear the disk with thousands of writes.
 */
export const writeLimits: { readonly [C in Channel]?: { burst: number; perMinute: number } } = {
  reply: { burst: 20, perMinute: 60 },
  'drink:log': { burst: 20, perMinute: 60 },
  'drink:undo': { burst: 20, perMinute: 60 },
  'pause:set': { burst: 20, perMinute: 60 },
  'pause:resume': { burst: 20, perMinute: 60 },
  'break:now': { burst: 20, perMinute: 60 },
  'settings:set': { burst: 60, perMinute: 240 }, // sliders and typing send many small patches
  'login:set': { burst: 10, perMinute: 30 },
  'meal:log': { burst: 20, perMinute: 60 },
  'workouts:set': { burst: 30, perMinute: 120 },
  'cramp:log': { burst: 20, perMinute: 30 },
  'cramp:delete': { burst: 20, perMinute: 60 },
  'history:import': { burst: 3, perMinute: 6 },
  'notice:dismiss': { burst: 20, perMinute: 60 },
  // Each press shows something on the desktop: a few tries, not a flood.
  'notification:test': { burst: 3, perMinute: 6 },
  // Each press reads the desktop (the process list among it): a few tries, not a loop.
  'sensing:check': { burst: 5, perMinute: 30 },
};

/** The app page a frame URL shows (`index.html`, `break.html`), or null. */
export function pageOf(url: string | undefined): Page | null {
  if (!url) return null;
  let name: string;
  try {
    name = new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    return null;
  }
  if (name === '') name = 'index.html'; // a dev server's root serves the main page
  return (pages as readonly string[]).includes(name) ? (name as Page) : null;
}

/** The largest file the window reads for an import; it checks the size before reading (50 MB). */
export const MAX_IMPORT_BYTES = 50_000_000;
