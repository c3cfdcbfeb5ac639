import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { TimeWindow } from '../../main/core/settings.ts';
import { t } from '../i18n.ts';
import { TimeField } from './TimeField.tsx';

interface TimeRangeProps {
  /** What the range is for; the group's accessible name. */
  legend: string;
  hideLegend?: boolean;
  start: string;
  end: string;
  /** Main's reasons for refusing this range, shown once under it. */
  error?: string | null;
  onCommit: (range: TimeWindow) => void;
  /** Controls that belong to the row (a Remove button). */
  children?: ComponentChildren;
}

/**
 * A start and an end time as one group. Each side sends the whole range, with the other side as it
 * stands on screen, so "end before start" can be fixed from either end.
 */
export function TimeRange({ legend, hideLegend = false, start, end, error, onCommit, children }: TimeRangeProps) {
  const legendId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState<TimeWindow>({ start, end });
  useEffect(() => setDraft({ start, end }), [start, end]);

  const commit = (side: keyof TimeWindow, value: string) => {
    const next = { ...draft, [side]: value };
    setDraft(next);
    onCommit(next);
  };

  return (
    <div class="time-range-row">
      <div class="time-range" role="group" aria-labelledby={legendId} aria-describedby={error ? errorId : undefined}>
        <span id={legendId} class={hideLegend ? 'visually-hidden' : 'time-range-legend'}>
          {legend}
        </span>
        <span class="time-range-fields">
          <TimeField label={t('time.start')} hideLabel value={start} invalid={Boolean(error)} onCommit={(value) => commit('start', value)} />
          <span class="time-range-dash" aria-hidden="true">
            –
          </span>
          <TimeField label={t('time.end')} hideLabel value={end} invalid={Boolean(error)} onCommit={(value) => commit('end', value)} />
          {children}
        </span>
      </div>
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
