import type { DaySummary } from '../../../main/core/summary.ts';
import type { DaySlot } from './daySlots.ts';
import { CHART, columns, DayAxis } from './geometry.tsx';

export interface MarkerRow {
  /** Names the CSS class (`marker-<key>`) and the shape: circles for workouts, diamonds otherwise. */
  key: string;
  shape: 'circle' | 'diamond';
  count: (day: DaySummary) => number;
}

interface DayMarkerChartProps {
  slots: readonly DaySlot[];
  rows: readonly MarkerRow[];
  label: string;
}

const ROW_HEIGHT = 22;

/** A timeline: one row per kind of event, a mark on each day it happened (a larger one for several). */
export function DayMarkerChart({ slots, rows, label }: DayMarkerChartProps) {
  const baseline = CHART.top + rows.length * ROW_HEIGHT;
  const height = baseline + CHART.bottom;
  const { x, slot } = columns(slots.length);
  const size = Math.max(2, Math.min(5, slot * 0.42));
  return (
    <svg class="chart" viewBox={`0 0 ${CHART.width} ${height}`} role="img" aria-label={label} data-days={slots.length}>
      <g class="chart-grid">
        {rows.map((row, r) => (
          <line key={row.key} x1={CHART.left} x2={CHART.width - CHART.right} y1={CHART.top + ROW_HEIGHT * (r + 0.5)} y2={CHART.top + ROW_HEIGHT * (r + 0.5)} />
        ))}
      </g>
      {slots.map((day, i) => (
        <g key={day.day} data-day={day.day}>
          {day.summary &&
            rows.map((row, r) => {
              const count = row.count(day.summary as DaySummary);
              if (count <= 0) return null;
              const cy = CHART.top + ROW_HEIGHT * (r + 0.5);
              const s = count > 1 ? size * 1.3 : size;
              return row.shape === 'circle' ? (
                <circle key={row.key} class={`marker marker-${row.key}`} cx={x(i)} cy={cy} r={s} />
              ) : (
                <path key={row.key} class={`marker marker-${row.key}`} d={`M${x(i)} ${cy - s * 1.25}l${s * 1.1} ${s * 1.25}l${-s * 1.1} ${s * 1.25}l${-s * 1.1} ${-s * 1.25}z`} />
              );
            })}
        </g>
      ))}
      <DayAxis slots={slots} baseline={baseline} />
    </svg>
  );
}
