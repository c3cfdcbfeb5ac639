import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { DaySummary } from '../../../main/core/summary.ts';
import { t } from '../../i18n.ts';
import { formatDay, type DaySlot } from './daySlots.ts';

export interface LegendItem {
  /** The swatch's CSS class, the same one the chart draws with. */
  swatch: string;
  shape?: 'bar' | 'line' | 'circle' | 'diamond';
  label: string;
}

export interface NumberColumn {
  header: string;
  cell: (day: DaySummary) => string;
}

interface ChartCardProps {
  title: string;
  /** The chart's finding in a line, shown under the title. */
  summary: string;
  legend: readonly LegendItem[];
  slots: readonly DaySlot[];
  columns: readonly NumberColumn[];
  children: ComponentChildren;
  /** Marks the card for tests and styles. */
  name: string;
}

/** A chart with its title, a one-line summary, a legend and — for anyone who wants them — the numbers. */
export function ChartCard({ title, summary, legend, slots, columns, children, name }: ChartCardProps) {
  const headingId = useId();
  return (
    <section class="card chart-card" aria-labelledby={headingId} data-chart={name}>
      <h2 id={headingId}>{title}</h2>
      <p class="chart-summary">{summary}</p>
      {children}
      <ul class="chart-legend">
        {legend.map((item) => (
          <li key={item.label}>
            <Swatch item={item} />
            {item.label}
          </li>
        ))}
      </ul>
      <details class="chart-numbers">
        <summary>{t('chart.numbers')}</summary>
        <div class="chart-table-wrap">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chart.col.day')}</th>
                {columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...slots].reverse().map((slot) => (
                <tr key={slot.day}>
                  <th scope="row">{formatDay(slot.day, 'long')}</th>
                  {slot.summary ? (
                    columns.map((c) => <td key={c.header}>{c.cell(slot.summary as DaySummary)}</td>)
                  ) : (
                    <td colSpan={columns.length} class="chart-no-record">
                      {t('chart.noRecord')}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}

function Swatch({ item }: { item: LegendItem }) {
  const shape = item.shape ?? 'bar';
  return (
    <svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      {shape === 'bar' && <rect class={item.swatch} x="1" y="1" width="10" height="10" rx="2" />}
      {shape === 'line' && <path class={item.swatch} d="M0 6H12" />}
      {shape === 'circle' && <circle class={item.swatch} cx="6" cy="6" r="4.5" />}
      {shape === 'diamond' && <path class={item.swatch} d="M6 0.5L11 6L6 11.5L1 6z" />}
    </svg>
  );
}
