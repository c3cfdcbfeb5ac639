import { describe, expect, it } from 'vitest';
import { en, pseudo } from '../renderer/i18n.ts';
import { de } from '../renderer/locales/de.ts';
import { es } from '../renderer/locales/es.ts';
import { fr } from '../renderer/locales/fr.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** A string with nothing to translate once names, units and placeholders are taken out. */
const untranslatable = (text: string) => !/\p{L}/u.test(text.replace(/\{\w+\}/g, '').replace(/\b(Limber|ml|L|fl[ \u00a0]oz|oz|min|kg|lb|h|s|OK|EFSA|DOI|CSV|JSON|HH|MM)\b/g, ''));

describe('the window’s catalogues', () => {
  for (const [language, catalogue] of Object.entries({ de, es, fr })) {
    describe(language, () => {
      it('has every key, none empty, with the same placeholders as English', () => {
        for (const key of Object.keys(en) as (keyof typeof en)[]) {
          const text = catalogue[key];
          expect(typeof text, `${language} ${key}`).toBe('string');
          expect(text.trim(), `${language} ${key}`).not.toBe('');
          expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(en[key]));
        }
        expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      });

      it('leaves nothing in English that needs translating', () => {
        // Language names are written in their own language in every catalogue ("Deutsch", "Français").
        const endonyms = (key: string) => key.startsWith('prefs.language.') && key !== 'prefs.language.system';
        const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => catalogue[key] === en[key] && !untranslatable(en[key]) && !endonyms(key));
        // Words that are the same in this language (checked by hand) may stay; nothing else.
        const sameInLanguage: Record<string, string[]> = { de: ['Start', 'Name', 'Export', 'Import', 'System', 'in {duration}'], es: ['No', 'General'], fr: ['Millilitres (ml)', 'Guide', '{low}–{high} litres', 'Muscle', 'Source', 'Sources', 'Minutes', 'Pause', 'Total', 'Export', 'Import', 'Notes', 'Note', 'Instructions', 'Menu', 'Options', 'Stretching', 'Date', 'Session', 'Type', 'Routine', 'Routines'] };
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
});
