import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AlertKind, BusyReason, ReminderKind } from '../../main/core/types.ts';
import type { Workout } from '../../main/core/workouts.ts';
import type { AppState } from '../bridge.ts';
import { Button } from '../components/Button.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { describedBy, FieldMessages } from '../components/FieldMessages.tsx';
import { WaterRing } from '../components/WaterRing.tsx';
import { useKeepFocus } from '../hooks/useKeepFocus.ts';
import { formatDuration, formatTimeOfDay, formatVolume, fromMl, toMl, waterProgress, type VolumeUnit } from '../format.ts';
import { inSentence, t, type MessageKey } from '../i18n.ts';
import { fromLocalInput, localDate } from '../localDateTime.ts';
import { useIntents } from '../state.ts';
import { useWallNow, wallNow } from '../wallClock.ts';
import { kindLabels as workoutKindLabels, occasionLabels } from './workoutLabels.ts';
import type { ViewProps } from './types.ts';
import '../styles/fields.css';
import '../styles/today.css';

const SECOND = 1000;

/** The rows of "Coming up", in the order a person thinks of them. (A local list: importing the core's would bundle it.) */
const comingUpKinds = ['move', 'stretch', 'hydrate'] as const satisfies readonly ReminderKind[];

/** One-click drinks; the tray menu offers the same two. */
const DRINKS = [
  { name: 'water.glass', ml: 250 },
  { name: 'water.bottle', ml: 500 },
] as const;

/** What drink:log accepts (main/ipc/contract.ts). */
const DRINK_MIN_ML = 1;
const DRINK_MAX_ML = 5000;

/** What a reminder row says: when it comes next, or why it will not. */
export function reminderStatus(kind: ReminderKind, state: AppState, now: number): string {
  const { snapshot, settings } = state;
  if (!settings[kind].enabled) return t('next.off');
  if (snapshot.alerting.includes(kind)) return t('next.now');
  if (snapshot.paused) {
    const { until } = snapshot.paused;
    return until === null ? t('next.paused') : t('next.pausedUntil', { time: formatTimeOfDay(until, snapshot.timeZone) });
  }
  if (kind !== 'hydrate' && snapshot.breakInProgress) return t('next.afterBreak');
  const at = snapshot.next[kind];
  return at === null ? t('next.none') : t('next.in', { duration: formatDuration(at - now) });
}

export function Today({ state }: ViewProps) {
  const now = useWallNow(5 * SECOND);
  return (
    <>
      <h1 class="view-title">{t('today.title')}</h1>
      <ComingUp state={state} now={now} />
      <Water state={state} />
      <Tally state={state} now={now} />
      <Pause state={state} />
    </>
  );
}

// Each card sends its own intents, so a refusal shows in the card whose button caused it.

function ComingUp({ state, now }: { state: AppState; now: number }) {
  const headingId = useId();
  const { error, act } = useIntents();
  const running = state.snapshot.breakInProgress;
  const { holding } = state.snapshot;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('today.next.heading')}</h2>
      <dl class="reminders">
        {comingUpKinds.map((kind) => (
          <div key={kind} class={`reminder${state.snapshot.alerting.includes(kind) ? ' reminder-due' : ''}`} data-reminder={kind}>
            <dt>{t(`reminder.${kind}`)}</dt>
            <dd>{reminderStatus(kind, state, now)}</dd>
          </div>
        ))}
      </dl>
      <DayMoments state={state} now={now} />
      {holding && <p class="holding">{t('today.holding', { reminder: inSentence(alertLabel(holding.reminder)), reason: t(busyLabels[holding.reason]) })}</p>}
      {running && (
        <p class="running">
          {t('today.breakRunning', { kind: t(`reminder.${running.reminder}.lower`), time: formatTimeOfDay(running.until, state.snapshot.timeZone) })}
        </p>
      )}
      <Button variant="primary" onClick={() => void act('break:now')} disabled={running !== null}>
        {t('today.breakNow')}
      </Button>
      <ErrorMessage message={error} />
    </section>
  );
}

function Water({ state }: { state: AppState }) {
  const headingId = useId();
  const { error, act } = useIntents();
  const onDrink = (ml: number) => act('drink:log', { ml });
  const onUndo = () => act('drink:undo');
  const { todayMl, goalMl, canUndo } = state.snapshot.water;
  const unit = state.settings.profile.units;

  // Confirms a drink or an undo to screen readers once the new total has arrived. The total is
  // part of the sentence, so logging the same glass twice is still announced twice.
  const [said, setSaid] = useState('');
  const pending = useRef<{ kind: 'drink'; ml: number } | { kind: 'undo' } | null>(null);
  useEffect(() => {
    const action = pending.current;
    if (!action) return;
    pending.current = null;
    const total = waterProgress(todayMl, goalMl, unit).label;
    setSaid(action.kind === 'drink' ? t('water.logged', { amount: formatVolume(action.ml, unit), total }) : t('water.undone', { total }));
  }, [todayMl]);

  const drink = async (ml: number) => {
    pending.current = { kind: 'drink', ml };
    const ok = await onDrink(ml);
    if (!ok) pending.current = null;
    return ok;
  };
  const undo = async () => {
    pending.current = { kind: 'undo' };
    if (!(await onUndo())) pending.current = null;
  };

  // Undo goes disabled after the last drink is taken back: keep focus in this card.
  const sectionRef = useKeepFocus<HTMLElement>(canUndo);
  return (
    <section class="card water" aria-labelledby={headingId} ref={sectionRef}>
      <h2 id={headingId}>{t('water.heading')}</h2>
      <div class="water-body">
        <div class="water-ring-column">
          <WaterRing todayMl={todayMl} goalMl={goalMl} unit={unit} />
          <GoalReason state={state} />
        </div>
        <div class="water-actions">
          <div class="drink-buttons" role="group" aria-label={t('water.log')}>
            {DRINKS.map((d) => (
              <button key={d.name} type="button" class="button button-drink" onClick={() => void drink(d.ml)}>
                <span class="drink-name">{t(d.name)}</span> <span class="drink-amount">{formatVolume(d.ml, unit)}</span>
              </button>
            ))}
          </div>
          <Button variant="quiet" onClick={() => void undo()} disabled={!canUndo}>
            {t('water.undo')}
          </Button>
        </div>
      </div>
      <CustomDrink unit={unit} onDrink={drink} />
      <ErrorMessage message={error} />
      <p class="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}

/** The drink:log limits in the person's unit: "1 ml"–"5,000 ml", or "0.1 fl oz"–"169 fl oz". */
function drinkLimits(unit: VolumeUnit): { min: number; max: number; error: string } {
  const min = unit === 'ml' ? DRINK_MIN_ML : 0.1;
  const max = unit === 'ml' ? DRINK_MAX_ML : Math.floor(fromMl(DRINK_MAX_ML, unit) * 10) / 10;
  const words = { min: formatVolume(toMl(min, unit), unit), max: formatVolume(toMl(max, unit), unit) };
  return { min, max, error: t('water.custom.range', words) };
}

/** Any other amount, checked here (it is plain what drink:log accepts) before it is sent. */
function CustomDrink({ unit, onDrink }: { unit: VolumeUnit; onDrink: (ml: number) => Promise<boolean> }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const limits = drinkLimits(unit);

  const submit = async (event: Event) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('amount') as HTMLInputElement;
    const amount = Number(text.trim());
    if (input.validity.badInput || text.trim() === '' || !Number.isFinite(amount)) {
      setError(input.validity.badInput || text.trim() !== '' ? t('field.number.invalid') : t('water.custom.required'));
      return;
    }
    const ml = toMl(amount, unit);
    if (ml < DRINK_MIN_ML || ml > DRINK_MAX_ML) {
      setError(limits.error);
      return;
    }
    setError(null);
    if (await onDrink(ml)) setText('');
  };

  return (
    <form class="custom-drink" noValidate onSubmit={(event) => void submit(event)}>
      <label for={id}>{t('water.custom')}</label>
      <div class="custom-drink-row">
        <span class="input-unit">
          <input
            id={id}
            name="amount"
            type="number"
            inputMode="decimal"
            min={limits.min}
            max={limits.max}
            step={unit === 'ml' ? 1 : 0.1}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy(id, null, error)}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <span class="unit" aria-hidden="true">
            {unit === 'ml' ? t('unit.ml.short') : t('unit.floz.short')}
          </span>
        </span>
        <button type="submit" class="button button-secondary">
          {t('water.custom.log')}
        </button>
      </div>
      {/* The range is said when an amount falls outside it, not all the time. */}
      <FieldMessages id={id} error={error} />
    </form>
  );
}

/**
 * Today's movement breaks, from the engine's tally (the day starts at `dayStartsAt`). Before the
 * first one, four zeros say nothing: one sentence says when the first comes instead.
 */
function Tally({ state, now }: { state: AppState; now: number }) {
  const headingId = useId();
  const { breaks } = state.snapshot;
  const items = [
    { key: 'taken', count: breaks.taken },
    { key: 'skipped', count: breaks.skipped },
    { key: 'natural', count: breaks.natural },
    { key: 'missed', count: breaks.missed },
    { key: 'snoozed', count: breaks.snoozed },
  ] as const;
  const none = items.every((item) => item.count === 0);
  const next = [state.snapshot.next.move, state.snapshot.next.stretch].filter((at): at is number => at !== null).sort((a, b) => a - b)[0];
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tally.heading')}</h2>
      {none ? (
        <p class="tally-none">{next === undefined || !state.settings.move.enabled ? t('tally.none') : t('tally.none.next', { duration: formatDuration(next - now) })}</p>
      ) : (
        <dl class="tally">
          {items.map((item) => (
            <div key={item.key} class="tally-item" data-tally={item.key}>
              <dt>{t(`tally.${item.key}`)}</dt>
              <dd>{item.count}</dd>
            </div>
          ))}
        </dl>
      )}
      {/* The two words that need explaining, once they have something to count. */}
      {breaks.natural + breaks.missed > 0 && <p class="hint">{t('tally.hint')}</p>}
    </section>
  );
}

/** Why today's goal is higher than the daily one: "+400 ml for your run". */
function GoalReason({ state }: { state: AppState }) {
  const { exerciseMl } = state.snapshot.water;
  if (exerciseMl <= 0) return null;
  const amount = formatVolume(exerciseMl, state.settings.profile.units);
  const today = todaysWorkouts(state, wallNow());
  const only = today.length === 1 ? today[0] : undefined;
  return (
    <p class="goal-reason" data-goal-reason>
      {only ? t('water.goalReason.one', { amount, workout: inSentence(t(workoutKindLabels[only.kind])) }) : t('water.goalReason.many', { amount })}
    </p>
  );
}

/** The workouts with a moment still to come today, each with those moments in order. */
function todaysWorkouts(state: AppState, now: number): { id: string; kind: Workout['kind']; start: number | null; moments: AppState['snapshot']['upcoming'] }[] {
  const { upcoming, timeZone } = state.snapshot;
  // Most days have none; skipping the time-zone arithmetic then keeps the window's first render quick.
  if (!upcoming.some((moment) => moment.workoutId)) return [];
  const today = localDate(now, timeZone);
  const out = new Map<string, { id: string; kind: Workout['kind']; start: number | null; moments: AppState['snapshot']['upcoming'] }>();
  for (const moment of upcoming) {
    if (!moment.workoutId || localDate(moment.at, timeZone) !== today) continue;
    const workout = state.workouts.find((w) => w.id === moment.workoutId);
    if (!workout) continue;
    const entry = out.get(workout.id) ?? { id: workout.id, kind: workout.kind, start: startToday(workout, today, timeZone), moments: [] };
    entry.moments.push(moment);
    out.set(workout.id, entry);
  }
  return [...out.values()];
}

/** When a workout starts on `day` (a local date), from its plan. */
function startToday(workout: Workout, day: string, zone: string): number | null {
  const s = workout.schedule;
  return fromLocalInput(s.type === 'once' ? s.at : `${day}T${s.time}`, zone);
}

/** Today's workout moments and the bedtime stretch: "Run 18:30 · Drink ahead 16:30 · Warm up 18:20". */
function DayMoments({ state, now }: { state: AppState; now: number }) {
  const zone = state.snapshot.timeZone;
  const workouts = todaysWorkouts(state, now);
  const bedtime = state.snapshot.upcoming.find((o) => o.reminder === 'bedtime' && localDate(o.at, zone) === localDate(now, zone));
  if (workouts.length === 0 && !bedtime) return null;
  const at = (wall: number) => formatTimeOfDay(wall, zone);
  return (
    <dl class="reminders day-moments">
      {workouts.map((w) => (
        <div key={w.id} class="reminder" data-day-workout={w.id}>
          <dt>{w.start === null ? t(workoutKindLabels[w.kind]) : t('today.workoutAt', { workout: t(workoutKindLabels[w.kind]), time: at(w.start) })}</dt>
          <dd>{w.moments.map((m) => t('today.momentAt', { moment: inSentence(t(occasionLabels[m.reminder])), time: at(m.at) })).join(' · ')}</dd>
        </div>
      ))}
      {bedtime && (
        <div class="reminder" data-day-bedtime>
          <dt>{t('occasion.bedtime')}</dt>
          <dd>{at(bedtime.at)}</dd>
        </div>
      )}
    </dl>
  );
}

const busyLabels: Record<BusyReason, MessageKey> = {
  fullScreen: 'busy.fullScreen',
  doNotDisturb: 'busy.doNotDisturb',
  inCall: 'busy.inCall',
  screenSharing: 'busy.screenSharing',
  app: 'busy.app',
};

/** What an alert is called: a recurring reminder or a one-off moment around a workout or bedtime. */
function alertLabel(kind: AlertKind): string {
  switch (kind) {
    case 'move':
    case 'stretch':
    case 'hydrate':
      return t(`reminder.${kind}`);
    default:
      return t(occasionLabels[kind]);
  }
}

function Pause({ state }: { state: AppState }) {
  const headingId = useId();
  const { error, act } = useIntents();
  const { paused, timeZone } = state.snapshot;
  const sectionRef = useKeepFocus<HTMLElement>(paused !== null);
  return (
    <section class="card" aria-labelledby={headingId} ref={sectionRef}>
      <h2 id={headingId}>{t('pause.heading')}</h2>
      {paused ? (
        <>
          <p class="pause-status">
            {paused.until === null ? t('pause.indefinitely') : t('pause.until', { time: formatTimeOfDay(paused.until, timeZone) })}
          </p>
          <div class="actions">
            <Button variant="primary" onClick={() => void act('pause:resume')}>
              {t('pause.resume')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p class="pause-status">{t('pause.running')}</p>
          {/* The group's name ("Pause") gives the short button labels their meaning. */}
          <div class="actions" role="group" aria-labelledby={headingId}>
            <Button onClick={() => void act('pause:set', { for: 'minutes', minutes: 30 })}>{t('pause.for30')}</Button>
            <Button onClick={() => void act('pause:set', { for: 'minutes', minutes: 60 })}>{t('pause.for60')}</Button>
            <Button onClick={() => void act('pause:set', { for: 'tomorrow' })}>{t('pause.tomorrow')}</Button>
          </div>
        </>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
