/**
 * Vocabulary shared by the engine, the IPC contract and the renderer, free of any schema code so
 * that importing a list of names never pulls a validation library into the window's bundle.
 */
export const workoutKinds = ['run', 'cycle', 'gym', 'swim', 'other'] as const;
export const intensities = ['easy', 'moderate', 'hard'] as const;
export type WorkoutKind = (typeof workoutKinds)[number];
export type Intensity = (typeof intensities)[number];

export const occasionKinds = ['prehydrate', 'mealCutoff', 'warmup', 'cooldown', 'rehydrate', 'bedtime'] as const;
export type OccasionKind = (typeof occasionKinds)[number];

export const crampMuscles = ['calf', 'foot', 'hamstring', 'quadriceps', 'hand', 'other'] as const;
export const crampContexts = ['exercise', 'night', 'desk', 'other'] as const;
export type CrampMuscle = (typeof crampMuscles)[number];
export type CrampContext = (typeof crampContexts)[number];
