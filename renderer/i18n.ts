/**
 * The renderer's messages, through i18next: English is bundled, German, Spanish and French are
 * JSON files (renderer/locales/) loaded on demand, so the first render waits only for the language
 * in use. Every string a view shows goes through `t()`. (Health advice is content, not messages:
 * see content/.) Placeholders are `{{name}}`; a message with plural forms has `_one`/`_other`/…
 * keys and is asked for with `{ count }`.
 */
import i18next from 'i18next';
import en from './locales/en.json' with { type: 'json' };

export { en };

/** A key in the English file, plural suffixes taken off: `t()` picks the form from `count`. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
export type MessageKey = WithoutPlural<keyof typeof en>;
export type Catalogue = Record<string, string>;

export const languages = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof languages)[number];

/**
 * A pseudo-locale for layout checks: every string accented and about 40 % longer, in brackets,
 * so clipped or overflowing text shows up in a screenshot. Reached only through `?locale=pseudo`.
 */
export function pseudo(text: string): string {
  const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', A: 'Å', E: 'É', O: 'Ö', U: 'Ü' };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    // Keep {{placeholders}} intact.
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i) + 1;
      out += text.slice(i, end + 1);
      i = end;
      continue;
    }
    const c = text[i] as string;
    out += accents[c] ?? c;
  }
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${out}${padding}]`;
}


const mapValues = (catalogue: Catalogue, change: (text: string) => string): Catalogue =>
  Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, change(value)]));

/** Each translated catalogue as its own chunk, fetched the first time the language is chosen. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  de: () => import('./locales/de.json', { with: { type: 'json' } }),
  es: () => import('./locales/es.json', { with: { type: 'json' } }),
  fr: () => import('./locales/fr.json', { with: { type: 'json' } }),
};

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  // The pseudo-locale's catalogue is made only when asked for: every other page load skips the work.
  resources: { en: { translation: en }, ...(forcedLocale() === 'pseudo' ? { pseudo: { translation: mapValues(en, pseudo) } } : {}) },
  // Keys are flat ("today.title"), so dots and colons are part of the key.
  keySeparator: false,
  nsSeparator: false,
  // Preact escapes what it renders; escaping here would show "&amp;" in the window.
  interpolation: { escapeValue: false },
  initAsync: false,
});

let currentLocale: Language = 'en';

/** A `?locale=` in the page's address overrides the app's language (the preview's pseudo-locale). */
function forcedLocale(): Language | 'pseudo' | null {
  const where = (globalThis as { location?: { search: string } }).location;
  if (!where) return null;
  const asked = new URLSearchParams(where.search).get('locale');
  return asked === 'pseudo' || (languages as readonly string[]).includes(asked ?? '') ? (asked as Language | 'pseudo') : null;
}

function chosen(language: string): Language | 'pseudo' {
  return forcedLocale() ?? ((languages as readonly string[]).includes(language) ? (language as Language) : 'en');
}

/** The language the window speaks for AppState.language: a `?locale=` override first (pseudo reads as English). */
export function languageFor(language: string): Language {
  const wanted = chosen(language);
  return wanted === 'pseudo' ? 'en' : wanted;
}

/** True when the catalogue for a language (AppState.language) is here and setLocale() can switch at once. */
export function isLocaleLoaded(language: string): boolean {
  return i18n.hasResourceBundle(chosen(language), 'translation');
}

/** Fetches the catalogue for a language (AppState.language) if it is not here yet. */
export async function loadLocale(language: string): Promise<void> {
  const wanted = chosen(language);
  if (wanted === 'en' || wanted === 'pseudo' || i18n.hasResourceBundle(wanted, 'translation')) return;
  i18n.addResourceBundle(wanted, 'translation', (await loaders[wanted]()).default);
}

/** Switches to a language whose catalogue is loaded (see loadLocale); English until it is. */
export function setLocale(language: string): void {
  const wanted = chosen(language);
  const usable = i18n.hasResourceBundle(wanted, 'translation') ? wanted : 'en';
  void i18n.changeLanguage(usable);
  currentLocale = usable === 'pseudo' ? 'en' : usable;
}

/** The language in use, for number and date formatting that matches the words around it. */
export function locale(): Language {
  return currentLocale;
}

/**
 * The locale numbers and times are written in: the system's own when it speaks the app's language
 * (so British English keeps 24-hour times and American English gets 12-hour ones), else the
 * language's. Formats then follow the words around them.
 */
export function formatLocale(): string {
  const system = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator?.languages ?? [];
  return system.find((tag) => tag.toLowerCase().split('-')[0] === currentLocale) ?? currentLocale;
}

/** A label as it reads inside a sentence: lower case, except in German, where nouns keep their capital. */
export function inSentence(label: string): string {
  return currentLocale === 'de' ? label : label.toLocaleLowerCase(currentLocale);
}

/** A message with `{{name}}` placeholders filled in; with `count`, in the plural form the language needs. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return i18n.t(key, params);
}
