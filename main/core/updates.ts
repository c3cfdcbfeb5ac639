/**
 * Software updates as a small state machine, and when to look for one: at start, then a day after
 * the last look (one timer, armed by the adapter for `nextCheckAt`), never again once an update is
 * downloaded and waiting. Restarting for an update is offered only outside a break. The adapter
 * (platform/updates.ts) feeds this electron-updater's events; nothing here knows about it.
 */
import type { Snapshot } from './types.js';

export const CHECK_EVERY_MS = 24 * 60 * 60_000;

/** Why an installed copy cannot update itself, when it cannot. */
export type UpdateUnsupported = 'packageManager' | 'development';

export type UpdateStatus =
  /** Turned off in Preferences. */
  | { state: 'off' }
  | { state: 'unsupported'; reason: UpdateUnsupported }
  /** Not looked yet (the look at start is due). */
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'none'; checkedAt: number }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'downloaded'; version: string }
  | { state: 'error'; checkedAt: number; message: string }
  /** The look failed for want of a network: not worth alarming anyone, tried again tomorrow. */
  | { state: 'offline'; checkedAt: number };

export type UpdateEvent =
  | { type: 'checking' }
  | { type: 'none' }
  | { type: 'available'; version: string }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'failed'; message: string };

/** Chromium's and Node's words for "there is no network", as electron-updater passes them on. */
const OFFLINE =
  /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|NETWORK_CHANGED|NETWORK_ACCESS_DENIED|ADDRESS_UNREACHABLE|CONNECTION_(REFUSED|RESET|TIMED_OUT|CLOSED|FAILED)|TIMED_OUT|PROXY_CONNECTION_FAILED)|\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH)\b/;

export function isOfflineError(message: string): boolean {
  return OFFLINE.test(message);
}

/** electron-updater's errors can carry a whole HTTP response; a person needs the first line. */
export function shortError(message: string): string {
  const first = (message.trim().split('\n')[0] as string).trim();
  return first.length > 160 ? `${first.slice(0, 157)}…` : first || 'unknown error';
}

export function updateStep(status: UpdateStatus, event: UpdateEvent, now: number): UpdateStatus {
  // Once downloaded, the update waits for a restart; nothing that follows replaces it.
  if (status.state === 'off' || status.state === 'unsupported' || status.state === 'downloaded') return status;
  switch (event.type) {
    case 'checking':
      return { state: 'checking' };
    case 'none':
      return { state: 'none', checkedAt: now };
    case 'available':
      return { state: 'downloading', version: event.version, percent: 0 };
    case 'progress':
      return status.state === 'downloading' ? { ...status, percent: Math.max(0, Math.min(100, Math.round(event.percent))) } : status;
    case 'downloaded':
      return { state: 'downloaded', version: event.version };
    case 'failed':
      return isOfflineError(event.message) ? { state: 'offline', checkedAt: now } : { state: 'error', checkedAt: now, message: shortError(event.message) };
  }
}

/** When to look next (wall time), or null when no look is due: off, unsupported, busy, or an update is waiting. */
export function nextCheckAt(status: UpdateStatus, now: number): number | null {
  switch (status.state) {
    case 'idle':
      return now;
    case 'none':
    case 'error':
    case 'offline':
      return status.checkedAt + CHECK_EVERY_MS;
    case 'off':
    case 'unsupported':
    case 'checking':
    case 'downloading':
    case 'downloaded':
      return null;
  }
}

/** A restart would end a break on screen or under way, so it is offered only outside one. */
export function restartWouldInterrupt(snapshot: Pick<Snapshot, 'breakInProgress' | 'alerting'>): boolean {
  return snapshot.breakInProgress !== null || snapshot.alerting.some((kind) => kind === 'stretch' || kind === 'move');
}
