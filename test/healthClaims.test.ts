/**
 * What people read without opening Learn — notifications, the tray and the window's water text —
 * promises nothing about cramps: the evidence that drinking prevents them is disputed (see
 * docs/content.md), so no reminder may say it does, in any language.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor, languages, type Language } from '../main/i18n/messages.js';
import { en as windowEn } from '../renderer/i18n.ts';
import { localized, de as windowDe, es as windowEs, fr as windowFr } from './support/catalogues.js';

/** Phrasings that turn a reminder into a promise about cramps, per language (matched case-insensitively). */
export const forbiddenPhrasings: Readonly<Record<Language, readonly RegExp[]>> = {
  en: [/cramps? away/i, /prevent\w*\s+(?:\w+\s+)?cramps?/i, /(?:stops?|avoids?|wards? off|fights?|beats?|cures?)\s+(?:\w+\s+)?cramps?/i, /cramp-free/i, /no more cramps/i, /keeps?\b.{0,30}\bcramp/i, /against cramps?/i],
  de: [/krämpf\w*\s+vor/i, /vorbeug\w*\s+.{0,20}krampf/i, /gegen\s+(?:\w+\s+)?krämpfe/i, /verhinder\w*\s+.{0,20}krämpf/i, /krampffrei/i, /keine krämpfe mehr/i],
  es: [/evita\w*\s+.{0,12}calambres?/i, /previen\w*\s+.{0,12}calambres?/i, /prevenir\s+.{0,12}calambres?/i, /contra\s+(?:los\s+)?calambres?/i, /sin calambres/i, /aleja\w*\s+.{0,12}calambres?/i],
  fr: [/évit\w*\s+.{0,12}crampes?/i, /préven\w*\s+.{0,12}crampes?/i, /prévien\w*\s+.{0,12}crampes?/i, /contre\s+les\s+crampes?/i, /éloign\w*\s+.{0,12}crampes?/i, /sans crampes?/i],
};

const windowCatalogues: Readonly<Record<Language, Readonly<Record<string, string>>>> = { en: windowEn, de: windowDe, es: windowEs, fr: windowFr };

/** The window's words about water: Today's water card, the goal guide, first run's water step, the planner's water line. */
const isWaterText = (key: string) => /^(water|guide|setup\.water|planner\.water|today)\./.test(key);

/** Every reminder and notification text (the whole main catalogue: tray and notifications) and the window's water text. */
function remindersAndWaterText(language: Language): [string, string][] {
  const main = Object.entries(catalogueFor(language));
  const window = Object.entries(windowCatalogues[language]).filter(([key]) => isWaterText(key));
  return [...main, ...window];
}

describe('reminder and water texts make no health promise', () => {
  for (const language of languages) {
    it(`in ${language}`, () => {
      const texts = remindersAndWaterText(language);
      expect(texts.length).toBeGreaterThan(50);
      const broken = texts.filter(([, text]) => forbiddenPhrasings[language].some((pattern) => pattern.test(text)));
      expect(broken).toEqual([]);
    });
  }

  it('the lists catch the promises the texts used to make', () => {
    const old: Record<Language, string> = {
      en: 'A glass now keeps cramps away.',
      de: 'Ein Glas jetzt hilft, Krämpfen vorzubeugen.',
      es: 'Un vaso ahora ayuda a prevenir los calambres.',
      fr: 'Un verre maintenant aide à éviter les crampes.',
    };
    for (const language of languages) expect(forbiddenPhrasings[language].some((p) => p.test(old[language])), language).toBe(true);
    expect(forbiddenPhrasings.en.some((p) => p.test('to help prevent cramps'))).toBe(true);
    expect(forbiddenPhrasings.fr.some((p) => p.test('pour aider à éloigner les crampes'))).toBe(true);
  });

  it('the drink reminder says reminders stop at the goal, as the engine does, in every language', () => {
    const stopWords: Record<Language, RegExp> = { en: /stop once you reach your goal/, de: /enden, sobald du dein Ziel erreichst/, es: /se detienen cuando alcanzas tu objetivo/, fr: /s’arrêtent une fois votre objectif atteint/ };
    for (const language of languages) expect(catalogueFor(language)['alert.hydrate.body'], language).toMatch(stopWords[language]);
  });

  it('the carry advice tells runners to drink to thirst and not more than they sweat, in every language', () => {
    const thirst: Record<Language, RegExp> = { en: /to thirst.*not more than you sweat/, de: /nach Durst.*nicht mehr, als du ausschwitzt/, es: /según la sed.*no más de lo que sudas/, fr: /selon votre soif.*pas plus que ce que vous transpirez/ };
    for (const language of languages) expect(catalogueFor(language)['alert.carry'], language).toMatch(thirst[language]);
  });
});

describe('warning signs say how urgent they are, in every language', () => {
  const levelWords: Record<Language, Record<'emergency' | 'urgent', RegExp>> = {
    en: { emergency: /^Emergency:/, urgent: /^Urgent:/ },
    de: { emergency: /^Notfall:/, urgent: /^Dringend:/ },
    es: { emergency: /^Emergencia:/, urgent: /^Urgente:/ },
    fr: { emergency: /^Urgence vitale\u00a0:/, urgent: /^En urgence\u00a0:/ },
  };
  for (const language of languages) {
    it(`in ${language}`, () => {
      const warnings = localized(language).advice.filter((item) => item.urgency !== undefined);
      expect(warnings.length).toBeGreaterThanOrEqual(6);
      for (const item of warnings) expect(item.summary, `${language} ${item.id}`).toMatch(levelWords[language][item.urgency!]);
    });
  }
});
