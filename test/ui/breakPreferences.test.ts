import { describe, expect, it } from 'vitest';
import de from '../../renderer/locales/de.json' with { type: 'json' };
import { axeViolations } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { fieldOf, pageScreenshot, settingsOf } from './support/views.js';

const open = previewSuite();

describe('Preferences for the break: limits, chimes and shortcuts', () => {
  it('saves the limits, and an empty box means no limit', async () => {
    const { page } = await open('index.html', { view: 'preferences' });
    const snoozes = page.getByLabel('Most snoozes of one break', { exact: true });
    expect(await snoozes.inputValue()).toBe('2');
    await snoozes.fill('');
    await snoozes.press('Enter');
    await expect.poll(async () => (await settingsOf(page)).breaks.maxSnoozes).toBeNull();
    const skips = page.getByLabel('Most breaks skipped in a row', { exact: true });
    await skips.fill('3');
    await skips.press('Enter');
    await expect.poll(async () => (await settingsOf(page)).breaks.maxSkipsInRow).toBe(3);
    await page.getByLabel('Show the break on every display').check();
    await expect.poll(async () => (await settingsOf(page)).breaks.everyDisplay).toBe(true);
  });

  it('shows main’s refusal of a shortcut under its field and keeps the old one', async () => {
    const { page } = await open('index.html', { view: 'preferences' });
    const field = page.getByLabel('Take a break now', { exact: true });
    await field.fill('Ctrl+Alt+B');
    await field.press('Enter');
    await expect.poll(async () => (await settingsOf(page)).shortcuts.breakNow).toBe('Ctrl+Alt+B');
    await field.fill('B');
    await field.press('Enter');
    await expect.poll(() => fieldOf(page, 'Take a break now').locator('.field-error').textContent()).toBe(
      'Name a key with at least one modifier (CommandOrControl, Alt, Shift or Super), for example CommandOrControl+Alt+B.',
    );
    expect((await settingsOf(page)).shortcuts.breakNow).toBe('Ctrl+Alt+B');
    expect(await axeViolations(page)).toEqual([]);
    await pageScreenshot(page, 'preferences-break');
  });

  it('says the refusal in the person’s language', async () => {
    const { page } = await open('index.html', { view: 'preferences', locale: 'de' });
    const label = de['prefs.shortcuts.breakNow'];
    const field = page.getByLabel(label, { exact: true });
    await field.fill('B');
    await field.press('Enter');
    await expect.poll(() => fieldOf(page, label).locator('.field-error').textContent()).toBe(de['field.shortcut.modifier']);
  });
});
