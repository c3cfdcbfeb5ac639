import { useEffect, useState } from 'preact/hooks';
import type { View } from '../../main/ipc/contract.ts';
import type { AppState } from '../bridge.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Notices } from '../components/Notices.tsx';
import { t, type MessageKey } from '../i18n.ts';
import { useIntents } from '../state.ts';
import { Preferences } from './Preferences.tsx';
import { Today } from './Today.tsx';
import type { Act } from './types.ts';

/** The views this window has so far; routines, relief and learn join as they are built. */
const windowViews = ['today', 'preferences'] as const satisfies readonly View[];
type WindowView = (typeof windowViews)[number];

const navLabels: Record<WindowView, MessageKey> = { today: 'nav.today', preferences: 'nav.preferences' };

function isWindowView(view: View | undefined): view is WindowView {
  return (windowViews as readonly string[]).includes(view ?? '');
}

/** The Limber window: a view switcher, the notices, and the chosen view. */
export function WindowApp({ state }: { state: AppState }) {
  const { error, act } = useIntents();
  const [view, setView] = useState<WindowView>(() => (isWindowView(state.route?.view) ? state.route.view : 'today'));

  // A tray item or notification asked main to show a view.
  const routed = state.route?.view;
  useEffect(() => {
    if (isWindowView(routed)) setView(routed);
  }, [routed]);

  return (
    <>
      <header class="app-header">
        <span class="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          {windowViews.map((name) => (
            <button key={name} type="button" class="nav-item" aria-current={view === name ? 'page' : undefined} onClick={() => setView(name)}>
              {t(navLabels[name])}
            </button>
          ))}
        </nav>
      </header>
      <main class="app-main">
        <ErrorMessage message={error} />
        <Notices notices={state.notices} onDismiss={(id) => void act('notice:dismiss', { id })} />
        <CurrentView view={view} state={state} act={act} />
      </main>
    </>
  );
}

function CurrentView({ view, state, act }: { view: WindowView; state: AppState; act: Act }) {
  switch (view) {
    case 'today':
      return <Today state={state} act={act} />;
    case 'preferences':
      return <Preferences state={state} act={act} />;
  }
}
