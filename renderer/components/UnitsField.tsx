import type { VolumeUnit } from '../format.ts';
import type { SettingsSave } from '../hooks/useSettingsSave.ts';
import { t } from '../i18n.ts';
import { RadioGroup } from './RadioGroup.tsx';

/** Millilitres or US fluid ounces: how every amount is shown (stored amounts stay in ml). */
export function UnitsField({ value, save }: { value: VolumeUnit; save: SettingsSave }) {
  return (
    <RadioGroup
      legend={t('prefs.units')}
      value={value}
      options={[
        { value: 'ml', label: t('prefs.units.ml') },
        { value: 'floz', label: t('prefs.units.floz') },
      ]}
      error={save.errorFor('profile.units')}
      onChange={(units) => void save.save({ profile: { units } }, 'profile.units')}
    />
  );
}
