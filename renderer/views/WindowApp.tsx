import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CrampMuscle } from '../../main/core/diary.ts';
import type { ReliefMuscle, View } from '../../main/ipc/contract.ts';
import type { AppState } from '../bridge.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Icon } from '../components/Icon.tsx';
import { NavMore } from '../components/NavMore.tsx';
import { Notices } from '../components/Notices.tsx';
import { showPageTop } from '../hooks/usePageTop.ts';
import { t, type MessageKey } from '../i18n.ts';
import { useIntents } from '../state.ts';
import { Diary } from './Diary.tsx';
import { FirstRun } from './FirstRun.tsx';
import { Guide } from './Guide.tsx';
import { History } from './History.tsx';
import { Learn } from './Learn.tsx';
import { Planner } from './Planner.tsx';
import { Preferences } from './Preferences.tsx';
import { Relief } from './Relief.tsx';
import { Routines } from './Routines.tsx';
import { Today } from './Today.tsx';
import type { Act } from './types.ts';

/** The views this window has. */
const windowViews = ['today', 'routines', 'relief', 'learn', 'planner', 'diary', 'history', 'guide', 'preferences'] as const satisfies readonly View[];
type WindowView = (typeof windowViews)[number];

/**
 * The switcher: four tabs, each an icon over a one-word label (so no language has to break a word
 * to fit 360 px), then Preferences behind a gear. The views a person opens less often share More.
 */
const tabViews = ['today', 'routines', 'relief'] as const satisfies readonly WindowView[];
const moreViews = ['planner', 'diary', 'history', 'learn', 'guide'] as const satisfies readonly WindowView[];

const navLabels: Record<WindowView, MessageKey> = {
  today: 'nav.today',
  routines: 'nav.routines',
  relief: 'nav.relief',
  learn: 'nav.learn',
  planner: 'nav.planner',
  diary: 'nav.diary',
  history: 'nav.history',
  guide: 'nav.guide',
  preferences: 'nav.preferences',
};

function isWindowView(view: View | undefined): view is WindowView {
  return (windowViews as readonly string[]).includes(view ?? '');
}

/** The Limber window: a view switcher, the notices, and the chosen view. */
export function WindowApp({ state }: { state: AppState }) {
  const { error, act } = useIntents();
  const [view, setView] = useState<WindowView>(() => (isWindowView(state.route?.view) ? state.route.view : 'today'));
  // Counts the person's choices of a view: choosing the one on show takes it back to its top too.
  const [visits, setVisits] = useState(0);
  const openView = (next: WindowView) => {
    setView(next);
    setVisits((n) => n + 1);
  };

  // The cramp relief guide on show, if any: the tray's Cramp relief items route straight to one.
  const [reliefMuscle, setReliefMuscle] = useState<ReliefMuscle | null>(() => (state.route?.view === 'relief' ? (state.route.muscle ?? null) : null));

  // The muscle the cramp diary's form starts with: from the relief guide's "Log this cramp".
  const [diaryMuscle, setDiaryMuscle] = useState<CrampMuscle | null>(() => (state.route?.view === 'diary' ? (state.route.muscle ?? null) : null));

  // A tray item or notification asked main to show a view (and, for relief or the diary, a muscle);
  // `seq` grows with each request, so asking again for the same view routes again.
  const routed = state.route?.view;
  const routedMuscle = state.route?.muscle;
  const routedSeq = state.route?.seq;
  useEffect(() => {
    if (isWindowView(routed)) setView(routed);
    if (routed === 'relief' && routedMuscle) setReliefMuscle(routedMuscle);
    if (routed === 'diary' && routedMuscle) setDiaryMuscle(routedMuscle);
  }, [routed, routedMuscle, routedSeq]);

  // Every change of view (a tab, a route from the tray, the end of the welcome) starts at the top
  // of the new view with focus on its heading.
  const { setupDone } = state.settings.profile;
  const mainRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (setupDone) showPageTop(mainRef.current);
  }, [view, visits, routedSeq, setupDone]);
  if (!setupDone) return <FirstRun state={state} act={act} />;

  return (
    <>
      <header class="app-header">
        <a
          class="skip-link"
          href="#view"
          onClick={(event) => {
            event.preventDefault();
            showPageTop(mainRef.current);
          }}
        >
          {t('nav.skip')}
        </a>
        <span class="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.label')}>
          {tabViews.map((name) => (
            <button key={name} type="button" class="nav-item" aria-current={view === name ? 'page' : undefined} onClick={() => openView(name)}>
              <Icon name={name} />
              <span class="nav-label">{t(navLabels[name])}</span>
            </button>
          ))}
          <NavMore views={moreViews} current={view} labelOf={(v) => t(navLabels[v])} onChoose={openView} />
          <button
            type="button"
            class="nav-item nav-gear"
            aria-current={view === 'preferences' ? 'page' : undefined}
            aria-label={t('nav.preferences')}
            title={t('nav.preferences')}
            onClick={() => openView('preferences')}
          >
            <Icon name="gear" />
          </button>
        </nav>
      </header>
      <main class="app-main" id="view" ref={mainRef}>
        <ErrorMessage message={error} />
        <Notices notices={state.notices} onDismiss={(id) => void act('notice:dismiss', { id })} />
        <CurrentView
          view={view}
          state={state}
          act={act}
          reliefMuscle={reliefMuscle}
          onReliefMuscle={setReliefMuscle}
          diaryMuscle={diaryMuscle}
          onLogCramp={(muscle) => {
            setDiaryMuscle(muscle);
            openView('diary');
          }}
        />
      </main>
    </>
  );
}

interface CurrentViewProps {
  view: WindowView;
  state: AppState;
  act: Act;
  reliefMuscle: ReliefMuscle | null;
  onReliefMuscle: (muscle: ReliefMuscle | null) => void;
  diaryMuscle: CrampMuscle | null;
  /** The relief guide's "Log this cramp": the diary, with that muscle chosen. */
  onLogCramp: (muscle: ReliefMuscle) => void;
}

function CurrentView({ view, state, act, reliefMuscle, onReliefMuscle, diaryMuscle, onLogCramp }: CurrentViewProps) {
  switch (view) {
    case 'today':
      return <Today state={state} act={act} />;
    case 'routines':
      return <Routines state={state} act={act} />;
    case 'relief':
      return <Relief state={state} act={act} muscle={reliefMuscle} onMuscle={onReliefMuscle} onLogCramp={onLogCramp} />;
    case 'learn':
      return <Learn state={state} act={act} />;
    case 'planner':
      return <Planner state={state} act={act} />;
    case 'diary':
      return <Diary state={state} act={act} muscle={diaryMuscle} />;
    case 'history':
      return <History state={state} act={act} />;
    case 'guide':
      return <Guide state={state} act={act} />;
    case 'preferences':
      return <Preferences state={state} act={act} />;
  }
}
