import { useLayoutEffect, useState } from 'preact/hooks';
import { findBridge, send, type AppState, type Channel, type RequestOf } from './bridge.ts';

export type Connection = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; state: AppState };

/** The app state, fetched once and then kept current by the pushes main sends on every change. */
export function useAppState(): Connection {
  const [connection, setConnection] = useState<Connection>(() => (findBridge() ? { status: 'loading' } : { status: 'missing' }));
  // Asked as soon as the page is in the DOM, not a frame later: the window draws its view without
  // first painting "Loading…" when main answers at once.
  useLayoutEffect(() => {
    const limber = findBridge();
    if (!limber) return;
    let live = true;
    let pushed = false;
    const accept = (state: AppState) => {
      if (live) setConnection({ status: 'ready', state });
    };
    const unsubscribe = limber.onState((state) => {
      pushed = true;
      accept(state);
    });
    // A push that overtook this answer is newer than it.
    void limber.invoke('state:get').then((result) => {
      if (result.ok && !pushed) accept(result.value);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return connection;
}

/** The last failed intent's message, shown to the person until the next intent succeeds. */
export function useIntents(): { error: string | null; act: <C extends Channel>(channel: C, request?: RequestOf<C>) => Promise<boolean> } {
  const [error, setError] = useState<string | null>(null);
  const act = async <C extends Channel>(channel: C, request?: RequestOf<C>): Promise<boolean> => {
    const result = await send(channel, request);
    setError(result.ok ? null : result.error.message);
    return result.ok;
  };
  return { error, act };
}
