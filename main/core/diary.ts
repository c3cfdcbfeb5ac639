import { z } from 'zod';

/** The cramp diary's entries: what the person logs, in two clicks or in full. */
import { crampContexts, crampMuscles, type CrampContext, type CrampMuscle } from './kinds.js';

export { crampContexts, crampMuscles, type CrampContext, type CrampMuscle };

export const crampEntrySchema = z
  .object({
    id: z.string().min(1).max(64),
    muscle: z.enum(crampMuscles),
    /** When the cramp happened (wall time); it may be earlier than when it was logged. */
    when: z.number().int().min(Date.UTC(2000, 0, 1)).max(Date.UTC(2200, 0, 1)),
    context: z.enum(crampContexts),
    severity: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
    durationMinutes: z.number().min(0).max(24 * 60).nullable(),
    note: z.string().max(500, 'must be at most 500 characters'),
  })
  .strict();

export type CrampEntry = z.infer<typeof crampEntrySchema>;

/** A first guess at the context of a cramp logged in two clicks: night-time hours mean night. */
export function likelyContext(localHour: number, minutesSinceWorkoutEnd: number | null): CrampContext {
  if (minutesSinceWorkoutEnd !== null && minutesSinceWorkoutEnd >= -120 && minutesSinceWorkoutEnd <= 120) return 'exercise';
  return localHour >= 21 || localHour < 7 ? 'night' : 'desk';
}
