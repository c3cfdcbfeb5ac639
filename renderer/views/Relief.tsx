import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { reliefMuscles, type ReliefMuscle } from '../../main/ipc/names.ts';
import { EvidenceNote } from '../components/EvidenceBadge.tsx';
import { Icon } from '../components/Icon.tsx';
import { Illustration } from '../components/Illustration.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { notMedicalAdvice, referenceById, reliefGuideFor, routineById, stretchById, type ReliefGuide } from '../content/index.ts';
import { formatDuration } from '../format.ts';
import { t, type MessageKey } from '../i18n.ts';
import { planDuration, planRoutine } from '../player/plan.ts';
import { adviceToShow } from './Learn.tsx';
import { RoutinePlayer } from './RoutinePlayer.tsx';
import type { ViewProps } from './types.ts';
import '../styles/guides.css';

export const muscleLabels: Record<ReliefMuscle, MessageKey> = {
  calf: 'relief.muscle.calf',
  foot: 'relief.muscle.foot',
  hamstring: 'relief.muscle.hamstring',
  quadriceps: 'relief.muscle.quadriceps',
  hand: 'relief.muscle.hand',
};

export interface ReliefProps extends ViewProps {
  /** The muscle whose guide is open; null shows the choice of muscles. */
  muscle: ReliefMuscle | null;
  onMuscle: (muscle: ReliefMuscle | null) => void;
  /**
   * The cramp diary's hook: when given, the guide offers "Log this cramp". Until the diary exists
   * nothing passes it, and the guide shows no such button (never a dead one).
   */
  onLogCramp?: (muscle: ReliefMuscle) => void;
}

/**
 * Cramp relief: choose the muscle (or arrive on it from the tray), then what to do right now, the
 * stretch with its timer (the guided player, with paced breathing), and ice or heat afterwards.
 */
export function Relief({ state, muscle, onMuscle, onLogCramp }: ReliefProps) {
  const guide = muscle ? reliefGuideFor(muscle) : undefined;
  if (!muscle || !guide) return <MusclePicker onPick={onMuscle} />;
  return <Guide key={muscle} guide={guide} sound={state.settings.alerts.sound} onBack={() => onMuscle(null)} onLogCramp={onLogCramp} />;
}

function MusclePicker({ onPick }: { onPick: (muscle: ReliefMuscle) => void }) {
  const headingId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const available = reliefMuscles.filter((muscle) => reliefGuideFor(muscle));
  // Back from a guide, the button pressed has gone: focus lands on the title, not the page body.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) titleRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <h1 class="view-title" ref={titleRef} tabIndex={-1}>
        {t('relief.title')}
      </h1>
      <section class="card guide-section" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('relief.choose')}</h2>
        <ul class="muscle-list">
          {available.map((muscle) => (
            <li key={muscle}>
              <button type="button" class="muscle-item" data-muscle={muscle} onClick={() => onPick(muscle)}>
                <span>{t(muscleLabels[muscle])}</span>
                <Icon name="chevron" />
              </button>
            </li>
          ))}
        </ul>
      </section>
      <NotMedicalAdvice />
    </>
  );
}

/** The one-line reminder under relief: the full note is on Learn. */
function NotMedicalAdvice() {
  return notMedicalAdvice ? <p class="disclaimer">{notMedicalAdvice.title}.</p> : null;
}

interface GuideProps {
  guide: ReliefGuide;
  sound: boolean;
  onBack: () => void;
  onLogCramp?: (muscle: ReliefMuscle) => void;
}

function Guide({ guide, sound, onBack, onLogCramp }: GuideProps) {
  const [playing, setPlaying] = useState(false);
  /** Where focus goes when the player closes: back to Start, or on to the aftercare. */
  const focusAfterPlayer = useRef<'start' | 'afterwards' | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const afterwardsRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const ids = { now: useId(), stretch: useId(), afterwards: useId(), doctor: useId() };

  const routine = routineById(guide.routine);
  const holds = routine ? planRoutine(routine, stretchById) : [];
  const first = holds[0]?.stretch;
  const source = referenceById(guide.source);
  const doctor = adviceToShow('doctor');

  useEffect(() => {
    if (playing) return;
    const target = focusAfterPlayer.current;
    focusAfterPlayer.current = null;
    if (target === 'afterwards') {
      afterwardsRef.current?.focus();
      afterwardsRef.current?.scrollIntoView({ block: 'start' });
    } else if (target === 'start') startRef.current?.focus();
  }, [playing]);

  // Opened from the tray with a cramp under way: the steps are what matter, so the title gets focus.
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, []);

  if (playing && routine) {
    return (
      <RoutinePlayer
        title={routine.name}
        holds={holds}
        sound={sound}
        breathing
        onLeave={() => {
          focusAfterPlayer.current = 'start';
          setPlaying(false);
        }}
        afterwards={{
          label: t('relief.toAfterwards'),
          onClick: () => {
            focusAfterPlayer.current = 'afterwards';
            setPlaying(false);
          },
        }}
      />
    );
  }

  return (
    <>
      <div class="view-top">
        <button type="button" class="back-link" onClick={onBack}>
          <Icon name="back" />
          <span>{t('relief.other')}</span>
        </button>
        <h1 class="view-title" ref={titleRef} tabIndex={-1}>
          {guide.name}
        </h1>
      </div>

      <section class="card guide-section relief-step" aria-labelledby={ids.now}>
        <h2 id={ids.now}>
          <span class="step-number" aria-hidden="true">
            1
          </span>
          {t('relief.now')}
        </h2>
        <ol class="plain-steps">
          {guide.immediate.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      {routine && holds.length > 0 && (
        <section class="card guide-section relief-step" aria-labelledby={ids.stretch}>
          <h2 id={ids.stretch}>
            <span class="step-number" aria-hidden="true">
              2
            </span>
            {t('relief.stretch')}
          </h2>
          <div class="relief-stretch">
            {first && <Illustration file={first.illustration} alt="" size="thumb" />}
            <div>
              <p class="routine-name">{routine.name}</p>
              <p class="routine-meta">{t('relief.stretchMeta', { duration: formatDuration(planDuration(holds)) })}</p>
            </div>
          </div>
          <button type="button" class="button button-primary relief-start" ref={startRef} onClick={() => setPlaying(true)}>
            <Icon name="play" />
            <span>{t('relief.startStretch')}</span>
          </button>
        </section>
      )}

      <section class="card guide-section relief-step" aria-labelledby={ids.afterwards}>
        <h2 id={ids.afterwards} ref={afterwardsRef} tabIndex={-1}>
          <span class="step-number" aria-hidden="true">
            {routine && holds.length > 0 ? 3 : 2}
          </span>
          {t('relief.afterwards')}
        </h2>
        <ul class="plain-list">
          {guide.afterwards.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {onLogCramp && (
          <div class="actions">
            <button type="button" class="button" onClick={() => onLogCramp(guide.muscle)}>
              {t('relief.logCramp')}
            </button>
          </div>
        )}
      </section>

      <footer class="guide-footer">
        <div class="evidence-row">
          <EvidenceNote evidence={guide.evidence} note={guide.evidenceNote} />
          {source && (
            <p class="source-line">
              {t('source.label')} <SourceLink href={source.url}>{source.publisher}</SourceLink>
            </p>
          )}
        </div>
        {doctor.length > 0 && (
          <details class="doctor">
            <summary id={ids.doctor}>{t('relief.doctor')}</summary>
            <ul class="plain-list">
              {doctor.map((item) => (
                <li key={item.id}>
                  <strong>{item.title}.</strong> {item.text}
                </li>
              ))}
            </ul>
          </details>
        )}
        <NotMedicalAdvice />
      </footer>
    </>
  );
}
