/**
 * The shapes of everything a person reads in Limber: stretches, routines, relief guides and
 * advice. Text lives in these data files, not in components; every item names its source and how
 * strong the evidence is, so the app never claims more than the research supports.
 */
import type { ReliefMuscle } from '../../main/ipc/contract.ts';

/** How firmly the evidence supports a claim. */
export type Evidence = 'strong' | 'mixed' | 'weak' | 'expert opinion';

/** Where a piece of advice comes from. Every item a person reads cites one. */
export interface Source {
  publisher: string;
  title: string;
  url: string;
}

/** A source listed on the Sources page: a review, trial, guideline or reputable health page. */
export interface Reference extends Source {
  id: string;
  /** "Hallegraeff JM, et al." — for papers; omitted for organisations' pages. */
  authors?: string;
  year?: number;
  kind: 'systematic review' | 'trial' | 'guideline' | 'position stand' | 'health information' | 'regulator' | 'review';
}

export type BodyArea =
  | 'calf'
  | 'soleus'
  | 'foot'
  | 'hamstring'
  | 'quadriceps'
  | 'hipFlexor'
  | 'glutes'
  | 'lowerBack'
  | 'wristFlexors'
  | 'wristExtensors'
  | 'neck'
  | 'shoulders'
  | 'ankle'
  | 'wholeLeg';

export interface Stretch {
  id: string;
  name: string;
  /** The muscle in plain words, e.g. "Calf (gastrocnemius), straight knee". */
  target: string;
  areas: BodyArea[];
  /** File name of its line illustration in resources/illustrations/. */
  illustration: string;
  /** Alt text for the illustration. */
  illustrationAlt: string;
  steps: string[];
  /** Hold per side (static), or duration (dynamic moves), in seconds. */
  holdSeconds: number;
  /** 'each' = do both sides in turn; 'none' = symmetric. */
  sides: 'each' | 'none';
  kind: 'static' | 'dynamic';
  cautions: string[];
  source: string; // Reference id
  evidence: Evidence;
  evidenceNote: string;
}

export type RoutineKind = 'move' | 'stretch' | 'warmup' | 'cooldown' | 'bedtime' | 'relief';

export interface RoutineStep {
  stretch: string; // Stretch id
  /** Overrides the stretch's own hold. */
  holdSeconds?: number;
}

export interface Routine {
  id: string;
  name: string;
  kind: RoutineKind;
  /** For relief routines: the muscle in the tray's Cramp relief menu. */
  muscle?: ReliefMuscle;
  purpose: string;
  steps: RoutineStep[];
  source: string; // Reference id
  evidence: Evidence;
  evidenceNote: string;
}

export type AdviceGroup = 'why' | 'now' | 'prevent' | 'doctor';

export interface AdviceItem {
  id: string;
  group: AdviceGroup;
  title: string;
  /**
   * The take-away in one plain sentence of at most about 12 words, shown under the title before
   * the full text is opened. Claims no more than the text does.
   */
  summary: string;
  text: string;
  evidence: Evidence;
  evidenceNote: string;
  sources: string[]; // Reference ids
}

/** The cramp relief flow for one muscle: immediate steps, the stretch, then ice or heat. */
export interface ReliefGuide {
  muscle: ReliefMuscle;
  name: string;
  immediate: string[];
  routine: string; // Routine id
  afterwards: string[];
  source: string; // Reference id
  evidence: Evidence;
  evidenceNote: string;
}
