/**
 * The ceilings on water Limber suggests: the daily goal from the weight guide, the water added for
 * planned exercise, what to drink before and what to carry. Drinking far beyond need, not too
 * little, is what causes exercise-associated hyponatraemia, so no input may push these past a cap.
 */
import { describe, expect, it } from 'vitest';
import { carryAdvice, exerciseWaterMl, prehydrateMl, waterCaps, type Workout, type WorkoutOccurrence } from '../main/core/workouts.js';
import { drinksGuide, waterGuide } from '../renderer/content/waterGuide.ts';
import { fromMl } from '../renderer/format.ts';

const HOUR = 3_600_000;
const workout = (patch: Partial<Workout> = {}): Workout => ({ id: 'w', kind: 'run', minutes: 60, intensity: 'moderate', hot: false, schedule: { type: 'once', at: '2026-03-03T18:00' }, ...patch });
const occurrence = (patch: Partial<Workout> = {}): WorkoutOccurrence => {
  const w = workout(patch);
  return { workout: w, start: 0, end: w.minutes * 60_000 };
};

describe('the daily goal the weight guide suggests', () => {
  it('follows 30–35 ml per kg (four fifths from drinks) for ordinary weights', () => {
    expect(drinksGuide(70, 'ml')).toEqual({ lowMl: 1680, highMl: 1960, capped: false, suggestedMl: 1800 });
  });

  it('never suggests more than 3 litres, however heavy the person, and says it stopped there', () => {
    for (const kg of [120, 150, 200, 300]) {
      const guide = drinksGuide(kg, 'ml');
      expect(guide.suggestedMl, `${kg} kg`).toBeLessThanOrEqual(waterGuide.maxSuggestedMl);
      expect(guide.highMl, `${kg} kg`).toBeLessThanOrEqual(waterGuide.maxSuggestedMl);
      expect(guide.capped, `${kg} kg`).toBe(kg * 35 * 0.8 > waterGuide.maxSuggestedMl);
    }
    // Without the cap, 300 kg would have given almost 8 L.
    expect(drinksGuide(300, 'ml')).toMatchObject({ capped: true, suggestedMl: 3000, lowMl: 3000, highMl: 3000 });
  });

  it('stays under the cap in fluid ounces too (rounded down to a whole ounce)', () => {
    const guide = drinksGuide(300, 'floz');
    expect(guide.suggestedMl).toBeLessThanOrEqual(waterGuide.maxSuggestedMl);
    const ounces = fromMl(guide.suggestedMl, 'floz');
    expect(Math.abs(ounces - Math.round(ounces))).toBeLessThan(0.05);
  });
});

describe('water added for planned exercise', () => {
  it('counts a rough share of the sweat for ordinary sessions', () => {
    expect(exerciseWaterMl([occurrence({ intensity: 'hard' })])).toBe(750);
    expect(exerciseWaterMl([occurrence({ intensity: 'easy', minutes: 30 })])).toBe(150);
  });

  it('counts no more than 0.8 L for an hour, however hard and hot', () => {
    // Before the cap, a hard hot hour added 1.1 L.
    expect(exerciseWaterMl([occurrence({ intensity: 'hard', hot: true })])).toBe(waterCaps.exercisePerHourMl);
  });

  it('adds no more than 1.5 L to a day, however many or long the sessions', () => {
    expect(exerciseWaterMl([occurrence({ intensity: 'hard', hot: true, minutes: 600 })])).toBe(waterCaps.exerciseDayMl);
    const busyDay = Array.from({ length: 5 }, (_, i) => ({ ...occurrence({ intensity: 'moderate', minutes: 90 }), start: i * 2 * HOUR }));
    expect(exerciseWaterMl(busyDay)).toBe(waterCaps.exerciseDayMl);
  });
});

describe('what to drink before and carry', () => {
  it('asks for 3–5 ml per kg two hours before (if urine is dark), never more than 400 ml', () => {
    expect(prehydrateMl(70)).toBe(300);
    expect(prehydrateMl(50)).toBe(200);
    expect(prehydrateMl(140)).toBe(waterCaps.prehydrateMl);
    expect(prehydrateMl(300)).toBe(waterCaps.prehydrateMl);
    expect(prehydrateMl(null)).toBe(250);
  });

  it('carries about 0.4 L an hour (0.6 L in the heat) and never more than a litre, even for ten hours', () => {
    expect(carryAdvice(workout({ minutes: 45 }))).toBeNull();
    expect(carryAdvice(workout({ minutes: 90 }))?.ml).toBe(600);
    expect(carryAdvice(workout({ minutes: 90, hot: true }))?.ml).toBe(900);
    // Before the cap, ten hot hours meant carrying 7.5 L: the classic route to hyponatraemia.
    expect(carryAdvice(workout({ minutes: 600, hot: true }))?.ml).toBe(waterCaps.carryMl);
    expect(carryAdvice(workout({ minutes: 600 }))?.ml).toBe(waterCaps.carryMl);
  });
});
