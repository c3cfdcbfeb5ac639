/**
 * Everything a person reads as health content, in one import: the stretch library, routines built
 * from it, cramp relief guides, advice and the references they cite, with lookups by id.
 */
import type { ReliefMuscle } from '../../main/ipc/names.ts';
import { localizeContent, type ContentLanguage, type LocalizedContent } from './localize.ts';
import type { ContentTranslation } from './translations/types.ts';
import type { AdviceGroup, AdviceItem, Reference, ReliefGuide, Routine, RoutineKind, Stretch } from './types.ts';

export { illustrationSvg } from './illustrations.ts';
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

/** Each translation as its own chunk, fetched the first time its language is chosen. */
const loaders: Record<Exclude<ContentLanguage, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('./translations/de.json', { with: { type: 'json' } }),
  es: () => import('./translations/es.json', { with: { type: 'json' } }),
  fr: () => import('./translations/fr.json', { with: { type: 'json' } }),
};
const loaded = new Map<ContentLanguage, ContentTranslation>();

const isContentLanguage = (language: string): language is Exclude<ContentLanguage, 'en'> => language in loaders;

/** True when setContentLanguage() can switch to this language at once. */
export function isContentLanguageLoaded(language: string): boolean {
  return !isContentLanguage(language) || loaded.has(language);
}

/** Fetches a language's content translation if it is not here yet. */
export async function loadContentLanguage(language: string): Promise<void> {
  if (!isContentLanguage(language) || loaded.has(language)) return;
  // The files are checked against ContentTranslation by test/i18n.test.ts.
  loaded.set(language, (await loaders[language]()).default as ContentTranslation);
}

/** Switches the content to a language loaded by loadContentLanguage(); English until then. */
export function setContentLanguage(language: ContentLanguage): void {
  const translation = loaded.get(language);
  const usable = translation ? language : 'en';
  if (current.language === usable) return;
  current = localizeContent(usable, translation);
  ({ stretches, routines, advice, adviceGroups, reliefGuides, references, notMedicalAdvice, breakRoutines } = current);
}

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
