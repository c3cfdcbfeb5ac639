import { describe, expect, it } from 'vitest';
import { reliefMuscles, type ReliefMuscle } from '../../main/ipc/contract.js';
import { reliefGuides } from '../../renderer/content/relief.js';
import { routines } from '../../renderer/content/routines.js';
import { stretches } from '../../renderer/content/stretches.js';
import type { ReliefGuide } from '../../renderer/content/types.js';
import { axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { countdown, expectedHolds, playerShows, settle } from './support/player.js';
import { previewSuite, type PreviewPageOptions } from './support/previewSuite.js';

const openPage = previewSuite();

const guideFor = (muscle: ReliefMuscle): ReliefGuide => {
  const guide = reliefGuides.find((g) => g.muscle === muscle);
  if (!guide) throw new Error(`no relief guide for ${muscle}`);
  return guide;
};

/** The relief view as a tray item opens it: `AppState.route = { view: 'relief', muscle }`. */
const openFromTray = async (muscle: ReliefMuscle, options: PreviewPageOptions = {}, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => {
  const opened = await openPage('index.html', { view: 'relief', muscle }, colorScheme, options);
  await opened.page.getByRole('heading', { level: 1, name: guideFor(muscle).name }).waitFor();
  return opened;
};

describe('Cramp relief', () => {
  it('has a guide, with a playable stretch, for every muscle the tray offers', () => {
    for (const muscle of reliefMuscles) {
      const guide = guideFor(muscle);
      const routine = routines.find((r) => r.id === guide.routine);
      expect(routine, `${muscle}: routine ${guide.routine}`).toBeDefined();
      expect(expectedHolds(routine!, stretches).length, muscle).toBeGreaterThan(0);
    }
  });

  it('lets the person pick the muscle, and go back to pick another', async () => {
    const { page } = await openPage('index.html', { view: 'relief' });
    await page.getByRole('heading', { level: 1, name: 'Cramp relief' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Where is the cramp?' }).isVisible()).toBe(true);
    expect(await page.locator('[data-muscle]').evaluateAll((buttons) => buttons.map((b) => (b as unknown as { dataset: { muscle: string } }).dataset.muscle))).toEqual([...reliefMuscles]);
    expect(await page.getByText('Limber is not medical advice.').isVisible()).toBe(true);
    await screenshot(page, 'relief');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'relief-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const foot = guideFor('foot');
    await page.getByRole('button', { name: 'Foot', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: foot.name }).waitFor();
    await expect.poll(() => focusedText(page)).toBe(foot.name);
    await page.getByRole('button', { name: 'Another muscle' }).click();
    await page.getByRole('heading', { level: 2, name: 'Where is the cramp?' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Cramp relief');
  });

  it('opens from a tray deep link on that muscle: right now, the stretch, then ice or heat', async () => {
    const guide = guideFor('calf');
    const { page } = await openFromTray('calf');
    expect((await bridgeState(page)).route).toMatchObject({ view: 'relief', muscle: 'calf' });
    expect(await page.getByRole('button', { name: 'Relief' }).getAttribute('aria-current')).toBe('page');
    // The steps that matter during a cramp are first, numbered, and in view without scrolling.
    const now = page.getByRole('region', { name: '1 Right now' }).or(page.getByRole('region', { name: 'Right now' }));
    expect(await now.getByRole('listitem').allTextContents()).toEqual(guide.immediate);
    const lastStep = await now.getByRole('listitem').last().boundingBox();
    expect(lastStep && lastStep.y + lastStep.height <= 640, 'immediate steps in view at 420 × 640').toBe(true);
    expect(await page.getByRole('button', { name: 'Start the stretch' }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: /Afterwards: ice or heat/ }).getByRole('listitem').allTextContents()).toEqual(guide.afterwards);
    // The cramp diary plugs in through Relief's onLogCramp.
    expect(await page.getByRole('button', { name: 'Log this cramp' }).count()).toBe(1);
    await screenshot(page, 'relief-calf');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'relief-calf-dark');
  });

  it('follows a later tray request to another muscle while the window is open', async () => {
    const { page } = await openPage('index.html');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.evaluate(() => (globalThis as unknown as { limber: { invoke(c: string, r: unknown): Promise<unknown> } }).limber.invoke('window:open', { view: 'relief', muscle: 'hamstring' }));
    await page.getByRole('heading', { level: 1, name: guideFor('hamstring').name }).waitFor();
    await page.evaluate(() => (globalThis as unknown as { limber: { invoke(c: string, r: unknown): Promise<unknown> } }).limber.invoke('window:open', { view: 'relief', muscle: 'hand' }));
    await page.getByRole('heading', { level: 1, name: guideFor('hand').name }).waitFor();
  });

  it('plays the stretch with paced breathing, then goes on to ice or heat', async () => {
    const guide = guideFor('calf');
    const routine = routines.find((r) => r.id === guide.routine)!;
    const holds = expectedHolds(routine, stretches);
    const { page } = await openFromTray('calf', { pausedClock: true });
    await page.getByRole('button', { name: 'Start the stretch' }).click();
    await page.getByRole('heading', { level: 1, name: routine.name }).waitFor();
    await settle(page);
    expect((await playerShows(page)).stretch).toBe(holds[0]?.stretch.name);
    expect((await playerShows(page)).timer).toBe(countdown(holds[0]?.ms ?? 0));

    // Breathe in for 4 s, out for 6 s, in again: the words follow the player's clock.
    const cue = page.locator('.pacer-cue');
    expect(await cue.textContent()).toBe('Breathe in');
    expect(await page.getByText('Paced breathing: breathe in for 4 seconds, out for 6.').count()).toBe(1);
    await page.clock.runFor(4_000);
    expect(await cue.textContent()).toBe('Breathe out');
    await screenshot(page, 'relief-player');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'relief-player-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.clock.runFor(6_000);
    expect(await cue.textContent()).toBe('Breathe in');
    // Paused, the breathing cue holds still with everything else.
    await page.keyboard.press('Space');
    await page.clock.runFor(5_000);
    expect(await cue.textContent()).toBe('Breathe in');
    await page.keyboard.press('Space');
    await settle(page);

    // Under prefers-reduced-motion (the test default) the circle is gone and the words lead;
    // with motion allowed, the circle is there.
    expect(await page.locator('.pacer-circle').isVisible()).toBe(false);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.locator('.pacer-circle').isVisible()).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });

    const total = holds.reduce((sum, hold) => sum + hold.ms, 0);
    await page.clock.runFor(total);
    await page.getByRole('heading', { level: 2, name: 'Routine complete' }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toBe('Next: ice or heat');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: guide.name }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toContain('Afterwards: ice or heat');
  });

  it('Esc leaves the stretch back to the guide, focus on Start the stretch', async () => {
    const { page } = await openFromTray('quadriceps', { pausedClock: true });
    await page.getByRole('button', { name: 'Start the stretch' }).click();
    await settle(page);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: guideFor('quadriceps').name }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toBe('Start the stretch');
  });

  it('has no axe-core violations: muscles, guide (evidence open), player, light and dark', async () => {
    const { page } = await openPage('index.html', { view: 'relief' });
    await page.getByRole('heading', { level: 1, name: 'Cramp relief' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `muscles, ${scheme}`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Calf', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: guideFor('calf').name }).waitFor();
    await page.locator('details.evidence summary').first().click();
    await page.getByText('When to see a doctor').click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `guide, ${scheme}`).toEqual([]);
    }
    await screenshot(page, 'relief-calf-details-dark');
    await page.getByRole('button', { name: 'Start the stretch' }).click();
    await page.locator('.pacer').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `player with breathing, ${scheme}`).toEqual([]);
    }
  });
});
