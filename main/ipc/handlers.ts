import { InputError } from '../core/engine.js';
import { SettingsError } from '../core/settings.js';
import { channelNames, channels, type AppState, type Channel, type IpcResult, type RequestOf } from './contract.js';

/** The part of ipcMain the handlers need. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, payload: unknown) => unknown): void;
}
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

export interface IpcTarget {
  /** Returns the channel's answer, or undefined to answer with the new state. */
  handle<C extends Channel>(channel: C, request: RequestOf<C>): unknown;
  state(): AppState;
}

/**
 * Registers one handler per channel of the contract. Each checks that the message comes from one
 * of the app's own pages, validates the payload against the channel's schema, and answers bad
 * input with a typed error and no state change. Handlers never throw across IPC.
 */
export function registerIpc(ipcMain: IpcMainLike, target: IpcTarget, isTrustedSender: (event: IpcEventLike) => boolean, log: (message: string) => void = () => undefined): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload) => answer(channel, event, payload, target, isTrustedSender, log));
  }
}

export function answer(channel: Channel, event: IpcEventLike, payload: unknown, target: IpcTarget, isTrustedSender: (event: IpcEventLike) => boolean, log: (message: string) => void): IpcResult<unknown> {
  if (!isTrustedSender(event)) {
    log(`ipc: refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    return { ok: false, error: { code: 'forbidden', message: `${channel}: messages are accepted only from Limber's own pages` } };
  }
  const parsed = channels[channel].request.safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${[channel, ...i.path.map(String)].join('.')}: ${i.message}`);
    return { ok: false, error: { code: 'invalid', message: problems.join('; ') } };
  }
  try {
    const value = target.handle(channel, parsed.data as RequestOf<typeof channel>);
    return { ok: true, value: value === undefined ? target.state() : value };
  } catch (error) {
    if (error instanceof InputError || error instanceof SettingsError) return { ok: false, error: { code: 'invalid', message: error.message } };
    log(`ipc: ${channel} failed: ${(error as Error).stack ?? String(error)}`);
    return { ok: false, error: { code: 'failed', message: `${channel}: something went wrong; it has been logged` } };
  }
}
