import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Icon } from '../components/Icon.tsx';
import { Illustration } from '../components/Illustration.tsx';
import { routines, stretchById, stretches, type BodyArea, type Routine, type RoutineKind, type Stretch } from '../content/index.ts';
import { formatDuration } from '../format.ts';
import { t, type MessageKey } from '../i18n.ts';
import { planDuration, planRoutine, planStretch, stepCount, type Hold } from '../player/plan.ts';
import { RoutinePlayer } from './RoutinePlayer.tsx';
import type { ViewProps } from './types.ts';
import '../styles/guides.css';

const kindLabels: Record<RoutineKind, MessageKey> = {
  move: 'routines.kind.move',
  stretch: 'routines.kind.stretch',
  warmup: 'routines.kind.warmup',
  cooldown: 'routines.kind.cooldown',
  bedtime: 'routines.kind.bedtime',
  relief: 'routines.kind.relief',
};

/** Body areas from head to toe: the library's groups, in reading order. */
const areaOrder: readonly BodyArea[] = [
  'neck',
  'shoulders',
  'wristFlexors',
  'wristExtensors',
  'lowerBack',
  'hipFlexor',
  'glutes',
  'quadriceps',
  'hamstring',
  'wholeLeg',
  'calf',
  'soleus',
  'ankle',
  'foot',
];

export const areaLabels: Record<BodyArea, MessageKey> = {
  neck: 'area.neck',
  shoulders: 'area.shoulders',
  wristFlexors: 'area.wristFlexors',
  wristExtensors: 'area.wristExtensors',
  lowerBack: 'area.lowerBack',
  hipFlexor: 'area.hipFlexor',
  glutes: 'area.glutes',
  quadriceps: 'area.quadriceps',
  hamstring: 'area.hamstring',
  wholeLeg: 'area.wholeLeg',
  calf: 'area.calf',
  soleus: 'area.soleus',
  ankle: 'area.ankle',
  foot: 'area.foot',
};

interface Playing {
  title: string;
  holds: Hold[];
  /** The `data-start` of the button that opened the player, to give focus back to. */
  from: string;
}

/** Routines and the stretch library; either one starts the guided player. */
export function Routines({ state }: ViewProps) {
  const [playing, setPlaying] = useState<Playing | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  // Back from the player, focus returns to the Start button that opened it.
  useEffect(() => {
    if (playing || !returnFocusTo.current) return;
    document.querySelector<HTMLElement>(`[data-start="${returnFocusTo.current}"]`)?.focus();
    returnFocusTo.current = null;
  }, [playing]);

  if (playing) {
    return (
      <RoutinePlayer
        title={playing.title}
        holds={playing.holds}
        sound={state.settings.alerts.sound}
        onLeave={() => {
          returnFocusTo.current = playing.from;
          setPlaying(null);
        }}
      />
    );
  }

  const playRoutine = (routine: Routine) => setPlaying({ title: routine.name, holds: planRoutine(routine, stretchById), from: `routine:${routine.id}` });
  const playStretch = (stretch: Stretch) => setPlaying({ title: stretch.name, holds: planStretch(stretch), from: `stretch:${stretch.id}` });

  return (
    <>
      <h1 class="view-title">{t('routines.title')}</h1>
      <RoutineList onPlay={playRoutine} />
      <StretchLibrary onPlay={playStretch} />
    </>
  );
}

/**
 * What a routine is for, as headings that each hold several: the desk, a run, cramps. Every kind
 * is in exactly one group.
 */
export const routineGroups: readonly { id: 'desk' | 'run' | 'cramps'; kinds: readonly RoutineKind[]; label: MessageKey }[] = [
  { id: 'desk', kinds: ['move', 'stretch'], label: 'routines.group.desk' },
  { id: 'run', kinds: ['warmup', 'cooldown'], label: 'routines.group.run' },
  { id: 'cramps', kinds: ['bedtime', 'relief'], label: 'routines.group.cramps' },
];

function RoutineList({ onPlay }: { onPlay: (routine: Routine) => void }) {
  const headingId = useId();
  const groups = routineGroups
    .map((group) => ({ ...group, items: group.kinds.flatMap((kind) => routines.filter((routine) => routine.kind === kind)) }))
    .filter((group) => group.items.length > 0);
  return (
    <section class="card guide-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('routines.heading')}</h2>
      {groups.map(({ id, label, items }) => (
        <section key={id} class="group" aria-labelledby={`${headingId}-${id}`} data-group={id}>
          <h3 id={`${headingId}-${id}`} class="group-heading">
            {t(label)}
          </h3>
          <ul class="routine-list">
            {items.map((routine) => (
              <RoutineItem key={routine.id} routine={routine} onPlay={() => onPlay(routine)} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/**
 * One routine, one action: a quiet Start whose click area covers the whole card, so the list reads
 * as cards to choose from, not a column of green buttons.
 */
function RoutineItem({ routine, onPlay }: { routine: Routine; onPlay: () => void }) {
  const holds = planRoutine(routine, stretchById);
  const first = holds[0]?.stretch;
  const count = stepCount(holds);
  return (
    <li class="routine-item" data-routine={routine.id} data-kind={routine.kind}>
      {first && <Illustration file={first.illustration} alt="" size="thumb" />}
      <div class="routine-text">
        <h4 class="routine-name">{routine.name}</h4>
        <p class="routine-purpose">{routine.purpose}</p>
        <p class="routine-meta">
          {t(kindLabels[routine.kind])} · {t('routines.stretchCount', { count })} · {formatDuration(planDuration(holds))}
        </p>
      </div>
      <button type="button" class="routine-start" data-start={`routine:${routine.id}`} onClick={onPlay} disabled={holds.length === 0}>
        <Icon name="play" />
        <span>{t('routines.start')}</span>
        <span class="visually-hidden"> {routine.name}</span>
      </button>
    </li>
  );
}

function StretchLibrary({ onPlay }: { onPlay: (stretch: Stretch) => void }) {
  const headingId = useId();
  // Each stretch sits under its main area (the first it lists), so none appears twice.
  const groups = areaOrder
    .map((area) => ({ area, items: stretches.filter((stretch) => stretch.areas[0] === area) }))
    .filter((group) => group.items.length > 0);
  return (
    <section class="card guide-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('routines.library')}</h2>
      <p class="hint">{t('routines.library.hint')}</p>
      {groups.map(({ area, items }) => (
        <LibraryGroup key={area} area={area} items={items} onPlay={onPlay} />
      ))}
    </section>
  );
}

function LibraryGroup({ area, items, onPlay }: { area: BodyArea; items: Stretch[]; onPlay: (stretch: Stretch) => void }) {
  const headingId = useId();
  return (
    <section class="group" aria-labelledby={headingId} data-area={area}>
      <h3 id={headingId} class="group-heading">
        {t(areaLabels[area])}
      </h3>
      <ul class="stretch-list">
        {items.map((stretch) => (
          <li key={stretch.id}>
            <button type="button" class="stretch-item" data-start={`stretch:${stretch.id}`} onClick={() => onPlay(stretch)}>
              <Illustration file={stretch.illustration} alt="" size="thumb" />
              <span class="stretch-text">
                <span class="stretch-name">{stretch.name}</span>
                <span class="stretch-target">{stretch.target}</span>
                <span class="stretch-hold">{holdLabel(stretch)}</span>
              </span>
              <Icon name="chevron" class="stretch-go" />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function holdLabel(stretch: Stretch): string {
  const seconds = stretch.holdSeconds;
  if (stretch.kind === 'dynamic') return t('routines.moveFor', { seconds });
  return t(stretch.sides === 'each' ? 'routines.holdEachSide' : 'routines.hold', { seconds });
}
