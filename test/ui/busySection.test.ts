/**
 * Preferences → "While you are busy", in real Chromium with the real engine behind the preview
 * bridge: each busy reason is a switch that main applies, chosen apps are typed as names, and the
 * reasons this desktop cannot tell are said once, in one line, in the person's language.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { pageScreenshot, refuseChannel, settingsOf } from './support/views.js';

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
    expect(await note.textContent()).toBe('On this desktop Limber cannot tell: Do Not Disturb, screen sharing. These never hold a reminder.');
    await section.getByLabel('Sharing your screen').uncheck();
    await expect.poll(() => note.textContent()).toMatch(/cannot tell: Do Not Disturb\./);
  });

  it('checks what Limber sees now: each reason’s answer and the method that gave it, or that it cannot tell', async () => {
    const { page, section } = await openBusy({ unsupported: 'doNotDisturb,app', busy: 'inCall' });
    const rows = () => section.locator('.sense-row').evaluateAll((items) => items.map((item) => item.textContent));
    expect(await rows()).toEqual([]);
    await section.getByRole('button', { name: 'Check what Limber sees now' }).click();
    await expect.poll(rows).toEqual([
      'Full screen or presentingNo · preview',
      'Do Not DisturbCannot tell here',
      'In a callYes · preview',
      'Sharing your screenNo · preview',
      'Chosen apps runningNo apps chosen',
      'No keyboard or mouse for0\u00a0s · preview',
    ]);
    // The answer is read out: it sits in a status region the button names.
    const result = section.locator('[role="status"]').filter({ has: page.locator('.sense-report') });
    expect(await section.getByRole('button', { name: 'Check what Limber sees now' }).getAttribute('aria-describedby')).toBe(await result.getAttribute('id'));
    expect(await axeViolations(page)).toEqual([]);
    await pageScreenshot(page, 'preferences-busy-check');

    // Main refused: said by the button, and the old answer goes.
    await refuseChannel(page, 'sensing:check', 'sensing:check: too many requests');
    await section.getByRole('button', { name: 'Check what Limber sees now' }).click();
    await expect.poll(() => section.locator('.sense-check .field-error').textContent()).toBe('Could not check: sensing:check: too many requests');
    expect(await rows()).toEqual([]);
  });

  it('checks chosen apps by the names the person gave', async () => {
    const { section } = await openBusy({ busy: 'app' });
    await section.getByLabel('While one of my chosen apps runs').check();
    const names = section.getByLabel('Chosen apps', { exact: true });
    await names.fill('zoom');
    await names.press('Tab');
    await section.getByRole('button', { name: 'Check what Limber sees now' }).click();
    await expect.poll(() => section.locator('.sense-row').nth(4).textContent()).toBe('Chosen apps runningzoom · preview');
  });

  it('speaks German', async () => {
    const { section } = await openBusy({ unsupported: 'fullScreen', locale: 'de' });
    expect(await section.getByRole('note').textContent()).toMatch(/^Auf diesem Desktop kann Limber nicht erkennen: Vollbild\./);
    await section.getByRole('button', { name: 'Prüfen, was Limber jetzt sieht' }).click();
    await expect.poll(() => section.locator('.sense-row').first().textContent()).toBe('Vollbild oder PräsentationHier nicht erkennbar');
  });
});
