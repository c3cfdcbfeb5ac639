import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';

/**
 * Paced breathing: a circle that grows while you breathe in (4 s) and shrinks while you breathe
 * out (6 s), with the words beside it. The phase comes from the player's clock, so the words and
 * the circle never drift apart and both stop when the player pauses; CSS transitions do the
 * movement (none under prefers-reduced-motion, where the words alone lead).
 */
export function BreathingPacer({ phase }: { phase: 'in' | 'out' }) {
  // The first frame starts small, so the first breath in grows like every other one.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const shown = ready ? phase : 'out';
  return (
    <div class="pacer" data-phase={shown}>
      <p class="visually-hidden">{t('breathing.label')}</p>
      <div class="pacer-circle" aria-hidden="true">
        <span />
      </div>
      <p class="pacer-cue" aria-hidden="true">
        {phase === 'in' ? t('breathing.in') : t('breathing.out')}
      </p>
    </div>
  );
}
