import { useId } from 'preact/hooks';
import type { SettingsPatch } from '../../main/core/settings.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { t } from '../i18n.ts';
import type { ViewProps } from './types.ts';

/** Common choices; the person's own value joins them if it is something else. */
const MOVE_INTERVALS = [15, 20, 30, 45, 60, 90, 120] as const;

export function Preferences({ state, act }: ViewProps) {
  const { settings } = state;
  const change = (patch: SettingsPatch) => void act('settings:set', patch);
  return (
    <>
      <h1 class="visually-hidden">{t('prefs.title')}</h1>
      <form class="preferences" onSubmit={(event) => event.preventDefault()}>
        <fieldset class="card">
          <legend>{t('prefs.breaks')}</legend>
          <MoveInterval value={settings.move.intervalMinutes} onChange={(intervalMinutes) => change({ move: { intervalMinutes } })} />
          <CheckboxField
            label={t('prefs.breakWindowForMove')}
            hint={t('prefs.breakWindowForMove.hint')}
            checked={settings.alerts.breakWindowForMove}
            onChange={(breakWindowForMove) => change({ alerts: { breakWindowForMove } })}
          />
          <CheckboxField
            label={t('prefs.strict')}
            hint={t('prefs.strict.hint')}
            checked={settings.alerts.strict}
            onChange={(strict) => change({ alerts: { strict } })}
          />
        </fieldset>
        <fieldset class="card">
          <legend>{t('prefs.alerts')}</legend>
          <CheckboxField label={t('prefs.sound')} checked={settings.alerts.sound} onChange={(sound) => change({ alerts: { sound } })} />
        </fieldset>
        <fieldset class="card">
          <legend>{t('prefs.system')}</legend>
          <CheckboxField
            label={t('prefs.openAtLogin')}
            checked={state.openAtLogin}
            onChange={(openAtLogin) => void act('login:set', { openAtLogin })}
          />
        </fieldset>
      </form>
    </>
  );
}

function MoveInterval({ value, onChange }: { value: number; onChange: (minutes: number) => void }) {
  const id = useId();
  const options = [...new Set<number>([...MOVE_INTERVALS, value])].sort((a, b) => a - b);
  return (
    <div class="field field-select">
      <label for={id}>{t('prefs.moveInterval')}</label>
      <select id={id} value={String(value)} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {options.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {t('prefs.minutes', { minutes })}
          </option>
        ))}
      </select>
    </div>
  );
}
