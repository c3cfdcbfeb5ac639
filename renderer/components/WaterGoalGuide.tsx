import { drinksGuide, waterGuide, type DrinksGuide } from '../content/waterGuide.ts';
import { useKeepFocus } from '../hooks/useKeepFocus.ts';
import { formatNumber, formatVolume, fromMl, type VolumeUnit } from '../format.ts';
import { t } from '../i18n.ts';
import type { Settings } from '../../main/core/settings.ts';
import type { NumberRange, SettingsSave } from '../hooks/useSettingsSave.ts';
import { Button } from './Button.tsx';
import { NumberField } from './NumberField.tsx';

const KG_PER_LB = 0.45359237;

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
  /** Main's refusal of the weight, worded with the bounds of the unit shown. */
  weightError: (range: NumberRange) => string | null;
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
        error={weightError(weight)}
        onCommit={(value) => onWeight(weight.toKg(value))}
        onClear={() => onWeight(null)}
      />
      <div class="guide-result" aria-live="polite" ref={resultRef}>
        {guide && (
          <>
            <p>{t('guide.result', { range: range(guide, unit) })}</p>
            {guide.capped && <p class="hint">{t('guide.capped', { amount: formatVolume(waterGuide.maxSuggestedMl, unit) })}</p>}
            {guide.suggestedMl === goalMl ? (
              <p class="guide-in-use" tabIndex={-1} data-focus-fallback>{t('guide.inUse', { amount: formatVolume(goalMl, unit) })}</p>
            ) : (
              <Button onClick={() => onUseGoal(guide.suggestedMl)}>{t('guide.use', { amount: formatVolume(guide.suggestedMl, unit) })}</Button>
            )}
          </>
        )}
      </div>
      <p class="hint">{t('guide.explain')}</p>
      <p class="hint">{t('guide.tooMuch', { amount: formatVolume(waterGuide.maxSuggestedMl, unit) })}</p>
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
      weightError={(range) => save.errorFor('profile.bodyWeightKg', { range })}
      onWeight={(bodyWeightKg) => void save.save({ profile: { bodyWeightKg } }, 'profile.bodyWeightKg')}
      onUseGoal={(dailyGoalMl) => void save.save({ hydrate: { dailyGoalMl } }, 'hydrate.dailyGoalMl')}
    />
  );
}
