/**
 * The renderer's only way to talk to the main process: `window.limber`, typed by the IPC contract.
 * Views send intents through `send` and read state through `useAppState` (state.ts).
 */
import type { AppState, Channel, IpcResult, LimberBridge, RequestOf, ResponseOf } from '../main/ipc/contract.ts';

export type { AppState, Channel, LimberBridge, RequestOf };

export class BridgeMissingError extends Error {
  constructor() {
    super('window.limber is not available: open this page inside Limber or with `npm run preview`');
    this.name = 'BridgeMissingError';
  }
}

/** The bridge, or null when the page runs outside Limber (and outside the preview). */
export function findBridge(): LimberBridge | null {
  return window.limber ?? null;
}

export function bridge(): LimberBridge {
  const found = findBridge();
  if (!found) throw new BridgeMissingError();
  return found;
}

/** Sends an intent; a rejected call (the bridge is gone) becomes a failed result, never a throw. */
export async function send<C extends Channel>(channel: C, request?: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>> {
  try {
    return await bridge().invoke(channel, request);
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}
