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
import { lazyView } from './lazyView.tsx';
import { Today } from './Today.tsx';
import type { Act } from './types.ts';

/*
 * Today is drawn first and comes with the page; every other view is its own chunk, fetched the
 * first time it is shown (and, once Today is up, in idle time, so a tab rarely has to wait).
 */
const Routines = lazyView(() => import('./Routines.tsx').then((m) => m.Routines));
const Relief = lazyView(() => import('./Relief.tsx').then((m) => m.Relief));
const Learn = lazyView(() => import('./Learn.tsx').then((m) => m.Learn));
const Planner = lazyView(() => import('./Planner.tsx').then((m) => m.Planner));
const Diary = lazyView(() => import('./Diary.tsx').then((m) => m.Diary));
const History = lazyView(() => import('./History.tsx').then((m) => m.History));
const Guide = lazyView(() => import('./Guide.tsx').then((m) => m.Guide));
const Preferences = lazyView(() => import('./Preferences.tsx').then((m) => m.Preferences));
// The welcome focuses its own headings from its second step on, so it is left where it opens.
const FirstRun = lazyView(() => import('./FirstRun.tsx').then((m) => m.FirstRun), { pageTop: false });
const lazyViews = [Routines, Relief, Learn, Planner, Diary, History, Guide, Preferences, FirstRun];

/** Fetches the other views' chunks once the browser is idle, so choosing one later is instant. */
function preloadViews(): void {
  // A chunk that fails here is fetched again, and its failure shown, when its view is chosen.
  const load = () => lazyViews.forEach((view) => void view.preload().catch(() => undefined));
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}

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

  const { setupDone } = state.settings.profile;
  const mainRef = useRef<HTMLElement>(null);
  useEffect(preloadViews, []);
  // Every change of view (a tab, a route from the tray, the end of the welcome) starts at the top
  // of the new view with focus on its heading (a view still being fetched does so when it arrives).
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
