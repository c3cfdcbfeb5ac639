import type { AppState } from '../../../main/ipc/contract.ts';
import { useSettingsSave } from '../../hooks/useSettingsSave.ts';
import { t } from '../../i18n.ts';
import { updateStatusText } from '../../updateStatus.ts';
import { CheckboxField } from '../CheckboxField.tsx';
import { ErrorMessage } from '../ErrorMessage.tsx';

/** Preferences → Updates: the switch, and where updates stand (a deb is told to use its package manager). */
export function UpdatesSection({ state }: { state: AppState }) {
  const save = useSettingsSave();
  const unsupported = state.update?.state === 'unsupported';
  const status = updateStatusText(state.update, state.snapshot.timeZone);
  return (
    <fieldset class="card">
      <legend>{t('prefs.updates')}</legend>
      <div class="card-fields">
        {!unsupported && (
          <CheckboxField
            label={t('prefs.updates.enabled')}
            hint={t('prefs.updates.enabled.hint')}
            checked={state.settings.updates.enabled}
            onChange={(enabled) => void save.save({ updates: { enabled } }, 'updates.enabled')}
          />
        )}
        <ErrorMessage message={save.errorFor('updates.enabled') ?? save.formError} />
        {status && (
          <p class="hint" role="status">
            {status}
          </p>
        )}
      </div>
    </fieldset>
  );
}
