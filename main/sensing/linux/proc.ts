/**
 * Calls and chosen apps on Linux, read from /proc: a few small files, synchronously, only when the
 * engine asks. A capture stream ALSA reports RUNNING is a microphone in use (PipeWire and
 * PulseAudio open the ALSA device only while someone records); a process holding /dev/video* open
 * is a camera in use; executable names come from each process's `comm` and `exe`.
 * Other users' processes cannot be read, which is fine: calls and apps are the person's own.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { appsSource, type Answer, type AppsSource, type BusySource } from '../source.js';

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

const processIds = (proc: string): string[] => list(proc).filter((name) => /^\d+$/.test(name));

/** True when any ALSA capture substream is RUNNING; null without /proc/asound (no ALSA here). */
export function alsaCaptureRunning(proc: string): Answer {
  const cards = list(path.join(proc, 'asound')).filter((name) => /^card\d+$/.test(name));
  if (cards.length === 0) return null;
  for (const card of cards) {
    for (const pcm of list(path.join(proc, 'asound', card)).filter((name) => /^pcm\d+c$/.test(name))) {
      for (const sub of list(path.join(proc, 'asound', card, pcm)).filter((name) => /^sub\d+$/.test(name))) {
        try {
          if (/^state:\s*RUNNING\b/m.test(readFileSync(path.join(proc, 'asound', card, pcm, sub, 'status'), 'utf8'))) return true;
        } catch {
          // A substream closed between listing and reading: not running.
        }
      }
    }
  }
  return false;
}

/** True when a process other than ours holds a /dev/video* device open; null when no camera exists. */
export function cameraOpen(proc: string, dev: string, self: number): Answer {
  if (!list(dev).some((name) => /^video\d+$/.test(name))) return null;
  for (const pid of processIds(proc)) {
    if (Number(pid) === self) continue;
    for (const fd of list(path.join(proc, pid, 'fd'))) {
      try {
        if (/^\/dev\/video\d+$/.test(readlinkSync(path.join(proc, pid, 'fd', fd)))) return true;
      } catch {
        // Closed meanwhile.
      }
    }
  }
  return false;
}

/** Every executable name visible in /proc: `comm` (15 characters) and the basename of `exe`. */
export function processNames(proc: string): string[] | null {
  const pids = processIds(proc);
  if (pids.length === 0) return null;
  const names: string[] = [];
  for (const pid of pids) {
    try {
      names.push(readFileSync(path.join(proc, pid, 'comm'), 'utf8').trim());
    } catch {
      continue;
    }
    try {
      names.push(path.basename(readlinkSync(path.join(proc, pid, 'exe'))).replace(/ \(deleted\)$/, ''));
    } catch {
      // Not ours to read: comm is enough.
    }
  }
  return names;
}

export interface ProcRoots {
  proc: string;
  dev: string;
  self: number;
}

export function procSources({ proc, dev, self }: ProcRoots): { microphone: BusySource; camera: BusySource; apps: AppsSource } {
  return {
    microphone: { method: 'alsa:/proc/asound', reason: 'inCall', read: () => alsaCaptureRunning(proc) },
    camera: { method: 'proc:/dev/video', reason: 'inCall', read: () => cameraOpen(proc, dev, self) },
    apps: appsSource('proc:comm', () => processNames(proc)),
  };
}
