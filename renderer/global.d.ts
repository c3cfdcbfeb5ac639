import type { LimberBridge } from '../main/ipc/contract.ts';

declare global {
  interface Window {
    /**
     * The typed IPC bridge. The preload puts it here with `contextBridge` in the app; the preview
     * build puts a simulated one here. Optional because a page opened anywhere else has none.
     */
    readonly limber?: LimberBridge;
  }
}

export {};
