/**
 * Everything a person reads as health content, in one import: the stretch library, routines built
 * from it, cramp relief guides, advice and the references they cite, with lookups by id.
 */
import type { ReliefMuscle } from '../../main/ipc/names.ts';
import { chosenContent, followContentLanguage } from './language.ts';
import { localizeContent, type LocalizedContent } from './localize.ts';
import type { AdviceGroup, AdviceItem, Reference, ReliefGuide, Routine, RoutineKind, Stretch } from './types.ts';

export { illustrationSvg } from './illustrations.ts';
export { isContentLanguageLoaded, loadContentLanguage, setContentLanguage } from './language.ts';
export { routineSeconds, stepSeconds } from './timing.ts';
export type * from './types.ts';

/*
 * The content in the language the window speaks. These are live bindings: setContentLanguage()
 * swaps them, and a view reading them on its next render gets the new language.
 */
let current: LocalizedContent = localizeContent('en');
export let stretches: Stretch[] = current.stretches;
export let routines: Routine[] = current.routines;
export let advice: AdviceItem[] = current.advice;
export let adviceGroups: LocalizedContent['adviceGroups'] = current.adviceGroups;
export let reliefGuides: ReliefGuide[] = current.reliefGuides;
export let references: Reference[] = current.references;
/** The short "Limber is not medical advice" note, for the Learn view's footer or first run. */
export let notMedicalAdvice: AdviceItem = current.notMedicalAdvice;
/** The break window's lines for each movement break. */
export let breakRoutines: LocalizedContent['breakRoutines'] = current.breakRoutines;

/** Swaps the live bindings to the language chosen (content/language.ts), now and on every change. */
function followLanguage(): void {
  const { language, translation } = chosenContent();
  if (current.language === language) return;
  current = localizeContent(language, translation);
  ({ stretches, routines, advice, adviceGroups, reliefGuides, references, notMedicalAdvice, breakRoutines } = current);
}
followLanguage();
followContentLanguage(followLanguage);

export const stretchById = (id: string): Stretch | undefined => current.stretchById(id);
export const routineById = (id: string): Routine | undefined => current.routineById(id);
export const referenceById = (id: string): Reference | undefined => current.referenceById(id);
export const adviceById = (id: string): AdviceItem | undefined => current.adviceById(id);
export const reliefGuideFor = (muscle: ReliefMuscle): ReliefGuide | undefined => current.reliefGuideFor(muscle);
/** The relief routine for a muscle in the tray's Cramp relief menu. */
export const reliefRoutineFor = (muscle: ReliefMuscle): Routine | undefined => current.reliefRoutineFor(muscle);
/** Routines of one kind, in the order they are listed. */
export const routinesOfKind = (kind: RoutineKind): Routine[] => current.routinesOfKind(kind);
/** Advice in one group, in reading order. */
export const adviceIn = (group: AdviceGroup): AdviceItem[] => current.adviceIn(group);
