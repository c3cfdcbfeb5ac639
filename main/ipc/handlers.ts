import type { z } from 'zod';
import { InputError } from '../core/engine.js';
import { SettingsError } from '../core/settings.js';
import { WriteFailedError } from '../writeFailure.js';
import { channelNames, channels, type AppState, type Channel, type FieldRefusal, type IpcResult, type RequestOf, refusalKinds } from './contract.js';
import { pageChannels, pageOf, writeLimits } from './names.js';

/** The part of ipcMain the handlers need. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => unknown): void;
}
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

export interface IpcTarget {
  /** Returns the channel's answer (or a promise of it), or undefined to answer with the new state. */
  handle<C extends Channel>(channel: C, request: RequestOf<C>): unknown;
  state(): AppState;
}

type IpcError = Extract<IpcResult<unknown>, { ok: false }>;
/** A check before a request is handled: a refusal, or null to go on. */
export type IpcGate = (channel: Channel, event: IpcEventLike) => IpcError | null;

/** The most problems one refusal lists: a request with a million bad items gets a short answer. */
const MAX_PROBLEMS = 10;

/**
 * Registers one handler per channel of the contract. Each checks that the message comes from one
 * of the app's own pages and that the page may use the channel, that the channel is within its
 * write rate, validates the payload against the channel's schema, and answers bad input with a
 * typed error and no state change. Handlers never throw across IPC.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  target: IpcTarget,
  isTrustedSender: (event: IpcEventLike) => boolean,
  log: (message: string) => void = () => undefined,
  options: { now?: () => number } = {},
): void {
  const gate = combineGates(pageGate(log), rateGate(options.now ?? (() => performance.now()), log));
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload) => answer(channel, event, payload, target, isTrustedSender, log, gate));
  }
}

export function answer(
  channel: Channel,
  event: IpcEventLike,
  payload: unknown,
  target: IpcTarget,
  isTrustedSender: (event: IpcEventLike) => boolean,
  log: (message: string) => void,
  gate: IpcGate = () => null,
): IpcResult<unknown> | Promise<IpcResult<unknown>> {
  if (!isTrustedSender(event)) {
    log(`ipc: refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    return { ok: false, error: { code: 'forbidden', message: `${channel}: messages are accepted only from Limber's own pages` } };
  }
  const refused = gate(channel, event);
  if (refused) return refused;
  const parsed = channels[channel].request.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const problems = issues.slice(0, MAX_PROBLEMS).map((i) => `${[channel, ...i.path.slice(0, 8).map(String)].join('.')}: ${i.message.slice(0, 200)}`);
    if (issues.length > MAX_PROBLEMS) problems.push(`${channel}: and ${issues.length - MAX_PROBLEMS} more problems`);
    const fields = issues.slice(0, MAX_PROBLEMS).flatMap((i) => {
      const kind = refusalKind(i);
      return kind ? [{ path: i.path.slice(0, 8).map(String).join('.'), kind }] : [];
    });
    return { ok: false, error: { code: 'invalid', message: problems.join('; '), ...(fields.length > 0 && { fields }) } };
  }
  const settle = (value: unknown): IpcResult<unknown> => ({ ok: true, value: value === undefined ? target.state() : value });
  try {
    const value = target.handle(channel, parsed.data as RequestOf<typeof channel>);
    if (value instanceof Promise) return value.then(settle, (error: unknown) => failure(channel, error, log));
    return settle(value);
  } catch (error) {
    return failure(channel, error, log);
  }
}

/**
 * The kind of a schema refusal a window can word itself, or null. Bounds only on numbers (a
 * too-short name is another matter); a text that does not match its pattern (a time, a date).
 */
function refusalKind(issue: z.core.$ZodIssue): FieldRefusal['kind'] | null {
  if (issue.code === 'too_big' && issue.origin === 'number') return 'tooBig';
  if (issue.code === 'too_small' && issue.origin === 'number') return 'tooSmall';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'notWhole';
  if (issue.code === 'invalid_format' && issue.format === 'regex') return 'badFormat';
  // The settings' own rules say which they are (main/core/settings.ts).
  const named: unknown = issue.code === 'custom' ? issue.params?.refusal : undefined;
  return refusalKinds.find((kind) => kind === named) ?? null;
}

function failure(channel: Channel, error: unknown, log: (message: string) => void): IpcError {
  if (error instanceof InputError || error instanceof SettingsError) return { ok: false, error: { code: 'invalid', message: error.message } };
  // Not written: the window must say so, never show it as kept.
  if (error instanceof WriteFailedError) return { ok: false, error: { code: 'failed', message: error.message.startsWith(channel) ? error.message : `${channel}: ${error.message}` } };
  log(`ipc: ${channel} failed: ${(error as Error).stack ?? String(error)}`);
  return { ok: false, error: { code: 'failed', message: `${channel}: something went wrong; it has been logged` } };
}

/** Each page only the channels it needs: the break window its alert and the replies to it. */
export function pageGate(log: (message: string) => void): IpcGate {
  return (channel, event) => {
    const page = pageOf(event.senderFrame?.url);
    if (page !== null && pageChannels[page].includes(channel)) return null;
    log(`ipc: refused ${channel} from page ${page ?? 'unknown'}`);
    return { ok: false, error: { code: 'forbidden', message: `${channel}: this page may not use it` } };
  };
}

/**
 * A token bucket per write channel (writeLimits): a burst, then a steady rate. Reads are never
 * limited. A refusal is logged once per burst, not once per request.
 */
export function rateGate(now: () => number, log: (message: string) => void): IpcGate {
  const buckets = new Map<Channel, { tokens: number; at: number; warned: boolean }>();
  return (channel) => {
    const limit = writeLimits[channel];
    if (!limit) return null;
    const t = now();
    const bucket = buckets.get(channel) ?? { tokens: limit.burst, at: t, warned: false };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 60_000) * limit.perMinute);
    bucket.at = t;
    buckets.set(channel, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return null;
    }
    if (!bucket.warned) log(`ipc: ${channel} is over its rate (${limit.burst} at once, ${limit.perMinute} a minute); refusing until it slows down`);
    bucket.warned = true;
    return { ok: false, error: { code: 'limited', message: `${channel}: too many requests; try again in a moment` } };
  };
}

function combineGates(...gates: IpcGate[]): IpcGate {
  return (channel, event) => {
    for (const gate of gates) {
      const refused = gate(channel, event);
      if (refused) return refused;
    }
    return null;
  };
}
