import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { Icon, type IconName } from './Icon.tsx';

interface NavMoreProps<V extends IconName> {
  /** The views behind the button, in order. */
  views: readonly V[];
  /** The view on show: when it is one of these, the button is marked as where the person is. */
  current: string;
  labelOf: (view: V) => string;
  onChoose: (view: V) => void;
}

/**
 * The view switcher's "More": a button that shows and hides a short list of further views (the
 * disclosure pattern: Tab moves into the list, Esc or a click elsewhere closes it, and focus comes
 * back to the button once a view is chosen).
 */
export function NavMore<V extends IconName>({ views, current, labelOf, onChoose }: NavMoreProps<V>) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const active = (views as readonly string[]).includes(current);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <div
      class="nav-more"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onFocusOut={(event) => {
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        class={`nav-item${active ? ' nav-item-active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <Icon name="more" />
        <span class="nav-label">
          {t('nav.more')}
          {active && <span class="visually-hidden">{t('nav.more.showing', { view: labelOf(current as V) })}</span>}
        </span>
      </button>
      <ul id={listId} class="nav-more-list" hidden={!open}>
        {views.map((view) => (
          <li key={view}>
            <button
              type="button"
              class="nav-more-item"
              aria-current={view === current ? 'page' : undefined}
              onClick={() => {
                setOpen(false);
                onChoose(view);
                buttonRef.current?.focus();
              }}
            >
              <Icon name={view} />
              <span>{labelOf(view)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
