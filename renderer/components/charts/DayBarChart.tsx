import type { DaySummary } from '../../../main/core/summary.ts';
import type { DaySlot } from './daySlots.ts';
import { CHART, columns, DayAxis, niceCeiling } from './geometry.tsx';

export interface BarSeries {
  /** Names the CSS class of its bars (`bar-<key>`), which gives their colour in either theme. */
  key: string;
  value: (day: DaySummary) => number;
}

interface DayBarChartProps {
  slots: readonly DaySlot[];
  /** Stacked from the bottom up, in this order. */
  series: readonly BarSeries[];
  /** A line across each day at its goal. */
  goal?: (day: DaySummary) => number;
  /** The scale's least top, so a few small values do not fill the whole height. */
  floor: number;
  /** Rounds the largest value up to the scale's top (default: 1, 2, 2.5 or 5 times a power of ten). */
  ceiling?: (value: number) => number;
  formatValue: (value: number) => string;
  /** What the chart shows, in words: its accessible name. */
  label: string;
  height?: number;
}

/**
 * Bars per day, stacked when there are several series, with an optional goal line. Drawn as plain
 * SVG in the text's colours; a screen reader hears `label` (the chart's role is img) and can open
 * the numbers in the table beside it.
 */
export function DayBarChart({ slots, series, goal, floor, ceiling = niceCeiling, formatValue, label, height = 132 }: DayBarChartProps) {
  const baseline = height - CHART.bottom;
  const plotHeight = baseline - CHART.top;
  const { x, bar } = columns(slots.length);
  const totals = slots.map((s) => (s.summary ? series.reduce((sum, line) => sum + line.value(s.summary as DaySummary), 0) : 0));
  const goals = slots.map((s) => (s.summary && goal ? goal(s.summary) : 0));
  const top = ceiling(Math.max(floor, ...totals, ...goals));
  const y = (value: number) => baseline - (value / top) * plotHeight;

  // The goal as one stepped line: level across each day, broken where a day has no record.
  let goalPath = '';
  if (goal) {
    const half = (columns(slots.length).slot / 2) * 0.92;
    let drawing = false;
    slots.forEach((slot, i) => {
      if (!slot.summary) {
        drawing = false;
        return;
      }
      const gy = y(goals[i] ?? 0).toFixed(1);
      goalPath += `${drawing ? 'L' : 'M'}${(x(i) - half).toFixed(1)} ${gy}H${(x(i) + half).toFixed(1)}`;
      drawing = true;
    });
  }

  return (
    <svg class="chart" viewBox={`0 0 ${CHART.width} ${height}`} role="img" aria-label={label} data-days={slots.length}>
      <g class="chart-grid">
        {[top / 2, top].map((value) => (
          <g key={value}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={y(value)} y2={y(value)} />
            <text x={CHART.left - 5} y={y(value) + 3.5} text-anchor="end">
              {formatValue(value)}
            </text>
          </g>
        ))}
      </g>
      {slots.map((slot, i) => {
        let stacked = 0;
        return (
          <g key={slot.day} data-day={slot.day}>
            {slot.summary &&
              series.map((line) => {
                const value = line.value(slot.summary as DaySummary);
                if (value <= 0) return null;
                const from = stacked;
                stacked += value;
                return <rect key={line.key} class={`bar bar-${line.key}`} x={x(i) - bar / 2} width={bar} y={y(stacked)} height={Math.max(0.5, y(from) - y(stacked))} />;
              })}
          </g>
        );
      })}
      {goalPath && <path class="chart-goal" d={goalPath} />}
      <DayAxis slots={slots} baseline={baseline} />
    </svg>
  );
}
