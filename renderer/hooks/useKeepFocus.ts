import { useEffect, useRef } from 'preact/hooks';

/**
 * When `key` changes and the focused control has vanished with it (a Pause button replaced by
 * Resume, Start replaced by the running break), puts keyboard focus on the first button inside the
 * returned ref (or, with no button left, on its `data-focus-fallback` element) instead of leaving it
 * lost on the page body. It never takes focus from anywhere else.
 */
export function useKeepFocus<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const within = ref.current;
    const target = within?.querySelector<HTMLElement>('button:not([disabled])') ?? within?.querySelector<HTMLElement>('[data-focus-fallback]');
    target?.focus();
  }, [key]);
  return ref;
}
