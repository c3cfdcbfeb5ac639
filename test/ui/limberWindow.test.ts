import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { previewNow } from './support/views.js';
import { previewSuite } from './support/previewSuite.js';

const openPage = previewSuite();
const open = (params: Record<string, string> = {}): Promise<OpenedPage> => openPage('index.html', params);

const reminderRow = (page: Page, kind: 'move' | 'stretch' | 'hydrate') => page.locator(`[data-reminder="${kind}"] dd`);
/** The water ring's accessible name, e.g. "0.25 of 2.0 litres". */
const waterAmount = (page: Page) => page.locator('.water-ring').getAttribute('aria-label');

describe('Limber window: Today', () => {
  it('shows the countdowns from the snapshot', async () => {
    const { page } = await open();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
    expect(await reminderRow(page, 'move').textContent()).toBe('in 30\u00a0min');
    expect(await reminderRow(page, 'stretch').textContent()).toBe('in 2\u00a0h 00\u00a0min');
    expect(await reminderRow(page, 'hydrate').textContent()).toBe('in 45\u00a0min');
    await screenshot(page, 'today');
  });

  it('logs water with a glass and a bottle, and undoes the last drink', async () => {
    const { page } = await open();
    expect(await waterAmount(page)).toBe('0 of 2.0 litres');
    expect(await page.getByRole('button', { name: 'Undo last drink' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Glass 250\u00a0ml' }).click();
    await expect.poll(() => waterAmount(page)).toBe('0.25 of 2.0 litres');
    await page.getByRole('button', { name: 'Bottle 500\u00a0ml' }).click();
    await expect.poll(() => waterAmount(page)).toBe('0.75 of 2.0 litres');
    expect((await bridgeState(page)).snapshot.water.todayMl).toBe(750);
    await page.getByRole('button', { name: 'Undo last drink' }).click();
    await expect.poll(() => waterAmount(page)).toBe('0.25 of 2.0 litres');
    expect((await bridgeState(page)).snapshot.water).toMatchObject({ todayMl: 250, canUndo: true });
  });

  it('pauses and resumes', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: '30\u00a0min' }).click();
    await page.getByText('Paused until 09:30.').waitFor();
    expect(await reminderRow(page, 'move').textContent()).toBe('Paused until 09:30');
    expect((await bridgeState(page)).snapshot.paused).toEqual({ until: (await previewNow(page)) + 30 * 60_000 });
    // The pressed button went away; focus went to its replacement, not the page body.
    expect(await focusedText(page)).toBe('Resume');
    await screenshot(page, 'today-paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText('Reminders are on.').waitFor();
    expect((await bridgeState(page)).snapshot.paused).toBeNull();
    expect(await reminderRow(page, 'move').textContent()).toBe('in 30\u00a0min');
  });

  it('takes a break now', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Take a break now' }).click();
    await page.getByText('A movement break is on until 09:02.').waitFor();
    expect(await page.getByRole('button', { name: 'Take a break now' }).isDisabled()).toBe(true);
    expect(await reminderRow(page, 'move').textContent()).toBe('After this break');
    expect((await bridgeState(page)).snapshot.breakInProgress?.reminder).toBe('move');
  });

  it('follows simulated time: a movement break falls due', async () => {
    // 1,200× real time: the first movement alert (30 simulated minutes) comes after 1.5 s.
    const { page } = await open({ speed: '1200' });
    await expect.poll(() => reminderRow(page, 'move').textContent(), { timeout: 10_000 }).toBe('Due now');
  });

  it('shows notices and dismisses them', async () => {
    const { page } = await open({ notices: 'idleUnreliable,settingsRecovered' });
    const notices = page.locator('.notice');
    expect(await notices.count()).toBe(2);
    expect(await page.locator('[data-notice="idleUnreliable"]').textContent()).toContain('does not report idle time');
    await screenshot(page, 'today-notices');
    await page.locator('[data-notice="settingsRecovered"]').getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notices.count()).toBe(1);
    expect((await bridgeState(page)).notices.map((n) => n.id)).toEqual(['idleUnreliable']);
  });

  it('shows every notice the data layer raises, each in words a person reads (notices=all)', async () => {
    const { page } = await open({ notices: 'all' });
    const text = async (id: string) => (await page.locator(`[data-notice="${id}"] p`).textContent()) ?? '';
    expect(await text('historyWriteFailed')).toBe('Limber could not save your history: the disk is full. What you log now is not kept until this is fixed. This notice goes away once a save works again.');
    expect(await text('settingsWriteFailed')).toContain('could not save your settings: the disk is read-only');
    expect(await text('historySkipped')).toContain('could not be read and were skipped: 3');
    expect(await text('settingsPartlyRecovered')).toContain('(settings, workout plan)');
    expect(await text('settingsNewer')).toContain('newer version of Limber');
    expect(await page.locator(".notice").count()).toBe(12);
    await screenshot(page, 'today-notices-all');
  });

  it('is usable from the keyboard: Tab reaches the glass of water, Enter logs it', async () => {
    const { page } = await open();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 16 && seen.at(-1) !== 'Glass 250\u00a0ml'; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedText(page));
    }
    // The view opens with focus on its heading: Tab goes on to Today's controls in reading order.
    expect(seen).toEqual(['Take a break now', 'Glass 250\u00a0ml']);
    await page.keyboard.press('Enter');
    await expect.poll(() => waterAmount(page)).toBe('0.25 of 2.0 litres');
  });
});

describe('Limber window: Preferences', () => {
  const openPreferences = async (params: Record<string, string> = {}) => {
    const opened = await open(params);
    await opened.page.getByRole('button', { name: 'Preferences' }).click();
    await opened.page.getByRole('heading', { level: 1, name: 'Preferences' }).waitFor();
    return opened;
  };

  it('opens on the view main routes to', async () => {
    const { page } = await open({ view: 'preferences' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Preferences');
    expect(await page.getByRole('button', { name: 'Preferences' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows the idle-unreliable notice', async () => {
    const { page } = await openPreferences({ notices: 'idleUnreliable' });
    expect(await page.locator('[data-notice="idleUnreliable"]').isVisible()).toBe(true);
    await screenshot(page, 'preferences');
  });

  it('changes settings through the bridge', async () => {
    const { page } = await openPreferences();
    await page.getByText('Advanced', { exact: true }).click();
    await page.getByLabel('Strict mode').check();
    await page.getByLabel('Open the break window for movement breaks').check();
    await page.getByLabel('Play a sound with reminders').check();
    await page.getByLabel('Movement break every').fill('45');
    await page.getByLabel('Movement break every').press('Enter');
    await page.getByLabel('Start Limber at login').check();
    await expect
      .poll(async () => {
        const state = await bridgeState(page);
        return { ...state.settings.alerts, interval: state.settings.move.intervalMinutes, openAtLogin: state.openAtLogin };
      })
      .toMatchObject({ strict: true, breakWindowForMove: true, sound: true, interval: 45, openAtLogin: true });
    expect(await page.getByLabel('Strict mode').isChecked()).toBe(true);
    await page.getByLabel('Strict mode').uncheck();
    await expect.poll(async () => (await bridgeState(page)).settings.alerts.strict).toBe(false);
    await page.getByRole('button', { name: 'Today' }).click();
    expect(await reminderRow(page, 'move').textContent()).toBe('in 45\u00a0min');
  });
});

describe('Limber window: accessibility', () => {
  it('has no axe-core violations on Today and Preferences, light and dark', async () => {
    const { page } = await open({ notices: 'idleUnreliable,settingsRecovered' });
    await page.getByRole('button', { name: 'Bottle 500\u00a0ml' }).click();
    await page.getByRole('img', { name: '0.5 of 2.0 litres' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: 'Today' }).click();
      expect(await axeViolations(page), `Today, ${scheme}`).toEqual([]);
      await page.getByRole('button', { name: 'Preferences' }).click();
      await page.getByRole('heading', { level: 1, name: 'Preferences' }).waitFor();
      expect(await axeViolations(page), `Preferences, ${scheme}`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Today' }).click();
    await screenshot(page, 'today-dark');
  });
});
