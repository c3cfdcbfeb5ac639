import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { InsightReport } from '../../main/core/insights.ts';
import type { DaySummary } from '../../main/core/summary.ts';
import { MAX_IMPORT_BYTES } from '../../main/ipc/names.ts';
import { send, type AppState } from '../bridge.ts';
import { Button } from '../components/Button.tsx';
import { ChartCard } from '../components/charts/ChartCard.tsx';
import { DayBarChart } from '../components/charts/DayBarChart.tsx';
import { DayMarkerChart } from '../components/charts/DayMarkerChart.tsx';
import { daySlots, type DaySlot } from '../components/charts/daySlots.ts';
import { formatDuration, formatNumber, fromMl, type VolumeUnit } from '../format.ts';
import { t, type MessageKey, inSentence } from '../i18n.ts';
import { contextLabels, muscleLabels } from './Diary.tsx';
import { formatDayVolume, insightNeeds, insightProgress, insightSentence } from './insightText.ts';
import type { ViewProps } from './types.ts';
import '../styles/history.css';

type Range = 7 | 30 | 90;
const ranges: readonly Range[] = [7, 30, 90];
const rangeLabels: Record<Range, MessageKey> = { 7: 'history.range.7', 30: 'history.range.30', 90: 'history.range.90' };

/** The range shown last, so coming back to History keeps it. */
let lastRange: Range = 30;

const MINUTE = 60_000;

/** History: what the records say about cramps, charts of the days, and export and import. */
export function History({ state, act }: ViewProps) {
  const [range, setRange] = useState<Range>(lastRange);
  useEffect(() => {
    lastRange = range;
    void act('history:view', { range });
  }, [range]);

  const history = state.history;
  return (
    <>
      <div class="history-top">
        <h1 class="view-title">{t('history.title')}</h1>
        <RangeToggle value={range} onChange={setRange} />
      </div>
      {history ? <Insights report={history.insights} unit={state.settings.profile.units} /> : <p class="hint">{t('app.loading')}</p>}
      {history && <Charts state={state} />}
      <ExportImport />
    </>
  );
}

function RangeToggle({ value, onChange }: { value: Range; onChange: (range: Range) => void }) {
  const name = useId();
  return (
    <fieldset class="range-toggle">
      <legend class="visually-hidden">{t('history.range')}</legend>
      {ranges.map((range) => (
        <label key={range} class="range-option">
          <input type="radio" name={name} value={range} checked={value === range} onChange={() => onChange(range)} />
          <span>{t(rangeLabels[range])}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Patterns in the person's own cramps, said with their sample sizes, or what is still needed. */
function Insights({ report, unit }: { report: InsightReport; unit: VolumeUnit }) {
  const headingId = useId();
  return (
    <section class="card insights" aria-labelledby={headingId} data-ready={report.ready}>
      <h2 id={headingId}>{t('insights.title')}</h2>
      {!report.ready ? (
        <>
          <p class="insights-needs">{insightNeeds(report.needs)}</p>
          <p class="hint">{insightProgress(report)}</p>
        </>
      ) : report.insights.length === 0 ? (
        <p>{t('insights.none', { count: report.crampCount })}</p>
      ) : (
        <ul class="insight-list">
          {report.insights.map((insight) => (
            <li key={insight.kind} data-insight={insight.kind} data-confident={insight.confident}>
              {insightSentence(insight, unit)}
            </li>
          ))}
        </ul>
      )}
      <p class="hint insights-note">{t('insights.disclaimer')}</p>
    </section>
  );
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) : 0;
};

function Charts({ state }: { state: AppState }) {
  const history = state.history as NonNullable<AppState['history']>;
  const unit = state.settings.profile.units;
  const slots = daySlots(state.snapshot.water.day, history.range, history.days);
  const recorded = slots.flatMap((s) => (s.summary ? [s.summary] : []));
  if (recorded.length === 0) {
    return (
      <section class="card" data-chart="none">
        <p class="hint">{t('history.empty')}</p>
      </section>
    );
  }
  const days = history.range;
  return (
    <>
      <WaterChart slots={slots} recorded={recorded} days={days} unit={unit} />
      <BreaksChart slots={slots} recorded={recorded} days={days} />
      <SittingChart slots={slots} recorded={recorded} days={days} />
      <TimelineChart slots={slots} recorded={recorded} days={days} />
    </>
  );
}

interface ChartProps {
  slots: DaySlot[];
  recorded: DaySummary[];
  days: number;
}

/** Axis labels: litres ("2.5 L") for millilitre people, bare ounces otherwise (the summary says the unit). */
function axisVolume(ml: number, unit: VolumeUnit): string {
  return unit === 'ml' ? t('unit.litres', { amount: formatNumber(ml / 1000, { maximumFractionDigits: 1 }) }) : formatNumber(Math.round(fromMl(ml, unit)));
}

function WaterChart({ slots, recorded, days, unit }: ChartProps & { unit: VolumeUnit }) {
  const met = recorded.filter((d) => d.waterMl >= d.goalMl).length;
  const average = recorded.reduce((sum, d) => sum + d.waterMl, 0) / recorded.length;
  const summary = t('chart.water.summary', { met, recorded: recorded.length, average: formatDayVolume(Math.round(average / 10) * 10, unit) });
  return (
    <ChartCard
      name="water"
      title={t('chart.water.title')}
      summary={summary}
      slots={slots}
      legend={[
        { swatch: 'bar-water', label: t('chart.water.drunk') },
        { swatch: 'chart-goal', shape: 'line', label: t('chart.water.goal') },
      ]}
      columns={[
        { header: t('chart.water.drunk'), cell: (d) => formatDayVolume(d.waterMl, unit) },
        { header: t('chart.water.goal'), cell: (d) => formatDayVolume(d.goalMl, unit) },
      ]}
    >
      <DayBarChart
        slots={slots}
        series={[{ key: 'water', value: (d) => d.waterMl }]}
        goal={(d) => d.goalMl}
        floor={1000}
        formatValue={(v) => axisVolume(v, unit)}
        label={t('chart.water.label', { days, summary })}
      />
    </ChartCard>
  );
}

const breakKinds = ['taken', 'natural', 'skipped', 'missed'] as const;
/** Snoozes put a break off rather than end it: counted in the table and the summary, not stacked with the breaks. */
const tallyKinds = [...breakKinds, 'snoozed'] as const;

function BreaksChart({ slots, recorded, days }: ChartProps) {
  const totals = Object.fromEntries(tallyKinds.map((k) => [k, recorded.reduce((sum, d) => sum + d.breaks[k], 0)])) as Record<(typeof tallyKinds)[number], number>;
  const summary = t('chart.breaks.summary', totals);
  return (
    <ChartCard
      name="breaks"
      title={t('chart.breaks.title')}
      summary={summary}
      slots={slots}
      legend={breakKinds.map((k) => ({ swatch: `bar-${k}`, label: t(`tally.${k}`) }))}
      columns={tallyKinds.map((k) => ({ header: t(`tally.${k}`), cell: (d: DaySummary) => formatNumber(d.breaks[k]) }))}
    >
      <DayBarChart
        slots={slots}
        series={breakKinds.map((k) => ({ key: k, value: (d: DaySummary) => d.breaks[k] }))}
        floor={4}
        ceiling={(v) => Math.ceil(v / 4) * 4}
        formatValue={(v) => formatNumber(v)}
        label={t('chart.breaks.label', { days, summary })}
      />
    </ChartCard>
  );
}

function SittingChart({ slots, recorded, days }: ChartProps) {
  const spells = recorded.map((d) => d.longestSittingMinutes);
  const summary = t('chart.sitting.summary', { longest: formatDuration(Math.max(...spells) * MINUTE), typical: formatDuration(median(spells) * MINUTE) });
  return (
    <ChartCard
      name="sitting"
      title={t('chart.sitting.title')}
      summary={summary}
      slots={slots}
      legend={[{ swatch: 'bar-sitting', label: t('chart.sitting.bar') }]}
      columns={[{ header: t('chart.sitting.bar'), cell: (d) => formatDuration(d.longestSittingMinutes * MINUTE) }]}
    >
      <DayBarChart
        slots={slots}
        series={[{ key: 'sitting', value: (d) => d.longestSittingMinutes }]}
        floor={60}
        ceiling={(v) => Math.ceil(v / 60) * 60}
        formatValue={(v) => t('unit.hours', { amount: formatNumber(v / 60, { maximumFractionDigits: 1 }) })}
        label={t('chart.sitting.label', { days, summary })}
      />
    </ChartCard>
  );
}

function TimelineChart({ slots, recorded, days }: ChartProps) {
  const workouts = recorded.reduce((n, d) => n + d.workouts.length, 0);
  const cramps = recorded.reduce((n, d) => n + d.cramps.length, 0);
  const summary = t('chart.timeline.summary', { workouts, cramps });
  return (
    <ChartCard
      name="timeline"
      title={t('chart.timeline.title')}
      summary={summary}
      slots={slots}
      legend={[
        { swatch: 'marker-workout', shape: 'circle', label: t('chart.timeline.workouts') },
        { swatch: 'marker-cramp', shape: 'diamond', label: t('chart.timeline.cramps') },
      ]}
      columns={[
        {
          header: t('chart.timeline.workouts'),
          cell: (d) => d.workouts.map((w) => t('chart.timeline.workout', { kind: t(`workout.kind.${w.kind}`), minutes: w.minutes })).join(', ') || '–',
        },
        {
          header: t('chart.timeline.cramps'),
          cell: (d) => d.cramps.map((c) => t('chart.timeline.cramp', { muscle: t(muscleLabels[c.muscle]), context: inSentence(t(contextLabels[c.context])) })).join(', ') || '–',
        },
      ]}
    >
      <DayMarkerChart
        slots={slots}
        rows={[
          { key: 'workout', shape: 'circle', count: (d) => d.workouts.length },
          { key: 'cramp', shape: 'diamond', count: (d) => d.cramps.length },
        ]}
        label={t('chart.timeline.label', { days, summary })}
      />
    </ChartCard>
  );
}

/** Saves text as a file through the browser's download: no file system access in the page. */
function download(file: { filename: string; mime: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Main's refusal ("history:import: line 3: at: …; nothing was imported") as the person reads it. */
export function importFailure(message: string): string {
  const reason = message.replace(/^history:import(?:\.[\w.]+)?:\s*/, '').replace(/;\s*nothing was imported\.?$/, '');
  return t('exchange.failed', { reason });
}

function ExportImport() {
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'csv' | 'json') => {
    setError(null);
    const result = await send('history:export', { format });
    if (!result.ok) {
      setStatus('');
      setError(result.error.message);
      return;
    }
    download(result.value);
    setStatus(t('exchange.exported', { filename: result.value.filename }));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file may be chosen again later.
    input.value = '';
    if (!file) return;
    // Checked before reading: a file of gigabytes would otherwise be read whole into the page.
    if (file.size > MAX_IMPORT_BYTES) {
      const mb = (bytes: number) => `${formatNumber(bytes / 1_000_000, { maximumFractionDigits: 1 })} MB`;
      setStatus('');
      setError(t('exchange.tooLarge', { size: mb(file.size), max: mb(MAX_IMPORT_BYTES) }));
      return;
    }
    setBusy(true);
    setError(null);
    setStatus(t('exchange.reading', { name: file.name }));
    const result = await send('history:import', { text: await file.text() });
    setBusy(false);
    if (!result.ok) {
      setStatus('');
      setError(importFailure(result.error.message));
      return;
    }
    const count = Number(result.value.notices.find((n) => n.id === 'historyImported')?.detail ?? 0);
    setStatus(count === 0 ? t('exchange.imported.none') : t('exchange.imported', { count }));
  };

  return (
    <section class="card exchange" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('exchange.title')}</h2>
      <p class="hint">{t('exchange.hint')}</p>
      <div class="actions">
        <Button onClick={() => void exportAs('csv')}>{t('exchange.csv')}</Button>
        <Button onClick={() => void exportAs('json')}>{t('exchange.json')}</Button>
        <Button onClick={() => fileRef.current?.click()} disabled={busy}>
          {t('exchange.import')}
        </Button>
        <input ref={fileRef} type="file" accept=".csv,.json,text/csv,application/json" hidden onChange={(event) => void importFile(event.currentTarget)} />
      </div>
      <p class="hint">{t('exchange.import.hint')}</p>
      <p class="status-line" role="status">
        {status}
      </p>
      <div role="alert" class="exchange-error">
        {error && <p class="field-error">{error}</p>}
      </div>
    </section>
  );
}
