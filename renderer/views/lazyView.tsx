import type { ComponentType, JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { showPageTop } from '../hooks/usePageTop.ts';
import { t } from '../i18n.ts';

export interface LazyView<P> {
  (props: P): JSX.Element;
  /** Fetches the view's chunk without showing it. */
  preload(): Promise<ComponentType<P>>;
}

/**
 * A view whose code is its own chunk, fetched the first time it is shown (or preloaded). Until it
 * arrives a quiet "Loading…" holds the view's place; once it is drawn, the page starts at its top
 * with focus on its heading, as any change of view does. A chunk that fails to load says so.
 *
 * Written with hooks rather than `preact/compat`'s lazy and Suspense: importing compat anywhere
 * switches every input's `onChange` to fire on each keystroke (React's meaning), which the
 * window's fields, saved on change, must not get.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, { pageTop = true } = {}): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        pending = null; // the next attempt fetches again
        throw error;
      },
    ));

  function Lazy(props: P) {
    const [failed, setFailed] = useState<string | null>(null);
    const [, arrived] = useState(0);
    const waiting = loaded === null;
    useEffect(() => {
      if (!waiting) return;
      let live = true;
      preload().then(
        () => live && arrived((n) => n + 1),
        (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
      );
      return () => {
        live = false;
      };
    }, [waiting]);
    const View = loaded;
    // Shown before its code arrived: the change of view put nothing at the top, so this does.
    const waited = useRef(waiting);
    useLayoutEffect(() => {
      if (!View || !waited.current) return;
      waited.current = false;
      if (pageTop) showPageTop();
    }, [View]);
    if (View) return <View {...props} />;
    if (failed) return <ErrorMessage message={failed} />;
    return (
      <p class="view-loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  Lazy.preload = preload;
  return Lazy;
}
