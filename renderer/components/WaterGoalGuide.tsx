import type { Source } from '../content/types.ts';
import { useKeepFocus } from '../hooks/useKeepFocus.ts';
import { formatNumber, formatVolume, fromMl, toMl, type VolumeUnit } from '../format.ts';
import { t } from '../i18n.ts';
import type { Settings } from '../../main/core/settings.ts';
import type { SettingsSave } from '../hooks/useSettingsSave.ts';
import { Button } from './Button.tsx';
import { NumberField } from './NumberField.tsx';

/**
 * The numbers behind the guide. 30–35 ml per kg a day is a common rule of thumb for an adult's
 * total water; EFSA's adequate intakes (2.0 L women, 2.5 L men, all sources) are the cross-check,
 * and EFSA assumes about a fifth of total water comes from food, so drinks make up the rest.
 */
export const waterGuide = {
  mlPerKg: { low: 30, high: 35 },
  fromDrinks: 0.8,
  source: {
    publisher: 'EFSA Panel on Dietetic Products, Nutrition, and Allergies',
    title: 'Scientific Opinion on Dietary reference values for water',
    url: 'https://doi.org/10.2903/j.efsa.2010.1459',
  } satisfies Source,
  citation: 'EFSA Journal 8(3):1459',
} as const;

const KG_PER_LB = 0.45359237;

export interface DrinksGuide {
  lowMl: number;
  highMl: number;
  /** The middle of the range, rounded to something a person would choose as a goal. */
  suggestedMl: number;
}

/** From drinks, per day, for a body weight: the guide's range and a rounded goal in the middle. */
export function drinksGuide(weightKg: number, unit: VolumeUnit): DrinksGuide {
  const lowMl = weightKg * waterGuide.mlPerKg.low * waterGuide.fromDrinks;
  const highMl = weightKg * waterGuide.mlPerKg.high * waterGuide.fromDrinks;
  const middle = (lowMl + highMl) / 2;
  // Round to 50 ml, or to a whole fluid ounce, so the goal reads as a plain number in either unit.
  const suggestedMl = unit === 'ml' ? Math.round(middle / 50) * 50 : toMl(Math.round(fromMl(middle, 'floz')), 'floz');
  return { lowMl, highMl, suggestedMl };
}

/** Body weight as the person reads it: kilograms alongside millilitres, pounds alongside fluid ounces. */
function weightIn(unit: VolumeUnit) {
  return unit === 'ml'
    ? { label: t('guide.weight'), unit: t('guide.unit.kg'), hint: t('guide.weight.hint.kg'), show: (kg: number) => String(Math.round(kg * 10) / 10), toKg: (v: number) => v, min: 25, max: 300, step: 0.1 }
    : { label: t('guide.weight'), unit: t('guide.unit.lb'), hint: t('guide.weight.hint.lb'), show: (kg: number) => String(Math.round(kg / KG_PER_LB)), toKg: (v: number) => Math.round(v * KG_PER_LB * 10) / 10, min: 55, max: 661, step: 1 };
}

function range(guide: DrinksGuide, unit: VolumeUnit): string {
  if (unit === 'ml') {
    const litres = (ml: number) => formatNumber(ml / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return t('guide.range.litres', { low: litres(guide.lowMl), high: litres(guide.highMl) });
  }
  const ounces = (ml: number) => formatNumber(fromMl(ml, 'floz'), { maximumFractionDigits: 0 });
  return t('guide.range.floz', { low: ounces(guide.lowMl), high: ounces(guide.highMl) });
}

interface WaterGoalGuideProps {
  weightKg: number | null;
  unit: VolumeUnit;
  goalMl: number;
  weightError: string | null;
  onWeight: (weightKg: number | null) => void;
  onUseGoal: (ml: number) => void;
}

/** A daily goal worked out from body weight, plainly labelled as a guide, with its source. */
export function WaterGoalGuide({ weightKg, unit, goalMl, weightError, onWeight, onUseGoal }: WaterGoalGuideProps) {
  const weight = weightIn(unit);
  const guide = weightKg === null ? null : drinksGuide(weightKg, unit);
  // "Use this goal" gives way to "this is your goal": keep keyboard focus here, not on the page body.
  const resultRef = useKeepFocus<HTMLDivElement>(guide?.suggestedMl === goalMl);
  return (
    <div class="guide">
      <p class="guide-title">
        <span class="badge">{t('guide.badge')}</span> {t('guide.title')}
      </p>
      <NumberField
        label={weight.label}
        value={weightKg}
        display={weight.show}
        unit={weight.unit}
        hint={weight.hint}
        min={weight.min}
        max={weight.max}
        step={weight.step}
        error={weightError}
        onCommit={(value) => onWeight(weight.toKg(value))}
        onClear={() => onWeight(null)}
      />
      <div class="guide-result" aria-live="polite" ref={resultRef}>
        {guide && (
          <>
            <p>{t('guide.result', { range: range(guide, unit) })}</p>
            {guide.suggestedMl === goalMl ? (
              <p class="guide-in-use" tabIndex={-1} data-focus-fallback>{t('guide.inUse', { amount: formatVolume(goalMl, unit) })}</p>
            ) : (
              <Button onClick={() => onUseGoal(guide.suggestedMl)}>{t('guide.use', { amount: formatVolume(guide.suggestedMl, unit) })}</Button>
            )}
          </>
        )}
      </div>
      <p class="hint">{t('guide.explain')}</p>
      <p class="hint source">{t('guide.source', { title: waterGuide.source.title, citation: waterGuide.citation })}</p>
    </div>
  );
}

/** The guide wired to the settings: the weight and a chosen goal are saved through `save`. */
export function SettingsWaterGoalGuide({ settings, save }: { settings: Settings; save: SettingsSave }) {
  return (
    <WaterGoalGuide
      weightKg={settings.profile.bodyWeightKg}
      unit={settings.profile.units}
      goalMl={settings.hydrate.dailyGoalMl}
      weightError={save.errorFor('profile.bodyWeightKg')}
      onWeight={(bodyWeightKg) => void save.save({ profile: { bodyWeightKg } }, 'profile.bodyWeightKg')}
      onUseGoal={(dailyGoalMl) => void save.save({ hydrate: { dailyGoalMl } }, 'hydrate.dailyGoalMl')}
    />
  );
}
