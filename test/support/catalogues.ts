/**
 * The translated catalogues and content translations as tests read them: straight from the JSON
 * files translators edit. Assigning each content file to ContentTranslation here is what checks
 * its shape at compile time (the app loads them on demand and casts).
 */
import { localizeContent, type ContentLanguage, type LocalizedContent } from '../../renderer/content/localize.js';
import type { ContentTranslation } from '../../renderer/content/translations/types.js';
import contentDe from '../../renderer/content/translations/de.json' with { type: 'json' };
import contentEs from '../../renderer/content/translations/es.json' with { type: 'json' };
import contentFr from '../../renderer/content/translations/fr.json' with { type: 'json' };
import type { Catalogue } from '../../renderer/i18n.js';
import windowDe from '../../renderer/locales/de.json' with { type: 'json' };
import windowEs from '../../renderer/locales/es.json' with { type: 'json' };
import windowFr from '../../renderer/locales/fr.json' with { type: 'json' };

/** The window's catalogues (renderer/locales/*.json). */
export const de: Catalogue = windowDe;
export const es: Catalogue = windowEs;
export const fr: Catalogue = windowFr;

/** The health content's translations (renderer/content/translations/*.json). */
export const contentTranslations: Readonly<Record<'de' | 'es' | 'fr', ContentTranslation>> = { de: contentDe, es: contentEs, fr: contentFr };

/** The health content in a language, with its translation file loaded as the window would. */
export function localized(language: ContentLanguage): LocalizedContent {
  return localizeContent(language, language === 'en' ? undefined : contentTranslations[language]);
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a catalogue in `language` must have: English's, with each plural message (`x_one`,
 * `x_other`) taking the forms that language's plural rules need (French and Spanish add `x_many`).
 */
export function expectedKeys(english: Catalogue, language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(english)) {
    if (pluralSuffix.test(key)) for (const form of forms) keys.add(key.replace(pluralSuffix, `_${form}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

/** The English text a translated key is compared with: a plural form missing in English reads as `_other`. */
export function englishFor(english: Catalogue, key: string): string {
  return english[key] ?? english[key.replace(pluralSuffix, '_other')] ?? '';
}
