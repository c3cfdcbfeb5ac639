import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, bridgeState, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { focusIsVisible, focusedLabel, pageScreenshot, settingsOf, tabUntil } from './support/views.js';

const openPage = previewSuite();
const openFirstRun = (scheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => openPage('index.html', { firstRun: '1' }, scheme);

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const STEPS = ['Your water goal', 'Exercise and night cramps', 'Limber lives in the tray'] as const;

describe('First run', () => {
  it('is not shown once setup is done (the preview’s default)', async () => {
    const { page } = await openPage('index.html');
    expect(await heading(page).textContent()).toBe('Today');
    expect((await settingsOf(page)).profile.setupDone).toBe(true);
  });

  it('says on every step that Limber is not medical advice', async () => {
    const { page } = await openFirstRun();
    for (const step of STEPS) {
      expect(await heading(page).textContent()).toBe(step);
      expect(await page.getByText('Limber is not medical advice.').isVisible(), step).toBe(true);
      expect(await page.getByText('Limber cannot diagnose or treat you; if worried, ask a health professional.').isVisible(), step).toBe(true);
      if (step !== STEPS[2]) await page.getByRole('button', { name: 'Next' }).click();
    }
  });

  it('caps the weight guide at 3 litres and says why', async () => {
    const { page } = await openFirstRun();
    await page.getByLabel('Body weight', { exact: true }).fill('300');
    await page.getByLabel('Body weight', { exact: true }).press('Tab');
    expect(await page.getByText('For your weight the rule of thumb would say more; Limber stops at 3,000\u00a0ml.').isVisible()).toBe(true);
    expect(await page.getByText(/Limber never suggests more than 3,000\sml a day.*hyponatraemia/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Use 3,000\u00a0ml as my goal' }).click();
    await expect.poll(async () => (await settingsOf(page)).hydrate.dailyGoalMl).toBe(3000);
  });

  it('walks through three steps, saving each answer, and then shows Today', async () => {
    const { page } = await openFirstRun();
    expect((await settingsOf(page)).profile.setupDone).toBe(false);
    expect(await heading(page).textContent()).toBe(STEPS[0]);
    expect(await page.getByText('Step 1 of 3').isVisible()).toBe(true);
    // No view switcher yet: the welcome has the window to itself.
    expect(await page.getByRole('navigation').count()).toBe(0);

    // Step 1: the water goal, with the weight guide.
    await page.getByLabel('Body weight', { exact: true }).fill('80');
    await page.getByLabel('Body weight', { exact: true }).press('Tab');
    await page.getByRole('button', { name: 'Use 2,100\u00a0ml as my goal' }).click();
    await expect.poll(async () => (await settingsOf(page)).hydrate.dailyGoalMl).toBe(2100);
    expect(await page.getByLabel('Daily water goal', { exact: true }).inputValue()).toBe('2100');
    expect((await settingsOf(page)).profile.bodyWeightKg).toBe(80);

    // Step 2: exercise and night cramps; the answers are stored as they are given.
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await heading(page).textContent()).toBe(STEPS[1]);
    expect(await focusedLabel(page), 'focus starts at the new step’s heading').toBe(STEPS[1]);
    expect(await page.getByText('Step 2 of 3').isVisible()).toBe(true);
    await page.getByRole('group', { name: 'Do you run or exercise?' }).getByLabel('Yes').check();
    await page.getByRole('group', { name: 'Do you get cramps at night?' }).getByLabel('Yes').check();
    await expect.poll(async () => (await settingsOf(page)).profile).toMatchObject({ exercises: true, nightCramps: true, setupDone: false });
    expect(await page.getByText(/bedtime routine in Routines/).isVisible()).toBe(true);
    // Night cramps: the bedtime reminder is offered right there.
    await page.getByRole('checkbox', { name: /Remind me at bedtime/ }).check();
    await expect.poll(async () => (await bridgeState(page)).settings.bedtime.enabled).toBe(true);

    // Back keeps the answers; forward again.
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await heading(page).textContent()).toBe(STEPS[0]);
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByRole('group', { name: 'Do you get cramps at night?' }).getByLabel('Yes').isChecked()).toBe(true);

    // Step 3: the tray.
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await heading(page).textContent()).toBe(STEPS[2]);
    const tray = await page.locator('.setup-card').textContent();
    expect(tray).toContain('system tray');
    expect(tray).toContain('Closing this window keeps Limber running');
    expect(tray).toContain('Quit');
    expect(await page.getByRole('button', { name: 'Skip setup' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect((await settingsOf(page)).profile.setupDone).toBe(true);
    expect(await page.locator('.water-ring').getAttribute('aria-label')).toBe('0 of 2.1 litres');
    // Focus lands on the view switcher, not the page body.
    expect(await focusedLabel(page)).toBe('Today');
  });

  it('can be skipped from the first step', async () => {
    const { page } = await openFirstRun();
    await page.getByRole('button', { name: 'Skip setup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect((await settingsOf(page)).profile).toMatchObject({ setupDone: true, exercises: false, nightCramps: false });
  });

  it('offers ml or fl oz on the first step', async () => {
    const { page } = await openFirstRun();
    await page.getByLabel('US fluid ounces (fl oz)').check();
    await expect.poll(() => page.getByLabel('Daily water goal', { exact: true }).inputValue()).toBe('67.6');
    expect((await settingsOf(page)).profile.units).toBe('floz');
  });

  it('is usable from the keyboard alone', async () => {
    const { page } = await openFirstRun();
    await tabUntil(page, 'Body weight');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await tabUntil(page, 'Next');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await heading(page).textContent()).toBe(STEPS[1]);
    expect((await settingsOf(page)).profile.bodyWeightKg).toBe(60);
    // Radio groups: Tab reaches the chosen answer, arrow keys change it.
    await tabUntil(page, 'No');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await settingsOf(page)).profile.exercises).toBe(true);
    await tabUntil(page, 'Next');
    await page.keyboard.press('Enter');
    expect(await heading(page).textContent()).toBe(STEPS[2]);
    await tabUntil(page, 'Finish');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect((await bridgeState(page)).settings.profile.setupDone).toBe(true);
  });

  it('has no axe-core violations at any step, light and dark; screenshots of each', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openFirstRun(scheme);
      await page.getByLabel('Body weight', { exact: true }).fill('70');
      await page.getByLabel('Body weight', { exact: true }).press('Tab');
      await page.getByText('About 1.7–2.0 litres a day from drinks.').waitFor();
      for (const [i, title] of STEPS.entries()) {
        expect(await heading(page).textContent()).toBe(title);
        if (i === 1) {
          await page.getByRole('group', { name: 'Do you get cramps at night?' }).getByLabel('Yes').check();
          await page.getByText(/bedtime routine in Routines/).waitFor();
        }
        expect(await axeViolations(page), `step ${i + 1}, ${scheme}`).toEqual([]);
        await page.locator('body').click({ position: { x: 2, y: 2 } });
        await pageScreenshot(page, `firstrun-${i + 1}.${scheme}`);
        if (i < STEPS.length - 1) await page.getByRole('button', { name: 'Next' }).click();
      }
    }
  });
});
