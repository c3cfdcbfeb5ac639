/**
 * The English health content in the shape of a translation (translations/types.ts), written to
 * translations/en.json by `npm run i18n:extract`: the source file translators and Weblate/Crowdin
 * work from. test/i18n.test.ts fails when en.json no longer matches the English data.
 *
 * Value imports use `.js` paths so the script and tests can load it under Node, as localize.ts does.
 */
import { advice, adviceGroups } from './advice.js';
import { englishBreakSteps } from './localize.js';
import { reliefGuides } from './relief.js';
import { routines } from './routines.js';
import { stretches } from './stretches.js';
import type { ContentTranslation } from './translations/types.ts';

const byKey = <T, V>(items: readonly T[], key: (item: T) => string, value: (item: T) => V): Record<string, V> =>
  Object.fromEntries(items.map((item) => [key(item), value(item)]));

export function englishContentSource(): ContentTranslation {
  return {
    stretches: byKey(stretches, (s) => s.id, (s) => ({
      name: s.name,
      target: s.target,
      illustrationAlt: s.illustrationAlt,
      steps: [...s.steps],
      cautions: [...s.cautions],
      evidenceNote: s.evidenceNote,
    })),
    routines: byKey(routines, (r) => r.id, (r) => ({ name: r.name, purpose: r.purpose, evidenceNote: r.evidenceNote })),
    advice: byKey(advice, (a) => a.id, (a) => ({ title: a.title, summary: a.summary, text: a.text, evidenceNote: a.evidenceNote })),
    relief: byKey(reliefGuides, (g) => g.muscle, (g) => ({
      name: g.name,
      immediate: [...g.immediate],
      holds: g.holds.map((hold) => hold.text),
      easing: [...g.easing],
      afterwards: [...g.afterwards],
      evidenceNote: g.evidenceNote,
    })),
    adviceGroups: byKey(adviceGroups, (g) => g.group, (g) => g.title),
    breakSteps: { ...englishBreakSteps },
  } as ContentTranslation;
}

/** The file as `npm run i18n:extract` writes it. */
export const contentSourceText = (): string => `${JSON.stringify(englishContentSource(), null, 2)}\n`;
