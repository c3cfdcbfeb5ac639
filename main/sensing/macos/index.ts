/**
 * macOS: microphone and camera in use ("running somewhere", CoreAudio and CoreMediaIO), the
 * front-most ordinary window covering its display (CGWindowList bounds, readable without the
 * screen-recording permission), and process names for chosen apps. Focus cannot be read without
 * extra permissions and screen sharing is not told to other apps, so both stay unknown. The system
 * calls live behind `MacApi` (ffi.ts), so this logic is tested on every platform.
 */
import { appsSource, type BusySource } from '../source.js';
import type { SensingParts } from '../sensor.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MacApi {
  /** kAudioDevicePropertyDeviceIsRunningSomewhere of the default input device; null without one. */
  microphoneInUse(): boolean | null;
  /** kCMIODevicePropertyDeviceIsRunningSomewhere of any camera; null without cameras. */
  cameraInUse(): boolean | null;
  /** The bounds of the front-most layer-0 window not ours (null: none), and of every display; null when unreadable. */
  frontWindow(): { window: Rect | null; displays: Rect[] } | null;
  processNames(): string[] | null;
}

/** A window covers a display when it spans it entirely (a full-screen Space, a game, a slide show). */
export function coversADisplay(window: Rect, displays: Rect[]): boolean {
  return displays.some((d) => window.x <= d.x && window.y <= d.y && window.x + window.width >= d.x + d.width && window.y + window.height >= d.y + d.height);
}

export function macSensing(api: MacApi): SensingParts {
  const sources: BusySource[] = [
    {
      method: 'cg:CGWindowListCopyWindowInfo',
      reason: 'fullScreen',
      read: () => {
        const front = api.frontWindow();
        if (front === null) return null;
        return front.window !== null && coversADisplay(front.window, front.displays);
      },
    },
    { method: 'coreaudio:DeviceIsRunningSomewhere', reason: 'inCall', read: () => api.microphoneInUse() },
    { method: 'cmio:DeviceIsRunningSomewhere', reason: 'inCall', read: () => api.cameraInUse() },
  ];
  return { sources, apps: appsSource('libproc:proc_name', () => api.processNames()), idle: null, tray: null };
}
