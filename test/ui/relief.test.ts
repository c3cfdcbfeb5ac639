import { describe, expect, it } from 'vitest';
import { reliefMuscles, type ReliefMuscle } from '../../main/ipc/contract.js';
import { advice } from '../../renderer/content/advice.js';
import type { ContentLanguage } from '../../renderer/content/localize.js';
import { localized } from '../support/catalogues.js';
import { reliefGuides } from '../../renderer/content/relief.js';
import { stretches } from '../../renderer/content/stretches.js';
import type { ReliefGuide } from '../../renderer/content/types.js';
import { axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { settle } from './support/player.js';
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

const MINUTE = 60_000;

describe('Cramp relief', () => {
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

  it('opens from a tray deep link: right now, then the warning signs with their urgency, before rubbing and before heat', async () => {
    const guide = guideFor('calf');
    const { page } = await openFromTray('calf');
    expect((await bridgeState(page)).route).toMatchObject({ view: 'relief', muscle: 'calf' });
    expect(await page.getByRole('button', { name: 'Relief' }).getAttribute('aria-current')).toBe('page');
    // The steps that matter during a cramp are first, numbered, and in view without scrolling.
    const now = page.getByRole('region', { name: 'Right now' });
    expect(await now.getByRole('listitem').allTextContents()).toEqual(guide.immediate);
    const lastStep = await now.getByRole('listitem').last().boundingBox();
    expect(lastStep && lastStep.y + lastStep.height <= 640, 'immediate steps in view at 420 × 640').toBe(true);
    expect(await page.getByRole('button', { name: 'Start: hold until it lets go' }).isVisible()).toBe(true);

    const warnings = page.getByRole('region', { name: 'Get help first if you notice' });
    const signs = await warnings.getByRole('listitem').allTextContents();
    const expected = guide.warnings.map((id) => advice.find((a) => a.id === id)!);
    expect(signs).toEqual(expected.map((item) => `${item.title}. ${item.summary}`));
    expect(signs.join(' ')).toMatch(/Urgent: it may be a blood clot; with breathlessness, an emergency/);
    expect(signs.join(' ')).toMatch(/Emergency: may be heatstroke; call an ambulance/);
    for (const sign of ['rhabdo', 'hyponatraemia', 'tetanus']) expect(guide.warnings, sign).toContain(`urgent-${sign}`);

    const easing = page.getByRole('region', { name: 'As it eases' });
    const afterwards = page.getByRole('region', { name: 'Afterwards: ice or heat' });
    expect(await easing.getByRole('listitem').allTextContents()).toEqual(guide.easing);
    expect(await afterwards.getByRole('listitem').allTextContents()).toEqual(guide.afterwards);
    const top = async (region: typeof warnings) => (await region.boundingBox())?.y ?? Number.NaN;
    expect(await top(warnings), 'warning signs before rubbing').toBeLessThan(await top(easing));
    expect(await top(easing), 'rubbing before heat').toBeLessThan(await top(afterwards));
    expect(await afterwards.textContent()).toContain('Do not use heat where your skin has less feeling');
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
    // The second request replaced the first: one guide on screen, the hand's, as main routed it.
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([guideFor('hand').name]);
    expect((await bridgeState(page)).route).toEqual({ view: 'relief', muscle: 'hand', seq: 2 });
  });

  it('holds the cramped side until it lets go: counts up, never moves on by itself, offers the next stretch only then', async () => {
    const guide = guideFor('calf');
    const [firstHold, secondHold] = guide.holds;
    const { page } = await openFromTray('calf', { pausedClock: true });
    await page.getByRole('button', { name: 'Start: hold until it lets go' }).click();
    await settle(page);
    expect(await page.getByText(firstHold!.text).isVisible()).toBe(true);
    expect(await page.getByText('Only the cramped side. Hold gently until the cramp lets go; breathe slowly.').isVisible()).toBe(true);
    expect(await page.getByRole('timer').textContent()).toBe('Holding 0:00');
    expect(await focusedText(page)).toBe('It let go');

    await page.clock.runFor(42_000);
    expect(await page.getByRole('timer').textContent()).toBe('Holding 0:42');
    await screenshot(page, 'relief-hold');
    // Long past any stretch timer it is still this stretch, on this side, still counting; nothing else is offered.
    await page.clock.runFor(5 * MINUTE);
    expect(await page.getByRole('timer').textContent()).toBe('Holding 5:42');
    expect(await page.getByText(firstHold!.text).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'If it tightens again: next stretch' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(/other side|each side/i);

    await page.getByRole('button', { name: 'It let go' }).click();
    await settle(page);
    await page.clock.runFor(30_000);
    expect(await page.getByText('It let go after 5:42.').isVisible()).toBe(true);
    expect(await page.getByRole('timer').count()).toBe(0);
    expect(await focusedText(page)).toBe('It let go after 5:42.');
    await screenshot(page, 'relief-hold-released');

    await page.getByRole('button', { name: 'If it tightens again: next stretch' }).click();
    await settle(page);
    expect(await page.getByText(secondHold!.text).isVisible()).toBe(true);
    expect(await page.getByRole('timer').textContent()).toBe('Holding 0:00');
    expect(await page.getByText('Stretch 2 of 2').isVisible()).toBe(true);
    await page.clock.runFor(20_000);
    await page.getByRole('button', { name: 'It let go' }).click();
    await settle(page);
    // The last stretch: nothing more to hold, only what to do as it eases.
    expect(await page.getByRole('button', { name: 'If it tightens again: next stretch' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Next: as it eases' }).click();
    await page.getByRole('heading', { level: 1, name: guide.name }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toBe('Get help first if you notice');
  });

  it('says to get urgent advice once a cramp has lasted ten minutes', async () => {
    const { page } = await openFromTray('hamstring', { pausedClock: true });
    await page.getByRole('button', { name: 'Start: hold until it lets go' }).click();
    await settle(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.clock.runFor(10 * MINUTE);
    expect(await page.getByRole('alert').textContent()).toBe('It has lasted over 10 minutes: get urgent medical advice.');
    expect(await page.getByRole('timer').textContent()).toBe('Holding 10:00');
  });

  it('starts thigh relief lying or seated, and Esc goes back to Start', async () => {
    const { page } = await openFromTray('quadriceps', { pausedClock: true });
    await page.getByRole('button', { name: 'Start: hold until it lets go' }).click();
    await settle(page);
    expect(await page.getByText(guideFor('quadriceps').holds[0]!.text).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toMatch(/Lying on your side/);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1, name: guideFor('quadriceps').name }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toBe('Start: hold until it lets go');

  });

  it('holds the hand without the finger fan, and offers nothing after its one stretch', async () => {
    const fan = stretches.find((s) => s.id === 'finger-fan')!;
    const { page } = await openFromTray('hand', { pausedClock: true });
    await page.getByRole('button', { name: 'Start: hold until it lets go' }).click();
    await settle(page);
    expect(await page.locator('main').textContent()).not.toContain(fan.name);
    await page.getByRole('button', { name: 'It let go' }).click();
    await settle(page);
    expect(await page.getByRole('button', { name: 'If it tightens again: next stretch' }).count()).toBe(0);
  });

  it('has no axe-core violations: muscles, guide (evidence open), the hold, light and dark', async () => {
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
    await page.getByRole('button', { name: 'Start: hold until it lets go' }).click();
    await page.getByRole('timer').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `hold, ${scheme}`).toEqual([]);
    }
  });
});

describe('the calf relief guide in every language', () => {
  const languages: readonly ContentLanguage[] = ['en', 'de', 'es', 'fr'];
  for (const language of languages) {
    it(`reads in ${language}, warning signs and all, and is saved as relief-calf-${language}.png`, async () => {
      const content = localized(language);
      const guide = content.reliefGuideFor('calf')!;
      const { page } = await openPage('index.html', { view: 'relief', muscle: 'calf', locale: language });
      await page.getByRole('heading', { level: 1, name: guide.name }).waitFor();
      const main = (await page.locator('main').textContent()) ?? '';
      for (const line of [...guide.immediate, ...guide.easing, ...guide.afterwards]) expect(main, line).toContain(line);
      for (const id of guide.warnings) expect(main, id).toContain(content.adviceById(id)!.summary);
      await screenshot(page, `relief-calf-${language}`);
    });
  }
});
