import { describe, expect, it } from 'vitest';
import { en, loadLocale, pseudo, setLocale, t } from '../renderer/i18n.ts';
import { de, englishFor, es, expectedKeys, fr } from './support/catalogues.js';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** A string with nothing to translate once names, units and placeholders are taken out. */
const untranslatable = (text: string) => !/\p{L}/u.test(text.replace(/\{\{\w+\}\}/g, '').replace(/\b(Limber|ml|L|fl[ \u00a0]oz|oz|min|kg|lb|h|s|OK|EFSA|DOI|CSV|JSON|HH|MM)\b/g, ''));

describe('the window’s catalogues', () => {
  for (const [language, catalogue] of Object.entries({ de, es, fr })) {
    describe(language, () => {
      it('has every key (plural forms as the language needs them), none empty, with the same placeholders as English', () => {
        expect(Object.keys(catalogue).sort()).toEqual(expectedKeys(en, language));
        for (const [key, text] of Object.entries(catalogue)) {
          expect(text.trim(), `${language} ${key}`).not.toBe('');
          expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(englishFor(en, key)));
        }
      });

      it('leaves nothing in English that needs translating', () => {
        // Language names are written in their own language in every catalogue ("Deutsch", "Français").
        const endonyms = (key: string) => key.startsWith('prefs.language.') && key !== 'prefs.language.system';
        const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => catalogue[key] === en[key] && !untranslatable(en[key]) && !endonyms(key));
        // Words that are the same in this language (checked by hand) may stay; nothing else.
        const sameInLanguage: Record<string, string[]> = { de: ['Start', 'Name', 'Export', 'Import', 'System', 'in {{duration}}'], es: ['No', 'General'], fr: ['Millilitres (ml)', 'Guide', '{{low}}–{{high}} litres', 'Muscle', 'Source', 'Sources', 'Minutes', 'Pause', 'Total', 'Export', 'Import', 'Notes', 'Note', 'Instructions', 'Menu', 'Options', 'Stretching', 'Date', 'Session', 'Type', 'Routine', 'Routines'] };
        expect(same.filter((key) => !(sameInLanguage[language] ?? []).includes(en[key]))).toEqual([]);
      });
    });
  }

  it('has a pseudo-locale that lengthens and marks every string but keeps placeholders', () => {
    for (const [key, text] of Object.entries(en)) {
      const p = pseudo(text);
      expect(p.startsWith('[') && p.endsWith(']'), key).toBe(true);
      expect(p.length, key).toBeGreaterThan(text.length);
      expect(placeholders(p), key).toEqual(placeholders(text));
    }
  });

  it('has a plural message take the form its count needs, in every language', async () => {
    await Promise.all(['de', 'es', 'fr'].map((language) => loadLocale(language)));
    setLocale('en');
    expect([0, 1, 2].map((count) => t('insights.count.cramps', { count }))).toEqual(['0 cramps', '1 cramp', '2 cramps']);
    setLocale('de');
    expect([1, 2].map((count) => t('insights.count.days', { count }))).toEqual(['1 Tag', '2 Tage']);
    setLocale('es');
    expect([1, 2].map((count) => t('routines.stretchCount', { count }))).toEqual(['1 estiramiento', '2 estiramientos']);
    // French takes the singular for 0 as well as 1.
    setLocale('fr');
    expect([0, 1, 2].map((count) => t('insights.count.cramps', { count }))).toEqual(['0 crampe', '1 crampe', '2 crampes']);
    setLocale('en');
  });

  it('fetches a language the first time it is chosen, and speaks English until then', async () => {
    setLocale('de');
    await loadLocale('de');
    setLocale('de');
    expect(t('nav.today')).toBe(de['nav.today']);
    setLocale('pt');
    expect(t('nav.today')).toBe(en['nav.today']);
  });
});
