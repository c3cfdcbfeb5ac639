import type { MovementKind } from '../../main/core/types.ts';
import type { Source } from './types.ts';

/** What to do during a break: a few plain steps, with the source they follow and how firm it is. */
export interface BreakRoutine {
  reminder: MovementKind;
  steps: readonly string[];
  source: Source;
  /** How strong the evidence is, in a sentence, so the advice never claims more than it should. */
  evidence: string;
}

export const breakRoutines: Readonly<Record<MovementKind, BreakRoutine>> = {
  move: {
    reminder: 'move',
    steps: [
      'Stand up and roll your shoulders back a few times.',
      'Walk around the room, or fetch a glass of water.',
      'Rise slowly onto your toes ten times.',
      'Shift your weight from foot to foot before you sit down again.',
    ],
    source: {
      publisher: 'World Health Organization',
      title: 'WHO guidelines on physical activity and sedentary behaviour (2020)',
      url: 'https://www.who.int/publications/i/item/9789240015128',
    },
    evidence:
      'The guidelines advise limiting time spent sitting and replacing it with activity of any intensity; the specific steps are gentle examples, not a prescribed routine.',
  },
  stretch: {
    reminder: 'stretch',
    steps: [
      'Calves: hands on a wall, one foot back with the heel down; hold 30 seconds, then swap.',
      'Hamstrings: heel on a low step, lean forward from the hips with a straight back; hold 30 seconds each side.',
      'Thighs: hold a chair and bring one heel towards your buttock; hold 30 seconds each side.',
      'Shoulders: clasp your hands behind you and open your chest; hold 20 seconds.',
      'Breathe normally and never bounce: stretch to mild tension, not pain.',
    ],
    source: {
      publisher: 'Mayo Clinic',
      title: 'Stretching: Focus on flexibility',
      url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/in-depth/stretching/art-20047931',
    },
    evidence:
      'Holding gentle stretches for about 30 seconds without bouncing is standard advice for flexibility; evidence that stretching prevents muscle cramps is limited.',
  },
};
