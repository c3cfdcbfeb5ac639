import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { MovementKind } from '../../main/core/types.ts';
import type { AppState } from '../bridge.ts';
import { Button } from '../components/Button.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { Illustration } from '../components/Illustration.tsx';
import { breakRoutines, routineById, stretchById } from '../content/index.ts';
import { formatClockCountdown } from '../format.ts';
import { t } from '../i18n.ts';
import { fitToBreak, planRoutine, type Hold } from '../player/plan.ts';
import { useIntents } from '../state.ts';
import { useWallNow } from '../wallClock.ts';
import { RoutinePlayer } from './RoutinePlayer.tsx';
import type { Act } from './types.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** How long the strict-mode emergency escape must be held down. */
export const EMERGENCY_HOLD_MS = 2000;

/** What the break window is showing: a break under way, a break asking to start, or nothing. */
export type BreakPhase =
  | { phase: 'running'; reminder: MovementKind; until: number }
  | { phase: 'alert'; reminder: MovementKind; attempt: number }
  | { phase: 'idle' };

export function breakPhase(state: AppState): BreakPhase {
  const running = state.snapshot.breakInProgress;
  if (running) return { phase: 'running', ...running };
  const alert = state.breakAlert;
  // The window only ever shows movement breaks; a hydrate alert is a notification, not a break.
  if (alert && alert.reminder !== 'hydrate') return { phase: 'alert', reminder: alert.reminder, attempt: alert.attempt };
  return { phase: 'idle' };
}

/** The guided routine a break plays: the break's library routine, as much of it as the break holds. */
export function breakHolds(reminder: MovementKind, minutes: number): Hold[] {
  const routine = routineById(breakRoutines[reminder].routine);
  return routine ? fitToBreak(planRoutine(routine, stretchById), minutes * MINUTE) : [];
}

export function BreakWindow({ state }: { state: AppState }) {
  const { error, act } = useIntents();
  const current = breakPhase(state);
  const title = current.phase === 'idle' ? t('app.name') : t(`break.title.${current.reminder}`);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title]);

  switch (current.phase) {
    case 'running':
      return (
        <main class="break break-running">
          <ErrorMessage message={error} />
          <Running state={state} reminder={current.reminder} until={current.until} act={act} />
        </main>
      );
    case 'alert':
      return (
        <main class="break break-alert">
          <Alert state={state} reminder={current.reminder} attempt={current.attempt} act={act} />
          <ErrorMessage message={error} />
        </main>
      );
    case 'idle':
      // Main closes the window as soon as the break is answered, over or the person has gone; this
      // is what shows for the moment that takes: nothing, rather than a page about nothing.
      return <main class="break break-idle" aria-busy="true" />;
  }
}

function Alert({ state, reminder, attempt, act }: { state: AppState; reminder: MovementKind; attempt: number; act: Act }) {
  const { alerts } = state.settings;
  const minutes = state.settings[reminder].durationMinutes;
  const first = breakHolds(reminder, minutes)[0]?.stretch;
  const reply = (action: 'start' | 'snooze' | 'skip') => void act('reply', { reminder, action });
  const { canSnooze, canSkip } = state.snapshot.putOff;
  const offerSnooze = !alerts.strict && canSnooze;
  const offerSkip = !alerts.strict && canSkip;
  const limit = limitReason(state.snapshot.putOff, alerts.strict);
  const lineId = useId();

  // Esc puts the break off for the snooze time, as the Snooze button does (not in strict mode).
  const snooze = useRef<(() => void) | null>(null);
  snooze.current = offerSnooze ? () => reply('snooze') : null;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !snooze.current) return;
      event.preventDefault();
      snooze.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section class="break-card" aria-labelledby={`${lineId}-title`} aria-describedby={lineId}>
      <div class="break-head">
        {first && <Illustration file={first.illustration} alt={first.illustrationAlt} size="thumb" />}
        <div class="break-text">
          <h1 id={`${lineId}-title`}>{t(`break.title.${reminder}`)}</h1>
          <p class="due" id={lineId}>
            {t('break.due', { minutes })}
            {attempt > 1 && <span class="attempt"> · {t('break.attempt', { attempt, total: alerts.maxRepeats + 1 })}</span>}
          </p>
        </div>
      </div>
      <div class="break-actions" role="group" aria-label={t('break.choices')}>
        <Button variant="primary" onClick={() => reply('start')}>
          {t('break.start')}
        </Button>
        {/* Strict mode: the person chose to have no way out of a break but taking it. */}
        {offerSnooze && (
          <button type="button" class="button button-secondary" onClick={() => reply('snooze')} aria-keyshortcuts="Escape">
            {t('break.snooze', { minutes: alerts.snoozeMinutes })}
          </button>
        )}
        {offerSkip && (
          <Button variant="quiet" onClick={() => reply('skip')}>
            {t('break.skip')}
          </Button>
        )}
      </div>
      {limit && <p class="limit">{t(`break.limit.${limit}`)}</p>}
      {alerts.strict && canSkip && <EmergencySkip onSkip={() => reply('skip')} />}
    </section>
  );
}

/** Which answer the person's own limits have taken away (strict mode takes both anyway, and says nothing). */
function limitReason(putOff: AppState['snapshot']['putOff'], strict: boolean): 'snooze' | 'skip' | 'both' | null {
  if (strict) return null;
  if (!putOff.canSnooze && !putOff.canSkip) return 'both';
  if (!putOff.canSnooze) return 'snooze';
  if (!putOff.canSkip) return 'skip';
  return null;
}

/**
 * Strict mode's way out for a real emergency: a button that must be held down (pointer, Enter or
 * Space) for two seconds, so it is deliberate rather than a reflex. It answers Skip, so the break
 * is logged as skipped.
 */
function EmergencySkip({ onSkip }: { onSkip: () => void }) {
  const [holding, setHolding] = useState(false);
  const timer = useRef<number | null>(null);
  const hintId = useId();
  const stop = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
  };
  const start = () => {
    if (timer.current !== null) return;
    setHolding(true);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      setHolding(false);
      onSkip();
    }, EMERGENCY_HOLD_MS);
  };
  useEffect(() => stop, []);
  const isPress = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';
  return (
    <div class="emergency">
      <button
        type="button"
        class="button button-quiet emergency-button"
        data-holding={holding ? 'true' : 'false'}
        aria-describedby={hintId}
        onPointerDown={start}
        onPointerUp={stop}
        onPointerLeave={stop}
        onPointerCancel={stop}
        onKeyDown={(event) => {
          if (!isPress(event)) return;
          event.preventDefault(); // a held key repeats; a click must not answer at once
          if (!event.repeat) start();
        }}
        onKeyUp={(event) => {
          if (isPress(event)) stop();
        }}
      >
        {t('break.emergency')}
      </button>
      <span id={hintId} class="visually-hidden">
        {t('break.emergency.hint')}
      </span>
    </div>
  );
}

interface RunningProps {
  state: AppState;
  reminder: MovementKind;
  until: number;
  act: Act;
}

function Running({ state, reminder, until, act }: RunningProps) {
  const minutes = state.settings[reminder].durationMinutes;
  const holds = useMemo(() => breakHolds(reminder, minutes), [reminder, minutes, state.language]);
  const strict = state.settings.alerts.strict;
  return (
    <RoutinePlayer
      key={reminder}
      title={t(`break.title.${reminder}`)}
      holds={holds}
      sound={state.settings.alerts.sound}
      compact
      leavable={!strict}
      status={<BreakCountdown until={until} />}
      onLeave={() => void act('reply', { reminder, action: 'done' })}
    />
  );
}

/** The break's own time left (the engine's), beside the player's hold countdown. */
function BreakCountdown({ until }: { until: number }) {
  const now = useWallNow(SECOND);
  const labelId = useId();
  return (
    <p class="break-ends">
      <span id={labelId}>{t('break.endsIn')}</span>{' '}
      <span class="break-ends-value" role="timer" aria-labelledby={labelId}>
        {formatClockCountdown(until - now)}
      </span>
    </p>
  );
}
