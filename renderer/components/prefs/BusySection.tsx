import { useEffect, useId, useState } from 'preact/hooks';
import type { Settings } from '../../../main/core/settings.ts';
import type { BusyReason } from '../../../main/core/types.ts';
import type { SenseReport, SensingStatus } from '../../../main/ipc/contract.ts';
import { send } from '../../bridge.ts';
import { formatNumber } from '../../format.ts';
import type { SettingsSave } from '../../hooks/useSettingsSave.ts';
import { t, type MessageKey } from '../../i18n.ts';
import { Button } from '../Button.tsx';
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
        <SenseCheck appNames={busy.appNames} />
      </div>
    </fieldset>
  );
}

const checkRows: ReadonlyArray<{ key: Switch; label: MessageKey }> = [
  { key: 'fullScreen', label: 'prefs.busy.check.fullScreen' },
  { key: 'doNotDisturb', label: 'prefs.busy.check.doNotDisturb' },
  { key: 'inCall', label: 'prefs.busy.check.inCall' },
  { key: 'screenSharing', label: 'prefs.busy.check.screenSharing' },
];

/** One line of the check: what the desktop says, and the method that said it (for a bug report). */
function CheckRow({ label, value, method }: { label: string; value: string; method: string | null }) {
  return (
    <div class="sense-row">
      <dt>{label}</dt>
      <dd>
        {value}
        {method && <span class="sense-method"> · {method}</span>}
      </dd>
    </div>
  );
}

const answerText = (answer: boolean | null): string => t(answer === null ? 'prefs.busy.check.unknown' : answer ? 'prefs.busy.check.yes' : 'prefs.busy.check.no');

function appsText(report: SenseReport, appNames: readonly string[]): string {
  if (appNames.length === 0) return t('prefs.busy.check.noApps');
  if (report.runningChosenApps === null) return t('prefs.busy.check.unknown');
  return report.runningChosenApps.length === 0 ? t('prefs.busy.check.none') : report.runningChosenApps.join(', ');
}

/**
 * "Check what Limber sees now": asks main's desktop sensor once and lists each reason's answer, so
 * a person whose reminder came during a call (or never comes) can see which one is wrong here.
 */
function SenseCheck({ appNames }: { appNames: readonly string[] }) {
  const id = useId();
  const [report, setReport] = useState<SenseReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const check = async () => {
    setChecking(true);
    const result = await send('sensing:check');
    setChecking(false);
    setFailure(result.ok ? null : t('prefs.busy.check.failed', { reason: result.error.message }));
    setReport(result.ok ? result.value : null);
  };
  return (
    <div class="sense-check">
      <Button onClick={() => void check()} disabled={checking} aria-describedby={`${id}-result`}>
        {t('prefs.busy.check')}
      </Button>
      <div id={`${id}-result`} role="status">
        {failure && <p class="field-error">{failure}</p>}
        {report && (
          <dl class="sense-report">
            {checkRows.map(({ key, label }) => (
              <CheckRow key={key} label={t(label)} value={answerText(report[key])} method={report.sources[key]} />
            ))}
            <CheckRow label={t('prefs.busy.check.apps')} value={appsText(report, appNames)} method={appNames.length > 0 ? report.sources.runningChosenApps : null} />
            <CheckRow
              label={t('prefs.busy.check.idle')}
              value={report.idleSeconds === null ? t('prefs.busy.check.unknown') : t('prefs.busy.check.seconds', { seconds: formatNumber(report.idleSeconds) })}
              method={report.sources.idleSeconds}
            />
          </dl>
        )}
      </div>
    </div>
  );
}
