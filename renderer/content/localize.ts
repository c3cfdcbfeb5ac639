/**
 * The health content in one language: the English data (stretches.ts, routines.ts, advice.ts,
 * relief.ts) with each person-facing text replaced by its translation from translations/. Ids,
 * numbers, illustrations, sources and evidence levels always come from the English data, and the
 * references are returned unchanged (titles, authors and journals are cited as published).
 *
 * Returns the same shapes index.ts exports, plus the break window's step lines (breakRoutines.ts),
 * so a view can swap `import … from '../content/index.ts'` for `localizeContent(language)`.
 *
 * Value imports use `.js` paths (which Vite and the renderer's Bundler resolution map to the `.ts`
 * files) so tests can import this module under the Node tsconfig too; see test/content.test.ts.
 */
import type { MovementKind } from '../../main/core/types.ts';
import type { ReliefMuscle } from '../../main/ipc/contract.ts';
import { advice as englishAdvice, adviceGroups as englishAdviceGroups } from './advice.js';
import { references } from './references.js';
import { reliefGuides as englishReliefGuides } from './relief.js';
import { routines as englishRoutines } from './routines.js';
import { stretches as englishStretches } from './stretches.js';
import { stepSeconds } from './timing.js';
import type { BreakStepWords, ContentTranslation } from './translations/types.ts';
import type {
  AdviceGroup,
  AdviceItem,
  Reference,
  ReliefGuide,
  Routine,
  RoutineKind,
  Source,
  Stretch,
} from './types.ts';

/** The languages the health content ships in, complete. */
export const contentLanguages = ['en', 'de', 'es', 'fr'] as const;
export type ContentLanguage = (typeof contentLanguages)[number];


/** The English words for the break window's step lines, exactly as breakRoutines.ts writes them. */
export const englishBreakSteps: BreakStepWords = {
  line: '{name}: {time}.',
  seconds: '{n} seconds',
  oneMinute: '1 minute',
  minutes: '{n} minutes',
  eachSide: '{time} each side',
};

/** What to do during a break, as breakRoutines.ts builds it, in one language. */
export interface LocalizedBreakRoutine {
  reminder: MovementKind;
  routine: string;
  steps: readonly string[];
  source: Source;
  evidence: string;
}

export interface LocalizedContent {
  language: ContentLanguage;
  stretches: Stretch[];
  routines: Routine[];
  advice: AdviceItem[];
  adviceGroups: readonly { group: AdviceGroup; title: string }[];
  reliefGuides: ReliefGuide[];
  references: Reference[];
  /** The short "Limber is not medical advice" note. */
  notMedicalAdvice: AdviceItem;
  breakRoutines: Readonly<Record<MovementKind, LocalizedBreakRoutine>>;
  stretchById: (id: string) => Stretch | undefined;
  routineById: (id: string) => Routine | undefined;
  referenceById: (id: string) => Reference | undefined;
  adviceById: (id: string) => AdviceItem | undefined;
  reliefGuideFor: (muscle: ReliefMuscle) => ReliefGuide | undefined;
  reliefRoutineFor: (muscle: ReliefMuscle) => Routine | undefined;
  routinesOfKind: (kind: RoutineKind) => Routine[];
  adviceIn: (group: AdviceGroup) => AdviceItem[];
}

/** The translation for an English item's id, if there is one. */
function entry<V>(record: Readonly<Record<string, V>>, id: string): V | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/** True when each translated list has one line per English line, so steps never fall out of step. */
function sameLengths(pairs: readonly (readonly [readonly string[], readonly string[]])[]): boolean {
  return pairs.every(([english, translated]) => english.length === translated.length);
}

// An item whose translation is missing or out of date (a different number of steps) stays whole
// in English rather than mixing languages or misnumbering steps; test/i18n.test.ts catches both.

function localizeStretch(stretch: Stretch, translation: ContentTranslation): Stretch {
  const t = entry(translation.stretches, stretch.id);
  if (!t || !sameLengths([[stretch.steps, t.steps], [stretch.cautions, t.cautions]])) return stretch;
  return {
    ...stretch,
    name: t.name,
    target: t.target,
    illustrationAlt: t.illustrationAlt,
    steps: [...t.steps],
    cautions: [...t.cautions],
    evidenceNote: t.evidenceNote,
  };
}

function localizeRoutine(routine: Routine, translation: ContentTranslation): Routine {
  const t = entry(translation.routines, routine.id);
  return t ? { ...routine, name: t.name, purpose: t.purpose, evidenceNote: t.evidenceNote } : routine;
}

function localizeAdvice(item: AdviceItem, translation: ContentTranslation): AdviceItem {
  const t = entry(translation.advice, item.id);
  return t ? { ...item, title: t.title, summary: t.summary, text: t.text, evidenceNote: t.evidenceNote } : item;
}

function localizeRelief(guide: ReliefGuide, translation: ContentTranslation): ReliefGuide {
  const t = entry(translation.relief, guide.muscle);
  const holdTexts = guide.holds.map((hold) => hold.text);
  if (!t || !sameLengths([[guide.immediate, t.immediate], [holdTexts, t.holds], [guide.easing, t.easing], [guide.afterwards, t.afterwards]])) return guide;
  return {
    ...guide,
    name: t.name,
    immediate: [...t.immediate],
    holds: guide.holds.map((hold, i) => ({ ...hold, text: t.holds[i] ?? hold.text })),
    easing: [...t.easing],
    afterwards: [...t.afterwards],
    evidenceNote: t.evidenceNote,
  };
}

/** `{name}` placeholders filled in. */
function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "30 seconds", "2 minutes", "30 seconds each side", in the given words. */
function duration(total: number, each: boolean, words: BreakStepWords): string {
  const time =
    total >= 60 && total % 60 === 0
      ? total === 60
        ? words.oneMinute
        : fill(words.minutes, { n: total / 60 })
      : fill(words.seconds, { n: total });
  return each ? fill(words.eachSide, { time }) : time;
}

/** The library routine each break window shows (as in breakRoutines.ts). */
const breakRoutineFor: Readonly<Record<MovementKind, string>> = { move: 'desk-move', stretch: 'desk-stretch' };

function breakRoutine(
  reminder: MovementKind,
  routines: readonly Routine[],
  stretchById: (id: string) => Stretch | undefined,
  words: BreakStepWords,
): LocalizedBreakRoutine {
  const routine = routines.find((r) => r.id === breakRoutineFor[reminder]);
  const source = references.find((r) => r.id === routine?.source);
  if (!routine || !source) throw new Error(`Missing break routine or source for "${reminder}"`);
  const steps = routine.steps.map((step) => {
    const stretch = stretchById(step.stretch);
    if (!stretch) throw new Error(`Routine "${routine.id}" names a missing stretch "${step.stretch}"`);
    const each = stretch.sides === 'each';
    const seconds = each ? stepSeconds(step, stretch) / 2 : stepSeconds(step, stretch);
    return fill(words.line, { name: stretch.name, time: duration(seconds, each, words) });
  });
  return { reminder, routine: routine.id, steps, source, evidence: routine.evidenceNote };
}

function build(language: ContentLanguage, translation: ContentTranslation | undefined): LocalizedContent {
  const stretches = translation ? englishStretches.map((s) => localizeStretch(s, translation)) : englishStretches;
  const routines = translation ? englishRoutines.map((r) => localizeRoutine(r, translation)) : englishRoutines;
  const advice = translation ? englishAdvice.map((a) => localizeAdvice(a, translation)) : englishAdvice;
  const reliefGuides = translation ? englishReliefGuides.map((g) => localizeRelief(g, translation)) : englishReliefGuides;
  const adviceGroups = translation
    ? englishAdviceGroups.map(({ group, title }) => ({ group, title: entry(translation.adviceGroups, group) ?? title }))
    : englishAdviceGroups;
  const words = translation?.breakSteps ?? englishBreakSteps;

  const byId = <T extends { id: string }>(items: readonly T[]) => {
    const index = new Map(items.map((item) => [item.id, item]));
    return (id: string): T | undefined => index.get(id);
  };
  const stretchById = byId(stretches);
  const adviceById = byId(advice);
  const notMedicalAdvice = adviceById('not-medical-advice');
  if (!notMedicalAdvice) throw new Error('Missing the "not-medical-advice" item');

  return {
    language,
    stretches,
    routines,
    advice,
    adviceGroups,
    reliefGuides,
    references,
    notMedicalAdvice,
    breakRoutines: {
      move: breakRoutine('move', routines, stretchById, words),
      stretch: breakRoutine('stretch', routines, stretchById, words),
    },
    stretchById,
    routineById: byId(routines),
    referenceById: byId(references),
    adviceById,
    reliefGuideFor: (muscle) => reliefGuides.find((guide) => guide.muscle === muscle),
    reliefRoutineFor: (muscle) => routines.find((routine) => routine.kind === 'relief' && routine.muscle === muscle),
    routinesOfKind: (kind) => routines.filter((routine) => routine.kind === kind),
    adviceIn: (group) => advice.filter((item) => item.group === group),
  };
}

const cache = new Map<ContentLanguage, LocalizedContent>();

/**
 * The health content in `language` (English for 'en'). Built once per language and then shared,
 * so the returned arrays keep their identity between calls; treat them as read-only.
 */
export function localizeContent(language: ContentLanguage, translation?: ContentTranslation): LocalizedContent {
  let content = cache.get(language);
  if (!content) {
    if (language !== 'en' && !translation) throw new Error(`No content translation given for "${language}"`);
    content = build(language, translation);
    cache.set(language, content);
  }
  return content;
}
