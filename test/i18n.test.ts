/**
 * Translations: the main process's message catalogue and the renderer's health content, in German,
 * Spanish and French. Every key and item is translated, nothing is left empty or in English, the
 * `{placeholders}` and numbers match the English, and localized() merges the text over the
 * English data without touching ids, timings, sources or evidence.
 *
 * Imports the content modules with `.js` paths, as test/content.test.ts does (index.ts needs Vite).
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogueFor, clockTime, en, languageFor, languages, setLocale, t, type MessageKey } from '../main/i18n/messages.js';
import { advice, adviceGroups } from '../renderer/content/advice.js';
import { englishBreakSteps } from '../renderer/content/localize.js';
import { references } from '../renderer/content/references.js';
import { contentSourceText, englishContentSource } from '../renderer/content/source.js';
import { reliefGuides } from '../renderer/content/relief.js';
import { routines } from '../renderer/content/routines.js';
import { stretches } from '../renderer/content/stretches.js';
import type { ContentTranslation } from '../renderer/content/translations/types.js';
import { contentTranslations, localized } from './support/catalogues.js';

const translated = ['de', 'es', 'fr'] as const;
type Translated = (typeof translated)[number];

/** The `{name}` placeholders in a string, sorted, duplicates kept once. */
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\{\w+\}\}|\{\w+\}/g) ?? [])].sort();

/** The numbers in a string, with a decimal comma read as a point ("2,5" = "2.5"), sorted. */
const numbers = (text: string): string[] =>
  (text.replace(/\{\{\w+\}\}|\{\w+\}/g, '').match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();

/** True when a string has words in it, not just placeholders, digits and punctuation. */
const hasWords = (text: string): boolean => /\p{L}/u.test(text.replace(/\{\{\w+\}\}|\{\w+\}/g, ''));

/** French typography: ":", ";", "?" and "!" take a no-break space before them, never a plain one. */
const plainSpaceBeforeFrenchPunctuation = (text: string): boolean => / [:;?!]/.test(text);

describe('main catalogue', () => {
  const englishKeys = Object.keys(en).sort();

  /**
   * Values that may equal the English, and why. Kept short on purpose:
   * - app.name: the product name, never translated.
   * - alert.action.ok: "OK" is the standard button word in German and French interfaces
   *   (Spanish uses "Aceptar").
   */
  const sameAsEnglish: Readonly<Record<Translated, readonly MessageKey[]>> = {
    de: ['app.name', 'alert.action.ok'],
    es: ['app.name'],
    fr: ['app.name', 'alert.action.ok'],
  };

  afterEach(() => {
    setLocale('en');
  });

  it('ships English, German, Spanish and French', () => {
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  for (const language of translated) {
    describe(language, () => {
      const catalogue = catalogueFor(language);

      it('has every English key and no others', () => {
        expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
      });

      it('leaves no value empty', () => {
        const empty = Object.entries(catalogue).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
        expect(empty).toEqual([]);
      });

      it('keeps the same {placeholders} as English, key by key', () => {
        const mismatched = (Object.keys(en) as MessageKey[])
          .filter((key) => placeholders(catalogue[key] ?? '').join() !== placeholders(en[key]).join())
          .map((key) => ({ key, english: placeholders(en[key]), translated: placeholders(catalogue[key] ?? '') }));
        expect(mismatched).toEqual([]);
      });

      it('keeps the same numbers as English (ml, minutes, …)', () => {
        const mismatched = (Object.keys(en) as MessageKey[]).filter(
          (key) => numbers(catalogue[key] ?? '').join() !== numbers(en[key]).join(),
        );
        expect(mismatched).toEqual([]);
      });

      it('translates every value, except the short allow-list', () => {
        const untranslated = (Object.keys(en) as MessageKey[]).filter((key) => catalogue[key] === en[key]);
        expect(untranslated.sort()).toEqual([...sameAsEnglish[language]].sort());
      });
    });
  }

  it('keeps the product name as "Limber" in every language', () => {
    for (const language of languages) expect(catalogueFor(language)['app.name']).toBe('Limber');
  });

  it('joins a number and its unit with a no-break space in every language, so a line never ends between them', () => {
    // "250 ml", "{{minutes}} min", "{{goal}} L", "30 minutes", "2 Stunden"…
    const units = /(?:\d|\}\}) (?:L|ml|min|minutes?|hours?|Minuten?|Stunden?|minutos?|horas?|heures?)\b/u;
    for (const language of languages) {
      const broken = Object.entries(catalogueFor(language)).filter(([, text]) => units.test(text));
      expect(broken, language).toEqual([]);
    }
    expect(catalogueFor('en')['tray.drink.glass']).toBe('Glass (250\u00a0ml)');
  });

  it('puts a no-break space, not a plain one, before French ":", ";", "?" and "!"', () => {
    const fr = catalogueFor('fr');
    expect((Object.keys(fr) as MessageKey[]).filter((key) => plainSpaceBeforeFrenchPunctuation(fr[key] ?? ''))).toEqual([]);
  });

  it('chooses the language from the locale, English when none fits', () => {
    expect(languageFor('de-AT')).toBe('de');
    expect(languageFor('de')).toBe('de');
    expect(languageFor('es-419')).toBe('es');
    expect(languageFor('fr_CA')).toBe('fr');
    expect(languageFor('EN-gb')).toBe('en');
    expect(languageFor('pt-BR')).toBe('en');
    expect(languageFor('')).toBe('en');
  });

  it('fills workout names into translated sentences', () => {
    setLocale('de-DE');
    expect(t('alert.prehydrate.title', { workout: t('workout.run') })).toBe('Trink vor dem Laufen');
    setLocale('es-MX');
    expect(t('alert.warmup.title', { workout: t('workout.cycle') })).toBe('Calienta antes de tu salida en bici');
    setLocale('fr-BE');
    expect(t('alert.mealCutoff.title', { workout: t('workout.swim') })).toBe(
      'Mangez maintenant ou après votre séance de natation',
    );
    setLocale('pt-PT');
    expect(t('alert.prehydrate.title', { workout: t('workout.run') })).toBe('Drink before your run');
  });
});

/** Every text in one language's content, as [path, English, translated] triples. */
function contentPairs(translation: ContentTranslation): [string, string, string][] {
  const pairs: [string, string, string][] = [];
  const add = (path: string, english: string, text: string | undefined) => pairs.push([path, english, text ?? '']);
  const addAll = (path: string, english: readonly string[], texts: readonly string[] | undefined) =>
    english.forEach((line, i) => add(`${path}[${i}]`, line, texts?.[i]));
  const lookup = <V>(record: Readonly<Record<string, V>>, id: string): V | undefined =>
    Object.hasOwn(record, id) ? record[id] : undefined;

  for (const s of stretches) {
    const t = lookup(translation.stretches, s.id);
    add(`stretches.${s.id}.name`, s.name, t?.name);
    add(`stretches.${s.id}.target`, s.target, t?.target);
    add(`stretches.${s.id}.illustrationAlt`, s.illustrationAlt, t?.illustrationAlt);
    addAll(`stretches.${s.id}.steps`, s.steps, t?.steps);
    addAll(`stretches.${s.id}.cautions`, s.cautions, t?.cautions);
    add(`stretches.${s.id}.evidenceNote`, s.evidenceNote, t?.evidenceNote);
  }
  for (const r of routines) {
    const t = lookup(translation.routines, r.id);
    add(`routines.${r.id}.name`, r.name, t?.name);
    add(`routines.${r.id}.purpose`, r.purpose, t?.purpose);
    add(`routines.${r.id}.evidenceNote`, r.evidenceNote, t?.evidenceNote);
  }
  for (const a of advice) {
    const t = lookup(translation.advice, a.id);
    add(`advice.${a.id}.title`, a.title, t?.title);
    add(`advice.${a.id}.summary`, a.summary, t?.summary);
    add(`advice.${a.id}.text`, a.text, t?.text);
    add(`advice.${a.id}.evidenceNote`, a.evidenceNote, t?.evidenceNote);
  }
  for (const g of reliefGuides) {
    const t = lookup(translation.relief, g.muscle);
    add(`relief.${g.muscle}.name`, g.name, t?.name);
    addAll(`relief.${g.muscle}.immediate`, g.immediate, t?.immediate);
    addAll(`relief.${g.muscle}.holds`, g.holds.map((hold) => hold.text), t?.holds);
    addAll(`relief.${g.muscle}.easing`, g.easing, t?.easing);
    addAll(`relief.${g.muscle}.afterwards`, g.afterwards, t?.afterwards);
    add(`relief.${g.muscle}.evidenceNote`, g.evidenceNote, t?.evidenceNote);
  }
  for (const { group, title } of adviceGroups) add(`adviceGroups.${group}`, title, lookup(translation.adviceGroups, group));
  for (const [key, english] of Object.entries(englishBreakSteps))
    add(`breakSteps.${key}`, english, lookup(translation.breakSteps as unknown as Record<string, string>, key));
  return pairs;
}

describe('health content translations', () => {
  const sorted = (ids: Iterable<string>) => [...ids].sort();

  /**
   * Texts that may equal the English, and why: only words spelled the same in that language.
   * - fr breakSteps.oneMinute / minutes: "1 minute", "{n} minutes" are the French words too.
   * (Strings with no words at all, like the step line "{name}: {time}.", are not compared.)
   */
  const sameAsEnglish: Readonly<Record<Translated, readonly string[]>> = {
    de: [],
    es: [],
    fr: ['breakSteps.oneMinute', 'breakSteps.minutes'],
  };

  for (const language of translated) {
    describe(language, () => {
      const translation = contentTranslations[language];
      const pairs = contentPairs(translation);

      it('translates every stretch, routine, advice item, relief guide and advice group, and nothing else', () => {
        expect(sorted(Object.keys(translation.stretches))).toEqual(sorted(stretches.map((s) => s.id)));
        expect(sorted(Object.keys(translation.routines))).toEqual(sorted(routines.map((r) => r.id)));
        expect(sorted(Object.keys(translation.advice))).toEqual(sorted(advice.map((a) => a.id)));
        expect(sorted(Object.keys(translation.relief))).toEqual(sorted(reliefGuides.map((g) => g.muscle)));
        expect(sorted(Object.keys(translation.adviceGroups))).toEqual(sorted(adviceGroups.map((g) => g.group)));
        expect(sorted(Object.keys(translation.breakSteps))).toEqual(sorted(Object.keys(englishBreakSteps)));
      });

      it('has as many steps, cautions and relief lines as the English', () => {
        const lengths = (lists: Record<string, readonly string[]>) =>
          Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, list.length]));
        for (const s of stretches) {
          const t = translation.stretches[s.id as keyof ContentTranslation['stretches']];
          expect(lengths({ steps: t.steps, cautions: t.cautions }), s.id).toEqual(
            lengths({ steps: s.steps, cautions: s.cautions }),
          );
        }
        for (const g of reliefGuides) {
          const t = translation.relief[g.muscle];
          expect(lengths({ immediate: t.immediate, holds: t.holds, easing: t.easing, afterwards: t.afterwards }), g.muscle).toEqual(
            lengths({ immediate: g.immediate, holds: g.holds.map((hold) => hold.text), easing: g.easing, afterwards: g.afterwards }),
          );
        }
      });

      it('leaves no text empty', () => {
        expect(pairs.filter(([, , text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
      });

      it('translates every text, except the short allow-list', () => {
        const untranslated = pairs.filter(([, english, text]) => hasWords(english) && text === english).map(([path]) => path);
        expect(untranslated.sort()).toEqual([...sameAsEnglish[language]].sort());
      });

      it('keeps the same {placeholders} and numbers as the English', () => {
        const placeholderMismatch = pairs
          .filter(([, english, text]) => placeholders(text).join() !== placeholders(english).join())
          .map(([path]) => path);
        const numberMismatch = pairs
          .filter(([, english, text]) => numbers(text).join() !== numbers(english).join())
          .map(([path, english, text]) => ({ path, english: numbers(english), translated: numbers(text) }));
        expect(placeholderMismatch).toEqual([]);
        expect(numberMismatch).toEqual([]);
      });

      if (language === 'fr') {
        it('puts a no-break space, not a plain one, before ":", ";", "?" and "!"', () => {
          expect(pairs.filter(([, , text]) => plainSpaceBeforeFrenchPunctuation(text)).map(([path]) => path)).toEqual([]);
        });
      }
    });
  }
});

describe('localizeContent', () => {
  /** Everything in an item except its person-facing text. */
  const withoutText = <T extends object>(item: T, textFields: readonly (keyof T)[]) =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !textFields.includes(key as keyof T)));
  const stretchText = ['name', 'target', 'illustrationAlt', 'steps', 'cautions', 'evidenceNote'] as const;
  const routineText = ['name', 'purpose', 'evidenceNote'] as const;
  const adviceText = ['title', 'summary', 'text', 'evidenceNote'] as const;
  const reliefText = ['name', 'immediate', 'easing', 'afterwards', 'evidenceNote'] as const;

  it('returns the English data itself for English', () => {
    const content = localized('en');
    expect(content.stretches).toBe(stretches);
    expect(content.routines).toBe(routines);
    expect(content.advice).toBe(advice);
    expect(content.reliefGuides).toBe(reliefGuides);
    expect(content.adviceGroups).toBe(adviceGroups);
    expect(content.references).toBe(references);
    expect(content.notMedicalAdvice.title).toBe('Limber is not medical advice');
  });

  it('builds the English break steps exactly as breakRoutines.ts does', async () => {
    // breakRoutines.ts imports with `.ts` paths, which the Node tsconfig rejects, so it is loaded by
    // a path the type checker does not follow.
    const path = '../renderer/content/breakRoutines.js';
    const { breakRoutines } = (await import(/* @vite-ignore */ path)) as { breakRoutines: unknown };
    expect(localized('en').breakRoutines).toEqual(breakRoutines);
  });

  it('returns German names, steps and advice for German', () => {
    const content = localized('de');
    expect(content.language).toBe('de');
    expect(content.stretchById('calf-wall')?.name).toBe('Wadendehnung an der Wand');
    expect(content.stretchById('calf-wall')?.steps[0]).toBe('Stell dich eine Armlänge vor eine Wand und leg beide Hände daran.');
    expect(content.routineById('bedtime-calves')?.name).toBe('Dehnen vor dem Schlafen');
    expect(content.reliefGuideFor('calf')?.name).toBe('Wadenkrampf');
    expect(content.reliefRoutineFor('hand')?.name).toBe('Hilfe bei Handkrampf');
    expect(content.notMedicalAdvice.title).toBe('Limber ersetzt keinen ärztlichen Rat');
    expect(content.adviceGroups.map((g) => g.title)).toEqual([
      'Warum Krämpfe entstehen',
      'Jetzt sofort',
      'Vorbeugen',
      'Wann du Hilfe brauchst',
    ]);
    expect(content.adviceIn('doctor').map((a) => a.id)).toEqual(advice.filter((a) => a.group === 'doctor').map((a) => a.id));
    expect(content.routinesOfKind('relief')).toHaveLength(routines.filter((r) => r.kind === 'relief').length);
  });

  it('builds the break steps from translated names and words', () => {
    expect(localized('de').breakRoutines.move.steps[0]).toBe('Marschieren auf der Stelle: 30 Sekunden.');
    expect(localized('de').breakRoutines.stretch.steps[0]).toBe('Wadendehnung an der Wand: 30 Sekunden pro Seite.');
    expect(localized('es').breakRoutines.stretch.steps[0]).toBe(
      'Estiramiento de pantorrilla en la pared: 30 segundos por lado.',
    );
    expect(localized('fr').breakRoutines.stretch.steps[0]).toBe(
      'Étirement du mollet contre un mur\u00a0: 30 secondes de chaque côté.',
    );
    expect(localized('en').breakRoutines.stretch.steps[0]).toBe('Wall calf stretch: 30 seconds each side.');
  });

  for (const language of translated) {
    it(`keeps ids, timings, illustrations, sources and evidence untouched in ${language}`, () => {
      const content = localized(language);
      expect(content.stretches.map((s) => withoutText(s, stretchText))).toEqual(stretches.map((s) => withoutText(s, stretchText)));
      expect(content.routines.map((r) => withoutText(r, routineText))).toEqual(routines.map((r) => withoutText(r, routineText)));
      expect(content.advice.map((a) => withoutText(a, adviceText))).toEqual(advice.map((a) => withoutText(a, adviceText)));
      // Each hold keeps its stretch (the drawing); only its text is translated.
      const reliefShape = (g: (typeof reliefGuides)[number]) => ({ ...withoutText(g, reliefText), holds: g.holds.map((hold) => hold.stretch) });
      expect(content.reliefGuides.map(reliefShape)).toEqual(reliefGuides.map(reliefShape));
      expect(content.adviceGroups.map((g) => g.group)).toEqual(adviceGroups.map((g) => g.group));
      expect(content.references).toBe(references);
      expect(content.breakRoutines.move.source).toEqual(localized('en').breakRoutines.move.source);
      expect(content.breakRoutines.move.routine).toBe('desk-move');
      expect(content.breakRoutines.stretch.steps).toHaveLength(localized('en').breakRoutines.stretch.steps.length);
    });

    it(`translates every text in ${language}, leaving the English data as it was`, () => {
      const content = localized(language);
      const translation = contentTranslations[language];
      expect(content.stretches.map((s) => s.name)).toEqual(
        stretches.map((s) => translation.stretches[s.id as keyof ContentTranslation['stretches']].name),
      );
      expect(content.advice.map((a) => a.text)).toEqual(
        advice.map((a) => translation.advice[a.id as keyof ContentTranslation['advice']].text),
      );
      expect(content.advice.map((a) => a.summary)).toEqual(
        advice.map((a) => translation.advice[a.id as keyof ContentTranslation['advice']].summary),
      );
      expect(content.notMedicalAdvice.title).toBe(translation.advice['not-medical-advice'].title);
      expect(stretches[0]?.name).toBe('Wall calf stretch');
      expect(localized(language)).toBe(content);
    });
  }
});

describe('times in notifications', () => {
  afterEach(() => setLocale('en'));
  const halfPastFour = Date.UTC(2025, 5, 2, 16, 30);

  it('follow the language: 24-hour in German, Spanish and French, whatever the system’s region', () => {
    for (const language of ['de', 'es', 'fr']) {
      setLocale(language, 'en-US');
      expect(clockTime(halfPastFour, 'UTC'), language).toBe('16:30');
    }
  });

  it('take the system’s region when it speaks the same language: 12-hour in the US, 24-hour in Britain', () => {
    setLocale('en', 'en-US');
    expect(clockTime(halfPastFour, 'UTC')).toMatch(/^4:30\sPM$/u);
    setLocale('en', 'en-GB');
    expect(clockTime(halfPastFour, 'UTC')).toBe('16:30');
    setLocale('en', 'de-DE');
    expect(clockTime(halfPastFour, 'UTC')).toMatch(/^4:30\sPM$/u);
  });
});

describe('the content translations’ English source (translations/en.json)', () => {
  const file = new URL('../renderer/content/translations/en.json', import.meta.url);
  /** Every path to a text in a nested translation, e.g. "stretches.calf-wall.steps.0". */
  const paths = (value: unknown, path = ''): string[] =>
    typeof value === 'string' ? [path] : Object.entries(value as object).flatMap(([key, inner]) => paths(inner, `${path}.${key}`));

  it('is what `npm run i18n:extract` writes from the English data today', () => {
    expect(readFileSync(file, 'utf8'), 'run npm run i18n:extract').toBe(contentSourceText());
  });

  for (const language of translated) {
    it(`has exactly the texts ${language}.json translates`, () => {
      expect(paths(contentTranslations[language]).sort()).toEqual(paths(englishContentSource()).sort());
    });
  }
});
