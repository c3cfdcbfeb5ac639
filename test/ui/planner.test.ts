import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artifactsDir, axeViolations, bridgeState, focusedText, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { pageScreenshot, refuseChannel } from './support/views.js';
import { settle } from './support/player.js';
import { UNDO_MS } from '../../renderer/hooks/useUndoableDelete.ts';
import type { Workout } from '../../main/core/workouts.js';

const openPage = previewSuite();

/** The planner, opened as a tray item would: the preview starts Monday 2 June 2025, 09:00, Berlin. */
const openPlanner = async (params: Record<string, string> = {}, scheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => {
  const opened = await openPage('index.html', { view: 'planner', ...params }, scheme);
  await opened.page.getByRole('heading', { level: 1, name: 'Workout planner' }).waitFor();
  return opened;
};

const durationField = (page: Page) => page.locator('.field', { has: page.getByLabel('Duration', { exact: true }) });

/** "16:30 Drink ahead", … as the workout's reminder list reads. */
const reminderLines = async (page: Page, id: string): Promise<string[]> => {
  const lines: string[] = [];
  for (const li of await page.locator(`[data-workout="${id}"] .occasions li`).all()) lines.push((await li.locator('span').allTextContents()).join(' '));
  return lines;
};

describe('Workout planner', () => {
  it('adds a weekly run: it shows with the reminders main derived, and the day’s water goal rises', async () => {
    const { page } = await openPlanner();
    expect(await page.getByText('Nothing planned yet.', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Add a workout' }).click();
    await expect.poll(() => focusedText(page)).toBe('New workout');

    // Today (a Monday) is chosen already; add Wednesday, an evening start, hot and sweaty.
    expect(await page.getByLabel('Monday').isChecked()).toBe(true);
    await page.getByLabel('Wednesday').check();
    await page.getByLabel('Start time').fill('18:30');
    await page.getByLabel('Duration', { exact: true }).fill('40');
    await page.getByLabel('Hot or very sweaty').check();
    await page.getByRole('button', { name: 'Save workout' }).click();

    const item = page.locator('[data-workout]');
    await item.waitFor();
    expect(await item.locator('.workout-name').textContent()).toBe('Run, 40\u00a0min');
    expect(await item.locator('.workout-when').textContent()).toBe('Monday and Wednesday at 18:30');
    expect(await item.locator('.workout-meta').textContent()).toBe('Moderate · hot or sweaty');
    expect(await page.getByRole('status').textContent()).toBe('Saved: Run, 40\u00a0min.');

    const state = await bridgeState(page);
    const [workout] = state.workouts;
    expect(workout).toMatchObject({ kind: 'run', minutes: 40, intensity: 'moderate', hot: true, schedule: { type: 'weekly', days: ['mon', 'wed'], time: '18:30' } });
    // Focus is back on the new workout's Edit button, not lost on the page.
    expect(await focusedText(page)).toBe('Edit Run, 40\u00a0min');

    // The reminders are main's (snapshot.upcoming), in its order, at its times.
    const id = workout?.id ?? '';
    const upcoming = state.snapshot.upcoming.filter((o) => o.workoutId === id);
    expect(await item.locator('[data-occasion]').evaluateAll((items) => items.map((li) => li.getAttribute('data-occasion')))).toEqual(upcoming.map((o) => o.reminder));
    expect(await reminderLines(page, id)).toEqual(['16:30 Drink ahead', '17:30 Last meal before it', '18:20 Warm up', '19:15 Cool down', '19:30 Rehydrate']);
    // 40 hot minutes: 500 ml more today (main's exerciseMl), and the goal says so.
    expect(state.snapshot.water.exerciseMl).toBe(500);
    expect(await page.locator('[data-water-goal]').textContent()).toBe('Today’s water goal is 2.5\u00a0L: 500\u00a0ml more for today’s workouts.');

    await pageScreenshot(page, 'planner');
    await page.emulateMedia({ colorScheme: 'dark' });
    await pageScreenshot(page, 'planner-dark');
  });

  it('shows main’s refusal of a duration next to the field, and saves nothing', async () => {
    const { page } = await openPlanner();
    await page.getByRole('button', { name: 'Add a workout' }).click();
    const duration = page.getByLabel('Duration', { exact: true });
    await duration.fill('2');
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(() => durationField(page).locator('.field-error').textContent()).toBe('Must be at least 5 minutes');
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    expect(await duration.getAttribute('aria-describedby')).toContain('-error');
    expect((await bridgeState(page)).workouts).toEqual([]);
    // The form stays, with what was typed.
    expect(await duration.inputValue()).toBe('2');
    await page.screenshot({ path: join(artifactsDir, 'planner-invalid.png') });

    await duration.fill('700');
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(() => durationField(page).locator('.field-error').textContent()).toBe('Must be at most 600 minutes');
    expect((await bridgeState(page)).workouts).toEqual([]);

    // An empty box is not sent at all.
    await duration.fill('');
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(() => durationField(page).locator('.field-error').textContent()).toBe('Enter a number.');

    // No day at all: main names the days, and the form shows it there.
    await duration.fill('30');
    await page.getByLabel('Monday').uncheck();
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(() => page.locator('.day-picker .field-error').textContent()).toBe('Choose at least one day');
    expect(await durationField(page).locator('.field-error').count()).toBe(0);
    expect((await bridgeState(page)).workouts).toEqual([]);

    await page.getByLabel('Friday').check();
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(async () => (await bridgeState(page)).workouts.length).toBe(1);
  });

  it('plans a one-off workout, edits it and deletes it', async () => {
    const { page } = await openPlanner();
    await page.getByRole('button', { name: 'Add a workout' }).click();
    await page.getByLabel('Swim').check();
    await page.getByLabel('Once').check();
    // In the past: said here, not sent.
    await page.getByLabel('Date and start time').fill('2025-06-01T19:00');
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(() => page.getByText('Choose a time still to come.').count()).toBe(1);
    expect((await bridgeState(page)).workouts).toEqual([]);

    await page.getByLabel('Date and start time').fill('2025-06-02T12:15');
    await page.getByRole('button', { name: 'Save workout' }).click();
    const item = page.locator('[data-workout]');
    await item.waitFor();
    expect(await item.locator('.workout-when').textContent()).toBe('Once: Mon 2 Jun at 12:15');
    expect((await bridgeState(page)).workouts[0]?.schedule).toEqual({ type: 'once', at: '2025-06-02T12:15' });

    await page.getByRole('button', { name: 'Edit Swim, 45\u00a0min' }).click();
    await page.getByRole('heading', { name: 'Edit workout' }).waitFor();
    await page.getByLabel('Hard').check();
    await page.getByRole('button', { name: 'Save workout' }).click();
    await expect.poll(() => item.locator('.workout-meta').textContent()).toBe('Hard');
    expect((await bridgeState(page)).workouts).toHaveLength(1);

    // Gone from the list at once, with an undo; main hears of it only when the undo has gone.
    await page.getByRole('button', { name: 'Delete Swim, 45\u00a0min' }).click();
    await page.getByText('Nothing planned yet.', { exact: false }).waitFor();
    expect(await page.locator('.undo-bar [role="status"]').textContent()).toBe('Deleted: Swim, 45\u00a0min.');
    await expect.poll(() => focusedText(page)).toBe('Undo');
    expect((await bridgeState(page)).workouts).toHaveLength(1);
    expect(await axeViolations(page), 'with the undo shown').toEqual([]);
  });

  it('deletes with an undo: Undo puts the workout back exactly, only the end of the undo reaches main, and a refusal brings it back and says why', async () => {
    const { page } = await openPage('index.html', { view: 'planner', seedHistory: '1' }, 'light', { pausedClock: true });
    await settle(page);
    const before = (await bridgeState(page)).workouts;
    expect(before.length).toBeGreaterThanOrEqual(2);
    const ids = () => page.locator('[data-workout]').evaluateAll((items) => items.map((item) => item.getAttribute('data-workout')));
    const [first, second] = before as [Workout, Workout];
    const nameOf = async (id: string) => (await page.locator(`[data-workout="${id}"] .workout-name`).textContent()) ?? '';
    const firstName = await nameOf(first.id);

    await page.getByRole('button', { name: `Delete ${firstName}` }).click();
    await settle(page);
    expect(await ids()).toEqual(before.slice(1).map((w) => w.id));
    expect(await page.locator('.undo-bar [role="status"]').textContent()).toBe(`Deleted: ${firstName}.`);
    expect(await focusedText(page)).toBe('Undo');

    // Undo: the same workout, in the same place, and main never knew.
    await page.getByRole('button', { name: 'Undo' }).click();
    await settle(page);
    expect(await ids()).toEqual(before.map((w) => w.id));
    expect((await bridgeState(page)).workouts).toEqual(before);
    expect(await focusedText(page)).toBe(`Delete ${firstName}`);
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);

    // Left alone, the undo goes after eight seconds and only then is the plan saved without it.
    await page.getByRole('button', { name: `Delete ${firstName}` }).click();
    await page.clock.runFor(UNDO_MS - 1000);
    expect((await bridgeState(page)).workouts).toEqual(before);
    await page.clock.runFor(1100);
    await settle(page);
    await expect.poll(async () => (await bridgeState(page)).workouts).toEqual(before.slice(1));
    expect(await page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(await page.locator('.undo-bar [role="status"]').textContent()).toBe('');
    expect(await focusedText(page)).toBe('Add a workout');

    // Main refuses: the workout comes back, and the list says why.
    await refuseChannel(page, 'workouts:set', 'workouts:set: the disk is full');
    const secondName = await nameOf(second.id);
    await page.getByRole('button', { name: `Delete ${secondName}` }).click();
    await page.clock.runFor(UNDO_MS + 100);
    await settle(page);
    await expect.poll(() => page.locator('.undo-bar [role="alert"]').textContent()).toBe(`Could not delete ${secondName}: workouts:set: the disk is full`);
    expect(await ids()).toEqual(before.slice(1).map((w) => w.id));
    expect((await bridgeState(page)).workouts).toEqual(before.slice(1));
  });

  it('lives behind More in the view switcher, which still fits the 420 px window', async () => {
    const { page } = await openPage('index.html');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Views' });
    const more = nav.getByRole('button', { name: 'More' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.locator('.nav-more-list').getByRole('button').allTextContents()).toEqual(['Planner', 'Diary', 'History', 'Learn', 'User’s guide']);
    for (const right of await nav.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right))) {
      expect(right).toBeLessThanOrEqual(420);
    }
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(420);
    // Esc closes the list and gives focus back to More.
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText(page)).toContain('More');

    await more.click();
    await nav.getByRole('button', { name: 'Planner', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Workout planner' }).waitFor();
    // More says where the person is, to eyes and to screen readers.
    expect(await more.getAttribute('class')).toContain('nav-item-active');
    expect(await more.textContent()).toBe('More, showing Planner');
    await more.click();
    expect(await nav.getByRole('button', { name: 'Planner', exact: true }).getAttribute('aria-current')).toBe('page');
  });

  it('has no axe-core violations: the list with a workout, and the form with an error, light and dark', async () => {
    const { page } = await openPlanner({ seedHistory: '1' });
    await page.locator('[data-workout]').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `planner list, ${scheme}`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Add a workout' }).click();
    await page.getByLabel('Duration', { exact: true }).fill('1');
    await page.getByRole('button', { name: 'Save workout' }).click();
    await durationField(page).locator('.field-error').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `planner form, ${scheme}`).toEqual([]);
    }
    await pageScreenshot(page, 'planner-form-dark');
  });
});
