import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Puts the page at its top with keyboard focus on the view's heading (the first `h1` inside
 * `container`, made focusable), so a new view never opens where the last one was scrolled to.
 */
export function showPageTop(container: ParentNode | null = document): void {
  window.scrollTo(0, 0);
  const heading = container?.querySelector<HTMLElement>('h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** A page inside a view (a guide, a list of sources, the player): it opens at its top too. */
export function usePageTop<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => showPageTop(ref.current), []);
  return ref;
}

/**
 * Where a view was scrolled to before it opened a page of its own, so that page's Back returns
 * there: `leave()` remembers the place, `back()` asks for it again on the next render. Only Back
 * restores a position; every other change of view starts at the top.
 */
export function useReturnPlace(showing: unknown) {
  const saved = useRef<number | null>(null);
  const restore = useRef(false);
  useLayoutEffect(() => {
    if (!restore.current || saved.current === null) return;
    restore.current = false;
    window.scrollTo(0, saved.current);
  }, [showing]);
  return {
    leave: () => {
      saved.current = window.scrollY;
    },
    back: () => {
      restore.current = true;
    },
  };
}
