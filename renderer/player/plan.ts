/**
 * The guided player's model, as pure functions of "played time": a routine becomes a list of
 * holds (one per side for two-sided stretches), and the player's state says which hold is on and
 * how much time has been played. Nothing here reads a clock; the caller passes `now`, so the same
 * state gives the same answer in the app, under Playwright's fake clock, and in a unit test.
 */
import type { Routine, Stretch } from '../content/index.ts';

/** Which side a hold is for: the first, the other, or both at once (a symmetric stretch). */
export type HoldSide = 'first' | 'second' | 'both';

export interface Hold {
  /** Index of the routine step (stretch) this hold belongs to. */
  step: number;
  stretch: Stretch;
  side: HoldSide;
  durationMs: number;
}

const SECOND = 1000;

/**
 * The holds a routine is played as. A step whose stretch is missing from the library is left out
 * rather than played as something else.
 */
export function planRoutine(routine: Routine, stretchById: (id: string) => Stretch | undefined): Hold[] {
  const holds: Hold[] = [];
  routine.steps.forEach((step, index) => {
    const stretch = stretchById(step.stretch);
    if (!stretch) return;
    const durationMs = (step.holdSeconds ?? stretch.holdSeconds) * SECOND;
    if (stretch.sides === 'each') {
      holds.push({ step: index, stretch, side: 'first', durationMs }, { step: index, stretch, side: 'second', durationMs });
    } else {
      holds.push({ step: index, stretch, side: 'both', durationMs });
    }
  });
  return holds;
}

/** One stretch from the library, played on its own. */
export function planStretch(stretch: Stretch): Hold[] {
  const durationMs = stretch.holdSeconds * SECOND;
  return stretch.sides === 'each'
    ? [
        { step: 0, stretch, side: 'first', durationMs },
        { step: 0, stretch, side: 'second', durationMs },
      ]
    : [{ step: 0, stretch, side: 'both', durationMs }];
}

/**
 * The holds of a plan that fit in `ms`: whole stretches (both sides) from the start, at least the
 * first. A break lasts as long as its setting says; shortening holds would change the advice, so
 * stretches that would not fit are left for the next break instead.
 */
export function fitToBreak(holds: readonly Hold[], ms: number): Hold[] {
  const fitted: Hold[] = [];
  let total = 0;
  for (const step of new Set(holds.map((hold) => hold.step))) {
    const stepHolds = holds.filter((hold) => hold.step === step);
    const length = planDuration(stepHolds);
    if (fitted.length > 0 && total + length > ms) break;
    fitted.push(...stepHolds);
    total += length;
  }
  return fitted;
}

/** How many distinct stretches (steps) a plan has. */
export function stepCount(holds: readonly Hold[]): number {
  return new Set(holds.map((hold) => hold.step)).size;
}

/** The total time a plan takes, in milliseconds. */
export function planDuration(holds: readonly Hold[]): number {
  return holds.reduce((sum, hold) => sum + hold.durationMs, 0);
}

export interface PlayerState {
  /** The hold on now; equals the number of holds once the routine is complete. */
  index: number;
  /** Played time (pauses excluded) up to `runningSince`, or up to the pause. */
  playedMs: number;
  /** The clock reading when play last (re)started; null while paused or complete. */
  runningSince: number | null;
  /** Played time at which the current hold began. */
  holdStartedAt: number;
}

export function startPlayer(now: number): PlayerState {
  return { index: 0, playedMs: 0, runningSince: now, holdStartedAt: 0 };
}

export function isComplete(state: PlayerState, holds: readonly Hold[]): boolean {
  return state.index >= holds.length;
}

export function isPlaying(state: PlayerState): boolean {
  return state.runningSince !== null;
}

/** Total time played by `now`, pauses excluded. */
export function played(state: PlayerState, now: number): number {
  return state.playedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

/** Time left in the current hold at `now` (0 when complete). */
export function remainingMs(state: PlayerState, holds: readonly Hold[], now: number): number {
  const hold = holds[state.index];
  if (!hold) return 0;
  return Math.max(0, hold.durationMs - (played(state, now) - state.holdStartedAt));
}

/** How far through the current hold, from 0 to 1. */
export function holdProgress(state: PlayerState, holds: readonly Hold[], now: number): number {
  const hold = holds[state.index];
  if (!hold || hold.durationMs <= 0) return 1;
  return 1 - remainingMs(state, holds, now) / hold.durationMs;
}

/**
 * Moves past every hold that has run out by `now`. Time left over from one hold carries into the
 * next, so a late tick (a busy or hidden window) never stretches the routine. Returns the same
 * object when nothing changed, so a state setter can skip the render.
 */
export function advance(state: PlayerState, holds: readonly Hold[], now: number): PlayerState {
  if (state.runningSince === null) return state;
  const total = played(state, now);
  let { index, holdStartedAt } = state;
  while (index < holds.length) {
    const hold = holds[index] as Hold;
    if (total - holdStartedAt < hold.durationMs) break;
    holdStartedAt += hold.durationMs;
    index++;
  }
  if (index === state.index) return state;
  if (index >= holds.length) return { index, playedMs: holdStartedAt, runningSince: null, holdStartedAt };
  return { ...state, index, holdStartedAt };
}

export function pause(state: PlayerState, now: number): PlayerState {
  if (state.runningSince === null) return state;
  return { ...state, playedMs: played(state, now), runningSince: null };
}

export function resume(state: PlayerState, holds: readonly Hold[], now: number): PlayerState {
  if (state.runningSince !== null || isComplete(state, holds)) return state;
  return { ...state, runningSince: now };
}

/** Goes to another hold (clamped), starting it from the beginning; play or pause carries on. */
export function goTo(state: PlayerState, holds: readonly Hold[], index: number, now: number): PlayerState {
  const target = Math.max(0, Math.min(holds.length, index));
  const total = played(state, now);
  if (target >= holds.length) return { index: holds.length, playedMs: total, runningSince: null, holdStartedAt: total };
  return { index: target, playedMs: total, runningSince: state.runningSince === null ? null : now, holdStartedAt: total };
}

export const next = (state: PlayerState, holds: readonly Hold[], now: number): PlayerState => goTo(state, holds, state.index + 1, now);
export const previous = (state: PlayerState, holds: readonly Hold[], now: number): PlayerState => goTo(state, holds, state.index - 1, now);

/** Paced breathing: in for 4 seconds, out for 6 (about six breaths a minute). */
export const BREATH_IN_MS = 4000;
export const BREATH_OUT_MS = 6000;

export function breathPhase(playedMs: number): 'in' | 'out' {
  return playedMs % (BREATH_IN_MS + BREATH_OUT_MS) < BREATH_IN_MS ? 'in' : 'out';
}
