import { useEffect, useId, useRef } from 'preact/hooks';
import type { MovementKind } from '../../main/core/types.ts';
import type { AppState } from '../bridge.ts';
import { Button } from '../components/Button.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { breakRoutines } from '../content/index.ts';
import { formatClockCountdown, formatDuration } from '../format.ts';
import { useKeepFocus } from '../hooks/useKeepFocus.ts';
import { t } from '../i18n.ts';
import { useIntents } from '../state.ts';
import { useWallNow } from '../wallClock.ts';
import type { Act } from './types.ts';

const SECOND = 1000;

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

export function BreakWindow({ state }: { state: AppState }) {
  const { error, act } = useIntents();
  const now = useWallNow(SECOND);
  const current = breakPhase(state);
  const mainRef = useKeepFocus<HTMLElement>(current.phase);

  // "Break over" shows after a break this window watched run to its end, until the next one.
  const finished = useRef(false);
  const previous = useRef(current.phase);
  if (previous.current !== current.phase) {
    finished.current = previous.current === 'running' && current.phase === 'idle';
    previous.current = current.phase;
  }

  const title = current.phase === 'idle' ? t('break.title.idle') : t(`break.title.${current.reminder}`);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title]);

  return (
    <main class={`break break-${current.phase}`} ref={mainRef}>
      <h1 tabIndex={-1} data-focus-fallback>
        {title}
      </h1>
      <ErrorMessage message={error} />
      {current.phase === 'running' && <Running state={state} reminder={current.reminder} until={current.until} now={now} act={act} />}
      {current.phase === 'alert' && <Alert state={state} reminder={current.reminder} attempt={current.attempt} act={act} />}
      {current.phase === 'idle' && <Idle state={state} now={now} finished={finished.current} />}
    </main>
  );
}

interface RunningProps {
  state: AppState;
  reminder: MovementKind;
  until: number;
  now: number;
  act: Act;
}

function Running({ state, reminder, until, now, act }: RunningProps) {
  const labelId = useId();
  return (
    <>
      <div class="break-status">
        <div class="countdown">
          <p id={labelId} class="countdown-label">
            {t('break.endsIn')}
          </p>
          <p class="countdown-value" role="timer" aria-labelledby={labelId}>
            {formatClockCountdown(until - now)}
          </p>
        </div>
        {!state.settings.alerts.strict && (
          <div class="actions">
            <Button variant="primary" onClick={() => void act('reply', { reminder, action: 'done' })}>
              {t('break.done')}
            </Button>
          </div>
        )}
      </div>
      <Routine reminder={reminder} />
    </>
  );
}

function Alert({ state, reminder, attempt, act }: { state: AppState; reminder: MovementKind; attempt: number; act: Act }) {
  const { alerts } = state.settings;
  const reply = (action: 'start' | 'snooze' | 'skip') => void act('reply', { reminder, action });
  return (
    <>
      <p class="due">
        {t('break.due', { minutes: state.settings[reminder].durationMinutes })}
        {attempt > 1 && <span class="attempt"> · {t('break.attempt', { attempt, total: alerts.maxRepeats + 1 })}</span>}
      </p>
      {/* The choices come before the steps, so a small break window shows them without scrolling. */}
      <div class="actions">
        <Button variant="primary" onClick={() => reply('start')}>
          {t('break.start')}
        </Button>
        {/* Strict mode: the person chose to have no way out of a break but taking it. */}
        {!alerts.strict && (
          <>
            <Button onClick={() => reply('snooze')}>{t('break.snooze', { minutes: alerts.snoozeMinutes })}</Button>
            <Button variant="quiet" onClick={() => reply('skip')}>
              {t('break.skip')}
            </Button>
          </>
        )}
      </div>
      <Routine reminder={reminder} />
    </>
  );
}

function Idle({ state, now, finished }: { state: AppState; now: number; finished: boolean }) {
  const { next } = state.snapshot;
  const upcoming = [next.move, next.stretch].filter((at): at is number => at !== null);
  const at = upcoming.length > 0 ? Math.min(...upcoming) : null;
  return (
    <>
      {finished && <p class="finished">{t('break.over')}</p>}
      {at !== null && <p class="next">{t('break.next', { when: t('next.in', { duration: formatDuration(at - now) }) })}</p>}
    </>
  );
}

function Routine({ reminder }: { reminder: MovementKind }) {
  const headingId = useId();
  const routine = breakRoutines[reminder];
  return (
    <section class="routine" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('break.steps')}</h2>
      <ol>
        {routine.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="source">{t('break.source', { publisher: routine.source.publisher, title: routine.source.title })}</p>
    </section>
  );
}
