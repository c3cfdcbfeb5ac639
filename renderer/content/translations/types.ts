/**
 * The shape of one language's health content: every text a person reads in stretches.ts,
 * routines.ts, advice.ts and relief.ts, keyed by the English item's id. Ids, numbers, sources,
 * evidence levels and references are not translated; localize.ts merges these texts over the
 * English data.
 *
 * The id unions below list the English items, so a translation that misses one (or names one that
 * does not exist) fails to compile; test/i18n.test.ts checks the lists still match the data.
 */
import type { ReliefMuscle } from '../../../main/ipc/contract.ts';
import type { AdviceGroup } from '../types.ts';

export type StretchId =
  | 'calf-wall'
  | 'soleus-bent-knee'
  | 'towel-calf'
  | 'toe-wall'
  | 'heel-raises'
  | 'ankle-circles'
  | 'hamstring-step'
  | 'hamstring-seated'
  | 'quad-standing'
  | 'hip-flexor-kneel'
  | 'knee-hug'
  | 'childs-pose'
  | 'wrist-flexor'
  | 'wrist-extensor'
  | 'finger-fan'
  | 'neck-side'
  | 'shoulder-cross'
  | 'shoulder-rolls'
  | 'marching'
  | 'leg-swings'
  | 'walking-lunges'
  | 'easy-walk';

export type RoutineId =
  | 'desk-move'
  | 'desk-stretch'
  | 'pre-run-warmup'
  | 'post-run-cooldown'
  | 'bedtime-calves'
  | 'relief-calf'
  | 'relief-foot'
  | 'relief-hamstring'
  | 'relief-quadriceps'
  | 'relief-hand';

export type AdviceId =
  | 'why-what-is-cramp'
  | 'why-dehydration'
  | 'why-sweat-salts'
  | 'why-tired-muscles'
  | 'why-low-fuel'
  | 'why-blood-flow'
  | 'why-one-position'
  | 'why-hard-sweaty-exercise'
  | 'now-stop'
  | 'now-stretch'
  | 'now-breathe'
  | 'now-massage'
  | 'now-ice-heat'
  | 'now-pickle-juice'
  | 'prevent-drink-before'
  | 'prevent-not-too-much'
  | 'prevent-daily-water'
  | 'prevent-electrolytes'
  | 'prevent-wait-after-eating'
  | 'prevent-warm-up'
  | 'prevent-stretch'
  | 'prevent-break-sitting'
  | 'prevent-recover'
  | 'prevent-magnesium'
  | 'urgent-clot'
  | 'urgent-rhabdo'
  | 'urgent-heat'
  | 'urgent-hyponatraemia'
  | 'urgent-tetanus'
  | 'doctor-frequent-severe'
  | 'doctor-other-signs'
  | 'doctor-not-easing'
  | 'doctor-medicines'
  | 'doctor-pregnancy'
  | 'doctor-quinine'
  | 'not-medical-advice';

export interface StretchTranslation {
  name: string;
  target: string;
  illustrationAlt: string;
  /** As many steps as the English, in the same order. */
  steps: string[];
  /** As many cautions as the English, in the same order. */
  cautions: string[];
  evidenceNote: string;
}

export interface RoutineTranslation {
  name: string;
  purpose: string;
  evidenceNote: string;
}

export interface AdviceTranslation {
  title: string;
  /** The one-sentence take-away shown under the title (the English item's `summary`). */
  summary: string;
  text: string;
  evidenceNote: string;
}

export interface ReliefTranslation {
  name: string;
  /** As many steps as the English, in the same order. */
  immediate: string[];
  /** Each hold's text, as many as the English, in the same order. */
  holds: string[];
  /** As many lines as the English, in the same order. */
  easing: string[];
  /** As many lines as the English, in the same order. */
  afterwards: string[];
  evidenceNote: string;
}

/**
 * The words the break window's step lines are built from (breakRoutines.ts builds the English,
 * e.g. "Wall calf stretch: 30 seconds each side."). `{n}`, `{time}` and `{name}` are filled in.
 */
export interface BreakStepWords {
  /** One line: "{name}: {time}." */
  line: string;
  /** "{n} seconds" */
  seconds: string;
  /** "1 minute" */
  oneMinute: string;
  /** "{n} minutes" */
  minutes: string;
  /** "{time} each side" */
  eachSide: string;
}

export interface ContentTranslation {
  stretches: Record<StretchId, StretchTranslation>;
  routines: Record<RoutineId, RoutineTranslation>;
  /** Includes 'not-medical-advice', which index.ts also exports as `notMedicalAdvice`. */
  advice: Record<AdviceId, AdviceTranslation>;
  relief: Record<ReliefMuscle, ReliefTranslation>;
  /** The Learn view's group headings (advice.ts's `adviceGroups`). */
  adviceGroups: Record<AdviceGroup, string>;
  breakSteps: BreakStepWords;
}
