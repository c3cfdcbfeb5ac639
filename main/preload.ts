/**
 * The preload: exposes exactly the IPC contract on `window.limber`, nothing else. It runs
 * sandboxed, so it is bundled to CommonJS and may require only `electron`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AppState, LimberBridge } from './ipc/contract.js';
import { pageChannels, pageOf, stateChannel, type Channel } from './ipc/names.js';

// Only the channels this page needs (main checks the same list; this keeps the bridge honest too).
const page = pageOf((globalThis as { location?: { href: string } }).location?.href);
const allowed = new Set<string>(page ? pageChannels[page] : []);

const bridge: LimberBridge = {
  invoke(channel: Channel, request?: unknown) {
    if (!allowed.has(channel)) return Promise.reject(new Error(`unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  onState(listener: (state: AppState) => void) {
    const relay = (_event: IpcRendererEvent, state: AppState) => listener(state);
    ipcRenderer.on(stateChannel, relay);
    return () => {
      ipcRenderer.removeListener(stateChannel, relay);
    };
  },
};

contextBridge.exposeInMainWorld('limber', bridge);
