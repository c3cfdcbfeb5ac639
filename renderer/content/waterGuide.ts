/**
 * The water-goal guide's arithmetic, kept apart from its view so the caps can be tested directly.
 */
import { fromMl, toMl, type VolumeUnit } from '../format.ts';
import type { Source } from './types.ts';

/**
 * The numbers behind the guide. 30–35 ml per kg a day is a rule of thumb used in clinical nutrition,
 * not an official reference value (it is not EFSA's); EFSA's adequate intakes (2.0 L women, 2.5 L
 * men, all sources) are the cross-check, and EFSA assumes about a fifth of total water comes from
 * food, so drinks make up the rest. The suggested goal never exceeds `maxSuggestedMl`: at 300 kg
 * the rule would say almost 8 L, and drinking far beyond need risks hyponatraemia.
 */
export const waterGuide = {
  mlPerKg: { low: 30, high: 35 },
  fromDrinks: 0.8,
  /** No weight makes the guide suggest more than this from drinks (docs/content.md, "caps"). */
  maxSuggestedMl: 3000,
  source: {
    publisher: 'EFSA Panel on Dietetic Products, Nutrition, and Allergies',
    title: 'Scientific Opinion on Dietary reference values for water',
    url: 'https://doi.org/10.2903/j.efsa.2010.1459',
  } satisfies Source,
  citation: 'EFSA Journal 8(3):1459',
} as const;

export interface DrinksGuide {
  lowMl: number;
  highMl: number;
  /** The rule of thumb went past `waterGuide.maxSuggestedMl`, and the range and goal stop there. */
  capped: boolean;
  /** The middle of the range, rounded to something a person would choose as a goal. */
  suggestedMl: number;
}

/** From drinks, per day, for a body weight: the guide's range and a rounded goal in the middle. */
export function drinksGuide(weightKg: number, unit: VolumeUnit): DrinksGuide {
  const cap = waterGuide.maxSuggestedMl;
  const rawHigh = weightKg * waterGuide.mlPerKg.high * waterGuide.fromDrinks;
  const lowMl = Math.min(cap, weightKg * waterGuide.mlPerKg.low * waterGuide.fromDrinks);
  const highMl = Math.min(cap, rawHigh);
  const middle = (lowMl + highMl) / 2;
  // Round to 50 ml, or down to a whole fluid ounce under the cap, so the goal reads as a plain number in either unit.
  const suggestedMl = unit === 'ml' ? Math.min(cap, Math.round(middle / 50) * 50) : toMl(Math.min(Math.floor(fromMl(cap, 'floz')), Math.round(fromMl(middle, 'floz'))), 'floz');
  return { lowMl, highMl, capped: rawHigh > cap, suggestedMl };
}

