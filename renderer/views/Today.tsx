import { useId } from 'preact/hooks';
import { reminderKinds, type ReminderKind } from '../../main/core/types.ts';
import type { AppState } from '../bridge.ts';
import { Button } from '../components/Button.tsx';
import { useKeepFocus } from '../hooks/useKeepFocus.ts';
import { formatDuration, formatNumber, formatTimeOfDay } from '../format.ts';
import { t } from '../i18n.ts';
import { useWallNow } from '../wallClock.ts';
import type { ViewProps } from './types.ts';

const SECOND = 1000;
const DRINK_SIZES = [250, 500] as const;

/** What a reminder row says: when it comes next, or why it will not. */
export function reminderStatus(kind: ReminderKind, state: AppState, now: number): string {
  const { snapshot, settings } = state;
  if (!settings[kind].enabled) return t('next.off');
  if (snapshot.alerting.includes(kind)) return t('next.now');
  if (snapshot.paused) return t('next.paused');
  if (kind !== 'hydrate' && snapshot.breakInProgress) return t('next.afterBreak');
  const at = snapshot.next[kind];
  return at === null ? t('next.none') : t('next.in', { duration: formatDuration(at - now) });
}

export function Today({ state, act }: ViewProps) {
  const now = useWallNow(5 * SECOND);
  return (
    <>
      {/* The view switcher already shows where we are; the heading is there for screen readers. */}
      <h1 class="visually-hidden">{t('today.title')}</h1>
      <ComingUp state={state} now={now} onBreakNow={() => void act('break:now')} />
      <Water state={state} onDrink={(ml) => void act('drink:log', { ml })} onUndo={() => void act('drink:undo')} />
      <Pause state={state} act={act} />
    </>
  );
}

function ComingUp({ state, now, onBreakNow }: { state: AppState; now: number; onBreakNow: () => void }) {
  const headingId = useId();
  const running = state.snapshot.breakInProgress;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('today.next.heading')}</h2>
      <dl class="reminders">
        {reminderKinds.map((kind) => (
          <div key={kind} class="reminder" data-reminder={kind}>
            <dt>{t(`reminder.${kind}`)}</dt>
            <dd>{reminderStatus(kind, state, now)}</dd>
          </div>
        ))}
      </dl>
      {running && (
        <p class="running">
          {t('today.breakRunning', { kind: t(`reminder.${running.reminder}.lower`), time: formatTimeOfDay(running.until, state.snapshot.timeZone) })}
        </p>
      )}
      <Button variant="primary" onClick={onBreakNow} disabled={running !== null}>
        {t('today.breakNow')}
      </Button>
    </section>
  );
}

function Water({ state, onDrink, onUndo }: { state: AppState; onDrink: (ml: number) => void; onUndo: () => void }) {
  const headingId = useId();
  const { todayMl, goalMl, canUndo } = state.snapshot.water;
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('water.heading')}</h2>
      <div class="water-status">
        <p class="water-amount" aria-live="polite">
          {t('water.amount', { drunk: formatNumber(todayMl), goal: formatNumber(goalMl) })}
        </p>
        <Button variant="quiet" onClick={onUndo} disabled={!canUndo}>
          {t('water.undo')}
        </Button>
      </div>
      <meter class="water-meter" min={0} max={goalMl} value={Math.min(todayMl, goalMl)} aria-label={t('water.meter')} />
      <div class="actions">
        {DRINK_SIZES.map((ml) => (
          <Button key={ml} onClick={() => onDrink(ml)}>
            {t('water.add', { ml })}
          </Button>
        ))}
      </div>
    </section>
  );
}

function Pause({ state, act }: ViewProps) {
  const headingId = useId();
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
    </section>
  );
}
