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

/**
 * How soon to get help for a warning sign: `emergency` — call an ambulance now; `urgent` — get
 * medical help today.
 */
export type Urgency = 'emergency' | 'urgent';

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
  /** A warning sign: how soon to get help. Relief guides show these before massage and heat. */
  urgency?: Urgency;
}

/**
 * One stretch held during a cramp: on the cramped side only, until the cramp lets go. `stretch`
 * names a library stretch for its drawing; a hold with no drawing (a lying or seated option the
 * library does not draw) omits it.
 */
export interface ReliefHold {
  stretch?: string; // Stretch id
  /** What to do, for the cramped side only: no "now the other side". */
  text: string;
}

/**
 * The cramp relief flow for one muscle: first steps, holds that last until the cramp lets go, the
 * warning signs (before massage and heat), what to do as it eases, then aftercare.
 */
export interface ReliefGuide {
  muscle: ReliefMuscle;
  name: string;
  immediate: string[];
  /** Offered one at a time: the next only once the person says the cramp let go. */
  holds: ReliefHold[];
  /** Advice ids of the warning signs (items with an `urgency`) to show for this muscle. */
  warnings: string[];
  /** As the cramp eases: massage. Shown after the warning signs. */
  easing: string[];
  afterwards: string[];
  /** The practice routine for this muscle in Routines (not used during a cramp). */
  routine: string; // Routine id
  source: string; // Reference id
  evidence: Evidence;
  evidenceNote: string;
}
