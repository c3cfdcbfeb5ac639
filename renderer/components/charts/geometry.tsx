import { formatDay, type DaySlot } from './daySlots.ts';

/** The drawing area every day chart shares, so their days line up one above the other. */
export const CHART = { width: 360, left: 38, right: 6, top: 8, bottom: 20 } as const;
export const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;

/** The centre and width of each day's column. */
export function columns(count: number): { x: (i: number) => number; slot: number; bar: number } {
  const slot = PLOT_WIDTH / Math.max(1, count);
  return { x: (i) => CHART.left + slot * (i + 0.5), slot, bar: Math.max(1.5, Math.min(22, slot * 0.7)) };
}

/** The smallest "round" number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Which days get a label under the axis: each of a week; otherwise every 7th or 30th back from today. */
export function dayLabels(slots: readonly DaySlot[]): { index: number; text: string }[] {
  const n = slots.length;
  if (n <= 7) return slots.map((s, index) => ({ index, text: formatDay(s.day, 'weekday') }));
  const every = n <= 31 ? 7 : 30;
  const out: { index: number; text: string }[] = [];
  for (let index = n - 1; index >= 0; index -= every) out.unshift({ index, text: formatDay((slots[index] as DaySlot).day, 'short') });
  return out;
}

/** The day labels under a chart whose plot ends at `baseline`. */
export function DayAxis({ slots, baseline }: { slots: readonly DaySlot[]; baseline: number }) {
  const { x } = columns(slots.length);
  const labels = dayLabels(slots);
  return (
    <g class="chart-axis">
      <line x1={CHART.left} x2={CHART.width - CHART.right} y1={baseline} y2={baseline} />
      {labels.map(({ index, text }) => {
        // The outermost labels stay inside the drawing.
        const cx = x(index);
        const anchor = cx - 18 < CHART.left - 6 ? 'start' : cx + 18 > CHART.width ? 'end' : 'middle';
        const at = anchor === 'start' ? Math.max(cx - 6, CHART.left - 6) : anchor === 'end' ? CHART.width - 1 : cx;
        return (
          <text key={index} x={at} y={baseline + 14} text-anchor={anchor}>
            {text}
          </text>
        );
      })}
    </g>
  );
}
