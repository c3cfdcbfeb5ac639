/**
 * The health content: every stretch has a drawing, every routine and guide points at things that
 * exist, every claim cites a real reference and says how firm the evidence is.
 *
 * Imports the data modules directly: renderer/content/index.ts needs Vite's import.meta.glob for
 * illustration URLs, and modules with value imports use the renderer's `.ts` import paths, which the
 * Node tsconfig does not allow.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reliefMuscles } from '../main/ipc/contract.js';
import { advice, adviceGroups } from '../renderer/content/advice.js';
import { references } from '../renderer/content/references.js';
import { reliefGuides } from '../renderer/content/relief.js';
import { routines } from '../renderer/content/routines.js';
import { stretches } from '../renderer/content/stretches.js';
import { routineSeconds } from '../renderer/content/timing.js';
import type { AdviceGroup, BodyArea, Evidence, RoutineKind, Stretch } from '../renderer/content/types.js';

const illustrations = fileURLToPath(new URL('../resources/illustrations/', import.meta.url));
const evidenceLevels: readonly Evidence[] = ['strong', 'mixed', 'weak', 'expert opinion'];
const stretchById = (id: string): Stretch | undefined => stretches.find((s) => s.id === id);
const referenceIds = new Set(references.map((r) => r.id));

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('stretches', () => {
  it('has at least 14, with unique ids', () => {
    expect(stretches.length).toBeGreaterThanOrEqual(14);
    expect(duplicates(stretches.map((s) => s.id))).toEqual([]);
  });

  it.each(stretches.map((s) => [s.id, s] as const))('%s is complete', (_id, stretch) => {
    expect(stretch.name.trim()).not.toBe('');
    expect(stretch.target.trim()).not.toBe('');
    expect(stretch.areas.length).toBeGreaterThan(0);
    expect(stretch.steps.length).toBeGreaterThan(0);
    for (const step of stretch.steps) expect(step.trim()).not.toBe('');
    expect(stretch.holdSeconds).toBeGreaterThan(0);
    expect(['each', 'none']).toContain(stretch.sides);
    expect(['static', 'dynamic']).toContain(stretch.kind);
    expect(Array.isArray(stretch.cautions)).toBe(true);
    expect(stretch.cautions.length).toBeGreaterThan(0);
    expect(stretch.illustrationAlt.trim()).not.toBe('');
    expect(referenceIds.has(stretch.source), `source ${stretch.source}`).toBe(true);
    expect(evidenceLevels).toContain(stretch.evidence);
    expect(stretch.evidenceNote.trim()).not.toBe('');
  });

  it.each(stretches.map((s) => [s.id, s.illustration] as const))('%s has an illustration (%s)', (_id, file) => {
    // How the drawings look is test/illustrations.test.ts's business.
    expect(existsSync(illustrations + file), illustrations + file).toBe(true);
  });

  it('covers every area the app promises', () => {
    const areas = new Set<BodyArea>(stretches.flatMap((s) => s.areas));
    const required: BodyArea[] = [
      'calf',
      'soleus',
      'foot',
      'hamstring',
      'quadriceps',
      'hipFlexor',
      'glutes',
      'lowerBack',
      'wristFlexors',
      'wristExtensors',
      'neck',
      'shoulders',
      'ankle',
    ];
    for (const area of required) expect(areas.has(area), area).toBe(true);
    // Standing desk moves and warm-up moves.
    for (const id of ['heel-raises', 'ankle-circles', 'marching', 'leg-swings', 'walking-lunges']) {
      expect(stretchById(id)?.kind, id).toBe('dynamic');
    }
  });
});

describe('routines', () => {
  it('have unique ids and refer only to existing stretches and references', () => {
    expect(duplicates(routines.map((r) => r.id))).toEqual([]);
    for (const routine of routines) {
      expect(routine.steps.length, routine.id).toBeGreaterThan(0);
      for (const step of routine.steps) expect(stretchById(step.stretch), `${routine.id} → ${step.stretch}`).toBeDefined();
      expect(referenceIds.has(routine.source), `${routine.id} source`).toBe(true);
      expect(evidenceLevels).toContain(routine.evidence);
      expect(routine.evidenceNote.trim()).not.toBe('');
    }
  });

  it('include each kind the app needs', () => {
    const kinds: RoutineKind[] = ['move', 'stretch', 'warmup', 'cooldown', 'bedtime', 'relief'];
    for (const kind of kinds) expect(routines.some((r) => r.kind === kind), kind).toBe(true);
  });

  it('fit their breaks: a 1–2 minute move break and a 5 minute stretch break', () => {
    const move = routines.find((r) => r.kind === 'move')!;
    const stretch = routines.find((r) => r.kind === 'stretch')!;
    expect(routineSeconds(move, stretchById)).toBeGreaterThanOrEqual(60);
    expect(routineSeconds(move, stretchById)).toBeLessThanOrEqual(120);
    expect(routineSeconds(stretch, stretchById)).toBeGreaterThanOrEqual(4 * 60);
    expect(routineSeconds(stretch, stretchById)).toBeLessThanOrEqual(6 * 60);
  });

  it('warm up with moving stretches', () => {
    for (const routine of routines.filter((r) => r.kind === 'warmup')) {
      expect(routine.steps.every((step) => stretchById(step.stretch)?.kind === 'dynamic'), routine.id).toBe(true);
    }
  });

  it('have one relief routine for each muscle in the Cramp relief menu', () => {
    for (const muscle of reliefMuscles) {
      expect(routines.filter((r) => r.kind === 'relief' && r.muscle === muscle), muscle).toHaveLength(1);
    }
    for (const routine of routines) {
      if (routine.kind !== 'relief') expect(routine.muscle, routine.id).toBeUndefined();
    }
  });

  it('include the routines the break windows show', () => {
    // renderer/content/breakRoutines.ts builds the break window steps from these two.
    expect(routines.find((r) => r.id === 'desk-move')?.kind).toBe('move');
    expect(routines.find((r) => r.id === 'desk-stretch')?.kind).toBe('stretch');
  });
});

describe('relief guides', () => {
  it('exist for each muscle in the Cramp relief menu, with its practice routine and holds that exist', () => {
    expect(reliefGuides.map((g) => g.muscle).sort()).toEqual([...reliefMuscles].sort());
    for (const guide of reliefGuides) {
      const routine = routines.find((r) => r.id === guide.routine);
      expect(routine?.kind, guide.muscle).toBe('relief');
      expect(routine?.muscle, guide.muscle).toBe(guide.muscle);
      expect(guide.immediate.length).toBeGreaterThanOrEqual(2);
      expect(guide.holds.length, guide.muscle).toBeGreaterThan(0);
      for (const hold of guide.holds) {
        if (hold.stretch !== undefined) expect(stretchById(hold.stretch), `${guide.muscle} → ${hold.stretch}`).toBeDefined();
        expect(hold.text.trim()).not.toBe('');
      }
      expect(guide.easing.length).toBeGreaterThan(0);
      expect(guide.afterwards.length).toBeGreaterThan(0);
      expect(referenceIds.has(guide.source), guide.source).toBe(true);
      expect(evidenceLevels).toContain(guide.evidence);
    }
  });

  it('tell people to stop, stretch only the cramped side and hold until it lets go, breathe, then rub, then warm or cool', () => {
    for (const guide of reliefGuides) {
      const first = guide.immediate.join(' ').toLowerCase();
      expect(first, guide.muscle).toMatch(/stop/);
      expect(first, guide.muscle).toMatch(/only the cramped side/);
      expect(first, guide.muscle).toMatch(/hold it until the cramp lets go/);
      expect(first, guide.muscle).toMatch(/breathe slowly/);
      // Massage comes after the warning signs, never among the first steps.
      expect(first, guide.muscle).not.toMatch(/rub/);
      expect(guide.easing.join(' ').toLowerCase(), guide.muscle).toMatch(/rub/);
      const after = guide.afterwards.join(' ').toLowerCase();
      expect(after, guide.muscle).toMatch(/warm/);
      expect(after, guide.muscle).toMatch(/cold/);
      expect(after, guide.muscle).toMatch(/do not use heat where your skin has less feeling/);
    }
  });

  it('hold the cramped side only: no hold says to switch or do the other side', () => {
    for (const guide of reliefGuides) {
      for (const hold of guide.holds) expect(hold.text, guide.muscle).not.toMatch(/other (side|leg|foot)|switch|each side|both sides/i);
    }
  });

  it('show the warning signs, each with how urgent it is, for every guide', () => {
    const urgentIds = advice.filter((a) => a.urgency !== undefined).map((a) => a.id);
    expect(urgentIds).toEqual(expect.arrayContaining(['urgent-clot', 'urgent-rhabdo', 'urgent-heat', 'urgent-hyponatraemia', 'urgent-tetanus', 'doctor-not-easing']));
    for (const guide of reliefGuides) {
      expect(guide.warnings.length, guide.muscle).toBeGreaterThan(0);
      for (const id of guide.warnings) expect(urgentIds, `${guide.muscle} → ${id}`).toContain(id);
    }
    for (const muscle of ['calf', 'foot', 'hamstring', 'quadriceps'] as const) {
      expect(reliefGuides.find((g) => g.muscle === muscle)?.warnings, muscle).toEqual(expect.arrayContaining(['urgent-clot', 'urgent-hyponatraemia']));
    }
    const clot = advice.find((a) => a.id === 'urgent-clot')!;
    expect(clot.urgency).toBe('urgent');
    expect(clot.text).toMatch(/breathless or have chest pain, it is an emergency/);
    expect(advice.find((a) => a.id === 'urgent-heat')?.urgency).toBe('emergency');
  });

  it('do not start the thigh with a one-leg standing stretch, and leave the finger fan out of hand relief', () => {
    const thigh = reliefGuides.find((g) => g.muscle === 'quadriceps')!;
    expect(thigh.holds[0]?.stretch).not.toBe('quad-standing');
    expect(thigh.holds[0]?.text).toMatch(/lying on your side|sitting/i);
    const hand = reliefGuides.find((g) => g.muscle === 'hand')!;
    expect(hand.holds.map((h) => h.stretch)).not.toContain('finger-fan');
    expect(routines.find((r) => r.id === 'relief-hand')?.steps.map((s) => s.stretch)).not.toContain('finger-fan');
  });
});

describe('advice', () => {
  it('has unique ids, an evidence level and at least one existing source per item', () => {
    expect(duplicates(advice.map((a) => a.id))).toEqual([]);
    for (const item of advice) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const source of item.sources) expect(referenceIds.has(source), `${item.id} → ${source}`).toBe(true);
      expect(evidenceLevels).toContain(item.evidence);
      expect(item.evidenceNote.trim(), item.id).not.toBe('');
      expect(item.text.trim(), item.id).not.toBe('');
    }
  });

  it('sums up each item in one short sentence of its own, not a copy of the text', () => {
    const words = (text: string) => text.trim().split(/\s+/).length;
    const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? text;
    for (const item of advice) {
      expect(item.summary.trim(), item.id).not.toBe('');
      expect(words(item.summary), `${item.id}: "${item.summary}"`).toBeLessThanOrEqual(12);
      expect(item.summary, item.id).toMatch(/^\p{Lu}.*[.]$/u);
      expect(item.summary.slice(0, -1), `${item.id}: one sentence`).not.toMatch(/[.!?]\s/);
      expect(item.summary, item.id).not.toBe(firstSentence(item.text));
      expect(item.summary, item.id).not.toBe(item.title);
    }
  });

  it('fills all four groups, in the order the Learn view shows them', () => {
    const groups: AdviceGroup[] = ['why', 'now', 'prevent', 'doctor'];
    expect(adviceGroups.map((g) => g.group)).toEqual(groups);
    for (const group of groups) expect(advice.some((a) => a.group === group), group).toBe(true);
  });

  it('covers each topic the app promises', () => {
    const inGroup = (group: AdviceGroup) =>
      advice
        .filter((a) => a.group === group)
        .map((a) => `${a.title} ${a.text}`)
        .join(' ')
        .toLowerCase();
    const topics: Record<AdviceGroup, RegExp[]> = {
      why: [/sudden, involuntary and painful tightening/, /benefits of regular exercise far outweigh/, /dehydrat|fluid/, /sodium/, /potassium/, /magnesium/, /tired|overworked/, /nerve/, /glycogen|carbohydrate/, /blood/, /one position/, /night/, /sweat/],
      now: [/stop/, /stretch/, /hold/, /breathe slowly/, /warmth|heat/, /cold|ice/, /rub|massage/, /less feeling/],
      prevent: [/drink/, /hyponatraemia/, /headache/, /confusion/, /swelling of the hands and feet/, /drink to thirst/, /four hours/, /sports drink/, /coconut water/, /an hour/, /warm up/, /before, during and after/, /massage/, /foam rolling/, /cool-water|cold-water/, /magnesium/, /doctor/],
      doctor: [/blood clot/, /breathless/, /rhabdomyolysis/, /heatstroke/, /hyponatraemia/, /tetanus/, /same day/, /frequent|often/, /severe|painful/, /swelling|swollen/, /redness|\bred\b/, /weakness/, /numbness/, /does not ease|10 minutes/, /statins/, /diuretics/, /pregnan/, /quinine/, /not medical advice/],
    };
    for (const [group, patterns] of Object.entries(topics) as [AdviceGroup, RegExp[]][]) {
      const text = inGroup(group);
      for (const pattern of patterns) expect(text, `${group}: ${pattern}`).toMatch(pattern);
    }
  });

  it('is honest about contested and weak evidence', () => {
    const item = (id: string) => advice.find((a) => a.id === id)!;
    expect(item('why-sweat-salts').evidence).toBe('mixed');
    expect(item('why-sweat-salts').evidenceNote).toMatch(/debated/);
    expect(item('prevent-magnesium').sources).toContain('garrison-2020');
    expect(item('prevent-magnesium').text).toMatch(/unlikely to help older adults/);
    expect(item('prevent-break-sitting').evidence).toBe('expert opinion');
    expect(item('prevent-electrolytes').text).toMatch(/coconut water is low in sodium/i);
    expect(item('doctor-quinine').text).toMatch(/only if a doctor prescribes it, and do not stop a prescription without advice/);
    expect(item('doctor-medicines').sources).not.toContain('allen-kirby-2012');
    expect(item('now-breathe').sources).not.toContain('hallegraeff-2012');
    expect(item('doctor-quinine').sources).toContain('fda-quinine-2010');
    expect(item('prevent-stretch').evidence).toBe('mixed');
  });
});

describe('references', () => {
  it('have unique ids, https URLs, and the details to find them', () => {
    expect(duplicates(references.map((r) => r.id))).toEqual([]);
    for (const reference of references) {
      expect(reference.url, reference.id).toMatch(/^https:\/\/[^\s]+$/);
      expect(reference.title.trim(), reference.id).not.toBe('');
      expect(reference.publisher.trim(), reference.id).not.toBe('');
      if (reference.authors !== undefined) expect(reference.year, `${reference.id} year`).toBeGreaterThan(1900);
    }
  });

  it('are each cited at least once', () => {
    const cited = new Set([
      ...stretches.map((s) => s.source),
      ...routines.map((r) => r.source),
      ...reliefGuides.map((g) => g.source),
      ...advice.flatMap((a) => a.sources),
    ]);
    for (const reference of references) expect(cited.has(reference.id), reference.id).toBe(true);
  });
});
