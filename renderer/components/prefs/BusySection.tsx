import { useEffect, useId, useState } from 'preact/hooks';
import type { Settings } from '../../../main/core/settings.ts';
import type { BusyReason } from '../../../main/core/types.ts';
import type { SensingStatus } from '../../../main/ipc/contract.ts';
import type { SettingsSave } from '../../hooks/useSettingsSave.ts';
import { t, type MessageKey } from '../../i18n.ts';
import { CheckboxField } from '../CheckboxField.tsx';
import { describedBy, FieldMessages } from '../FieldMessages.tsx';

type Switch = 'fullScreen' | 'doNotDisturb' | 'inCall' | 'screenSharing';
const switches: ReadonlyArray<{ key: Switch; label: MessageKey }> = [
  { key: 'fullScreen', label: 'prefs.busy.fullScreen' },
  { key: 'doNotDisturb', label: 'prefs.busy.doNotDisturb' },
  { key: 'inCall', label: 'prefs.busy.inCall' },
  { key: 'screenSharing', label: 'prefs.busy.screenSharing' },
];
const reasonNames: Record<BusyReason, MessageKey> = {
  fullScreen: 'busy.reason.fullScreen',
  doNotDisturb: 'busy.reason.doNotDisturb',
  inCall: 'busy.reason.inCall',
  screenSharing: 'busy.reason.screenSharing',
  app: 'busy.reason.app',
};

/** "zoom, OBS ,, steam" → ["zoom", "OBS", "steam"]: commas or new lines separate names. */
export function parseAppNames(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

interface BusySectionProps {
  settings: Settings;
  sensing: SensingStatus;
  save: SettingsSave;
}

/**
 * What counts as busy (settings.busy): each reason a switch, and the apps the person chose. Says
 * once, in one line, which reasons this desktop cannot tell, since those never hold a reminder.
 */
export function BusySection({ settings, sensing, save }: BusySectionProps) {
  const { busy } = settings;
  const id = useId();
  const [names, setNames] = useState(busy.appNames.join(', '));
  useEffect(() => setNames(busy.appNames.join(', ')), [busy.appNames.join('\n')]);
  const namesError = save.errorFor('busy.appNames');
  const unsupported = sensing.unsupported.filter((reason) => (reason === 'app' ? busy.apps : busy[reason]));
  return (
    <fieldset class="card" aria-describedby={`${id}-intro`}>
      <legend>{t('prefs.busy')}</legend>
      <div class="card-fields">
        <p id={`${id}-intro`} class="hint">
          {t('prefs.busy.intro')}
        </p>
        {switches.map(({ key, label }) => (
          <CheckboxField key={key} label={t(label)} checked={busy[key]} onChange={(on) => void save.save({ busy: { [key]: on } }, `busy.${key}`)} />
        ))}
        <CheckboxField label={t('prefs.busy.apps')} checked={busy.apps} onChange={(apps) => void save.save({ busy: { apps } }, 'busy.apps')} />
        <div class="field">
          <label for={`${id}-apps`}>{t('prefs.busy.appNames')}</label>
          <input
            id={`${id}-apps`}
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={names}
            disabled={!busy.apps}
            aria-invalid={namesError ? 'true' : undefined}
            aria-describedby={describedBy(`${id}-apps`, t('prefs.busy.appNames.hint'), namesError)}
            onInput={(event) => setNames(event.currentTarget.value)}
            onChange={(event) => void save.save({ busy: { appNames: parseAppNames(event.currentTarget.value) } }, 'busy.appNames')}
          />
          <FieldMessages id={`${id}-apps`} hint={t('prefs.busy.appNames.hint')} error={namesError} />
        </div>
        {unsupported.length > 0 && (
          <p class="hint" role="note">
            {t('prefs.busy.unsupported', { reasons: unsupported.map((reason) => t(reasonNames[reason])).join(', ') })}
          </p>
        )}
      </div>
    </fieldset>
  );
}
