import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Weekday } from '../../main/core/settings.ts';
import type { Intensity, Workout, WorkoutKind } from '../../main/core/workouts.ts';
import { send, type AppState } from '../bridge.ts';
import { Button } from '../components/Button.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { formatDay, wordsLocale } from '../components/charts/daySlots.ts';
import { describedBy, FieldMessages } from '../components/FieldMessages.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { UndoBar } from '../components/UndoBar.tsx';
import { formatClockText, formatTimeOfDay, formatVolume } from '../format.ts';
import { useUndoableDelete } from '../hooks/useUndoableDelete.ts';
import { t, type MessageKey } from '../i18n.ts';
import { problemAt, problemsOf, type FieldProblem } from '../ipcProblems.ts';
import { localDate, toLocalInput } from '../localDateTime.ts';
import { wallNow } from '../wallClock.ts';
import { formatDayVolume } from './insightText.ts';
import type { ViewProps } from './types.ts';
import { kindLabels, occasionLabels } from './workoutLabels.ts';
import '../styles/fields.css';
import '../styles/planner.css';

// Local lists, typed against the core's: importing the core's own would bundle its schemas.
const intensityLabels: Record<Intensity, MessageKey> = {
  easy: 'workout.intensity.easy',
  moderate: 'workout.intensity.moderate',
  hard: 'workout.intensity.hard',
};
const dayLabels: Record<Weekday, { short: MessageKey; long: MessageKey }> = {
  mon: { short: 'weekday.short.mon', long: 'weekday.mon' },
  tue: { short: 'weekday.short.tue', long: 'weekday.tue' },
  wed: { short: 'weekday.short.wed', long: 'weekday.wed' },
  thu: { short: 'weekday.short.thu', long: 'weekday.thu' },
  fri: { short: 'weekday.short.fri', long: 'weekday.fri' },
  sat: { short: 'weekday.short.sat', long: 'weekday.sat' },
  sun: { short: 'weekday.short.sun', long: 'weekday.sun' },
};
const weekdays = Object.keys(dayLabels) as Weekday[];
const kinds = Object.keys(kindLabels) as WorkoutKind[];
const intensities = Object.keys(intensityLabels) as Intensity[];

/** What the form holds: text as typed, so a refused value stays in its box. */
interface Draft {
  id: string;
  kind: WorkoutKind;
  repeat: 'weekly' | 'once';
  days: Weekday[];
  time: string;
  at: string;
  minutes: string;
  intensity: Intensity;
  hot: boolean;
}

function draftOf(workout: Workout): Draft {
  const s = workout.schedule;
  return {
    id: workout.id,
    kind: workout.kind,
    repeat: s.type,
    days: s.type === 'weekly' ? [...s.days] : [],
    time: s.type === 'weekly' ? s.time : s.at.slice(11, 16),
    at: s.type === 'once' ? s.at : '',
    minutes: String(workout.minutes),
    intensity: workout.intensity,
    hot: workout.hot,
  };
}

const weekdayFormat = new Map<string, Intl.DateTimeFormat>();
function weekdayIn(wall: number, zone: string): Weekday {
  let format = weekdayFormat.get(zone);
  if (!format) weekdayFormat.set(zone, (format = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: zone })));
  return format.format(wall).slice(0, 3).toLowerCase() as Weekday;
}

/** A new workout: this evening, on today's weekday, a moderate 45-minute run. */
function newDraft(now: number, zone: string): Draft {
  return {
    id: `workout-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    kind: 'run',
    repeat: 'weekly',
    days: [weekdayIn(now, zone)],
    time: '18:00',
    at: `${localDate(now, zone)}T18:00`,
    minutes: '45',
    intensity: 'moderate',
    hot: false,
  };
}

function workoutOf(draft: Draft, minutes: number): Workout {
  const schedule: Workout['schedule'] =
    draft.repeat === 'weekly' ? { type: 'weekly', days: weekdays.filter((d) => draft.days.includes(d)), time: draft.time } : { type: 'once', at: draft.at };
  return { id: draft.id, kind: draft.kind, minutes, intensity: draft.intensity, hot: draft.hot, schedule };
}

/** "Tuesday and Thursday at 18:30", "Every day at 07:00", "Tue 3 Jun at 18:30". */
export function scheduleText(workout: Workout): string {
  const s = workout.schedule;
  if (s.type === 'once') {
    return t('planner.once', { date: formatDay(s.at.slice(0, 10), 'long'), time: formatClockText(s.at.slice(11, 16)) });
  }
  if (s.days.length === 7) return t('planner.everyDay', { time: formatClockText(s.time) });
  const days = new Intl.ListFormat(wordsLocale(), { type: 'conjunction' }).format(weekdays.filter((d) => s.days.includes(d)).map((d) => t(dayLabels[d].long)));
  return t('planner.weekly', { days, time: formatClockText(s.time) });
}

/** "Run, 45 min": what a workout is, as its buttons and announcements name it. */
function workoutName(workout: Workout): string {
  return t('planner.name', { kind: t(kindLabels[workout.kind]), minutes: workout.minutes });
}

type Editing = { index: number | null; draft: Draft } | null;

export function Planner({ state }: ViewProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [said, setSaid] = useState('');
  // Where focus goes once the list is back: the workout's Edit button, or Add.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusAfter || editing) return;
    listRef.current?.querySelector<HTMLElement>(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter, editing]);

  const zone = state.snapshot.timeZone;
  const plan = state.workouts;
  const listHeadingId = useId();

  const save = async (draft: Draft, minutes: number): Promise<FieldProblem[]> => {
    const index = editing?.index ?? plan.length;
    const workout = workoutOf(draft, minutes);
    const next = [...plan];
    next[index] = workout;
    const result = await send('workouts:set', { workouts: next });
    if (result.ok) {
      setEditing(null);
      setSaid(t('planner.saved', { workout: workoutName(workout) }));
      setFocusAfter(`[data-workout="${CSS.escape(workout.id)}"] .workout-edit`);
      return [];
    }
    // Paths inside this workout go to its fields; anything else is the form's.
    const inside = `workouts.${index}`;
    return problemsOf(result.error.message, 'workouts:set').map((p) =>
      p.path === inside || p.path.startsWith(`${inside}.`) ? { path: p.path.slice(inside.length + 1), message: p.message } : { path: '', message: p.message },
    );
  };

  // Deleted at once on screen, sent to main once the undo window ends (against the plan as it is then).
  const deletion = useUndoableDelete('planner');
  const remove = (workout: Workout) => {
    setSaid('');
    deletion.remove(workout.id, workoutName(workout), async () => {
      const current = await send('state:get');
      if (!current.ok) return current;
      return send('workouts:set', { workouts: current.value.workouts.filter((w) => w.id !== workout.id) });
    });
  };
  const shown = plan.filter((workout) => !deletion.isHidden(workout.id));

  return (
    <>
      <h1 class="view-title">{t('planner.title')}</h1>
      <WaterLine state={state} />
      {editing ? (
        <WorkoutForm
          key={editing.draft.id}
          initial={editing.draft}
          title={t(editing.index === null ? 'planner.form.new' : 'planner.form.edit')}
          now={wallNow()}
          zone={zone}
          onSave={save}
          onCancel={() => {
            setFocusAfter(editing.index === null ? '.planner-add' : `[data-workout="${CSS.escape(editing.draft.id)}"] .workout-edit`);
            setEditing(null);
          }}
        />
      ) : (
        <div class="planner-list" ref={listRef}>
          <section class="card" aria-labelledby={listHeadingId}>
            <h2 id={listHeadingId}>{t('planner.list')}</h2>
            {shown.length === 0 ? (
              <p class="hint">{t('planner.empty')}</p>
            ) : (
              <ul class="workouts">
                {plan.map((workout, index) => deletion.isHidden(workout.id) ? null : (
                  <WorkoutItem
                    key={workout.id}
                    workout={workout}
                    state={state}
                    onEdit={() => {
                      setSaid('');
                      setEditing({ index, draft: draftOf(workout) });
                    }}
                    onDelete={() => remove(workout)}
                  />
                ))}
              </ul>
            )}
            <UndoBar
              deletion={deletion}
              deletedText={(label) => t('planner.deleted', { workout: label })}
              onUndo={(id) => setFocusAfter(`[data-workout="${CSS.escape(id)}"] .workout-delete`)}
              onGone={() => setFocusAfter('.planner-add')}
            />
            <div class="actions">
              <button
                type="button"
                class="button button-primary planner-add"
                onClick={() => {
                  setSaid('');
                  setEditing({ index: null, draft: newDraft(wallNow(), zone) });
                }}
              >
                {t('planner.add')}
              </button>
            </div>
          </section>
          <BedtimeLine state={state} />
        </div>
      )}
      <p class="status-line" role="status">
        {said}
      </p>
    </>
  );
}

/** The day's water goal, and how much of it today's planned workouts add. */
function WaterLine({ state }: { state: AppState }) {
  const { goalMl, exerciseMl } = state.snapshot.water;
  const unit = state.settings.profile.units;
  return (
    <p class="view-intro" data-water-goal>
      {exerciseMl > 0 ? t('planner.water.raised', { goal: formatDayVolume(goalMl, unit), extra: formatVolume(exerciseMl, unit) }) : t('planner.water.plain')}
    </p>
  );
}

function BedtimeLine({ state }: { state: AppState }) {
  const bedtime = state.snapshot.upcoming.find((o) => o.reminder === 'bedtime');
  if (!bedtime) return null;
  return <p class="hint">{t('planner.bedtime', { time: formatTimeOfDay(bedtime.at, state.snapshot.timeZone) })}</p>;
}

interface WorkoutItemProps {
  workout: Workout;
  state: AppState;
  onEdit: () => void;
  onDelete: () => void;
}

function WorkoutItem({ workout, state, onEdit, onDelete }: WorkoutItemProps) {
  const name = workoutName(workout);
  const details = [t(intensityLabels[workout.intensity]), ...(workout.hot ? [t('planner.hotShort')] : [])].join(' · ');
  return (
    <li class="workout" data-workout={workout.id}>
      <div class="workout-head">
        <div class="workout-text">
          <p class="workout-name">{name}</p>
          <p class="workout-when">{scheduleText(workout)}</p>
          <p class="workout-meta">{details}</p>
        </div>
        <div class="workout-actions">
          <button type="button" class="button button-small workout-edit" onClick={onEdit}>
            {t('planner.edit')}
            <span class="visually-hidden"> {name}</span>
          </button>
          <button type="button" class="button button-small button-quiet workout-delete" onClick={onDelete}>
            {t('planner.delete')}
            <span class="visually-hidden"> {name}</span>
          </button>
        </div>
      </div>
      <Reminders workout={workout} state={state} />
    </li>
  );
}

/** The moments main derived for this workout's next occurrence, if it is within a day. */
function Reminders({ workout, state }: { workout: Workout; state: AppState }) {
  const { upcoming, timeZone } = state.snapshot;
  const moments = upcoming.filter((o) => o.workoutId === workout.id);
  if (moments.length === 0) return <p class="hint occasions-later">{t('planner.reminders.later')}</p>;
  const today = localDate(wallNow(), timeZone);
  return (
    <div class="occasions">
      <p class="occasions-title">{t('planner.reminders')}</p>
      <ul>
        {moments.map((o) => {
          const time = formatTimeOfDay(o.at, timeZone);
          return (
            <li key={`${o.reminder}@${o.at}`} data-occasion={o.reminder}>
              <span class="occasion-time">{localDate(o.at, timeZone) === today ? time : t('planner.tomorrowAt', { time })}</span>
              <span>{t(occasionLabels[o.reminder])}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface WorkoutFormProps {
  initial: Draft;
  title: string;
  now: number;
  zone: string;
  /** Sends the workout; resolves to main's problems with it ([] when saved). */
  onSave: (draft: Draft, minutes: number) => Promise<FieldProblem[]>;
  onCancel: () => void;
}

function WorkoutForm({ initial, title, now, zone, onSave, onCancel }: WorkoutFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [atError, setAtError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), minutes: useId(), time: useId(), at: useId(), days: useId() };
  useEffect(() => headingRef.current?.focus(), []);

  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (path: string) => problemAt(problems, path);

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('minutes') as HTMLInputElement;
    // Only "is this a number" is checked here; main judges the rest.
    const minutes = Number(draft.minutes.trim());
    const badNumber = input.validity.badInput || draft.minutes.trim() === '' || !Number.isFinite(minutes);
    setMinutesError(badNumber ? t(draft.minutes.trim() === '' && !input.validity.badInput ? 'field.number.required' : 'field.number.invalid') : null);
    // A one-off workout in the past would never come: say so rather than save it.
    const past = draft.repeat === 'once' && draft.at !== '' && draft.at < toLocalInput(now, zone);
    setAtError(past ? t('planner.at.past') : null);
    if (badNumber || past) return;
    setSaving(true);
    const found = await onSave(draft, minutes);
    setSaving(false);
    setProblems(found);
  };

  const formProblems = problems.filter((p) => !['kind', 'minutes', 'intensity', 'hot', 'schedule.days', 'schedule.time', 'schedule.at'].some((f) => p.path === f));
  const minutesProblem = minutesError ?? error('minutes');
  const scheduleField = draft.repeat === 'weekly' ? (error('schedule.time') ?? null) : (atError ?? error('schedule.at'));

  return (
    <form class="card workout-form" noValidate aria-labelledby={ids.heading} onSubmit={(event) => void submit(event)}>
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <RadioGroup
        legend={t('planner.kind')}
        value={draft.kind}
        options={kinds.map((k) => ({ value: k, label: t(kindLabels[k]) }))}
        error={error('kind')}
        onChange={(kind) => change({ kind })}
      />
      <RadioGroup
        legend={t('planner.repeat')}
        value={draft.repeat}
        options={[
          { value: 'weekly', label: t('planner.repeat.weekly') },
          { value: 'once', label: t('planner.repeat.once') },
        ]}
        onChange={(repeat) => change({ repeat })}
      />
      {draft.repeat === 'weekly' ? (
        <>
          <fieldset class="day-picker" aria-describedby={error('schedule.days') ? `${ids.days}-error` : undefined}>
            <legend>{t('planner.days')}</legend>
            <div class="day-chips">
              {weekdays.map((day) => (
                <label key={day} class="day-chip">
                  <input
                    type="checkbox"
                    checked={draft.days.includes(day)}
                    onChange={(event) => change({ days: event.currentTarget.checked ? [...draft.days, day] : draft.days.filter((d) => d !== day) })}
                  />
                  <span aria-hidden="true">{t(dayLabels[day].short)}</span>
                  <span class="visually-hidden">{t(dayLabels[day].long)}</span>
                </label>
              ))}
            </div>
            <FieldMessages id={ids.days} error={error('schedule.days')} />
          </fieldset>
          <div class="field field-inline">
            <label for={ids.time}>{t('planner.time')}</label>
            <input
              id={ids.time}
              type="time"
              value={draft.time}
              aria-invalid={scheduleField ? 'true' : undefined}
              aria-describedby={describedBy(ids.time, null, scheduleField)}
              onInput={(event) => change({ time: event.currentTarget.value })}
            />
            <FieldMessages id={ids.time} error={scheduleField} />
          </div>
        </>
      ) : (
        <div class="field field-inline">
          <label for={ids.at}>{t('planner.at')}</label>
          <input
            id={ids.at}
            type="datetime-local"
            value={draft.at}
            min={toLocalInput(now, zone)}
            aria-invalid={scheduleField ? 'true' : undefined}
            aria-describedby={describedBy(ids.at, null, scheduleField)}
            onInput={(event) => change({ at: event.currentTarget.value })}
          />
          <FieldMessages id={ids.at} error={scheduleField} />
        </div>
      )}
      <div class="field field-number">
        <label for={ids.minutes}>{t('planner.minutes')}</label>
        <span class="input-unit">
          <input
            id={ids.minutes}
            name="minutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={600}
            step={5}
            value={draft.minutes}
            aria-invalid={minutesProblem ? 'true' : undefined}
            aria-describedby={describedBy(ids.minutes, t('planner.minutes.hint'), minutesProblem)}
            onInput={(event) => change({ minutes: event.currentTarget.value })}
          />
          <span class="unit" aria-hidden="true">
            {t('unit.min')}
          </span>
        </span>
        <FieldMessages id={ids.minutes} hint={t('planner.minutes.hint')} error={minutesProblem} />
      </div>
      <RadioGroup
        legend={t('planner.intensity')}
        value={draft.intensity}
        options={intensities.map((i) => ({ value: i, label: t(intensityLabels[i]) }))}
        error={error('intensity')}
        onChange={(intensity) => change({ intensity })}
      />
      <CheckboxField label={t('planner.hot')} hint={t('planner.hot.hint')} checked={draft.hot} onChange={(hot) => change({ hot })} />
      {formProblems.length > 0 && (
        <p class="field-error" role="alert">
          {formProblems.map((p) => p.message).join('; ')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={saving}>
          {t('planner.save')}
        </button>
        <Button onClick={onCancel}>{t('planner.cancel')}</Button>
      </div>
    </form>
  );
}
