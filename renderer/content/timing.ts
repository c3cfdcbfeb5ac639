import type { Routine, RoutineStep, Stretch } from './types.ts';

/** Seconds one step takes: its hold (or the stretch's own), doubled for stretches done on each side. */
export function stepSeconds(step: RoutineStep, stretch: Stretch): number {
  const hold = step.holdSeconds ?? stretch.holdSeconds;
  return stretch.sides === 'each' ? hold * 2 : hold;
}

/** Seconds a whole routine takes, not counting the moments between steps. */
export function routineSeconds(routine: Routine, stretchById: (id: string) => Stretch | undefined): number {
  return routine.steps.reduce((total, step) => {
    const stretch = stretchById(step.stretch);
    return stretch ? total + stepSeconds(step, stretch) : total;
  }, 0);
}
