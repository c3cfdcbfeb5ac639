import type { ComponentChildren } from 'preact';

const RADIUS = 45;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A ring for a countdown: full when `progress` is 0, emptying clockwise from the top as it goes to
 * 1, with its content (the time left) in the middle. The ring is decorative; the content carries
 * the meaning.
 */
export function ProgressRing({ progress, children }: { progress: number; children: ComponentChildren }) {
  const clamped = Math.min(1, Math.max(0, progress));
  return (
    <div class="progress-ring">
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle class="progress-ring-track" cx="50" cy="50" r={RADIUS} />
        <circle
          class="progress-ring-value"
          cx="50"
          cy="50"
          r={RADIUS}
          transform="rotate(-90 50 50)"
          stroke-dasharray={CIRCUMFERENCE.toFixed(2)}
          stroke-dashoffset={(-CIRCUMFERENCE * clamped).toFixed(2)}
        />
      </svg>
      <div class="progress-ring-content">{children}</div>
    </div>
  );
}
