import { useId } from 'preact/hooks';
import { send } from '../../bridge.ts';
import { t } from '../../i18n.ts';
import { Button } from '../Button.tsx';

/** "Open log folder": the log a bug report can carry (main/platform/log.ts). Self-contained. */
export function LogSection() {
  const hint = useId();
  return (
    <fieldset class="card">
      <legend>{t('prefs.logs')}</legend>
      <div class="card-fields">
        <p id={hint} class="hint">
          {t('prefs.logs.hint')}
        </p>
        <div>
          <Button onClick={() => void send('logs:open', undefined)} aria-describedby={hint}>
            {t('prefs.logs.open')}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
