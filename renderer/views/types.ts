import type { AppState, Channel, RequestOf } from '../bridge.ts';

/** Sends an intent to main; resolves to whether it was accepted. */
export type Act = <C extends Channel>(channel: C, request?: RequestOf<C>) => Promise<boolean>;

export interface ViewProps {
  state: AppState;
  act: Act;
}
