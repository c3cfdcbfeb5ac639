import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../main/core/settings.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { BusySection } from '../components/prefs/BusySection.tsx';
import { BreakSection } from '../components/prefs/BreakSection.tsx';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { FieldMessages } from '../components/FieldMessages.tsx';
import { LogSection } from '../components/prefs/LogSection.tsx';
import { NumberField } from '../components/NumberField.tsx';
import { TimeField } from '../components/TimeField.tsx';
import { TimeRange } from '../components/TimeRange.tsx';
import { UpdatesSection } from '../components/prefs/UpdatesSection.tsx';
import { TimeWindowsEditor } from '../components/TimeWindowsEditor.tsx';
import { UnitsField } from '../components/UnitsField.tsx';
import { SettingsWaterGoalGuide } from '../components/WaterGoalGuide.tsx';
import { formatVolume, toMl, volumeFieldValue, volumeRange, type VolumeUnit } from '../format.ts';
import { useKeepFocus } from '../hooks/useKeepFocus.ts';
import { useSettingsSave, type SettingsSave } from '../hooks/useSettingsSave.ts';
import { t, type MessageKey } from '../i18n.ts';
import { useIntents } from '../state.ts';
import type { ViewProps } from './types.ts';
import '../styles/fields.css';

/** The range the settings schema allows, said in words under a field (main/core/settings.ts). */
const minutesHint = (min: number, max: number) => t('prefs.hint.minutes', { min, max });

/**
 * Preferences: General first (language, start at login, sounds), then the reminders, then Advanced,
 * folded away. Each section can put back its defaults, with an undo.
 *
 * Sections other developers add are self-contained components (renderer/components/prefs/), each
 * mounted with one line in the place marked for its kind below.
 */
export function Preferences({ state }: ViewProps) {
  const { settings } = state;
  const save = useSettingsSave();
  return (
    <>
      <h1 class="view-title">{t('prefs.title')}</h1>
      {/* noValidate: main judges the values; the browser's own bubbles would only get in the way. */}
      <form class="preferences" noValidate onSubmit={(event) => event.preventDefault()}>
        <ErrorMessage message={save.formError} />
        <GeneralSection settings={settings} defaults={state.defaults} save={save} openAtLogin={state.openAtLogin} />
        {/* General additions (sounds, shortcuts, updates) go here. */}
        <UpdatesSection state={state} />
        <MovementSection settings={settings} defaults={state.defaults} save={save} />
        <StretchSection settings={settings} defaults={state.defaults} save={save} />
        <WaterSection settings={settings} defaults={state.defaults} save={save} />
        <HoursSection settings={settings} defaults={state.defaults} save={save} />
        <AboutYouSection settings={settings} defaults={state.defaults} save={save} />
        {/* Reminder additions (busy reasons, break limits) go here. */}
        <BusySection settings={settings} sensing={state.sensing} save={save} />
        <BreakSection settings={settings} save={save} notices={state.notices} />
        <details class="card prefs-advanced">
          <summary>{t('prefs.advanced')}</summary>
          <div class="prefs-advanced-body">
            <AlertsSection settings={settings} defaults={state.defaults} save={save} />
            {/* Advanced additions (log folder) go here. */}
            <LogSection />
          </div>
        </details>
      </form>
    </>
  );
}

interface SectionProps {
  settings: Settings;
  defaults: Settings;
  save: SettingsSave;
}

/**
 * One section of settings. Given `restore` (the settings paths it shows), it ends with "Restore
 * defaults", which puts those back and offers to undo it.
 */
function Section({ legend, restore, children }: { legend: string; restore?: { paths: readonly string[]; settings: Settings; defaults: Settings; save: SettingsSave }; children: ComponentChildren }) {
  return (
    <fieldset class="card">
      <legend>{legend}</legend>
      <div class="card-fields">
        {children}
        {restore && <RestoreDefaults {...restore} />}
      </div>
    </fieldset>
  );
}

/** A whole-minutes setting: its path in the settings, its range in the schema, and its label. */
function MinutesField({ save, path, label, value, min, max, patch }: { save: SettingsSave; path: string; label: MessageKey; value: number; min: number; max: number; patch: (minutes: number) => SettingsPatch }) {
  return (
    <NumberField
      label={t(label)}
      value={value}
      unit={t('unit.min')}
      hint={minutesHint(min, max)}
      min={min}
      max={max}
      error={save.errorFor(path, { range: { min, max } })}
      onCommit={(minutes) => void save.save(patch(minutes), path)}
    />
  );
}

function GeneralSection({ settings, defaults, save, openAtLogin }: SectionProps & { openAtLogin: boolean }) {
  const { profile, alerts } = settings;
  const login = useIntents();
  const languageId = useId();
  return (
    <Section legend={t('prefs.general')} restore={{ paths: ['profile.language', 'alerts.sound'], settings, defaults, save }}>
      <div class="field field-inline">
        <label for={languageId}>{t('prefs.language')}</label>
        <select
          id={languageId}
          value={profile.language}
          onChange={(event) => void save.save({ profile: { language: event.currentTarget.value as typeof profile.language } }, 'profile.language')}
        >
          {(['system', 'en', 'de', 'es', 'fr'] as const).map((code) => (
            <option key={code} value={code}>
              {t(`prefs.language.${code}`)}
            </option>
          ))}
        </select>
        <FieldMessages id={languageId} error={save.errorFor('profile.language')} />
      </div>
      <CheckboxField label={t('prefs.openAtLogin')} checked={openAtLogin} onChange={(open) => void login.act('login:set', { openAtLogin: open })} />
      <ErrorMessage message={login.error} />
      <CheckboxField label={t('prefs.sound')} checked={alerts.sound} onChange={(sound) => void save.save({ alerts: { sound } }, 'alerts.sound')} />
    </Section>
  );
}

function MovementSection({ settings, defaults, save }: SectionProps) {
  const { move, alerts } = settings;
  return (
    <Section legend={t('prefs.move')} restore={{ paths: ['move', 'alerts.breakWindowForMove'], settings, defaults, save }}>
      <CheckboxField label={t('prefs.move.enabled')} checked={move.enabled} onChange={(enabled) => void save.save({ move: { enabled } }, 'move.enabled')} />
      <MinutesField save={save} path="move.intervalMinutes" label="prefs.move.interval" value={move.intervalMinutes} min={5} max={240} patch={(intervalMinutes) => ({ move: { intervalMinutes } })} />
      <MinutesField save={save} path="move.durationMinutes" label="prefs.move.duration" value={move.durationMinutes} min={1} max={30} patch={(durationMinutes) => ({ move: { durationMinutes } })} />
      <CheckboxField
        label={t('prefs.breakWindowForMove')}
        hint={t('prefs.breakWindowForMove.hint')}
        checked={alerts.breakWindowForMove}
        onChange={(breakWindowForMove) => void save.save({ alerts: { breakWindowForMove } }, 'alerts.breakWindowForMove')}
      />
    </Section>
  );
}

function StretchSection({ settings, defaults, save }: SectionProps) {
  const { stretch } = settings;
  return (
    <Section legend={t('prefs.stretch')} restore={{ paths: ['stretch'], settings, defaults, save }}>
      <CheckboxField label={t('prefs.stretch.enabled')} checked={stretch.enabled} onChange={(enabled) => void save.save({ stretch: { enabled } }, 'stretch.enabled')} />
      <MinutesField save={save} path="stretch.intervalMinutes" label="prefs.stretch.interval" value={stretch.intervalMinutes} min={15} max={480} patch={(intervalMinutes) => ({ stretch: { intervalMinutes } })} />
      <MinutesField save={save} path="stretch.durationMinutes" label="prefs.stretch.duration" value={stretch.durationMinutes} min={1} max={60} patch={(durationMinutes) => ({ stretch: { durationMinutes } })} />
      <NumberField
        label={t('prefs.stretch.replaces')}
        value={stretch.replacesMoveWithinMinutes}
        unit={t('unit.min')}
        hint={t('prefs.stretch.replaces.hint', { min: 0, max: 60 })}
        min={0}
        max={60}
        error={save.errorFor('stretch.replacesMoveWithinMinutes', { range: { min: 0, max: 60 } })}
        onCommit={(minutes) => void save.save({ stretch: { replacesMoveWithinMinutes: minutes } }, 'stretch.replacesMoveWithinMinutes')}
      />
    </Section>
  );
}

/** A volume setting shown in the person's unit and stored in ml. */
function VolumeField({ save, path, label, hint, ml, unit, min, max, patch }: { save: SettingsSave; path: string; label: string; hint: string; ml: number; unit: VolumeUnit; min: number; max: number; patch: (ml: number) => SettingsPatch }) {
  const range = volumeRange(min, max, unit);
  return (
    <NumberField
      label={label}
      value={ml}
      display={(value) => volumeFieldValue(value, unit)}
      unit={unit === 'ml' ? t('unit.ml.short') : t('unit.floz.short')}
      hint={hint}
      min={range.min}
      max={range.max}
      step={unit === 'ml' ? 1 : 0.1}
      error={save.errorFor(path, { range })}
      onCommit={(amount) => void save.save(patch(toMl(amount, unit)), path)}
    />
  );
}

function WaterSection({ settings, defaults, save }: SectionProps) {
  const { hydrate, profile } = settings;
  const unit = profile.units;
  return (
    <Section legend={t('prefs.water')} restore={{ paths: ['hydrate', 'profile.units'], settings, defaults, save }}>
      <UnitsField value={unit} save={save} />
      <CheckboxField label={t('prefs.hydrate.enabled')} checked={hydrate.enabled} onChange={(enabled) => void save.save({ hydrate: { enabled } }, 'hydrate.enabled')} />
      <MinutesField save={save} path="hydrate.intervalMinutes" label="prefs.hydrate.interval" value={hydrate.intervalMinutes} min={10} max={240} patch={(intervalMinutes) => ({ hydrate: { intervalMinutes } })} />
      <TimeRange
        legend={t('prefs.hydrate.window')}
        start={hydrate.window.start}
        end={hydrate.window.end}
        error={save.errorFor('hydrate.window')}
        onCommit={(window) => void save.save({ hydrate: { window } }, 'hydrate.window')}
      />
      <VolumeField
        save={save}
        path="hydrate.dailyGoalMl"
        label={t('prefs.hydrate.goal')}
        hint={t('prefs.hydrate.goal.hint', { min: formatVolume(250, unit), max: formatVolume(10_000, unit) })}
        ml={hydrate.dailyGoalMl}
        unit={unit}
        min={250}
        max={10_000}
        patch={(dailyGoalMl) => ({ hydrate: { dailyGoalMl } })}
      />
      <details class="guide-details">
        <summary>{t('prefs.hydrate.guide')}</summary>
        <SettingsWaterGoalGuide settings={settings} save={save} />
      </details>
      <VolumeField
        save={save}
        path="hydrate.defaultDrinkMl"
        label={t('prefs.hydrate.defaultDrink')}
        hint={t('prefs.hydrate.defaultDrink.hint')}
        ml={hydrate.defaultDrinkMl}
        unit={unit}
        min={10}
        max={2_000}
        patch={(defaultDrinkMl) => ({ hydrate: { defaultDrinkMl } })}
      />
    </Section>
  );
}

function AlertsSection({ settings, defaults, save }: SectionProps) {
  const { alerts, presence } = settings;
  return (
    <Section legend={t('prefs.alerts')} restore={{ paths: ['alerts.snoozeMinutes', 'alerts.repeatEveryMinutes', 'alerts.maxRepeats', 'alerts.busyHoldMaxMinutes', 'alerts.strict', 'presence.idleThresholdMinutes'], settings, defaults, save }}>
      <MinutesField save={save} path="alerts.snoozeMinutes" label="prefs.alerts.snooze" value={alerts.snoozeMinutes} min={1} max={60} patch={(snoozeMinutes) => ({ alerts: { snoozeMinutes } })} />
      <MinutesField save={save} path="alerts.repeatEveryMinutes" label="prefs.alerts.repeatEvery" value={alerts.repeatEveryMinutes} min={1} max={60} patch={(repeatEveryMinutes) => ({ alerts: { repeatEveryMinutes } })} />
      <NumberField
        label={t('prefs.alerts.maxRepeats')}
        value={alerts.maxRepeats}
        hint={t('prefs.alerts.maxRepeats.hint', { min: 0, max: 5 })}
        min={0}
        max={5}
        error={save.errorFor('alerts.maxRepeats', { range: { min: 0, max: 5 } })}
        onCommit={(maxRepeats) => void save.save({ alerts: { maxRepeats: maxRepeats } }, 'alerts.maxRepeats')}
      />
      <NumberField
        label={t('prefs.alerts.busyHold')}
        value={alerts.busyHoldMaxMinutes}
        unit={t('unit.min')}
        hint={t('prefs.alerts.busyHold.hint', { min: 0, max: 240 })}
        min={0}
        max={240}
        error={save.errorFor('alerts.busyHoldMaxMinutes', { range: { min: 0, max: 240 } })}
        onCommit={(busyHoldMaxMinutes) => void save.save({ alerts: { busyHoldMaxMinutes: busyHoldMaxMinutes } }, 'alerts.busyHoldMaxMinutes')}
      />
      <NumberField
        label={t('prefs.alerts.callHold')}
        value={alerts.callHoldMaxMinutes}
        unit={t('unit.min')}
        hint={t('prefs.alerts.callHold.hint', { min: 0, max: 480 })}
        min={0}
        max={480}
        error={save.errorFor('alerts.callHoldMaxMinutes', { range: { min: 0, max: 480 } })}
        onCommit={(callHoldMaxMinutes) => void save.save({ alerts: { callHoldMaxMinutes: callHoldMaxMinutes } }, 'alerts.callHoldMaxMinutes')}
      />
      <NumberField
        label={t('prefs.presence.idle')}
        value={presence.idleThresholdMinutes}
        unit={t('unit.min')}
        hint={t('prefs.presence.idle.hint', { min: 1, max: 60 })}
        min={1}
        max={60}
        error={save.errorFor('presence.idleThresholdMinutes', { range: { min: 1, max: 60 } })}
        onCommit={(idleThresholdMinutes) => void save.save({ presence: { idleThresholdMinutes: idleThresholdMinutes } }, 'presence.idleThresholdMinutes')}
      />
      <CheckboxField label={t('prefs.strict')} hint={t('prefs.strict.hint')} checked={alerts.strict} onChange={(strict) => void save.save({ alerts: { strict } }, 'alerts.strict')} />
    </Section>
  );
}

function HoursSection({ settings, defaults, save }: SectionProps) {
  return (
    <Section legend={t('prefs.hours')} restore={{ paths: ['workingHours', 'dayStartsAt'], settings, defaults, save }}>
      <p class="hint">{t('prefs.hours.hint')}</p>
      <TimeWindowsEditor workingHours={settings.workingHours} settings={save} />
      <TimeField
        label={t('prefs.dayStartsAt')}
        value={settings.dayStartsAt}
        hint={t('prefs.dayStartsAt.hint')}
        error={save.errorFor('dayStartsAt')}
        onCommit={(dayStartsAt) => void save.save({ dayStartsAt }, 'dayStartsAt')}
      />
    </Section>
  );
}

function AboutYouSection({ settings, defaults, save }: SectionProps) {
  const { profile } = settings;
  return (
    <Section legend={t('prefs.you')} restore={{ paths: ['profile.exercises', 'profile.nightCramps', 'bedtime'], settings, defaults, save }}>
      <CheckboxField label={t('prefs.you.exercises')} checked={profile.exercises} onChange={(exercises) => void save.save({ profile: { exercises } }, 'profile.exercises')} />
      <CheckboxField
        label={t('prefs.you.nightCramps')}
        hint={t('prefs.you.nightCramps.hint')}
        checked={profile.nightCramps}
        onChange={(nightCramps) => void save.save({ profile: { nightCramps } }, 'profile.nightCramps')}
      />
      <CheckboxField
        label={t('prefs.bedtime')}
        hint={t('prefs.bedtime.hint')}
        checked={settings.bedtime.enabled}
        onChange={(enabled) => void save.save({ bedtime: { enabled } }, 'bedtime.enabled')}
      />
      <TimeField
        label={t('prefs.bedtime.time')}
        value={settings.bedtime.time}
        error={save.errorFor('bedtime.time')}
        onCommit={(time) => void save.save({ bedtime: { time } }, 'bedtime.time')}
      />
    </Section>
  );
}

/** The values at `paths` ("move", "alerts.sound") of a settings object, as a patch. */
export function pickSettings(settings: Settings, paths: readonly string[]): SettingsPatch {
  const patch: Record<string, Record<string, unknown> | unknown> = {};
  for (const path of paths) {
    const [section, field] = path.split('.') as [keyof Settings, string | undefined];
    const value = settings[section];
    if (field === undefined) patch[section] = structuredClone(value);
    else patch[section] = { ...(patch[section] as Record<string, unknown> | undefined), [field]: structuredClone((value as Record<string, unknown>)[field]) };
  }
  return patch as SettingsPatch;
}

/** "Restore defaults", then "Defaults restored. Undo" until the section changes again. */
function RestoreDefaults({ paths, settings, defaults, save }: { paths: readonly string[]; settings: Settings; defaults: Settings; save: SettingsSave }) {
  const [before, setBefore] = useState<SettingsPatch | null>(null);
  const field = paths.join(',');
  const ref = useKeepFocus<HTMLDivElement>(before !== null);
  const current = JSON.stringify(pickSettings(settings, paths));
  const restored = JSON.stringify(pickSettings(defaults, paths));
  // Changed again by hand since: the undo no longer means what it says.
  useEffect(() => {
    if (before && current !== restored) setBefore(null);
  }, [current]);
  return (
    <div class="restore-defaults" ref={ref}>
      {before ? (
        <>
          <p role="status">{t('prefs.restored')}</p>
          <button type="button" class="button button-small" onClick={() => void save.save(before, field).then((ok) => ok && setBefore(null))}>
            {t('prefs.restore.undo')}
          </button>
        </>
      ) : (
        <button
          type="button"
          class="button button-small button-quiet"
          disabled={current === restored}
          onClick={() => {
            const previous = pickSettings(settings, paths);
            void save.save(pickSettings(defaults, paths), field).then((ok) => ok && setBefore(previous));
          }}
        >
          {t('prefs.restore')}
        </button>
      )}
    </div>
  );
}
