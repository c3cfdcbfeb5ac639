import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n.ts';
import { de, es, fr } from '../support/catalogues.js';
import { axeViolations, bridgeState, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { fieldOf, focusIsVisible, focusedLabel, pageScreenshot, settingsOf, tabUntil } from './support/views.js';

const openPage = previewSuite();

async function openPreferences(params: Record<string, string> = {}, scheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
  const opened = await openPage('index.html', { view: 'preferences', ...params }, scheme);
  await opened.page.getByRole('heading', { level: 1, name: 'Preferences' }).waitFor();
  return opened;
}

/** Types into a field and leaves it (Tab), as a person would: that is when the field sends. */
async function enter(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await box.press('Tab');
}

const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const windowRow = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('Preferences', () => {
  it('puts General first, the reminders next and Advanced last, folded', async () => {
    const { page } = await openPreferences();
    const legends = await page.locator('form.preferences > fieldset > legend').allTextContents();
    expect(legends.slice(0, 5)).toEqual(['General', 'Updates', 'Movement breaks', 'Stretch breaks', 'Water']);
    const general = page.locator('fieldset', { has: page.locator('legend', { hasText: 'General' }) });
    for (const label of ['Language', 'Start Limber at login', 'Play a sound with reminders']) expect(await general.getByLabel(label).count(), label).toBe(1);
    const advanced = page.locator('details.prefs-advanced');
    expect(await advanced.getAttribute('open')).toBeNull();
    expect(await page.getByLabel('Snooze for').isVisible()).toBe(false);
    await advanced.locator('summary').click();
    expect(await page.getByLabel('Snooze for').isVisible()).toBe(true);
  });

  it('restores a section’s defaults, and undoes that', async () => {
    const { page } = await openPreferences();
    const movement = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Movement breaks' }) });
    const restore = movement.getByRole('button', { name: 'Restore defaults' });
    expect(await restore.isDisabled(), 'nothing to restore yet').toBe(true);
    await enter(page, 'Movement break every', '40');
    await expect.poll(async () => (await settingsOf(page)).move.intervalMinutes).toBe(40);
    await restore.click();
    await expect.poll(async () => (await settingsOf(page)).move.intervalMinutes).toBe(30);
    expect(await movement.getByRole('status').textContent()).toBe('Defaults restored.');
    expect(await page.getByLabel('Movement break every', { exact: true }).inputValue()).toBe('30');
    await movement.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await settingsOf(page)).move.intervalMinutes).toBe(40);
    // The other sections were left alone.
    expect((await settingsOf(page)).stretch.intervalMinutes).toBe(120);
  });

  it('offers the log folder for a bug report, saying the log holds no health data', async () => {
    const { page } = await openPreferences();
    await page.locator('details.prefs-advanced summary').click();
    const button = page.getByRole('button', { name: 'Open log folder' });
    await button.waitFor();
    expect(await page.locator('fieldset', { has: button }).textContent()).toContain('no notes, amounts or cramp details');
    const answered = await page.evaluate(async () => (await (globalThis as unknown as { limber: { invoke(c: string): Promise<{ ok: boolean }> } }).limber.invoke('logs:open')).ok);
    expect(answered).toBe(true);
  });

  it('refuses an out-of-range value with the reason next to the field, in the person’s words, and does not apply it', async () => {
    const { page } = await openPreferences();
    await page.getByText('Advanced', { exact: true }).click();
    await enter(page, 'Movement break every', '300');
    const field = fieldOf(page, 'Movement break every');
    const error = field.locator('.field-error');
    await error.waitFor();
    // Main said it was too big (the IPC contract's check on settings:set); the field names its range.
    expect(await error.textContent()).toBe('Enter a number from 5 to 240.');
    const box = page.getByLabel('Movement break every', { exact: true });
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(((await box.getAttribute('aria-describedby')) ?? '').split(' ')).toContain(await error.getAttribute('id'));
    // The refused value stays in the box to be fixed, but nothing changed.
    expect(await box.inputValue()).toBe('300');
    expect((await settingsOf(page)).move.intervalMinutes).toBe(30);
    // Only that field is marked.
    expect(await page.locator('.field-error').count()).toBe(1);

    await enter(page, 'Stretch break every', '12.5');
    expect(await fieldOf(page, 'Stretch break every').locator('.field-error').textContent()).toBe('Enter a whole number.');
    expect((await settingsOf(page)).stretch.intervalMinutes).toBe(120);

    // Not a number at all is caught here, and nothing is sent.
    await page.getByLabel('Snooze for', { exact: true }).fill('');
    await page.getByLabel('Snooze for', { exact: true }).press('Tab');
    expect(await fieldOf(page, 'Snooze for').locator('.field-error').textContent()).toBe('Enter a number.');

    await page.getByRole('button', { name: 'Today' }).click();
    expect(await page.locator('[data-reminder="move"] dd').textContent()).toBe('in 30\u00a0min');
  });

  it('applies a valid change, which Today then shows', async () => {
    const { page } = await openPreferences();
    await enter(page, 'Movement break every', '300');
    await fieldOf(page, 'Movement break every').locator('.field-error').waitFor();
    await enter(page, 'Movement break every', '45');
    await expect.poll(async () => (await settingsOf(page)).move.intervalMinutes).toBe(45);
    expect(await fieldOf(page, 'Movement break every').locator('.field-error').count(), 'the error goes').toBe(0);
    expect(await page.getByLabel('Movement break every', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Today' }).click();
    expect(await page.locator('[data-reminder="move"] dd').textContent()).toBe('in 45\u00a0min');
  });

  it('has every engine setting, and each one applies', async () => {
    const { page } = await openPreferences();
    await page.getByText('Advanced', { exact: true }).click();
    const numbers: [label: string, value: string][] = [
      ['Movement break every', '40'],
      ['Movement break lasts', '3'],
      ['Stretch break every', '90'],
      ['Stretch break lasts', '4'],
      ['Stretch takes the place of a movement break within', '15'],
      ['Drink reminder every', '60'],
      ['Daily water goal', '2200'],
      ['A drink from a reminder counts as', '300'],
      ['Snooze for', '7'],
      ['Repeat an unanswered reminder after', '12'],
      ['Repeats before a break counts as missed', '3'],
      ['While you are busy, hold reminders for up to', '45'],
      ['During a call or screen sharing, hold reminders for up to', '150'],
      ['Count me away after no input for', '4'],
    ];
    for (const [label, value] of numbers) await enter(page, label, value);
    await enter(page, 'A new day starts at', '5:30');
    const hydrateWindow = page.getByRole('group', { name: 'Drink reminders between' });
    await hydrateWindow.getByLabel('Start').fill('09:00');
    await hydrateWindow.getByLabel('End').fill('18:00');
    await hydrateWindow.getByLabel('End').press('Tab');
    for (const label of ['Remind me to move', 'Remind me to stretch', 'Remind me to drink', 'Play a sound with reminders', 'Strict mode', 'Open the break window for movement breaks', 'I run or exercise', 'I get cramps at night']) {
      await page.getByLabel(label, { exact: true }).click();
    }
    await page.getByLabel('Start Limber at login').check();

    await expect
      .poll(async () => {
        const { settings, openAtLogin } = await bridgeState(page);
        return { ...settings, openAtLogin };
      })
      .toMatchObject({
        move: { enabled: false, intervalMinutes: 40, durationMinutes: 3 },
        stretch: { enabled: false, intervalMinutes: 90, durationMinutes: 4, replacesMoveWithinMinutes: 15 },
        hydrate: { enabled: false, intervalMinutes: 60, window: { start: '09:00', end: '18:00' }, dailyGoalMl: 2200, defaultDrinkMl: 300 },
        presence: { idleThresholdMinutes: 4 },
        alerts: { snoozeMinutes: 7, repeatEveryMinutes: 12, maxRepeats: 3, busyHoldMaxMinutes: 45, callHoldMaxMinutes: 150, sound: true, strict: true, breakWindowForMove: true },
        profile: { exercises: true, nightCramps: true },
        dayStartsAt: '05:30',
        openAtLogin: true,
      });
    expect(await page.locator('.field-error').count()).toBe(0);
    expect(await page.getByLabel('A new day starts at').inputValue(), 'a time is tidied to HH:MM').toBe('05:30');
  });

  it('turns updates off and on with one switch, which main keeps', async () => {
    const { page, problems } = await openPreferences();
    const updates = page.getByRole('group', { name: 'Updates', exact: true });
    const box = updates.getByRole('checkbox', { name: 'Keep Limber up to date' });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(async () => (await settingsOf(page)).updates.enabled).toBe(false);
    await box.check();
    await expect.poll(async () => (await settingsOf(page)).updates.enabled).toBe(true);
    expect(problems).toEqual([]);
  });

  it('refuses a reminder window that ends before it starts, in the window’s words, and lets either end fix it', async () => {
    const { page } = await openPreferences();
    const group = page.getByRole('group', { name: 'Drink reminders between' });
    await group.getByLabel('End').fill('07:00');
    await group.getByLabel('End').press('Tab');
    const error = page.locator('.time-range-row', { has: group }).locator('.field-error');
    expect(await error.textContent()).toBe('The end must come after the start; a window cannot cross midnight.');
    expect(await group.getByLabel('Start').getAttribute('aria-invalid')).toBe('true');
    expect((await settingsOf(page)).hydrate.window).toEqual({ start: '08:00', end: '20:00' });
    await group.getByLabel('Start').fill('06:00');
    await group.getByLabel('Start').press('Tab');
    await expect.poll(async () => (await settingsOf(page)).hydrate.window).toEqual({ start: '06:00', end: '07:00' });
    expect(await error.count()).toBe(0);
  });

  it('switches amounts to US fluid ounces, here and on Today', async () => {
    const { page } = await openPreferences();
    await page.getByLabel('US fluid ounces (fl oz)').check();
    await expect.poll(async () => (await settingsOf(page)).profile.units).toBe('floz');
    const goal = page.getByLabel('Daily water goal', { exact: true });
    await expect.poll(() => goal.inputValue()).toBe('67.6');
    expect(await fieldOf(page, 'Daily water goal').locator('.unit').textContent()).toBe('fl\u00a0oz');
    expect(await fieldOf(page, 'Daily water goal').locator('.hint').textContent()).toBe('8.5\u00a0fl\u00a0oz to 338.1\u00a0fl\u00a0oz.');
    // An amount typed in ounces is stored in millilitres.
    await enter(page, 'Daily water goal', '64');
    await expect.poll(async () => (await settingsOf(page)).hydrate.dailyGoalMl).toBe(1893);
    await page.getByRole('button', { name: 'Today' }).click();
    expect(await page.locator('.water-ring').getAttribute('aria-label')).toBe('0 of 64 US fluid ounces');
    expect(await page.getByRole('button', { name: 'Glass 8.5\u00a0fl\u00a0oz' }).isVisible()).toBe(true);
    // And back.
    await page.getByRole('button', { name: 'Preferences' }).click();
    await page.getByLabel('Millilitres (ml)').check();
    await expect.poll(() => page.getByLabel('Daily water goal', { exact: true }).inputValue()).toBe('1893');
  });

  it('works out a goal from body weight, marked as a guide with its source', async () => {
    const { page } = await openPreferences();
    await page.getByText('Suggest a goal from body weight').click();
    const guide = page.locator('.guide');
    expect(await guide.textContent()).toContain('Guide');
    expect(await guide.textContent()).toContain('not a prescription');
    expect(await guide.textContent()).toContain('EFSA (2010)');
    expect(await guide.textContent()).toContain('2.0\u00a0L a day for women and 2.5\u00a0L for men');

    await enter(page, 'Body weight', '10');
    expect(await fieldOf(page, 'Body weight').locator('.field-error').textContent()).toBe('Enter a number from 25 to 300.');
    expect((await settingsOf(page)).profile.bodyWeightKg).toBeNull();

    await enter(page, 'Body weight', '70');
    await expect.poll(async () => (await settingsOf(page)).profile.bodyWeightKg).toBe(70);
    expect(await guide.getByText('About 1.7–2.0 litres a day from drinks.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Use 1,800\u00a0ml as my goal' }).click();
    await expect.poll(async () => (await settingsOf(page)).hydrate.dailyGoalMl).toBe(1800);
    expect(await page.getByLabel('Daily water goal', { exact: true }).inputValue()).toBe('1800');
    expect(await guide.getByText('Your goal is 1,800\u00a0ml.').isVisible()).toBe(true);
    // The button went; focus stayed in the guide rather than falling to the page.
    expect(await focusedLabel(page)).toBe('Your goal is 1,800\u00a0ml.');

    // In pounds alongside fluid ounces; the weight is still kept in kilograms.
    await page.getByLabel('US fluid ounces (fl oz)').check();
    await expect.poll(() => page.getByLabel('Body weight', { exact: true }).inputValue()).toBe('154');
    expect(await fieldOf(page, 'Body weight').locator('.unit').textContent()).toBe('lb');
    await enter(page, 'Body weight', '200');
    await expect.poll(async () => (await settingsOf(page)).profile.bodyWeightKg).toBe(90.7);
    // 90.7 kg × 30–35 ml × 4/5 from drinks = 2,177–2,540 ml = 73.6–85.9 US fl oz; the middle, 80 fl oz, is 2,366 ml.
    expect(await guide.getByText('About 74–86\u00a0fl\u00a0oz a day from drinks.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Use 80\u00a0fl\u00a0oz as my goal' }).click();
    await expect.poll(async () => (await settingsOf(page)).hydrate.dailyGoalMl).toBe(2366);
    expect(await page.getByLabel('Daily water goal', { exact: true }).inputValue()).toBe('80');

    // Clearing the weight forgets it.
    await enter(page, 'Body weight', '');
    await expect.poll(async () => (await settingsOf(page)).profile.bodyWeightKg).toBeNull();
  });

  it('adds and removes working hours, and copies Monday to the other weekdays', async () => {
    const { page } = await openPreferences();
    const monday = day(page, 'Monday');
    // An all-day window leaves no room for another.
    expect(await monday.getByRole('button', { name: 'Add hours to Monday' }).count()).toBe(0);
    const first = windowRow(page, 'Monday, hours 1');
    await first.getByLabel('Start').fill('9:00');
    await first.getByLabel('End').fill('12:30');
    await first.getByLabel('End').press('Tab');
    await expect.poll(async () => (await settingsOf(page)).workingHours.mon).toEqual([{ start: '09:00', end: '12:30' }]);
    expect(await first.getByLabel('Start').inputValue()).toBe('09:00');

    await monday.getByRole('button', { name: 'Add hours to Monday' }).click();
    await expect.poll(async () => (await settingsOf(page)).workingHours.mon).toEqual([
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '17:30' },
    ]);
    // Focus moves into the new window, ready to edit it.
    expect(await focusedLabel(page)).toBe('Start');
    const second = windowRow(page, 'Monday, hours 2');
    expect(await second.getByLabel('Start').evaluate((input) => input === (input.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
    await second.getByLabel('End').fill('17:00');
    await second.getByLabel('End').press('Tab');
    await expect.poll(async () => (await settingsOf(page)).workingHours.mon[1]).toEqual({ start: '13:30', end: '17:00' });

    // A window that ends before it starts is refused, in its own row.
    await second.getByLabel('End').fill('11:00');
    await second.getByLabel('End').press('Tab');
    const rowError = page.locator('.time-range-row', { has: second }).locator('.field-error');
    expect(await rowError.textContent()).toBe('The end must come after the start; a window cannot cross midnight.');
    expect((await settingsOf(page)).workingHours.mon[1]).toEqual({ start: '13:30', end: '17:00' });
    await second.getByLabel('End').fill('17:00');
    await second.getByLabel('End').press('Tab');
    await expect.poll(() => rowError.count()).toBe(0);

    await page.getByRole('button', { name: 'Copy Monday to Tue–Fri' }).click();
    await expect
      .poll(async () => (await settingsOf(page)).workingHours)
      .toMatchObject(
        Object.fromEntries(
          ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [
            d,
            [
              { start: '09:00', end: '12:30' },
              { start: '13:30', end: '17:00' },
            ],
          ]),
        ),
      );
    expect((await settingsOf(page)).workingHours.sat).toEqual([{ start: '00:00', end: '24:00' }]);
    expect(await windowRow(page, 'Friday, hours 2').getByLabel('End').inputValue()).toBe('17:00');

    await page.getByRole('button', { name: 'Remove Monday hours 2' }).click();
    await expect.poll(async () => (await settingsOf(page)).workingHours.mon).toEqual([{ start: '09:00', end: '12:30' }]);
    expect(await focusedLabel(page), 'focus goes to the day’s Add button').toBe('Add hours to Monday');

    await page.getByRole('button', { name: 'Remove Sunday hours 1' }).click();
    await expect.poll(async () => (await settingsOf(page)).workingHours.sun).toEqual([]);
    expect(await day(page, 'Sunday').getByText('No breaks').isVisible()).toBe(true);
    expect(await focusedLabel(page)).toBe('Add hours to Sunday');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settingsOf(page)).workingHours.sun).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('is usable from the keyboard, with a visible focus ring', async () => {
    const { page } = await openPreferences();
    await tabUntil(page, 'Remind me to move');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Movement break every');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settingsOf(page)).move.intervalMinutes).toBe(25);
    // Radio buttons: arrow keys choose.
    await tabUntil(page, 'Millilitres (ml)');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await settingsOf(page)).profile.units).toBe('floz');
    // The guide opens from the keyboard.
    await tabUntil(page, 'Suggest a goal from body weight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Body weight');
    await tabUntil(page, 'Start Limber at login');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await bridgeState(page)).openAtLogin).toBe(true);
  });

  it('has no axe-core violations, light and dark; screenshots of both', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openPreferences({ notices: 'idleUnreliable' }, scheme);
      // The notice that idle time cannot be read stays in view here, where the idle setting is.
      expect(await page.locator('[data-notice="idleUnreliable"]').isVisible()).toBe(true);
      await page.getByText('Suggest a goal from body weight').click();
      await enter(page, 'Body weight', '70');
      await page.getByText('About 1.7–2.0 litres a day from drinks.').waitFor();
      await windowRow(page, 'Monday, hours 1').getByLabel('End').fill('12:00');
      await windowRow(page, 'Monday, hours 1').getByLabel('End').press('Tab');
      await day(page, 'Monday').getByRole('button', { name: 'Add hours to Monday' }).click();
      await page.getByRole('button', { name: 'Remove Sunday hours 1' }).click();
      await enter(page, 'Movement break every', '300');
      await fieldOf(page, 'Movement break every').locator('.field-error').waitFor();
      expect(await axeViolations(page), `Preferences, ${scheme}`).toEqual([]);
      await enter(page, 'Movement break every', '30');
      await expect.poll(() => page.locator('.field-error').count()).toBe(0);
      await page.locator('body').click({ position: { x: 2, y: 300 } });
      await pageScreenshot(page, `preferences.${scheme}`);
    }
  });
});

/** Every hint's colour and every error's, with the muted and danger colours of the page's theme. */
const messageColoursScript = `(() => {
  const probe = (variable) => { const el = document.createElement('span'); el.style.color = 'var(' + variable + ')'; document.body.append(el); const c = getComputedStyle(el).color; el.remove(); return c; };
  const colour = (el) => getComputedStyle(el).color;
  return {
    muted: probe('--muted'),
    danger: probe('--danger'),
    hints: [...document.querySelectorAll('main .hint')].filter((el) => el.textContent.trim()).map((el) => ({ text: el.textContent.trim(), colour: colour(el) })),
    errors: [...document.querySelectorAll('main .field-error')].map((el) => ({ text: el.textContent.trim(), colour: colour(el) })),
  };
})()`;

interface MessageColours {
  muted: string;
  danger: string;
  hints: { text: string; colour: string }[];
  errors: { text: string; colour: string }[];
}

describe.each(['en', 'de', 'es', 'fr'] as const)('Preferences’ hints and errors in %s', (language) => {
  it('says why an out-of-range or broken number was refused in the language, by its field, with the field’s own range', async () => {
    const words = { en, de, es, fr }[language] as Record<string, string>;
    const { page } = await openPage('index.html', { view: 'preferences', locale: language });
    await page.getByRole('heading', { level: 1, name: words['prefs.title'] }).waitFor();
    const range = (min: number, max: number) => (words['field.number.range'] ?? '').replace('{{min}}', String(min)).replace('{{max}}', String(max));
    const label = words['prefs.move.interval'] ?? '';
    await enter(page, label, '500');
    const error = fieldOf(page, label).locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(range(5, 240));
    expect((await settingsOf(page)).move.intervalMinutes).toBe(30);
    const drink = words['prefs.hydrate.interval'] ?? '';
    await enter(page, drink, '3');
    expect(await fieldOf(page, drink).locator('.field-error').textContent()).toBe(range(10, 240));
    await enter(page, label, '12.5');
    await expect.poll(() => error.textContent()).toBe(words['field.number.whole']);
    await page.locator('details.prefs-advanced > summary').click();
    const limit = words['prefs.alerts.maxRepeats'] ?? '';
    await enter(page, limit, '9');
    expect(await fieldOf(page, limit).locator('.field-error').textContent()).toBe(range(0, 5));
    // A time that is no time of day.
    const bedtime = words['prefs.bedtime.time'] ?? '';
    await enter(page, bedtime, '25:00');
    expect(await fieldOf(page, bedtime).locator('.field-error').textContent()).toBe(words['field.time.required']);
    // 24:00 ends a day; as a bedtime it would be tomorrow's 00:00.
    await enter(page, bedtime, '24:00');
    await expect.poll(() => fieldOf(page, bedtime).locator('.field-error').textContent()).toBe(words['field.time.endOfDay']);
    expect((await settingsOf(page)).bedtime.time).toBe('22:00');
  });

  it('draws every hint (the ranges among them) in the neutral colour, and only a refusal in red, light and dark', async () => {
    const words = { en, de, es, fr }[language] as Record<string, string>;
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openPage('index.html', { view: 'preferences', locale: language }, scheme);
      await page.getByRole('heading', { level: 1, name: words['prefs.title'] }).waitFor();
      await page.locator('details.prefs-advanced > summary').click();
      const calm = await page.evaluate<MessageColours>(messageColoursScript);
      expect(calm.muted).not.toBe(calm.danger);
      expect(calm.errors, `${language} ${scheme}: nothing is wrong yet`).toEqual([]);
      const range = (words['prefs.hint.minutes'] ?? '').replace('{{min}}', '5').replace('{{max}}', '240');
      expect(calm.hints.map((h) => h.text), `${language}: the movement interval's range is a hint`).toContain(range);
      for (const hint of calm.hints) expect(hint.colour, `${language} ${scheme}: “${hint.text}”`).toBe(calm.muted);

      // A refused value: its error is red, the range hint beside it stays neutral.
      await enter(page, words['prefs.move.interval'] ?? '', '300');
      await fieldOf(page, words['prefs.move.interval'] ?? '').locator('.field-error').waitFor();
      const refused = await page.evaluate<MessageColours>(messageColoursScript);
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors[0]?.colour).toBe(refused.danger);
      for (const hint of refused.hints) expect(hint.colour, `${language} ${scheme}, with an error shown: “${hint.text}”`).toBe(refused.muted);
    }
  });
});
