/**
 * Windows: full screen and presentation mode from SHQueryUserNotificationState, Focus Assist from
 * its WNF state, microphone and camera in use from the capability consent store (an app using one
 * now has LastUsedTimeStop = 0), screen capture through the Windows capture API from the same
 * store, and process names for chosen apps. Each question is one cheap system call, made only when
 * the engine asks; the calls themselves live behind `WindowsApi` (ffi.ts) so this logic is tested
 * on every platform against recorded answers.
 */
import { appsSource, type BusySource } from '../source.js';
import type { SensingParts } from '../sensor.js';

/** One app's entry under ConsentStore\<capability> (packaged) or ...\NonPackaged (desktop apps). */
export interface CapabilityUse {
  /** The key name: a package family name, or an executable path with '#' for '\'. */
  app: string;
  /** FILETIME of the last start and stop of use; stop = 0 while in use. */
  start: bigint;
  stop: bigint;
}

export type Capability = 'microphone' | 'webcam' | 'graphicsCaptureProgrammatic';

export interface WindowsApi {
  /** SHQueryUserNotificationState's QUERY_USER_NOTIFICATION_STATE, or null when the call failed. */
  notificationState(): number | null;
  /** Focus Assist: 0 off, 1 priority only, 2 alarms only; null when it cannot be read. */
  focusAssist(): number | null;
  /** The apps recorded for a capability; null when the store has no such key. */
  capabilityUse(capability: Capability): CapabilityUse[] | null;
  /** The executable names of running processes, or null when they cannot be listed. */
  processNames(): string[] | null;
}

/** QUERY_USER_NOTIFICATION_STATE values (shellapi.h). */
export const quns = { notPresent: 1, busy: 2, d3dFullScreen: 3, presentationMode: 4, acceptsNotifications: 5, quietTime: 6, app: 7 } as const;
const fullScreenStates: readonly number[] = [quns.busy, quns.d3dFullScreen, quns.presentationMode, quns.app];

/** Whether some app other than ours uses a capability now; null when the store cannot tell. */
export function capabilityInUse(uses: CapabilityUse[] | null, selfExe: string): boolean | null {
  if (uses === null) return null;
  const self = selfExe.replaceAll('\\', '#').toLowerCase();
  return uses.some((use) => use.start > 0n && use.stop === 0n && use.app.toLowerCase() !== self);
}

export function windowsSensing(api: WindowsApi, selfExe: string): SensingParts {
  const inUse = (capability: Capability) => () => capabilityInUse(api.capabilityUse(capability), selfExe);
  const sources: BusySource[] = [
    {
      method: 'win32:SHQueryUserNotificationState',
      reason: 'fullScreen',
      read: () => {
        const state = api.notificationState();
        return state === null ? null : fullScreenStates.includes(state);
      },
    },
    {
      method: 'win32:FocusAssist',
      reason: 'doNotDisturb',
      read: () => {
        const mode = api.focusAssist();
        return mode === null ? null : mode > 0;
      },
    },
    { method: 'win32:ConsentStore/microphone', reason: 'inCall', read: inUse('microphone') },
    { method: 'win32:ConsentStore/webcam', reason: 'inCall', read: inUse('webcam') },
    { method: 'win32:ConsentStore/graphicsCapture', reason: 'screenSharing', read: inUse('graphicsCaptureProgrammatic') },
  ];
  return { sources, apps: appsSource('win32:Toolhelp32', () => api.processNames()), idle: null, tray: null };
}
