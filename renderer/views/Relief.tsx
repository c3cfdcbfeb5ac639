import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { reliefMuscles, type ReliefMuscle } from '../../main/ipc/names.ts';
import { EvidenceNote } from '../components/EvidenceBadge.tsx';
import { Icon } from '../components/Icon.tsx';
import { Illustration } from '../components/Illustration.tsx';
import { SourceLink } from '../components/SourceLink.tsx';
import { adviceById, notMedicalAdvice, referenceById, reliefGuideFor, stretchById, type ReliefGuide } from '../content/index.ts';
import { t, type MessageKey } from '../i18n.ts';
import { adviceToShow } from './Learn.tsx';
import { ReliefHold } from './ReliefHold.tsx';
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
 * Cramp relief: choose the muscle (or arrive on it from the tray), then what to do right now with a
 * hold that lasts until the cramp lets go (ReliefHold), the warning signs, what to do as it eases,
 * and warmth or cold afterwards.
 */
export function Relief({ muscle, onMuscle, onLogCramp }: ReliefProps) {
  const guide = muscle ? reliefGuideFor(muscle) : undefined;
  if (!muscle || !guide) return <MusclePicker onPick={onMuscle} />;
  return <Guide key={muscle} guide={guide} onBack={() => onMuscle(null)} onLogCramp={onLogCramp} />;
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
  onBack: () => void;
  onLogCramp?: (muscle: ReliefMuscle) => void;
}

function Guide({ guide, onBack, onLogCramp }: GuideProps) {
  const [holding, setHolding] = useState(false);
  /** Where focus goes when the hold closes: back to Start, or on to the warning signs. */
  const focusAfterHold = useRef<'start' | 'warnings' | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const warningsRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const ids = { warnings: useId(), doctor: useId() };

  const first = guide.holds[0]?.stretch ? stretchById(guide.holds[0].stretch) : undefined;
  const source = referenceById(guide.source);
  const warnings = guide.warnings.map(adviceById).filter((item) => item !== undefined);
  const doctor = adviceToShow('doctor').filter((item) => item.urgency === undefined);

  useEffect(() => {
    if (holding) return;
    const target = focusAfterHold.current;
    focusAfterHold.current = null;
    if (target === 'warnings') {
      // Once it let go, the warning signs come before massage and heat.
      warningsRef.current?.focus();
      warningsRef.current?.scrollIntoView({ block: 'start' });
    } else if (target === 'start') startRef.current?.focus();
  }, [holding]);

  // Opened from the tray with a cramp under way: the steps are what matter, so the title gets focus.
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, []);

  if (holding) {
    return (
      <ReliefHold
        guide={guide}
        onLeave={() => {
          focusAfterHold.current = 'start';
          setHolding(false);
        }}
        onDone={() => {
          focusAfterHold.current = 'warnings';
          setHolding(false);
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

      <StepSection number={1} title={t('relief.now')} lines={guide.immediate} ordered>
        <div class="relief-stretch">
          {first && <Illustration file={first.illustration} alt="" size="thumb" />}
          <button type="button" class="button button-primary relief-start" ref={startRef} onClick={() => setHolding(true)}>
            <Icon name="play" />
            <span>{t('relief.holdStart')}</span>
          </button>
        </div>
      </StepSection>

      {warnings.length > 0 && (
        <section class="card guide-section relief-warnings" aria-labelledby={ids.warnings}>
          <h2 id={ids.warnings} ref={warningsRef} tabIndex={-1}>
            {t('relief.warnings')}
          </h2>
          <ul class="plain-list warning-list">
            {warnings.map((item) => (
              <li key={item.id} data-advice={item.id} data-urgency={item.urgency}>
                <strong>{item.title}.</strong> {item.summary}
              </li>
            ))}
          </ul>
        </section>
      )}

      <StepSection number={2} title={t('relief.easing')} lines={guide.easing} />

      <StepSection number={3} title={t('relief.afterwards')} lines={guide.afterwards}>
        {onLogCramp && (
          <div class="actions">
            <button type="button" class="button" onClick={() => onLogCramp(guide.muscle)}>
              {t('relief.logCramp')}
            </button>
          </div>
        )}
      </StepSection>

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

interface StepSectionProps {
  number: number;
  title: string;
  lines: readonly string[];
  /** Numbered steps to follow in order, rather than a list of points. */
  ordered?: boolean;
  children?: ComponentChildren;
}

/** One numbered card of a guide: its heading names the region, then its lines, then any actions. */
function StepSection({ number, title, lines, ordered = false, children }: StepSectionProps) {
  const headingId = useId();
  const items = lines.map((line) => <li key={line}>{line}</li>);
  return (
    <section class="card guide-section relief-step" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span class="step-number" aria-hidden="true">
          {number}
        </span>
        {title}
      </h2>
      {ordered ? <ol class="plain-steps">{items}</ol> : <ul class="plain-list">{items}</ul>}
      {children}
    </section>
  );
}
