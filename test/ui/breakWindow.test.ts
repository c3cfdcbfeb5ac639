import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactsDir, axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';

const openPage = previewSuite();
const open = (params: Record<string, string>): Promise<OpenedPage> => openPage('break.html', params);

describe('break window', () => {
  it('shows a stretch alert with Start, Snooze and Skip', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Stretch break');
    for (const name of ['Start', 'Snooze 5 min', 'Skip']) expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByText(/^Source: /).isVisible()).toBe(true);
    expect((await bridgeState(page)).breakAlert).toEqual({ reminder: 'stretch', attempt: 1 });
    await screenshot(page, 'break-alert');
  });

  it('keeps the choices in view in the small window main opens (360 × 300)', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.setViewportSize({ width: 360, height: 300 });
    for (const name of ['Start', 'Snooze 5 min', 'Skip']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.y + box.height <= 300 && box.x + box.width <= 360, `${name} in view`).toBe(true);
    }
    await page.screenshot({ path: join(artifactsDir, 'break-alert-360x300.png') });
  });

  it('shows a movement alert when asked to', async () => {
    const { page } = await open({ breakAlert: 'move' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Time to move');
    expect((await bridgeState(page)).breakAlert?.reminder).toBe('move');
  });

  it('Snooze replies and closes the alert in the engine', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.getByRole('button', { name: 'Snooze 5 min' }).click();
    await page.getByRole('heading', { name: 'No break due' }).waitFor();
    const state = await bridgeState(page);
    expect(state.snapshot.alerting).not.toContain('stretch');
    expect(state.breakAlert).toBeNull();
    expect(await page.getByText('Next break in 5 min.').isVisible()).toBe(true);
  });

  it('Skip replies and closes the alert in the engine', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await page.getByRole('heading', { name: 'No break due' }).waitFor();
    const state = await bridgeState(page);
    expect(state.snapshot.alerting).toEqual([]);
    expect(state.snapshot.breakInProgress).toBeNull();
  });

  it('Start begins the break and counts down to its end', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('timer').waitFor();
    expect(await page.getByRole('timer').textContent()).toBe('5:00');
    const state = await bridgeState(page);
    expect(state.snapshot.alerting).not.toContain('stretch');
    expect(state.snapshot.breakInProgress?.reminder).toBe('stretch');
    // Focus does not fall to the page body when the buttons it was on go away.
    expect(await focusedText(page)).toBe('Done');
    await screenshot(page, 'break-running');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Break over. Well done.').waitFor();
    expect((await bridgeState(page)).snapshot.breakInProgress).toBeNull();
  });

  it('strict mode offers neither Skip nor Snooze', async () => {
    const { page } = await open({ breakAlert: 'stretch', strict: '1' });
    expect(await page.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Skip' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Snooze/ }).count()).toBe(0);
    await screenshot(page, 'break-strict');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('timer').waitFor();
    expect(await page.getByRole('button').count()).toBe(0);
  });

  it('is usable from the keyboard: Tab reaches Start, Enter starts the break', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Start');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Snooze 5 min');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('timer').waitFor();
    expect((await bridgeState(page)).snapshot.breakInProgress?.reminder).toBe('stretch');
  });

  it('counts down on a running clock', async () => {
    // 60× real time: a second of waiting is a simulated minute.
    const { page } = await open({ breakAlert: 'stretch', speed: '60' });
    await page.getByRole('button', { name: 'Start' }).click();
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).toMatch(/^[0-3]:\d\d$/);
  });

  it('has no accessibility violations (axe-core), light and dark', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    expect(await axeViolations(page), 'alert, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'alert, dark').toEqual([]);
    await screenshot(page, 'break-alert-dark');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('timer').waitFor();
    expect(await axeViolations(page), 'running, dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'running, light').toEqual([]);

    const strict = await open({ breakAlert: 'stretch', strict: '1' });
    expect(await axeViolations(strict.page), 'strict alert').toEqual([]);
  });
});
