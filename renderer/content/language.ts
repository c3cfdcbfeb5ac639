/**
 * Which language the health content is shown in, and the translations fetched so far. Apart from
 * the content itself (index.ts) so the window can choose and fetch a language before its first
 * render without carrying the content in its first chunk: only the views that show content do.
 */
import type { ContentLanguage } from './localize.ts';
import type { ContentTranslation } from './translations/types.ts';

/** Each translation as its own chunk, fetched the first time its language is chosen. */
const loaders: Record<Exclude<ContentLanguage, 'en'>, () => Promise<{ default: unknown }>> = {
  de: () => import('./translations/de.json', { with: { type: 'json' } }),
  es: () => import('./translations/es.json', { with: { type: 'json' } }),
  fr: () => import('./translations/fr.json', { with: { type: 'json' } }),
};
const loaded = new Map<ContentLanguage, ContentTranslation>();
let chosen: ContentLanguage = 'en';
const followers = new Set<() => void>();

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
  // Followed even when unchanged: a language chosen before its translation arrived applies now.
  chosen = language;
  for (const follow of followers) follow();
}

/** The language to show and its translation (none for English, or for one not fetched yet). */
export function chosenContent(): { language: ContentLanguage; translation?: ContentTranslation } {
  const translation = loaded.get(chosen);
  return translation ? { language: chosen, translation } : { language: 'en' };
}

/** Calls `follow` on every change of language (index.ts swaps its live bindings). */
export function followContentLanguage(follow: () => void): void {
  followers.add(follow);
}
