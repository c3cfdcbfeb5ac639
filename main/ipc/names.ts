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
] as const;
export type Channel = (typeof channelNames)[number];

/** Main pushes the whole app state on this channel whenever it changes. */
export const stateChannel = 'state:changed';

/** Views of the Limber window a menu item or notification can open. */
export const views = ['today', 'routines', 'relief', 'learn', 'planner', 'diary', 'history', 'preferences'] as const;
export type View = (typeof views)[number];

/** The muscles of the tray's Cramp relief menu. */
export const reliefMuscles = ['calf', 'foot', 'hamstring', 'quadriceps', 'hand'] as const;
export type ReliefMuscle = (typeof reliefMuscles)[number];
