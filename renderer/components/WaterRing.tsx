import { waterProgress, type VolumeUnit } from '../format.ts';

const SIZE = 120;
const STROKE = 11;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Today's water as a ring that fills clockwise from the top, with the amount in the middle. One
 * image to assistive technology, named in words ("1.25 of 2.0 litres").
 */
export function WaterRing({ todayMl, goalMl, unit }: { todayMl: number; goalMl: number; unit: VolumeUnit }) {
  const fraction = goalMl > 0 ? Math.min(1, Math.max(0, todayMl / goalMl)) : 0;
  const progress = waterProgress(todayMl, goalMl, unit);
  const centre = SIZE / 2;
  return (
    <div class={`water-ring${fraction >= 1 ? ' water-ring-full' : ''}`} role="img" aria-label={progress.label} data-fraction={fraction.toFixed(3)}>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false">
        <circle class="water-ring-track" cx={centre} cy={centre} r={RADIUS} />
        {/* Nothing drunk yet: no arc at all, rather than a lone round cap at the top. */}
        {fraction > 0 && (
          <circle
            class="water-ring-value"
            cx={centre}
            cy={centre}
            r={RADIUS}
            transform={`rotate(-90 ${centre} ${centre})`}
            stroke-dasharray={CIRCUMFERENCE.toFixed(2)}
            stroke-dashoffset={(CIRCUMFERENCE * (1 - fraction)).toFixed(2)}
          />
        )}
      </svg>
      <div class="water-ring-text" aria-hidden="true">
        <span class="water-ring-amount">{progress.drunk}</span>
        <span class="water-ring-goal">{progress.short}</span>
      </div>
    </div>
  );
}
