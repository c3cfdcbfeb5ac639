import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { CrampContext, CrampEntry, CrampMuscle } from '../../main/core/diary.ts';
import type { AppState } from '../bridge.ts';
import { send } from '../bridge.ts';
import { describedBy, FieldMessages } from '../components/FieldMessages.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { UndoBar } from '../components/UndoBar.tsx';
import { formatDay } from '../components/charts/daySlots.ts';
import { formatTimeOfDay } from '../format.ts';
import { useUndoableDelete } from '../hooks/useUndoableDelete.ts';
import { t, type MessageKey, inSentence } from '../i18n.ts';
import { problemAt, problemsOf, type FieldProblem } from '../ipcProblems.ts';
import { fromLocalInput, localDate, toLocalInput } from '../localDateTime.ts';
import { wallNow } from '../wallClock.ts';
import type { ViewProps } from './types.ts';
import '../styles/fields.css';
import '../styles/planner.css';

// Local lists, typed against the core's: importing the core's own would bundle its schemas.
export const muscleLabels: Record<CrampMuscle, MessageKey> = {
  calf: 'muscle.calf',
  foot: 'muscle.foot',
  hamstring: 'muscle.hamstring',
  quadriceps: 'muscle.quadriceps',
  hand: 'muscle.hand',
  other: 'muscle.other',
};
export const contextLabels: Record<CrampContext, MessageKey> = {
  exercise: 'context.exercise',
  night: 'context.night',
  desk: 'context.desk',
  other: 'context.other',
};
const muscles = Object.keys(muscleLabels) as CrampMuscle[];
const contexts = Object.keys(contextLabels) as CrampContext[];
const severities = ['1', '2', '3', '4', '5'] as const;

/** A first guess the person can change: late at night and early morning mean in bed. */
function likelyContext(now: number, zone: string): CrampContext {
  const hour = Number(toLocalInput(now, zone).slice(11, 13));
  return hour >= 21 || hour < 7 ? 'night' : 'desk';
}

interface DiaryProps extends ViewProps {
  /** The muscle the relief guide (or a tray item) arrived with. */
  muscle: CrampMuscle | null;
}

/** The cramp diary: log one in a few clicks, see and delete recent ones. */
export function Diary({ state, act, muscle }: DiaryProps) {
  // Recent cramps come from the history view main keeps; ask for the last 90 days.
  useEffect(() => {
    void act('history:view', { range: 90 });
  }, []);

  return (
    <>
      <h1 class="view-title">{t('diary.title')}</h1>
      {/* A new cramp changes no snapshot, so nothing else would push the new history: ask for it. */}
      <CrampForm state={state} muscle={muscle} onLogged={() => void act('history:view', { range: 90 })} />
      <RecentCramps state={state} />
    </>
  );
}

interface CrampFormProps {
  state: AppState;
  muscle: CrampMuscle | null;
  onLogged: () => void;
}

function CrampForm({ state, muscle: arrivedWith, onLogged }: CrampFormProps) {
  const zone = state.snapshot.timeZone;
  const [muscle, setMuscle] = useState<CrampMuscle>(arrivedWith ?? 'calf');
  const [context, setContext] = useState<CrampContext>(() => likelyContext(wallNow(), zone));
  const [whenMode, setWhenMode] = useState<'now' | 'earlier'>('now');
  const [earlier, setEarlier] = useState('');
  const [severity, setSeverity] = useState<(typeof severities)[number]>('3');
  const [duration, setDuration] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [own, setOwn] = useState<{ when?: string; durationMinutes?: string }>({});
  // How long and a note are optional: folded away, and opened when one of them has a problem.
  const [moreOpen, setMoreOpen] = useState(false);
  const [said, setSaid] = useState('');
  const [sending, setSending] = useState(false);
  const ids = { heading: useId(), muscle: useId(), when: useId(), duration: useId(), note: useId() };

  // A later arrival from the relief guide brings its muscle.
  useEffect(() => {
    if (arrivedWith) setMuscle(arrivedWith);
  }, [arrivedWith]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const now = wallNow();
    const form = event.currentTarget as HTMLFormElement;
    const durationInput = form.elements.namedItem('duration') as HTMLInputElement;
    const found: typeof own = {};
    let when: number | undefined;
    if (whenMode === 'earlier') {
      const parsed = fromLocalInput(earlier, zone);
      if (parsed === null) found.when = t('diary.when.required');
      else if (parsed > now) found.when = t('diary.when.future');
      else when = parsed;
    }
    const minutes = duration.trim() === '' ? null : Number(duration.trim());
    if (durationInput.validity.badInput || (minutes !== null && !Number.isFinite(minutes))) found.durationMinutes = t('field.number.invalid');
    setOwn(found);
    if (found.durationMinutes) setMoreOpen(true);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    const result = await send('cramp:log', {
      muscle,
      context,
      severity: Number(severity),
      ...(when === undefined ? {} : { when }),
      ...(minutes === null ? {} : { durationMinutes: minutes }),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    });
    setSending(false);
    if (!result.ok) {
      const found = problemsOf(result.error.message, 'cramp:log');
      setProblems(found);
      if (found.some((p) => p.path === 'durationMinutes' || p.path === 'note')) setMoreOpen(true);
      setSaid('');
      return;
    }
    setProblems([]);
    const at = when ?? now;
    setSaid(t('diary.logged', { muscle: inSentence(t(muscleLabels[muscle])), time: formatTimeOfDay(at, zone) }));
    setDuration('');
    setNote('');
    setWhenMode('now');
    onLogged();
  };

  const whenProblem = own.when ?? problemAt(problems, 'when');
  const durationProblem = own.durationMinutes ?? problemAt(problems, 'durationMinutes');
  const noteProblem = problemAt(problems, 'note');
  const otherProblems = problems.filter((p) => !['when', 'durationMinutes', 'note', 'muscle', 'context', 'severity'].includes(p.path));

  return (
    <form class="card cramp-form" noValidate aria-labelledby={ids.heading} onSubmit={(event) => void submit(event)}>
      <h2 id={ids.heading}>{t('diary.log')}</h2>
      <div class="field field-inline">
        <label for={ids.muscle}>{t('diary.muscle')}</label>
        <select id={ids.muscle} value={muscle} onChange={(event) => setMuscle(event.currentTarget.value as CrampMuscle)}>
          {muscles.map((m) => (
            <option key={m} value={m}>
              {t(muscleLabels[m])}
            </option>
          ))}
        </select>
        <FieldMessages id={ids.muscle} error={problemAt(problems, 'muscle')} />
      </div>
      <RadioGroup
        legend={t('diary.when')}
        value={whenMode}
        options={[
          { value: 'now', label: t('diary.when.now') },
          { value: 'earlier', label: t('diary.when.earlier') },
        ]}
        onChange={(mode) => {
          setWhenMode(mode);
          // Start from a rounded "a little while ago" rather than an empty box.
          if (mode === 'earlier' && earlier === '') setEarlier(toLocalInput(Math.floor(wallNow() / 900_000) * 900_000, zone));
        }}
      />
      {whenMode === 'earlier' && (
        <div class="field field-inline">
          <label for={ids.when}>{t('diary.when.at')}</label>
          <input
            id={ids.when}
            type="datetime-local"
            value={earlier}
            max={toLocalInput(wallNow(), zone)}
            aria-invalid={whenProblem ? 'true' : undefined}
            aria-describedby={describedBy(ids.when, null, whenProblem)}
            onInput={(event) => setEarlier(event.currentTarget.value)}
          />
          <FieldMessages id={ids.when} error={whenProblem} />
        </div>
      )}
      <RadioGroup
        legend={t('diary.context')}
        value={context}
        options={contexts.map((c) => ({ value: c, label: t(contextLabels[c]) }))}
        error={problemAt(problems, 'context')}
        onChange={setContext}
      />
      <fieldset class="radio-group severity" aria-describedby={`${ids.heading}-severity-hint`}>
        <legend>{t('diary.severity')}</legend>
        <div class="severity-options">
          {severities.map((s) => (
            <label key={s} class="severity-option">
              <input type="radio" name={`${ids.heading}-severity`} value={s} checked={severity === s} onChange={() => setSeverity(s)} />
              <span>{s}</span>
            </label>
          ))}
        </div>
        <p id={`${ids.heading}-severity-hint`} class="hint">
          {t('diary.severity.hint')}
        </p>
        {problemAt(problems, 'severity') && (
          <p class="field-error" role="alert">
            {problemAt(problems, 'severity')}
          </p>
        )}
      </fieldset>
      <details class="cramp-more" open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>{t('diary.more')}</summary>
        <div class="cramp-more-fields">
          <div class="field field-number">
            <label for={ids.duration}>{t('diary.duration')}</label>
            <span class="input-unit">
              <input
                id={ids.duration}
                name="duration"
                type="number"
                inputMode="decimal"
                min={0}
                max={1440}
                value={duration}
                aria-invalid={durationProblem ? 'true' : undefined}
                aria-describedby={describedBy(ids.duration, null, durationProblem)}
                onInput={(event) => setDuration(event.currentTarget.value)}
              />
              <span class="unit" aria-hidden="true">
                {t('unit.min')}
              </span>
            </span>
            <FieldMessages id={ids.duration} error={durationProblem} />
          </div>
          <div class="field field-note">
            <label for={ids.note}>{t('diary.note')}</label>
            <textarea
              id={ids.note}
              rows={2}
              maxLength={500}
              value={note}
              aria-invalid={noteProblem ? 'true' : undefined}
              aria-describedby={describedBy(ids.note, t('diary.note.hint'), noteProblem)}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
            <FieldMessages id={ids.note} hint={t('diary.note.hint')} error={noteProblem} />
          </div>
        </div>
      </details>
      {otherProblems.length > 0 && (
        <p class="field-error" role="alert">
          {otherProblems.map((p) => p.message).join('; ')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={sending}>
          {t('diary.submit')}
        </button>
        <p class="status-line" role="status">
          {said}
        </p>
      </div>
    </form>
  );
}

/** Cramps of the last 90 days, newest first, each with a Delete. */
function RecentCramps({ state }: Pick<ViewProps, 'state'>) {
  const headingId = useId();
  const zone = state.snapshot.timeZone;
  const history = state.history;
  const cramps: CrampEntry[] = history?.range === 90 ? history.days.flatMap((d) => d.cramps).sort((a, b) => b.when - a.when) : [];
  const today = localDate(wallNow(), zone);

  // Deleted at once on screen, sent to main once the undo window ends.
  const deletion = useUndoableDelete('diary');
  const shown = cramps.filter((cramp) => !deletion.isHidden(cramp.id));
  const remove = (cramp: CrampEntry, label: string, index: number) => {
    gapAt.current = index;
    deletion.remove(cramp.id, label, async () => {
      const result = await send('cramp:delete', { id: cramp.id });
      // A deletion changes no snapshot, so nothing else would push the new history.
      if (result.ok) await send('history:view', { range: 90 });
      return result;
    });
  };

  // Focus after the list changed: back on a restored entry's Delete, or, once the undo has gone,
  // on the Delete now in the deleted entry's place (or the one before it, or the heading).
  const sectionRef = useRef<HTMLElement>(null);
  const gapAt = useRef(0);
  const [focusTo, setFocusTo] = useState<{ id: string } | { index: number } | null>(null);
  useEffect(() => {
    if (!focusTo) return;
    setFocusTo(null);
    const section = sectionRef.current;
    if ('id' in focusTo) return section?.querySelector<HTMLElement>(`[data-cramp="${CSS.escape(focusTo.id)}"] button`)?.focus();
    const buttons = section?.querySelectorAll<HTMLElement>('.cramp button') ?? [];
    (buttons[Math.min(focusTo.index, buttons.length - 1)] ?? section?.querySelector<HTMLElement>('h2'))?.focus();
  }, [focusTo]);

  return (
    <section class="card recent-cramps" aria-labelledby={headingId} ref={sectionRef}>
      <h2 id={headingId} tabIndex={-1}>
        {t('diary.recent')}
      </h2>
      {history?.range !== 90 ? (
        <p class="hint">{t('app.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="hint">{t('diary.recent.none')}</p>
      ) : (
        <ul class="cramps">
          {shown.map((cramp, index) => {
            const day = localDate(cramp.when, zone);
            const when = `${day === today ? t('diary.today') : formatDay(day, 'long')}, ${formatTimeOfDay(cramp.when, zone)}`;
            const label = t('diary.entry', { muscle: t(muscleLabels[cramp.muscle]), when });
            const meta = [
              t(contextLabels[cramp.context]),
              t('diary.entry.severity', { severity: cramp.severity }),
              ...(cramp.durationMinutes === null ? [] : [t('duration.minutes', { minutes: cramp.durationMinutes })]),
            ].join(' · ');
            return (
              <li key={cramp.id} class="cramp" data-cramp={cramp.id}>
                <div class="cramp-text">
                  <p class="cramp-title">
                    <span class="cramp-muscle">{t(muscleLabels[cramp.muscle])}</span> <span class="cramp-when">{when}</span>
                  </p>
                  <p class="cramp-meta">{meta}</p>
                  {cramp.note && <p class="cramp-note">{cramp.note}</p>}
                </div>
                <button type="button" class="button button-small button-quiet" onClick={() => remove(cramp, label, index)}>
                  {t('diary.delete')}
                  <span class="visually-hidden"> {label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <UndoBar
        deletion={deletion}
        deletedText={(label) => t('diary.deleted', { cramp: label })}
        onUndo={(id) => setFocusTo({ id })}
        onGone={() => setFocusTo({ index: gapAt.current })}
      />
    </section>
  );
}
