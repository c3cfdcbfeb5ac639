import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../components/Button.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { notMedicalAdvice } from '../content/index.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { UnitsField } from '../components/UnitsField.tsx';
import { SettingsWaterGoalGuide } from '../components/WaterGoalGuide.tsx';
import { formatClockText, toMl, volumeFieldValue, volumeRange } from '../format.ts';
import { useSettingsSave, type SettingsSave } from '../hooks/useSettingsSave.ts';
import { send } from '../bridge.ts';
import { t, type MessageKey } from '../i18n.ts';
import { useIntents } from '../state.ts';
import type { ViewProps } from './types.ts';
import '../styles/fields.css';
import '../styles/setup.css';

const steps = ['welcome', 'water', 'body', 'tray'] as const;
type Step = (typeof steps)[number];
/** The numbered steps: the welcome before them is not one. */
const counted = steps.length - 1;

const titles: Record<Step, MessageKey> = { welcome: 'setup.welcome.title', water: 'setup.water.title', body: 'setup.body.title', tray: 'setup.tray.title' };

/**
 * First run, shown until `profile.setupDone`: a welcome, then the water goal, exercise and night
 * cramps, and where Limber lives (with a test notification and start at login). Every answer is
 * saved as it is given; Skip and Finish both mark setup done.
 */
export function FirstRun({ state }: ViewProps) {
  const [index, setIndex] = useState(0);
  const step = steps[index] ?? 'welcome';
  const save = useSettingsSave();

  // A new step puts focus on its heading, so keyboard and screen reader users start at the top.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [index]);

  useEffect(() => {
    document.title = `${t(titles[step])} · ${t('app.name')}`;
    return () => {
      document.title = t('app.name');
    };
  }, [step]);

  const done = () => void save.save({ profile: { setupDone: true } }, 'profile.setupDone');
  const last = index === steps.length - 1;

  return (
    <>
      <header class="app-header setup-header">
        <span class="brand">{t('app.name')}</span>
        <span class="setup-progress" aria-hidden="true">
          {steps.slice(1).map((name, i) => (
            <span key={name} class={`setup-dot${i + 1 === index ? ' setup-dot-current' : ''}${i + 1 < index ? ' setup-dot-done' : ''}`} />
          ))}
        </span>
      </header>
      <main class="app-main setup" data-step={step}>
        <ErrorMessage message={save.formError} />
        <div class="card setup-card">
          {index > 0 && <p class="setup-count">{t('setup.count', { n: index, total: counted })}</p>}
          <h1 tabIndex={-1} ref={headingRef}>
            {t(titles[step])}
          </h1>
          {step === 'welcome' && <WelcomeStep />}
          {step === 'water' && <WaterStep state={state} save={save} />}
          {step === 'body' && <BodyStep state={state} save={save} />}
          {step === 'tray' && <TrayStep openAtLogin={state.openAtLogin} />}
        </div>
        <p class="disclaimer setup-disclaimer">
          <strong>{notMedicalAdvice.title}.</strong> {notMedicalAdvice.summary}
        </p>
        {/* Fixed to the window's foot, three slots that never move: a button a step does not offer
            keeps its place, out of sight and out of reach (inert: no focus even in the frame before its
            reduced-motion visibility change lands; aria-hidden for tools that do not read inert), so Next
            is always under the same finger. */}
        <footer class="setup-actions">
          <span class={`setup-slot-back${index === 0 ? ' setup-slot-off' : ''}`} aria-hidden={index === 0} inert={index === 0}>
            <Button onClick={() => setIndex(index - 1)}>{t('setup.back')}</Button>
          </span>
          <span class={`setup-slot-skip${last ? ' setup-slot-off' : ''}`} aria-hidden={last} inert={last}>
            <Button variant="quiet" onClick={done}>
              {t('setup.skip')}
            </Button>
          </span>
          <span class="setup-slot-next">
            {last ? (
              <Button variant="primary" onClick={done}>
                {t('setup.finish')}
              </Button>
            ) : (
              <Button variant="primary" onClick={() => setIndex(index + 1)}>
                {t('setup.next')}
              </Button>
            )}
          </span>
        </footer>
      </main>
    </>
  );
}

function WelcomeStep() {
  return (
    <>
      <p>{t('setup.welcome.intro')}</p>
      <p>{t('setup.welcome.steps')}</p>
    </>
  );
}

function WaterStep({ state, save }: { state: ViewProps['state']; save: SettingsSave }) {
  const { hydrate, profile } = state.settings;
  const unit = profile.units;
  const goalRange = volumeRange(250, 10_000, unit);
  return (
    <>
      <p>{t('setup.water.intro')}</p>
      <UnitsField value={unit} save={save} />
      <NumberField
        label={t('prefs.hydrate.goal')}
        value={hydrate.dailyGoalMl}
        display={(ml) => volumeFieldValue(ml, unit)}
        unit={unit === 'ml' ? t('unit.ml.short') : t('unit.floz.short')}
        min={goalRange.min}
        max={goalRange.max}
        step={unit === 'ml' ? 1 : 0.1}
        error={save.errorFor('hydrate.dailyGoalMl', { range: goalRange })}
        onCommit={(amount) => void save.save({ hydrate: { dailyGoalMl: toMl(amount, unit) } }, 'hydrate.dailyGoalMl')}
      />
      <SettingsWaterGoalGuide settings={state.settings} save={save} />
    </>
  );
}

function BodyStep({ state, save }: { state: ViewProps['state']; save: SettingsSave }) {
  const { exercises, nightCramps } = state.settings.profile;
  const yesNo = [
    { value: 'yes', label: t('setup.yes') },
    { value: 'no', label: t('setup.no') },
  ] as const;
  return (
    <>
      <RadioGroup
        legend={t('setup.body.exercises')}
        value={exercises ? 'yes' : 'no'}
        options={yesNo}
        error={save.errorFor('profile.exercises')}
        onChange={(answer) => void save.save({ profile: { exercises: answer === 'yes' } }, 'profile.exercises')}
      />
      {exercises && <p class="setup-note">{t('setup.body.exercises.yes')}</p>}
      <RadioGroup
        legend={t('setup.body.nightCramps')}
        value={nightCramps ? 'yes' : 'no'}
        options={yesNo}
        error={save.errorFor('profile.nightCramps')}
        onChange={(answer) => void save.save({ profile: { nightCramps: answer === 'yes' } }, 'profile.nightCramps')}
      />
      {nightCramps && (
        <>
          <p class="setup-note">{t('setup.body.nightCramps.yes')}</p>
          <CheckboxField
            label={t('setup.body.bedtime', { time: formatClockText(state.settings.bedtime.time) })}
            checked={state.settings.bedtime.enabled}
            onChange={(enabled) => void save.save({ bedtime: { enabled } }, 'bedtime.enabled')}
          />
        </>
      )}
    </>
  );
}

function TrayStep({ openAtLogin }: { openAtLogin: boolean }) {
  const login = useIntents();
  return (
    <>
      <p>{t('setup.tray.lives')}</p>
      <p>{t('setup.tray.menu')}</p>
      <ul class="setup-list">
        <li>{t('setup.tray.menu.next')}</li>
        <li>{t('setup.tray.menu.drink')}</li>
        <li>{t('setup.tray.menu.relief')}</li>
        <li>{t('setup.tray.menu.pause')}</li>
        <li>{t('setup.tray.menu.open')}</li>
      </ul>
      <p>{t('setup.tray.close')}</p>
      <TestNotification />
      <CheckboxField label={t('prefs.openAtLogin')} hint={t('setup.login.hint')} checked={openAtLogin} onChange={(open) => void login.act('login:set', { openAtLogin: open })} />
      <ErrorMessage message={login.error} />
    </>
  );
}

type TestOutcome = { kind: 'sent' } | { kind: 'failed'; text: string };

/** Sends one real notification through main, and says beside the button what became of it. */
function TestNotification() {
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const resultId = 'setup-test-result';
  const sendTest = async () => {
    setSending(true);
    const result = await send('notification:test');
    setSending(false);
    if (!result.ok) return setOutcome({ kind: 'failed', text: t('setup.test.failed', { reason: result.error.message }) });
    const answer = result.value;
    if (answer.sent) return setOutcome({ kind: 'sent' });
    setOutcome({ kind: 'failed', text: answer.reason === 'unsupported' ? t('setup.test.unsupported') : t('setup.test.failed', { reason: answer.detail }) });
  };
  return (
    <div class="setup-test">
      <p>{t('setup.test.intro')}</p>
      <Button onClick={() => void sendTest()} disabled={sending} aria-describedby={resultId}>
        {t('setup.test.send')}
      </Button>
      <p id={resultId} class={`setup-test-result${outcome?.kind === 'failed' ? ' field-error' : ''}`} role="status">
        {outcome === null ? '' : outcome.kind === 'sent' ? t('setup.test.sent') : outcome.text}
      </p>
    </div>
  );
}
