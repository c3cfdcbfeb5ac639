import type { OccasionKind } from '../../main/core/types.ts';
import type { WorkoutKind } from '../../main/core/workouts.ts';
import type { MessageKey } from '../i18n.ts';

/*
 * Shared by Today and the planner, and kept apart from Planner.tsx so Today (drawn first) does not
 * bring the planner into the window's first chunk. Local lists, typed against the core's.
 */
export const kindLabels: Record<WorkoutKind, MessageKey> = {
  run: 'workout.kind.run',
  cycle: 'workout.kind.cycle',
  gym: 'workout.kind.gym',
  swim: 'workout.kind.swim',
  other: 'workout.kind.other',
};

export const occasionLabels: Record<OccasionKind, MessageKey> = {
  prehydrate: 'occasion.prehydrate',
  mealCutoff: 'occasion.mealCutoff',
  warmup: 'occasion.warmup',
  cooldown: 'occasion.cooldown',
  rehydrate: 'occasion.rehydrate',
  bedtime: 'occasion.bedtime',
};
