import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, TimeWindow, Weekday } from '../../main/core/settings.ts';
import type { SettingsSave } from '../hooks/useSettingsSave.ts';
import { t } from '../i18n.ts';
import { Button } from './Button.tsx';
import { TimeRange } from './TimeRange.tsx';

type WorkingHours = Settings['workingHours'];

/**
 * The weekdays in order, and "HH:MM" as minutes. Kept here rather than imported from the core:
 * a value import from main/core/settings.ts would bring its schema library into the window's bundle.
 */
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly Weekday[];

function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The schema's limit on windows in one day. */
const MAX_WINDOWS = 12;
const DAY_END = 24 * 60;
const weekdaysMonToFri: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri'];

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The window a person most likely wants next: a working day on an empty day, otherwise an
 * afternoon an hour after the last window ends; null when the day has no room left.
 */
export function nextWindow(windows: readonly TimeWindow[]): TimeWindow | null {
  if (windows.length === 0) return { start: '09:00', end: '17:00' };
  const lastEnd = Math.max(...windows.map((w) => minutesOfDay(w.end)));
  const start = lastEnd + 60;
  if (start + 30 > DAY_END) return null;
  return { start: hhmm(start), end: hhmm(Math.min(DAY_END, start + 4 * 60)) };
}

/** Working hours per weekday: add and remove windows, edit their times, copy Monday to Tue–Fri. */
export function TimeWindowsEditor({ workingHours, settings }: { workingHours: WorkingHours; settings: SettingsSave }) {
  const copyMonday = () => {
    const monday = workingHours.mon;
    void settings.save({ workingHours: Object.fromEntries(weekdaysMonToFri.map((day) => [day, monday])) }, 'workingHours');
  };
  return (
    <div class="working-hours">
      <div class="actions">
        <Button onClick={copyMonday}>{t('hours.copyMonday')}</Button>
      </div>
      <div class="working-hours-days">
        {weekdays.map((day) => (
          <DayWindows key={day} day={day} windows={workingHours[day]} settings={settings} />
        ))}
      </div>
    </div>
  );
}

type PendingFocus = { to: 'start'; index: number } | { to: 'add' } | null;

function DayWindows({ day, windows, settings }: { day: Weekday; windows: TimeWindow[]; settings: SettingsSave }) {
  const dayName = t(`weekday.${day}`);
  const field = `workingHours.${day}`;
  // What is on screen: the saved windows, or the person's edit that main refused.
  const [draft, setDraft] = useState<TimeWindow[]>(windows);
  const saved = JSON.stringify(windows);
  useEffect(() => setDraft(windows), [saved]);

  const dayRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<PendingFocus>(null);
  useEffect(() => {
    const pending = pendingFocus.current;
    const root = dayRef.current;
    if (!pending || !root) return;
    pendingFocus.current = null;
    const target =
      pending.to === 'add'
        ? root.querySelector<HTMLElement>('.day-add button')
        : root.querySelectorAll<HTMLElement>('.time-range')[pending.index]?.querySelector<HTMLElement>('input');
    (target ?? root.querySelector<HTMLElement>('button:not([disabled])'))?.focus();
  });

  const send = (next: TimeWindow[]) => {
    setDraft(next);
    void settings.save({ workingHours: { [day]: next } }, field);
  };
  const next = nextWindow(draft);

  return (
    <div class="day" role="group" aria-labelledby={`${field}-name`} ref={dayRef}>
      <span id={`${field}-name`} class="day-name">
        <span aria-hidden="true">{t(`weekday.short.${day}`)}</span>
        <span class="visually-hidden">{dayName}</span>
      </span>
      <div class="day-windows">
        <DayError message={settings.errorFor(field, { exact: true })} />
        {draft.length === 0 && <p class="day-none">{t('hours.none')}</p>}
        {draft.map((window, index) => (
          <TimeRange
            key={index}
            legend={t('hours.window', { day: dayName, n: index + 1 })}
            hideLegend
            start={window.start}
            end={window.end}
            error={settings.errorFor(`${field}.${index}`)}
            onCommit={(range) => send(draft.map((w, i) => (i === index ? range : w)))}
          >
            <button
              type="button"
              class="icon-button"
              aria-label={t('hours.remove', { day: dayName, n: index + 1 })}
              title={t('hours.remove', { day: dayName, n: index + 1 })}
              onClick={() => {
                pendingFocus.current = { to: 'add' };
                send(draft.filter((_, i) => i !== index));
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </TimeRange>
        ))}
        {next !== null && draft.length < MAX_WINDOWS && (
          <div class="day-add">
            <button
              type="button"
              class="button button-quiet button-small"
              aria-label={t('hours.add', { day: dayName })}
              onClick={() => {
                pendingFocus.current = { to: 'start', index: draft.length };
                send([...draft, next]);
              }}
            >
              <span aria-hidden="true">+ </span>
              {t('hours.addShort')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function DayError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p class="field-error" role="alert">
      {message}
    </p>
  );
}
