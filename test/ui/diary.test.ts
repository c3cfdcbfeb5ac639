import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CrampEntry } from '../../main/core/diary.js';
import type { AppState } from '../../main/ipc/contract.js';
import { axeViolations, bridgeState, focusedText, type OpenedPage } from './support/browser.js';
import { previewSuite, type PreviewPageOptions } from './support/previewSuite.js';
import { pageScreenshot, refuseChannel } from './support/views.js';
import { settle } from './support/player.js';
import { UNDO_MS } from '../../renderer/hooks/useUndoableDelete.ts';

const openPage = previewSuite();

/** The diary, as a tray item opens it; the preview starts Monday 2 June 2025, 09:00, Berlin. */
const openDiary = async (params: Record<string, string> = {}, scheme: 'light' | 'dark' = 'light', options: PreviewPageOptions = {}): Promise<OpenedPage> => {
  const opened = await openPage('index.html', { view: 'diary', ...params }, scheme, options);
  await opened.page.getByRole('heading', { level: 1, name: 'Cramp diary' }).waitFor();
  return opened;
};

const crampsIn = (state: AppState): CrampEntry[] => (state.history?.days ?? []).flatMap((d) => d.cramps);
const listed = (page: Page) => page.locator('.recent-cramps li.cramp');

describe('Cramp diary', () => {
  it('shows a refusal that names no field under the form, and keeps what was typed', async () => {
    const { page } = await openDiary();
    await refuseChannel(page, 'cramp:log', 'The history could not be written');
    await page.getByText('How long, and a note').click();
    await page.getByLabel('Note').fill('Woke me up');
    await page.getByRole('button', { name: 'Log cramp' }).click();
    await expect.poll(() => page.locator('.cramp-form .field-error').textContent()).toBe('The history could not be written');
    expect(await page.getByLabel('Note').inputValue()).toBe('Woke me up');
    expect(await page.locator('.cramp-form [role="status"]').textContent()).toBe('');
  });

  it('logs a cramp: it shows in the list, in the history and in History', async () => {
    const { page } = await openDiary();
    await page.getByText('No cramps logged in the last 90 days.').waitFor();
    // At 09:00 on a weekday the guess is the desk; the person says otherwise.
    expect(await page.getByLabel('At a desk').isChecked()).toBe(true);
    await page.getByLabel('Muscle').selectOption('foot');
    await page.getByLabel('In bed at night').check();
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByText('How long, and a note').click();
    await page.getByLabel('How long it lasted').fill('3');
    await page.getByLabel('Note').fill('Woke me up');
    await page.getByRole('button', { name: 'Log cramp' }).click();

    await expect.poll(() => listed(page).count()).toBe(1);
    expect(await page.locator('.cramp-form [role="status"]').textContent()).toBe('Logged a foot cramp at 09:00.');
    const item = listed(page).first();
    expect(await item.locator('.cramp-title').textContent()).toBe('Foot Today, 09:00');
    expect(await item.locator('.cramp-meta').textContent()).toBe('In bed at night · severity 4 of 5 · 3\u00a0min');
    expect(await item.locator('.cramp-note').textContent()).toBe('Woke me up');
    const [cramp] = crampsIn(await bridgeState(page));
    expect(cramp).toMatchObject({ muscle: 'foot', context: 'night', severity: 4, durationMinutes: 3, note: 'Woke me up', when: Date.parse('2025-06-02T07:00:00Z') });
    // The form is ready for the next one: the optional fields are empty again.
    expect(await page.getByLabel('Note').inputValue()).toBe('');

    await pageScreenshot(page, 'diary');
    await page.emulateMedia({ colorScheme: 'dark' });
    await pageScreenshot(page, 'diary-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // History's timeline has it, and Insights counts it.
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    const timeline = page.locator('[data-chart="timeline"]');
    await expect.poll(() => timeline.locator('.chart-summary').textContent()).toBe('Workouts: 0. Cramps: 1.');
    expect(await timeline.locator('g[data-day="2025-06-02"] .marker-cramp').count()).toBe(1);
    await timeline.getByText('Show the numbers').click();
    expect(await timeline.locator('tbody tr').first().textContent()).toContain('Foot (in bed at night)');
    expect(await page.locator('.insights').textContent()).toContain('So far: 1 cramp over 1 day.');
  });

  it('logs a cramp that happened earlier, but not one in the future', async () => {
    const { page } = await openDiary();
    await page.getByLabel('Earlier').check();
    const when = page.getByLabel('Date and time');
    // It starts from a recent quarter hour, not an empty box.
    expect(await when.inputValue()).toBe('2025-06-02T09:00');
    await when.fill('2025-06-02T11:00');
    await page.getByRole('button', { name: 'Log cramp' }).click();
    await page.getByText('Choose a time that has already passed.').waitFor();
    expect(await when.getAttribute('aria-invalid')).toBe('true');
    expect(crampsIn(await bridgeState(page))).toEqual([]);

    await when.fill('2025-06-01T03:15');
    await page.getByLabel('In bed at night').check();
    await page.getByRole('button', { name: 'Log cramp' }).click();
    await expect.poll(() => listed(page).count()).toBe(1);
    expect(await listed(page).first().locator('.cramp-when').textContent()).toBe('Sun 1 Jun, 03:15');
    expect(crampsIn(await bridgeState(page))[0]?.when).toBe(Date.parse('2025-06-01T01:15:00Z'));
    // Back to "Just now" for the next one.
    expect(await page.getByLabel('Just now').isChecked()).toBe(true);
  });

  it('arrives from the relief guide with that muscle chosen', async () => {
    const { page } = await openPage('index.html', { view: 'relief', muscle: 'hamstring' });
    await page.getByRole('button', { name: 'Log this cramp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cramp diary' }).waitFor();
    expect(await page.getByLabel('Muscle').inputValue()).toBe('hamstring');
    await page.getByRole('button', { name: 'Log cramp' }).click();
    await expect.poll(async () => crampsIn(await bridgeState(page)).map((c) => c.muscle)).toEqual(['hamstring']);

    // A route main sends (a tray item) does the same.
    const routed = await openDiary({ muscle: 'foot' });
    expect(await routed.page.getByLabel('Muscle').inputValue()).toBe('foot');
  });

  it('deletes a cramp with an undo: Undo restores it exactly, the delete reaches main when the undo goes, even from another view', async () => {
    const { page } = await openDiary({ seedHistory: '1' }, 'light', { pausedClock: true });
    await settle(page);
    await expect.poll(() => listed(page).count()).toBe(7);
    const ids = () => listed(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-cramp')));
    const before = await ids();
    const kept = crampsIn(await bridgeState(page));
    const first = listed(page).first();
    const id = (await first.getAttribute('data-cramp')) ?? '';
    expect(await first.locator('.cramp-title').textContent()).toBe('Calf Thu 29 May, 02:30');

    await first.getByRole('button', { name: /^Delete/ }).click();
    await settle(page);
    expect(await ids()).toEqual(before.slice(1));
    expect(await page.locator('.recent-cramps .undo-bar [role="status"]').textContent()).toBe('Deleted: Calf, Thu 29 May, 02:30.');
    expect(await focusedText(page)).toBe('Undo');
    expect(crampsIn(await bridgeState(page))).toEqual(kept);

    await page.getByRole('button', { name: 'Undo' }).click();
    await settle(page);
    expect(await ids()).toEqual(before);
    expect(crampsIn(await bridgeState(page))).toEqual(kept);
    expect(await focusedText(page)).toBe('Delete Calf, Thu 29 May, 02:30');

    // Left alone: sent when the undo goes; focus moves to the entry now in its place.
    await listed(page).first().getByRole('button', { name: /^Delete/ }).click();
    await page.clock.runFor(UNDO_MS + 100);
    await settle(page);
    await expect.poll(async () => crampsIn(await bridgeState(page)).some((c) => c.id === id)).toBe(false);
    expect(await ids()).toEqual(before.slice(1));
    expect(await focusedText(page)).toBe('Delete Calf, Thu 22 May, 19:05');

    // Leaving the view does not cancel the next one: it is deleted when its undo would have gone.
    const next = before[1] ?? '';
    await listed(page).first().getByRole('button', { name: /^Delete/ }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Today' }).click();
    await page.clock.runFor(UNDO_MS + 100);
    await expect.poll(async () => crampsIn(await bridgeState(page)).some((c) => c.id === next)).toBe(false);

    // Closing the window while the undo waits: the delete goes as the page goes, not never.
    const last = before[2] ?? '';
    await page.getByRole('navigation').getByRole('button', { name: 'More' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Diary', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cramp diary' }).waitFor();
    await listed(page).first().getByRole('button', { name: /^Delete/ }).click();
    expect(crampsIn(await bridgeState(page)).some((c) => c.id === last)).toBe(true);
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
    await expect.poll(async () => crampsIn(await bridgeState(page)).some((c) => c.id === last)).toBe(false);
  });

  it('brings a cramp back and says why when main refuses its delete', async () => {
    const { page } = await openDiary({ seedHistory: '1' }, 'light', { pausedClock: true });
    await settle(page);
    await expect.poll(() => listed(page).count()).toBe(7);
    const before = await listed(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-cramp')));
    await refuseChannel(page, 'cramp:delete', 'cramp:delete: the history could not be written (the disk is full)');
    await listed(page).first().getByRole('button', { name: /^Delete/ }).click();
    await page.clock.runFor(UNDO_MS + 100);
    await settle(page);
    await expect.poll(() => page.locator('.recent-cramps [role="alert"]').textContent()).toBe(
      'Could not delete Calf, Thu 29 May, 02:30: cramp:delete: the history could not be written (the disk is full)',
    );
    expect(await listed(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-cramp')))).toEqual(before);
  });

  it('has no axe-core violations: the form with details open, and the list, light and dark', async () => {
    const { page } = await openDiary({ seedHistory: '1' });
    await expect.poll(() => listed(page).count()).toBe(7);
    await page.getByText('How long, and a note').click();
    await page.getByLabel('Earlier').check();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `diary, ${scheme}`).toEqual([]);
    }
  });
});
