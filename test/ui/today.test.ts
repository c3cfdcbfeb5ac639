import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, bridgeState, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { focusIsVisible, invoke, pageScreenshot, previewNow, refuseChannel, tabUntil } from './support/views.js';

const openPage = previewSuite();
const open = (params: Record<string, string> = {}, scheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => openPage('index.html', params, scheme);

const row = (page: Page, kind: 'move' | 'stretch' | 'hydrate') => page.locator(`[data-reminder="${kind}"] dd`);
const ring = (page: Page) => page.locator('.water-ring');
const ringLabel = (page: Page) => ring(page).getAttribute('aria-label');
const tally = (page: Page, key: 'taken' | 'skipped' | 'natural' | 'missed') => page.locator(`[data-tally="${key}"] dd`);

describe('Today', () => {
  it('shows the next breaks, the water ring and the day’s tally', async () => {
    const { page } = await open();
    expect(await row(page, 'move').textContent()).toBe('in 30\u00a0min');
    expect(await row(page, 'stretch').textContent()).toBe('in 2\u00a0h 00\u00a0min');
    expect(await row(page, 'hydrate').textContent()).toBe('in 45\u00a0min');
    // The ring is one image with its meaning in words.
    expect(await page.getByRole('img', { name: '0 of 2.0 litres' }).count()).toBe(1);
    expect(await ring(page).locator('.water-ring-value').count()).toBe(0);
    // Before the first break, one sentence instead of four zeros; no range hint under the custom amount.
    expect(await page.locator('[data-tally]').count()).toBe(0);
    expect(await page.locator('.tally-none').textContent()).toBe('No breaks yet today; the first is due in 30\u00a0min.');
    expect(await page.getByRole('heading', { name: 'Breaks today' }).isVisible()).toBe(true);
    expect(await page.locator('.custom-drink .hint').count()).toBe(0);
  });

  it('tells the day: a run’s moments under Coming up, and why the water goal rose under the ring', async () => {
    const { page } = await open();
    const run = { id: 'evening-run', kind: 'run', minutes: 60, intensity: 'moderate', hot: false, schedule: { type: 'once', at: '2025-06-02T18:30' } };
    expect((await invoke(page, 'workouts:set', { workouts: [run] })).ok).toBe(true);
    const day = page.locator('[data-day-workout="evening-run"]');
    await day.waitFor();
    expect(await day.locator('dt').textContent()).toBe('Run 18:30');
    const moments = (await day.locator('dd').textContent()) ?? '';
    expect(moments).toContain('drink ahead 16:30');
    expect(moments).toContain('warm up 18:20');
    const { exerciseMl } = (await bridgeState(page)).snapshot.water;
    expect(exerciseMl).toBeGreaterThan(0);
    expect(await page.locator('[data-goal-reason]').textContent()).toBe(`+${exerciseMl.toLocaleString('en-GB')}\u00a0ml for your run`);
    await pageScreenshot(page, 'today-workout-day');
  });

  it('says why an alert is held while the desktop is busy', async () => {
    const { page } = await open({ busy: 'inCall' });
    expect((await bridgeState(page)).snapshot.holding?.reason).toBe('inCall');
    expect(await page.locator('.holding').textContent()).toBe('Holding your movement break: you’re in a call.');
  });

  it('shows a refusal from main in the card whose button caused it', async () => {
    const { page } = await open();
    // Main refuses every drink, as it would with a history it cannot write.
    await refuseChannel(page, 'drink:log', 'the history could not be written');
    await page.getByRole('button', { name: 'Glass 250\u00a0ml' }).click();
    const water = page.locator('section.water');
    await expect.poll(() => water.locator('.error-message').textContent()).toBe('That did not work: the history could not be written');
    // Only there: the other cards' messages stay empty.
    expect((await page.locator('.error-message').allTextContents()).filter(Boolean)).toEqual(['That did not work: the history could not be written']);
  });

  it('logs a glass and a bottle and undoes the last: the ring and its label follow', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Glass 250\u00a0ml' }).click();
    await expect.poll(() => ringLabel(page)).toBe('0.25 of 2.0 litres');
    expect(await ring(page).getAttribute('data-fraction')).toBe('0.125');
    const arc = ring(page).locator('.water-ring-value');
    const offsetAfterGlass = Number(await arc.getAttribute('stroke-dashoffset'));
    await page.getByRole('button', { name: 'Bottle 500\u00a0ml' }).click();
    await expect.poll(() => ringLabel(page)).toBe('0.75 of 2.0 litres');
    // More water, less of the circle left undrawn.
    expect(Number(await arc.getAttribute('stroke-dashoffset'))).toBeLessThan(offsetAfterGlass);
    expect(await page.getByRole('status').textContent()).toBe('Logged 500\u00a0ml. 0.75 of 2.0 litres.');
    expect(await page.locator('.water-ring-amount').textContent()).toBe('0.75');
    expect(await page.locator('.water-ring-goal').textContent()).toBe('of 2.0\u00a0L');

    await page.getByRole('button', { name: 'Undo last drink' }).click();
    await expect.poll(() => ringLabel(page)).toBe('0.25 of 2.0 litres');
    expect(await page.getByRole('status').textContent()).toBe('Took back the last drink. 0.25 of 2.0 litres.');
    await page.getByRole('button', { name: 'Undo last drink' }).click();
    await expect.poll(() => ringLabel(page)).toBe('0 of 2.0 litres');
    expect((await bridgeState(page)).snapshot.water).toMatchObject({ todayMl: 0, canUndo: false });
    expect(await page.getByRole('button', { name: 'Undo last drink' }).isDisabled()).toBe(true);
  });

  it('fills the ring, and no further, past the goal', async () => {
    const { page } = await open();
    await invoke(page, 'drink:log', { ml: 2500 });
    await expect.poll(() => ringLabel(page)).toBe('2.5 of 2.0 litres');
    expect(await ring(page).getAttribute('data-fraction')).toBe('1.000');
    expect(await ring(page).getAttribute('class')).toContain('water-ring-full');
  });

  it('checks a custom amount before logging it', async () => {
    const { page } = await open();
    const field = page.getByLabel('Other amount');
    const log = page.getByRole('button', { name: 'Log', exact: true });
    const error = page.locator('.custom-drink .field-error');

    await log.click();
    expect(await error.textContent()).toBe('Enter an amount first.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    for (const amount of ['6000', '0', '-5']) {
      await field.fill(amount);
      await log.click();
      expect(await error.textContent(), amount).toBe('Enter an amount from 1\u00a0ml to 5,000\u00a0ml.');
    }
    // The error is tied to the field for screen readers.
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await error.getAttribute('id'));
    expect((await bridgeState(page)).snapshot.water.todayMl).toBe(0);

    await field.fill('330');
    expect(await error.count(), 'typing clears the error').toBe(0);
    await field.press('Enter');
    await expect.poll(() => ringLabel(page)).toBe('0.33 of 2.0 litres');
    expect(await field.inputValue()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
  });

  it('says when a break is due, and counts taken and skipped breaks', async () => {
    const { page } = await open({ breakAlert: 'move' });
    await expect.poll(() => row(page, 'move').textContent()).toBe('Due now');
    expect(await page.locator('[data-reminder="move"]').getAttribute('class')).toContain('reminder-due');
    await invoke(page, 'reply', { reminder: 'move', action: 'skip' });
    await expect.poll(() => tally(page, 'skipped').textContent()).toBe('1');

    await page.getByRole('button', { name: 'Take a break now' }).click();
    await page.getByText(/is on until/).waitFor();
    const { snapshot, settings } = await bridgeState(page);
    const running = snapshot.breakInProgress;
    // A movement break, running for its set length from now.
    expect(running).toEqual({ reminder: 'move', until: (await previewNow(page)) + settings.move.durationMinutes * 60_000 });
    await invoke(page, 'reply', { reminder: running?.reminder ?? 'move', action: 'done' });
    await expect.poll(() => tally(page, 'taken').textContent()).toBe('1');
    expect((await bridgeState(page)).snapshot.breaks).toMatchObject({ taken: 1, skipped: 1 });
    expect(await tally(page, 'natural').textContent()).toBe('0');
    expect(await tally(page, 'missed').textContent()).toBe('0');
  });

  it('says until when reminders are paused', async () => {
    const { page } = await open();
    await invoke(page, 'pause:set', { for: 'minutes', minutes: 330 });
    await expect.poll(() => row(page, 'move').textContent()).toBe('Paused until 14:30');
    expect(await row(page, 'hydrate').textContent()).toBe('Paused until 14:30');
  });

  it('shows amounts in US fluid ounces when the person chose them', async () => {
    const { page } = await open();
    await invoke(page, 'settings:set', { profile: { units: 'floz' } });
    await expect.poll(() => ringLabel(page)).toBe('0 of 67.6 US fluid ounces');
    await page.getByRole('button', { name: 'Glass 8.5\u00a0fl\u00a0oz' }).click();
    await expect.poll(() => ringLabel(page)).toBe('8.5 of 67.6 US fluid ounces');
    expect(await page.locator('.water-ring-goal').textContent()).toBe('of 67.6\u00a0fl\u00a0oz');
    // A custom amount in ounces is stored in millilitres.
    await page.getByLabel('Other amount').fill('12');
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    await expect.poll(async () => (await bridgeState(page)).snapshot.water.todayMl).toBe(250 + 355);
    await page.getByLabel('Other amount').fill('200');
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    expect(await page.locator('.custom-drink .field-error').textContent()).toBe('Enter an amount from 0.1\u00a0fl\u00a0oz to 169\u00a0fl\u00a0oz.');
  });

  it('is usable from the keyboard, with a visible focus ring', async () => {
    const { page } = await open();
    // The view opens with focus on its heading, so Tab goes straight into it.
    expect(await tabUntil(page, 'Take a break now', 1)).toEqual(['Take a break now']);
    expect(await focusIsVisible(page)).toBe(true);
    // Reading order: the drinks, undo (disabled: skipped), the custom amount, then Pause.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('Glass 250\u00a0ml');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => ringLabel(page)).toBe('0.25 of 2.0 litres');
    expect(await tabUntil(page, 'Other amount', 4)).toEqual(['Bottle 500\u00a0ml', 'Undo last drink', 'Other amount']);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    await expect.poll(() => ringLabel(page)).toBe('0.4 of 2.0 litres');
    expect(await tabUntil(page, '30\u00a0min', 3)).toEqual(['Log', '30\u00a0min']);
    await page.keyboard.press('Enter');
    await page.getByText('Paused until 09:30.').waitFor();
  });

  it('has no axe-core violations, light and dark; screenshots of both', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await open({ notices: 'idleUnreliable' }, scheme);
      await page.getByRole('button', { name: 'Bottle 500\u00a0ml' }).click();
      await page.getByRole('button', { name: 'Glass 250\u00a0ml' }).click();
      await expect.poll(() => ringLabel(page)).toBe('0.75 of 2.0 litres');
      await invoke(page, 'break:now');
      const running = (await bridgeState(page)).snapshot.breakInProgress;
      await invoke(page, 'reply', { reminder: running?.reminder ?? 'move', action: 'done' });
      await expect.poll(() => tally(page, 'taken').textContent()).toBe('1');
      await page.getByLabel('Other amount').fill('9000');
      await page.getByRole('button', { name: 'Log', exact: true }).click();
      expect(await axeViolations(page), `Today, ${scheme}`).toEqual([]);
      await page.getByLabel('Other amount').fill('');
      await page.mouse.move(0, 0);
      await page.locator('body').click({ position: { x: 2, y: 300 } });
      await pageScreenshot(page, `today.${scheme}`);
    }
  });
});
