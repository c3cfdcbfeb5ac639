import type { MovementKind } from '../../main/core/types.ts';
import { references } from './references.ts';
import { routines } from './routines.ts';
import { stretches } from './stretches.ts';
import { stepSeconds } from './timing.ts';
import type { Source } from './types.ts';

/** What to do during a break: a few plain steps, with the source they follow and how firm it is. */
export interface BreakRoutine {
  reminder: MovementKind;
  /** The routine in the library this break follows (see routines.ts). */
  routine: string;
  steps: readonly string[];
  source: Source;
  /** How strong the evidence is, in a sentence, so the advice never claims more than it should. */
  evidence: string;
}

/** The library routine each break window shows. */
const routineFor: Readonly<Record<MovementKind, string>> = { move: 'desk-move', stretch: 'desk-stretch' };

function seconds(total: number, each: boolean): string {
  const time = total >= 60 && total % 60 === 0 ? `${total / 60} minute${total === 60 ? '' : 's'}` : `${total} seconds`;
  return each ? `${time} each side` : time;
}

/** One line per step, e.g. "Wall calf stretch: 30 seconds each side." */
function breakRoutine(reminder: MovementKind): BreakRoutine {
  const routine = routines.find((r) => r.id === routineFor[reminder]);
  const source = references.find((r) => r.id === routine?.source);
  if (!routine || !source) throw new Error(`Missing break routine or source for "${reminder}"`);
  const steps = routine.steps.map((step) => {
    const stretch = stretches.find((s) => s.id === step.stretch);
    if (!stretch) throw new Error(`Routine "${routine.id}" names a missing stretch "${step.stretch}"`);
    const each = stretch.sides === 'each';
    return `${stretch.name}: ${seconds(each ? stepSeconds(step, stretch) / 2 : stepSeconds(step, stretch), each)}.`;
  });
  return { reminder, routine: routine.id, steps, source, evidence: routine.evidenceNote };
}

export const breakRoutines: Readonly<Record<MovementKind, BreakRoutine>> = {
  move: breakRoutine('move'),
  stretch: breakRoutine('stretch'),
};
