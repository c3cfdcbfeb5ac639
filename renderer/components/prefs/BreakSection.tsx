import { useEffect, useId, useState } from 'preact/hooks';
import type { Settings } from '../../../main/core/settings.ts';
import type { Notice } from '../../../main/ipc/contract.ts';
import type { SettingsSave } from '../../hooks/useSettingsSave.ts';
import { t } from '../../i18n.ts';
import { send } from '../../bridge.ts';
import { Button } from '../Button.tsx';
import { CheckboxField } from '../CheckboxField.tsx';
import { describedBy, FieldMessages } from '../FieldMessages.tsx';
import { refusedShortcuts } from '../Notices.tsx';
import { NumberField } from '../NumberField.tsx';

interface BreakSectionProps {
  settings: Settings;
  save: SettingsSave;
  notices: readonly Notice[];
}

/** What the shortcut hint offers as an example: one that few apps take for themselves. */
const EXAMPLE_SHORTCUT = 'CommandOrControl+Alt+B';

/**
 * Preferences for the break itself: every display, how far a break may be put off, chimes, and
 * system-wide shortcuts (issue 13). Self-contained: Preferences mounts it with one line.
 */
export function BreakSection({ settings, save, notices }: BreakSectionProps) {
  const { breaks, sounds, shortcuts } = settings;
  const refused = refusedShortcuts(notices.find((n) => n.id === 'shortcutRefused'));
  return (
    <>
      <fieldset class="card">
        <legend>{t('prefs.breaks')}</legend>
        <div class="card-fields">
          <CheckboxField
            label={t('prefs.breaks.everyDisplay')}
            hint={t('prefs.breaks.everyDisplay.hint')}
            checked={breaks.everyDisplay}
            onChange={(everyDisplay) => void save.save({ breaks: { everyDisplay } }, 'breaks.everyDisplay')}
          />
          <LimitField save={save} label={t('prefs.breaks.maxSnoozes')} field="maxSnoozes" value={breaks.maxSnoozes} min={0} max={10} />
          <LimitField save={save} label={t('prefs.breaks.maxSkips')} field="maxSkipsInRow" value={breaks.maxSkipsInRow} min={1} max={20} />
          <CheckboxField
            label={t('prefs.sounds.enabled')}
            hint={t('prefs.sounds.enabled.hint')}
            checked={sounds.enabled}
            onChange={(enabled) => void save.save({ sounds: { enabled } }, 'sounds.enabled')}
          />
          <NumberField
            label={t('prefs.sounds.volume')}
            value={sounds.volume}
            unit="%"
            min={0}
            max={100}
            step={5}
            error={save.errorFor('sounds.volume', { range: { min: 0, max: 100 } })}
            onCommit={(volume) => void save.save({ sounds: { volume } }, 'sounds.volume')}
          />
          <div class="actions" role="group" aria-label={t('prefs.sounds.enabled')}>
            {(['breakStart', 'breakEnd', 'drink'] as const).map((chime) => (
              <Button key={chime} variant="quiet" onClick={() => void send('sound:preview', { chime })}>
                {t(`prefs.sounds.preview.${chime}`)}
              </Button>
            ))}
          </div>
        </div>
      </fieldset>
      <fieldset class="card">
        <legend>{t('prefs.shortcuts')}</legend>
        <div class="card-fields">
          <p class="hint">{t('prefs.shortcuts.hint', { example: EXAMPLE_SHORTCUT })}</p>
          {(['breakNow', 'drink', 'pause'] as const).map((field) => (
            <ShortcutField
              key={field}
              label={t(`prefs.shortcuts.${field}`)}
              value={shortcuts[field]}
              error={save.errorFor(`shortcuts.${field}`) ?? (refused.includes(field) ? t('prefs.shortcuts.refused') : null)}
              onCommit={(value) => void save.save({ shortcuts: { [field]: value } }, `shortcuts.${field}`)}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}

/** A most-times limit: a number in its range, or an empty box for no limit. */
function LimitField({ save, label, field, value, min, max }: { save: SettingsSave; label: string; field: 'maxSnoozes' | 'maxSkipsInRow'; value: number | null; min: number; max: number }) {
  const path = `breaks.${field}`;
  return (
    <NumberField
      label={label}
      value={value}
      hint={t('prefs.breaks.limit.hint', { min, max })}
      min={min}
      max={max}
      error={save.errorFor(path, { range: { min, max } })}
      onCommit={(limit) => void save.save({ breaks: { [field]: limit } }, path)}
      onClear={() => void save.save({ breaks: { [field]: null } }, path)}
    />
  );
}

/** A shortcut typed as Electron writes it; sent when the person leaves the box or presses Enter. */
function ShortcutField({ label, value, error, onCommit }: { label: string; value: string; error: string | null; onCommit: (value: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => onCommit(event.currentTarget.value.trim())}
      />
      <FieldMessages id={id} error={error} />
    </div>
  );
}
