import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';

const openPage = previewSuite();
const open = (params: Record<string, string> = {}): Promise<OpenedPage> => openPage('index.html', params);

const reminderRow = (page: Page, kind: 'move' | 'stretch' | 'hydrate') => page.locator(`[data-reminder="${kind}"] dd`);
const waterAmount = (page: Page) => page.locator('.water-amount');

describe('Limber window: Today', () => {
  it('shows the countdowns from the snapshot', async () => {
    const { page } = await open();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
    expect(await reminderRow(page, 'move').textContent()).toBe('in 30 min');
    expect(await reminderRow(page, 'stretch').textContent()).toBe('in 2 h 00 min');
    expect(await reminderRow(page, 'hydrate').textContent()).toBe('in 45 min');
    await screenshot(page, 'today');
  });

  it('logs water with +250 and +500, and undoes the last drink', async () => {
    const { page } = await open();
    expect(await waterAmount(page).textContent()).toBe('0 ml of 2,000 ml');
    expect(await page.getByRole('button', { name: 'Undo last drink' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '+250 ml' }).click();
    await expect.poll(() => waterAmount(page).textContent()).toBe('250 ml of 2,000 ml');
    await page.getByRole('button', { name: '+500 ml' }).click();
    await expect.poll(() => waterAmount(page).textContent()).toBe('750 ml of 2,000 ml');
    expect((await bridgeState(page)).snapshot.water.todayMl).toBe(750);
    await page.getByRole('button', { name: 'Undo last drink' }).click();
    await expect.poll(() => waterAmount(page).textContent()).toBe('250 ml of 2,000 ml');
    expect((await bridgeState(page)).snapshot.water).toMatchObject({ todayMl: 250, canUndo: true });
  });

  it('pauses and resumes', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: '30 min' }).click();
    await page.getByText('Paused until 09:30.').waitFor();
    expect(await reminderRow(page, 'move').textContent()).toBe('Paused');
    expect((await bridgeState(page)).snapshot.paused).not.toBeNull();
    // The pressed button went away; focus went to its replacement, not the page body.
    expect(await focusedText(page)).toBe('Resume');
    await screenshot(page, 'today-paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByText('Reminders are on.').waitFor();
    expect((await bridgeState(page)).snapshot.paused).toBeNull();
    expect(await reminderRow(page, 'move').textContent()).toBe('in 30 min');
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

  it('is usable from the keyboard: Tab reaches +250 ml, Enter logs it', async () => {
    const { page } = await open();
    const seen: (string | null)[] = [];
    for (let i = 0; i < 12 && seen.at(-1) !== '+250 ml'; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedText(page));
    }
    expect(seen).toEqual(['Today', 'Preferences', 'Take a break now', '+250 ml']);
    await page.keyboard.press('Enter');
    await expect.poll(() => waterAmount(page).textContent()).toBe('250 ml of 2,000 ml');
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
    await page.getByLabel('Strict mode').check();
    await page.getByLabel('Open the break window for movement breaks').check();
    await page.getByLabel('Play a sound with reminders').check();
    await page.getByLabel('Movement break every').selectOption('45');
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
    expect(await reminderRow(page, 'move').textContent()).toBe('in 45 min');
  });
});

describe('Limber window: accessibility', () => {
  it('has no axe-core violations on Today and Preferences, light and dark', async () => {
    const { page } = await open({ notices: 'idleUnreliable,settingsRecovered' });
    await page.getByRole('button', { name: '+500 ml' }).click();
    await page.getByText('500 ml of 2,000 ml').waitFor();
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
