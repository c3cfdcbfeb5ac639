import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from '../components/Icon.tsx';
import { Illustration } from '../components/Illustration.tsx';
import { stretchById, type ReliefGuide } from '../content/index.ts';
import { t } from '../i18n.ts';
import { browserClock, type PlayerClock } from '../player/clock.ts';
import { canOfferNext, countUp, heldMs, lastsTooLong, letGo, nextHold, startRelief, type ReliefFlow } from '../player/reliefFlow.ts';

/** The count-up redraws once a second, and only while a hold lasts. */
const TICK_MS = 1000;

interface ReliefHoldProps {
  guide: ReliefGuide;
  /** Where the count-up reads time; the browser's monotonic clock unless a test gives another. */
  clock?: PlayerClock;
  /** It let go and the person moves on: what to do as it eases. */
  onDone: () => void;
  /** Back to the guide without finishing (Esc too). */
  onLeave: () => void;
}

/**
 * Relief during a cramp, which follows the cramp rather than a timer (unlike the routine player):
 * one stretch on the cramped side, held with a count-up until the person presses "It let go";
 * only then is a next stretch offered. Past ten minutes it says to get urgent advice.
 */
export function ReliefHold({ guide, clock = browserClock, onDone, onLeave }: ReliefHoldProps) {
  const [flow, setFlow] = useState<ReliefFlow>(() => startRelief(clock.now()));
  const [now, setNow] = useState(() => clock.now());
  const letGoRef = useRef<HTMLButtonElement>(null);
  const releasedRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (flow.phase !== 'holding') return;
    setNow(clock.now());
    return clock.every(TICK_MS, () => setNow(clock.now()));
  }, [flow, clock]);

  // Focus follows the one thing to do next: "It let go" while holding, the result once released.
  useEffect(() => {
    if (flow.phase === 'holding') letGoRef.current?.focus();
    else releasedRef.current?.focus();
  }, [flow]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onLeave]);

  const hold = guide.holds[flow.hold];
  const stretch = hold?.stretch ? stretchById(hold.stretch) : undefined;
  const time = countUp(heldMs(flow, now));

  return (
    <div class="relief-hold">
      <div class="view-top">
        <button type="button" class="back-link" onClick={onLeave}>
          <Icon name="back" />
          <span>{t('relief.hold.leave')}</span>
        </button>
        <h1 class="view-title">{guide.name}</h1>
      </div>
      <section class="card guide-section">
        {guide.holds.length > 1 && <p class="routine-meta">{t('relief.hold.step', { n: flow.hold + 1, total: guide.holds.length })}</p>}
        {stretch && <Illustration file={stretch.illustration} alt={stretch.illustrationAlt} size="large" />}
        <p class="hold-text">{hold?.text}</p>
        <p class="hold-cramped">{t('relief.hold.cramped')}</p>
        {flow.phase === 'holding' ? (
          <>
            <p class="hold-timer" role="timer">
              {t('relief.hold.timer', { time })}
            </p>
            {lastsTooLong(flow, now) && (
              <p class="hold-long" role="alert">
                {t('relief.hold.long')}
              </p>
            )}
            <div class="actions">
              <button type="button" class="button button-primary" ref={letGoRef} onClick={() => setFlow((current) => letGo(current, clock.now()))}>
                {t('relief.hold.letGo')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p class="hold-released" ref={releasedRef} tabIndex={-1}>
              {t('relief.hold.released', { time })}
            </p>
            <div class="actions">
              <button type="button" class="button button-primary" onClick={onDone}>
                {t('relief.hold.done')}
              </button>
              {canOfferNext(flow, guide.holds.length) && (
                <button type="button" class="button" onClick={() => setFlow((current) => nextHold(current, guide.holds.length, clock.now()))}>
                  {t('relief.hold.next')}
                </button>
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}
