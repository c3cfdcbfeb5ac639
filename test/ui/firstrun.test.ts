import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n.ts';
import { de, es, fr } from '../support/catalogues.js';
import { axeViolations, bridgeState, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { focusIsVisible, focusedLabel, pageScreenshot, refuseChannel, settingsOf, tabUntil } from './support/views.js';

const openPage = previewSuite();
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const STEPS = ['Your water goal', 'Exercise and night cramps', 'Limber lives in the tray'] as const;

/** Opens first run past its welcome, at the first numbered step. */
async function openFirstRun(scheme: 'light' | 'dark' = 'light', params: Record<string, string> = {}): Promise<OpenedPage> {
  const opened = await openPage('index.html', { firstRun: '1', ...params }, scheme);
  await opened.page.getByRole('button', { name: 'Next' }).click();
  await heading(opened.page).filter({ hasText: STEPS[0] }).waitFor();
  return opened;
}


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

  it('opens on a welcome that is not a numbered step, and can be skipped there', async () => {
    const { page } = await openPage('index.html', { firstRun: '1' });
    expect(await heading(page).textContent()).toBe('Welcome to Limber');
    expect(await page.locator('.setup-card').textContent()).toContain('Three short steps set it up.');
    expect(await page.getByText(/Step \d of 3/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Back' }).count(), 'nothing to go back to').toBe(0);
    expect(await page.getByRole('button', { name: 'Next' }).isVisible()).toBe(true);
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
      const welcome = await openPage('index.html', { firstRun: '1' }, scheme);
      expect(await axeViolations(welcome.page), `welcome, ${scheme}`).toEqual([]);
      await pageScreenshot(welcome.page, `firstrun-0.${scheme}`);
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

  it('sends a real test notification through main and says beside the button that it went', async () => {
    const { page } = await openFirstRun('light');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const button = page.getByRole('button', { name: 'Send a test notification' });
    await button.click();
    const result = page.getByRole('status').filter({ hasText: 'Sent.' });
    expect(await result.textContent()).toBe('Sent. If nothing appeared, allow notifications for Limber in your system settings.');
    expect(await page.evaluate(() => (globalThis as unknown as { limber: { testNotifications: number } }).limber.testNotifications)).toBe(1);
    // Next to the button, not somewhere else on the page.
    const [buttonBox, resultBox] = [await button.boundingBox(), await result.boundingBox()];
    expect(resultBox && buttonBox && resultBox.y - (buttonBox.y + buttonBox.height)).toBeLessThan(16);
  });

  it('says why no test notification came: a desktop without them, the desktop’s own error, or main refusing', async () => {
    const reasons: { params: Record<string, string>; refuse?: string; text: string }[] = [
      { params: { notifications: 'unsupported' }, text: 'Not sent: this desktop cannot show notifications. The tray menu still shows when a break is due.' },
      { params: { notifications: 'failing' }, text: 'Not sent: the notification server did not answer' },
      { params: {}, refuse: 'notification:test: too many requests; try again in a moment', text: 'Not sent: notification:test: too many requests; try again in a moment' },
    ];
    for (const reason of reasons) {
      const { page } = await openFirstRun('light', reason.params);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      if (reason.refuse) await refuseChannel(page, 'notification:test', reason.refuse);
      await page.getByRole('button', { name: 'Send a test notification' }).click();
      const result = page.locator('.setup-test-result');
      await expect.poll(() => result.textContent()).toBe(reason.text);
      // A failure reads as one: the error colour, not the muted hint's.
      const colours = await page.evaluate(`[getComputedStyle(document.querySelector('.setup-test-result')).color, getComputedStyle(document.querySelector('.setup-test p')).color]`);
      expect((colours as string[])[0], reason.text).not.toBe((colours as string[])[1]);
      expect(await page.evaluate(() => (globalThis as unknown as { limber: { testNotifications: number } }).limber.testNotifications)).toBe(0);
    }
  });

  it('offers start at login on the last step, bound to the same setting as Preferences', async () => {
    const { page } = await openFirstRun();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const login = page.getByRole('checkbox', { name: 'Start Limber at login' });
    expect(await login.isChecked()).toBe(false);
    await login.check();
    await expect.poll(async () => (await bridgeState(page)).openAtLogin).toBe(true);
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Preferences' }).click();
    expect(await page.getByRole('checkbox', { name: 'Start Limber at login' }).isChecked()).toBe(true);
  });
});

const catalogues = { en, de, es, fr } as const;
const stepTitles = ['setup.water.title', 'setup.body.title', 'setup.tray.title'] as const;
const sizes = [
  { width: 420, height: 640 },
  { width: 360, height: 480 },
] as const;

interface Box {
  x: number;
  y: number;
  right: number;
  width: number;
  height: number;
}

/**
 * Where the footer's buttons are drawn, by slot; a slot the step does not offer is null. Measured
 * after two frames: with reduced motion every change is a 0.01 ms transition that ends on a frame.
 */
const footerScript = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))).then(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { x: Math.round(r.x), y: Math.round(r.y), right: Math.round(r.right), width: Math.round(r.width), height: Math.round(r.height) }; };
  const slot = (name) => {
    const button = document.querySelector('.setup-slot-' + name + ' button');
    return button && getComputedStyle(button).visibility === 'visible' ? box(button) : null;
  };
  const footer = document.querySelector('.setup-actions').getBoundingClientRect();
  return { back: slot('back'), skip: slot('skip'), next: slot('next'), footerBottom: Math.round(footer.bottom), footerTop: Math.round(footer.top), innerHeight: window.innerHeight, innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth };
})`;

interface Footer {
  back: Box | null;
  skip: Box | null;
  next: Box | null;
  footerBottom: number;
  footerTop: number;
  innerHeight: number;
  innerWidth: number;
  scrollWidth: number;
}

describe.each(Object.keys(catalogues) as (keyof typeof catalogues)[])('first run’s footer in %s', (language) => {
  const words = catalogues[language];
  it.each(sizes)('stays in one place on every step at $width × $height', async (size) => {
    // The hidden slots keep their room; a button a step does not offer is neither seen nor heard.
    const { page } = await openPage('index.html', { firstRun: '1', locale: language });
    await page.setViewportSize(size);
    const where = `${language} ${size.width}×${size.height}`;
    const seen: Footer[] = [];
    for (let step = 0; step < 4; step++) {
      // Scrolled to the end of a long step, the footer is still at the window's foot.
      await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
      const footer = await page.evaluate<Footer>(footerScript);
      seen.push(footer);
      expect(footer.footerBottom, `${where} step ${step}: at the window’s foot`).toBe(footer.innerHeight);
      expect(footer.scrollWidth, `${where} step ${step}: no sideways scrolling`).toBeLessThanOrEqual(footer.innerWidth);
      for (const button of [footer.back, footer.skip, footer.next]) {
        if (!button) continue;
        expect(button.x, `${where} step ${step}`).toBeGreaterThanOrEqual(0);
        expect(button.right, `${where} step ${step}`).toBeLessThanOrEqual(footer.innerWidth);
      }
      // The step's last words end above the footer, not under it.
      const contentBottom = await page.evaluate<number>(`Math.round(document.querySelector('.setup-disclaimer').getBoundingClientRect().bottom)`);
      expect(contentBottom, `${where} step ${step}: content clear of the footer`).toBeLessThanOrEqual(footer.footerTop);
      await pageScreenshot(page, `firstrun-footer-${language}-${size.width}x${size.height}-${step}`);
      if (step === 3) break;
      await page.getByRole('button', { name: words['setup.next'], exact: true }).click();
      // The next step is drawn and has put focus on its heading (which scrolls it into view).
      await page.getByRole('heading', { level: 1, name: (words as Record<string, string>)[stepTitles[step] as string], exact: true }).waitFor();
      await expect.poll(() => page.evaluate<string>(`document.activeElement ? document.activeElement.tagName : ''`)).toBe('H1');
    }
    const [welcome, water, body, tray] = seen as [Footer, Footer, Footer, Footer];
    expect(welcome.back, 'no Back on the welcome').toBeNull();
    expect(tray.skip, 'no Skip on the last step').toBeNull();
    // Each button where it was: Back from the first step on, Skip until the last, Next (and
    // Finish) ending at the same edge on the same line.
    for (const later of [body, tray]) expect(later.back, where).toEqual(water.back);
    for (const later of [water, body]) expect(later.skip, where).toEqual(welcome.skip);
    for (const later of [water, body, tray]) {
      expect(later.next?.right, where).toBe(welcome.next?.right);
      expect(later.next?.y, where).toBe(welcome.next?.y);
      expect(later.next?.height, `${where}: one line`).toBe(welcome.next?.height);
    }
    for (const footer of seen) for (const button of [footer.back, footer.skip, footer.next]) if (button) expect(button.height, `${where}: a button on one line`).toBe(welcome.next?.height);
  });
});
