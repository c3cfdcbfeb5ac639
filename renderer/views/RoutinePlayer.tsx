import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { BreathingPacer } from '../components/BreathingPacer.tsx';
import { Icon } from '../components/Icon.tsx';
import { Illustration } from '../components/Illustration.tsx';
import { ProgressRing } from '../components/ProgressRing.tsx';
import { formatClockCountdown } from '../format.ts';
import { t } from '../i18n.ts';
import { browserClock, TICK_MS, type PlayerClock } from '../player/clock.ts';
import { playCue } from '../player/cue.ts';
import {
  advance,
  breathPhase,
  holdProgress,
  isComplete,
  isPlaying,
  next,
  pause,
  played,
  previous,
  remainingMs,
  resume,
  startPlayer,
  stepCount,
  type Hold,
  type PlayerState,
} from '../player/plan.ts';
import '../styles/player.css';

export interface RoutinePlayerProps {
  /** The routine's name (or the stretch's, when one is played on its own). */
  title: string;
  holds: readonly Hold[];
  /** Whether sound cues start on: the person's `alerts.sound` setting. */
  sound: boolean;
  /** Shows the paced-breathing circle (cramp relief). */
  breathing?: boolean;
  /** Leaves the player: the Leave button, Esc, or Done at the end. */
  onLeave: () => void;
  /**
   * False: no Leave button and Esc does nothing, only Done at the end leaves (a strict break).
   * Default true.
   */
  leavable?: boolean;
  /** Sized for the small break window: tighter stage, no keyboard hint line. */
  compact?: boolean;
  /** Shown beside the title (the break window's own countdown). */
  status?: ComponentChildren;
  /** An extra step offered at the end (relief: on to ice or heat). */
  afterwards?: { label: string; onClick: () => void };
  clock?: PlayerClock;
}

/**
 * The guided player: the illustration, the steps, a large hold countdown in a progress ring, the
 * switch-sides prompt, optional sound cues and paced breathing, and pause / previous / next, with
 * Space, ← / → and Esc as shortcuts. It starts playing as it opens (it opens on a click).
 *
 * Time comes from `clock`; the player ticks every quarter second only while playing.
 */
export function RoutinePlayer({ title, holds, sound, breathing = false, onLeave, leavable = true, compact = false, status, afterwards, clock = browserClock }: RoutinePlayerProps) {
  const [state, setState] = useState<PlayerState>(() => startPlayer(clock.now()));
  const [now, setNow] = useState(() => clock.now());
  const [soundOn, setSoundOn] = useState(sound);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const timerLabelId = useId();

  const playing = isPlaying(state);
  const complete = isComplete(state, holds);

  /** Applies a transition at the clock's current reading. */
  const update = (change: (state: PlayerState, now: number) => PlayerState) => {
    const at = clock.now();
    setNow(at);
    setState((current) => change(advance(current, holds, at), at));
  };
  const togglePause = () => update((s, at) => (isPlaying(s) ? pause(s, at) : resume(s, holds, at)));
  const goNext = () => update((s, at) => next(s, holds, at));
  const goPrevious = () => update((s, at) => previous(s, holds, at));
  const restart = () => update((_s, at) => startPlayer(at));

  // The tick: armed only while playing; pause, the end, and closing the player all disarm it.
  useEffect(() => {
    if (!playing) return;
    return clock.every(TICK_MS, () => {
      const at = clock.now();
      setNow(at);
      setState((current) => advance(current, holds, at));
    });
  }, [playing, holds, clock]);

  // A cue when the hold changes (not when the player opens: the click that opened it says enough).
  const shownIndex = useRef(state.index);
  useEffect(() => {
    if (shownIndex.current === state.index) return;
    const before = shownIndex.current;
    shownIndex.current = state.index;
    if (!soundOn) return;
    const hold = holds[state.index];
    if (!hold) playCue('done');
    else playCue(hold.side === 'second' && holds[before]?.step === hold.step ? 'side' : 'hold');
  }, [state.index, soundOn, holds]);

  // Opening starts at the page's top (a routine started far down its list would otherwise open the
  // player part-scrolled, its countdown out of sight) and puts focus on the player's heading, so
  // Space works at once and a screen reader reads it.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  // At the end the controls go; focus moves on to Done if it was in the player (or fell to the page).
  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!complete) return;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || sectionRef.current?.contains(active)) doneRef.current?.focus();
  }, [complete]);

  // Keyboard shortcuts, for as long as the player is open. Space on a focused control keeps its own
  // meaning (it presses that control); typing in a field is never taken over.
  const keys = useRef({ togglePause, goNext, goPrevious, onLeave, complete, leavable });
  keys.current = { togglePause, goNext, goPrevious, onLeave, complete, leavable };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const k = keys.current;
      switch (event.key) {
        case 'Escape':
          if (!k.leavable) return;
          event.preventDefault();
          k.onLeave();
          return;
        case ' ':
          if (k.complete || target?.closest('button, a, summary')) return;
          event.preventDefault();
          k.togglePause();
          return;
        case 'ArrowRight':
          if (k.complete) return;
          event.preventDefault();
          k.goNext();
          return;
        case 'ArrowLeft':
          if (k.complete) return;
          event.preventDefault();
          k.goPrevious();
          return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const hold = holds[state.index];
  const steps = stepCount(holds);
  const announcement = !hold ? t('player.complete') : !playing ? t('player.paused') : describeHold(hold);

  return (
    <section class={compact ? 'player player-compact' : 'player'} ref={sectionRef} aria-labelledby={headingId} data-playing={playing ? 'true' : 'false'}>
      <header class="player-header">
        <h1 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        {status}
        <div class="player-tools">
          <button
            type="button"
            class="tool-button"
            aria-pressed={soundOn ? 'true' : 'false'}
            aria-label={t('player.sound')}
            title={t('player.sound')}
            onClick={() => setSoundOn((on) => !on)}
          >
            <Icon name={soundOn ? 'soundOn' : 'soundOff'} />
          </button>
          {leavable && (
            <button type="button" class="tool-button" aria-label={t('player.leave')} title={t('player.leave')} aria-keyshortcuts="Escape" onClick={onLeave}>
              <Icon name="close" />
            </button>
          )}
        </div>
      </header>

      {/* Announced when the hold changes or play pauses, never every second. */}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {hold ? (
        <>
          <div class="player-now">
            {steps > 1 && <p class="player-position">{t('player.position', { current: hold.step + 1, total: steps })}</p>}
            <h2 class="player-stretch">{hold.stretch.name}</h2>
            <p class="player-side" data-side={hold.side}>
              {sidePrompt(hold)}
            </p>
          </div>

          <div class="player-stage">
            <Illustration file={hold.stretch.illustration} alt={hold.stretch.illustrationAlt} size="large" />
            <ProgressRing key={state.index} progress={holdProgress(state, holds, now)}>
              <span id={timerLabelId} class="countdown-label">
                {playing ? t(hold.stretch.kind === 'dynamic' ? 'player.keepGoing' : 'player.hold') : t('player.pausedShort')}
              </span>
              <span class="countdown-value" role="timer" aria-labelledby={timerLabelId}>
                {formatClockCountdown(remainingMs(state, holds, now))}
              </span>
            </ProgressRing>
          </div>

          {breathing && <BreathingPacer phase={breathPhase(played(state, now))} />}

          <div class="player-controls" role="group" aria-label={t('player.controls')}>
            <button type="button" class="button control" onClick={goPrevious} aria-keyshortcuts="ArrowLeft" title={t('player.previous')}>
              <Icon name="previous" />
              <span>{t('player.previous')}</span>
            </button>
            <button type="button" class="button button-primary control control-main" onClick={togglePause} aria-keyshortcuts="Space">
              <Icon name={playing ? 'pause' : 'play'} />
              <span>{playing ? t('player.pause') : t('player.resume')}</span>
            </button>
            <button type="button" class="button control" onClick={goNext} aria-keyshortcuts="ArrowRight" title={t('player.next')}>
              <span>{t('player.next')}</span>
              <Icon name="next" />
            </button>
          </div>

          <div class="player-how">
            <ol class="player-steps">
              {hold.stretch.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {hold.stretch.cautions.length > 0 && (
              <ul class="player-cautions" aria-label={t('player.cautions')}>
                {hold.stretch.cautions.map((caution) => (
                  <li key={caution}>{caution}</li>
                ))}
              </ul>
            )}
          </div>
          {!compact && (
            <p class="player-keys" aria-hidden="true">
              {t('player.keys')}
            </p>
          )}
        </>
      ) : (
        <div class="player-complete">
          <div class="player-complete-mark" aria-hidden="true">
            ✓
          </div>
          <h2>{t('player.complete')}</h2>
          <p>{t('player.completeText')}</p>
          <div class="actions">
            {afterwards ? (
              <>
                <button type="button" class="button button-primary" ref={doneRef} onClick={afterwards.onClick}>
                  {afterwards.label}
                </button>
                <button type="button" class="button" onClick={restart}>
                  {t('player.again')}
                </button>
              </>
            ) : (
              <>
                <button type="button" class="button button-primary" ref={doneRef} onClick={onLeave}>
                  {t('player.done')}
                </button>
                <button type="button" class="button" onClick={restart}>
                  {t('player.again')}
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

function sidePrompt(hold: Hold): string {
  switch (hold.side) {
    case 'first':
      return t('player.side.first');
    case 'second':
      return t('player.side.second');
    case 'both':
      return hold.stretch.kind === 'dynamic' ? t('player.side.dynamic') : t('player.side.both');
  }
}

/** What the live region says when a hold begins. */
function describeHold(hold: Hold): string {
  const seconds = Math.round(hold.durationMs / 1000);
  return t(hold.stretch.kind === 'dynamic' ? 'player.announce.dynamic' : 'player.announce.hold', { name: hold.stretch.name, side: sidePrompt(hold), seconds });
}
