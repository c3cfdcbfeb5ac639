/**
 * The message catalogue for the main process (tray, notifications, dialogs), through i18next. The
 * words are JSON files in locales/ (i18next JSON v4, what Weblate and Crowdin read); every
 * user-visible string in main goes through `t()`. Placeholders are `{{name}}`.
 */
import i18next from 'i18next';
// English types the keys, so a wrong key is a compile error; test/i18n.test.ts checks the others
// have exactly its keys and placeholders.
import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };

export { en };

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
export type MessageKey = WithoutPlural<keyof typeof en>;
export type Catalogue = Record<string, string>;

/** The languages Limber ships, complete. */
export const languages = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof languages)[number];

const catalogues: Record<Language, Catalogue> = { en, de, es, fr };

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: Object.fromEntries(languages.map((language) => [language, { translation: catalogues[language] }])),
  // Keys are flat ("tray.status.next"): dots and colons are part of the key.
  keySeparator: false,
  nsSeparator: false,
  // Menus, notifications and dialogs are plain text, never HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
});

let currentLanguage: Language = 'en';

/** The shipped language for a locale such as "de-DE" or "es-419"; English when none fits. */
export function languageFor(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (languages as readonly string[]).includes(base) ? (base as Language) : 'en';
}

let timeLocale = 'en';

/**
 * Chooses the catalogue for a locale; returns the language chosen. `systemLocale` (the OS's, such
 * as "en-GB") decides between 12- and 24-hour times when it speaks the same language.
 */
export function setLocale(locale: string, systemLocale = locale): Language {
  currentLanguage = languageFor(locale);
  void i18n.changeLanguage(currentLanguage);
  timeLocale = languageFor(systemLocale) === currentLanguage && systemLocale.split(/[-_]/)[0]?.toLowerCase() === currentLanguage ? systemLocale.replace('_', '-') : currentLanguage;
  return currentLanguage;
}

/**
 * A time of day as the language writes it: "18:30" in German, "6:30 PM" in American English; with
 * `weekday`, "Di., 04:00" or "Tue 4:00 AM". The hour cycle is the language's own (Intl's data).
 */
export function clockTime(wall: number, timeZone?: string, { weekday = false } = {}): string {
  const zone = timeZone ? { timeZone } : {};
  const options: Intl.DateTimeFormatOptions = weekday ? { weekday: 'short', hour: 'numeric', minute: '2-digit', ...zone } : { timeStyle: 'short', ...zone };
  return new Intl.DateTimeFormat(timeLocale, options).format(wall);
}

export function currentLocale(): Language {
  return currentLanguage;
}

export function catalogueFor(language: Language): Catalogue {
  return catalogues[language];
}

/** A message with `{{name}}` placeholders filled in; with `count`, in the plural form the language needs. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return i18n.t(key, params);
}

/** Litres as the current language writes them: "1.25" in English, "1,25" in German. */
export function litres(ml: number, minDigits = 1, maxDigits = 2): string {
  return new Intl.NumberFormat(currentLanguage, { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits }).format(Math.round(ml / 10) / 100);
}
