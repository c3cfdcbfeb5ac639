/**
 * Preferences → "While you are busy", in real Chromium with the real engine behind the preview
 * bridge: each busy reason is a switch that main applies, chosen apps are typed as names, and the
 * reasons this desktop cannot tell are said once, in one line, in the person's language.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { settingsOf } from './support/views.js';

const openPage = previewSuite();

async function openBusy(params: Record<string, string> = {}) {
  const opened = await openPage('index.html', { view: 'preferences', ...params });
  const section = opened.page.getByRole('group', { name: /While you are busy|Wenn du beschäftigt bist/ });
  await section.waitFor();
  return { ...opened, section };
}

describe('Preferences: while you are busy', () => {
  it('turns each reason off and on, and chooses apps by name', async () => {
    const { page, section } = await openBusy();
    const inCall = section.getByLabel('In a call (microphone or camera in use)');
    expect(await inCall.isChecked()).toBe(true);
    await inCall.uncheck();
    await expect.poll(async () => (await settingsOf(page)).busy.inCall).toBe(false);

    const names = section.getByLabel('Chosen apps', { exact: true });
    expect(await names.isDisabled()).toBe(true);
    await section.getByLabel('While one of my chosen apps runs').check();
    await expect.poll(async () => (await settingsOf(page)).busy.apps).toBe(true);
    await names.fill('zoom, OBS ,, steam');
    await names.press('Tab');
    await expect.poll(async () => (await settingsOf(page)).busy.appNames).toEqual(['zoom', 'OBS', 'steam']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says which reasons this desktop cannot tell, only those still turned on', async () => {
    const { section } = await openBusy({ unsupported: 'doNotDisturb,screenSharing,app' });
    const note = section.getByRole('note');
    expect(await note.textContent()).toBe('On this desktop Limber cannot tell: Do Not Disturb, screen sharing. These never hold a reminder; npm run sense shows what it sees.');
    await section.getByLabel('Sharing your screen').uncheck();
    await expect.poll(() => note.textContent()).toMatch(/cannot tell: Do Not Disturb\./);
  });

  it('speaks German', async () => {
    const { section } = await openBusy({ unsupported: 'fullScreen', locale: 'de' });
    expect(await section.getByRole('note').textContent()).toMatch(/^Auf diesem Desktop kann Limber nicht erkennen: Vollbild\./);
  });
});
