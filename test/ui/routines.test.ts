import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routines } from '../../renderer/content/routines.js';
import { stretches } from '../../renderer/content/stretches.js';
import type { Routine } from '../../renderer/content/types.js';
import { join } from 'node:path';
import { artifactsDir, axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import {
  countCuesScript,
  countdown,
  countTicksScript,
  expectedHolds,
  focusIsVisible,
  playerShows,
  readWindowNumber,
  settle,
  sideText,
  type ExpectedHold,
} from './support/player.js';
import { previewSuite, type PreviewPageOptions } from './support/previewSuite.js';

const openPage = previewSuite();

/** Slack past a hold's end: the player's tick (every 250 ms) is armed a frame after Start. */
const PAST = 500;

const openRoutines = async (options: PreviewPageOptions = {}, colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => {
  const opened = await openPage('index.html', { view: 'routines' }, colorScheme, options);
  await opened.page.getByRole('heading', { level: 2, name: 'Guided routines' }).waitFor();
  return opened;
};

/** The routine the play-through uses: the one with the most stretches among those with two-sided holds. */
function routineToPlay(): { routine: Routine; holds: ExpectedHold[] } {
  const candidates = routines
    .map((routine) => ({ routine, holds: expectedHolds(routine, stretches) }))
    .filter(({ holds }) => holds.some((hold) => hold.side === 'second'))
    .sort((a, b) => new Set(b.holds.map((h) => h.step)).size - new Set(a.holds.map((h) => h.step)).size);
  const chosen = candidates[0];
  if (!chosen) throw new Error('no routine with a two-sided stretch to play through');
  return chosen;
}

const startButton = (page: Page, routine: Routine) => page.locator(`[data-start="routine:${routine.id}"]`);

describe('Routines: the library', () => {
  it('lists every routine under what it is for, each heading holding several, and every stretch, grouped by area, with thumbnails', async () => {
    const { page } = await openRoutines();
    expect(await page.getByRole('button', { name: 'Routines' }).getAttribute('aria-current')).toBe('page');
    const groups = page.locator('[data-group]');
    expect(await groups.locator('h3').allTextContents()).toEqual(['At your desk', 'Before and after a run', 'Against cramps']);
    for (const group of await groups.all()) expect(await group.locator('[data-routine]').count(), (await group.locator('h3').textContent()) ?? '').toBeGreaterThanOrEqual(2);
    const expectedGroup: Record<string, string> = { move: 'desk', stretch: 'desk', warmup: 'run', cooldown: 'run', bedtime: 'cramps', relief: 'cramps' };
    for (const routine of routines) {
      const item = page.locator(`[data-routine="${routine.id}"]`);
      expect(await item.isVisible(), routine.id).toBe(true);
      expect(await item.locator('.routine-name').textContent()).toBe(routine.name);
      expect(await page.locator(`[data-group="${expectedGroup[routine.kind]}"] [data-routine="${routine.id}"]`).count(), routine.id).toBe(1);
    }
    // One action per card: a Start named for its routine, whose click area is the whole card.
    for (const routine of routines) {
      const item = page.locator(`[data-routine="${routine.id}"]`);
      const start = item.getByRole('button');
      expect(await start.count(), routine.id).toBe(1);
      expect(await start.textContent()).toBe(`Start ${routine.name}`);
    }
    const relief = page.locator('[data-routine="relief-hand"]');
    await relief.scrollIntoViewIfNeeded();
    const card = await relief.boundingBox();
    if (!card) throw new Error('no card for relief-hand');
    await page.mouse.click(card.x + 12, card.y + card.height - 6); // the card's corner, far from Start
    await page.getByRole('heading', { level: 1, name: routines.find((r) => r.id === 'relief-hand')?.name }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 2, name: 'Guided routines' }).waitFor();
    // Nothing in the routine list is a filled (primary) button.
    expect(await page.locator('[data-group] .button-primary').count()).toBe(0);
    expect(await page.locator('[data-group] button').count()).toBe(routines.length);
    for (const stretch of stretches) {
      const row = page.locator(`[data-area="${stretch.areas[0]}"] [data-start="stretch:${stretch.id}"]`);
      expect(await row.count(), stretch.id).toBe(1);
      expect(await row.locator('.stretch-name').textContent()).toBe(stretch.name);
    }
    // Every thumbnail is a drawing (the illustrations are bundled, not missing).
    expect(await page.locator('.stretch-item .illustration svg').count()).toBe(stretches.length);
    expect(await page.locator('.stretch-item .illustration-missing').count()).toBe(0);
    await screenshot(page, 'routines');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'routines-dark');
  });

  it('fits the views in the 420 px window without sideways scrolling', async () => {
    const { page } = await openRoutines();
    const nav = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    // Planner, Diary, History and Learn sit behind More; Preferences behind the gear.
    expect(await nav.allTextContents()).toEqual(['Today', 'Routines', 'Relief', 'More', '']);
    expect(await nav.last().getAttribute('aria-label')).toBe('Preferences');
    for (const box of await nav.evaluateAll((buttons) => buttons.map((b) => (b as unknown as { getBoundingClientRect(): { right: number } }).getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(420);
    }
    const scrollWidth = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(420);
  });

  it('plays one stretch from the library on its own, and gives focus back to it on leaving', async () => {
    const stretch = stretches.find((s) => s.sides === 'each') ?? stretches[0];
    if (!stretch) throw new Error('no stretches');
    const { page } = await openRoutines({ pausedClock: true });
    await page.locator(`[data-start="stretch:${stretch.id}"]`).click();
    await page.getByRole('heading', { level: 1, name: stretch.name }).waitFor();
    expect(await page.locator('.player-position').count()).toBe(0);
    expect(await page.getByRole('timer').textContent()).toBe(countdown(stretch.holdSeconds * 1000));
    for (const step of stretch.steps) expect(await page.locator('.player-steps').textContent()).toContain(step);
    await page.getByRole('button', { name: 'Leave the routine' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stretch library' }).waitFor();
    await settle(page);
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('data-start'))).toBe(`stretch:${stretch.id}`);
  });
});

describe('Routines: the guided player', () => {
  it('plays a routine through on the clock: holds advance, the side switch is prompted, the end is shown', async () => {
    const { routine, holds } = routineToPlay();
    const { page } = await openRoutines({ pausedClock: true });
    await startButton(page, routine).click();
    await page.getByRole('heading', { level: 1, name: routine.name }).waitFor();
    await settle(page);

    const steps = new Set(holds.map((hold) => hold.step)).size;
    const first = holds[0] as ExpectedHold;
    expect(await playerShows(page)).toEqual({
      stretch: first.stretch.name,
      side: first.side === 'both' ? expect.any(String) : sideText[first.side],
      timer: countdown(first.ms),
      position: steps > 1 ? `Stretch 1 of ${steps}` : null,
    });
    await screenshot(page, 'player');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'player-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Half way through the first hold the countdown has moved; nothing else has.
    await page.clock.runFor(first.ms / 2);
    expect((await playerShows(page)).timer).toBe(countdown(first.ms / 2 - 100));

    // Then to just past the start of every later hold, and past the end.
    let elapsed = first.ms / 2 + 100;
    let start = 0;
    for (const [index, hold] of holds.entries()) {
      start += holds[index - 1]?.ms ?? 0;
      if (index === 0) continue;
      await page.clock.runFor(start - elapsed + PAST);
      elapsed = start + PAST;
      const shown = await playerShows(page);
      expect(shown.stretch, `hold ${index + 1}`).toBe(hold.stretch.name);
      if (hold.side !== 'both') expect(shown.side, `hold ${index + 1}`).toBe(sideText[hold.side]);
      if (steps > 1) expect(shown.position).toBe(`Stretch ${hold.step + 1} of ${steps}`);
      expect(shown.timer).toBe(countdown(hold.ms - PAST));
      if (hold.side === 'second' && index === 1) {
        // The switch-sides prompt is announced (politely, once) and stands out.
        expect(await page.locator('[aria-live="polite"]').textContent()).toContain('Now the other side');
        await screenshot(page, 'player-other-side');
      }
    }

    const end = start + (holds.at(-1)?.ms ?? 0);
    await page.clock.runFor(end - elapsed + PAST);
    await page.getByRole('heading', { level: 2, name: 'Routine complete' }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toBe('Done');
    await screenshot(page, 'player-complete');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'player-complete-dark');
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { level: 2, name: 'Stretch library' }).waitFor();
  });

  it('ticks only while playing: no timer before Start, while paused, after the end or after leaving', async () => {
    const { routine } = routineToPlay();
    const { page } = await openRoutines();
    await page.addInitScript({ content: countTicksScript });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Guided routines' }).waitFor();
    expect(await readWindowNumber(page, '__liveTicks')).toBe(0);

    await startButton(page, routine).click();
    await expect.poll(() => readWindowNumber(page, '__liveTicks')).toBe(1);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => readWindowNumber(page, '__liveTicks')).toBe(0);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => readWindowNumber(page, '__liveTicks')).toBe(1);
    // Next to the end: the routine completes and the tick stops.
    for (let i = 0; i < 40 && (await page.getByRole('button', { name: 'Next' }).count()) > 0; i++) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Routine complete' }).waitFor();
    await expect.poll(() => readWindowNumber(page, '__liveTicks')).toBe(0);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect.poll(() => readWindowNumber(page, '__liveTicks')).toBe(1);
    await page.getByRole('button', { name: 'Leave the routine' }).click();
    await expect.poll(() => readWindowNumber(page, '__liveTicks')).toBe(0);
  });

  it('is driven from the keyboard: Enter starts, Space pauses, ← → move, Esc leaves, focus stays visible', async () => {
    const { routine, holds } = routineToPlay();
    const { page } = await openRoutines({ pausedClock: true });

    // Tab from the top of the page to the routine's Start button.
    const target = `Start ${routine.name}`;
    const seen: (string | null)[] = [];
    for (let i = 0; i < 30 && seen.at(-1) !== target; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedText(page));
    }
    expect(seen.at(-1)).toBe(target);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: routine.name }).waitFor();
    await settle(page);
    // Focus is on the player's heading, so the shortcuts work at once.
    expect(await focusedText(page)).toBe(routine.name);

    const first = holds[0] as ExpectedHold;
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const paused = (await playerShows(page)).timer;
    await page.clock.runFor(10_000);
    expect((await playerShows(page)).timer, 'a paused countdown stands still').toBe(paused);
    expect(await page.locator('[aria-live="polite"]').textContent()).toBe('Paused.');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await settle(page);

    await page.keyboard.press('ArrowRight');
    expect((await playerShows(page)).side).toBe(holds[1]?.side === 'second' ? sideText.second : expect.any(String));
    expect((await playerShows(page)).timer).toBe(countdown(holds[1]?.ms ?? 0));
    await page.keyboard.press('ArrowLeft');
    expect(await playerShows(page)).toMatchObject({ stretch: first.stretch.name, timer: countdown(first.ms) });

    // Tab walks the player's own controls, each with a visible focus ring.
    const controls: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      controls.push(await page.evaluate(() => {
        const active = (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null; textContent: string | null } } }).document.activeElement;
        return active.getAttribute('aria-label') ?? active.textContent;
      }));
      expect(await focusIsVisible(page), `focus ring on ${controls.at(-1)}`).toBe(true);
    }
    expect(controls).toEqual(['Sound cues', 'Leave the routine', 'Previous', 'Pause', 'Next']);
    // Space on a focused control presses that control (here Next), not the pause shortcut.
    await page.keyboard.press('Space');
    expect((await playerShows(page)).timer).toBe(countdown(holds[1]?.ms ?? 0));
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await screenshot(page, 'player-keyboard');

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 2, name: 'Stretch library' }).waitFor();
    await settle(page);
    expect(await focusedText(page)).toBe(target);
  });

  it('plays soft cues only with sound on: off by default, on with the alerts.sound setting, and toggled in the player', async () => {
    const { routine, holds } = routineToPlay();
    const first = holds[0] as ExpectedHold;

    const quiet = await openRoutines({ pausedClock: true });
    await quiet.page.evaluate(countCuesScript);
    await startButton(quiet.page, routine).click();
    await settle(quiet.page);
    expect(await quiet.page.getByRole('button', { name: 'Sound cues' }).getAttribute('aria-pressed')).toBe('false');
    await quiet.page.clock.runFor(first.ms + PAST);
    expect((await playerShows(quiet.page)).side).toBe(sideText.second);
    expect(await readWindowNumber(quiet.page, '__cueNotes')).toBe(0);

    const loud = await openRoutines({ pausedClock: true });
    await loud.page.evaluate(() => (globalThis as unknown as { limber: { invoke(c: string, r: unknown): Promise<unknown> } }).limber.invoke('settings:set', { alerts: { sound: true } }));
    await expect.poll(async () => (await bridgeState(loud.page)).settings.alerts.sound).toBe(true);
    await loud.page.evaluate(countCuesScript);
    await startButton(loud.page, routine).click();
    await settle(loud.page);
    expect(await loud.page.getByRole('button', { name: 'Sound cues' }).getAttribute('aria-pressed')).toBe('true');
    expect(await readWindowNumber(loud.page, '__cueNotes'), 'no cue for the click that opened the player').toBe(0);
    await loud.page.clock.runFor(first.ms + PAST);
    await expect.poll(() => readWindowNumber(loud.page, '__cueNotes')).toBe(1);
    // Turned off in the player: the next change is silent.
    await loud.page.getByRole('button', { name: 'Sound cues' }).click();
    await loud.page.getByRole('button', { name: 'Next' }).click();
    await settle(loud.page);
    expect(await readWindowNumber(loud.page, '__cueNotes')).toBe(1);
  });

  it('has no axe-core violations: library, player and the end, light and dark', async () => {
    const { routine } = routineToPlay();
    // A running clock: axe-core itself waits on timers.
    const { page } = await openRoutines();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `library, ${scheme}`).toEqual([]);
    }
    await startButton(page, routine).click();
    await page.getByRole('timer').waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `player, ${scheme}`).toEqual([]);
    }
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await axeViolations(page), 'player paused, dark').toEqual([]);
    while ((await page.getByRole('button', { name: 'Next' }).count()) > 0) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Routine complete' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `complete, ${scheme}`).toEqual([]);
    }
  });

  it('scales to a larger window', async () => {
    const { routine } = routineToPlay();
    const { page } = await openRoutines({ pausedClock: true });
    await page.setViewportSize({ width: 900, height: 800 });
    await screenshot(page, 'routines-wide');
    await startButton(page, routine).click();
    await settle(page);
    await screenshot(page, 'player-wide');
    const ring = await page.locator('.progress-ring').boundingBox();
    expect(ring && ring.width >= 140).toBe(true);
  });
});

const playerSizes = [
  { width: 420, height: 640 },
  { width: 360, height: 480 },
] as const;

/**
 * The countdown ring's box, the bottom of the sticky header over it, and the viewport, read where
 * the player opened (not scrolled): fully in sight means between the header and the window's foot.
 */
const ringPlaceScript = `(() => {
  const ring = document.querySelector('.player .progress-ring').getBoundingClientRect();
  const header = document.querySelector('.app-header').getBoundingClientRect();
  return { top: ring.top, bottom: ring.bottom, left: ring.left, right: ring.right, headerBottom: header.bottom, width: window.innerWidth, height: window.innerHeight, scrollY: window.scrollY };
})()`;

describe.each(['en', 'de', 'es', 'fr'] as const)('the routine player in %s', (language) => {
  it.each(playerSizes)('shows the whole countdown ring without scrolling at $width × $height, for every routine', async (size) => {
    const { page } = await openPage('index.html', { view: 'routines', locale: language });
    await page.setViewportSize(size);
    for (const routine of routines) {
      await startButton(page, routine).click();
      await page.locator('.player .progress-ring').waitFor();
      // The player has opened: its heading has focus.
      await expect.poll(() => page.evaluate<string>(`document.activeElement ? document.activeElement.tagName : ''`)).toBe('H1');
      if (routine === routines[0]) await page.screenshot({ path: join(artifactsDir, `player-${language}-${size.width}x${size.height}.png`) });
      const ring = await page.evaluate<{ top: number; bottom: number; left: number; right: number; headerBottom: number; width: number; height: number; scrollY: number }>(ringPlaceScript);
      const where = `${routine.id} in ${language} at ${size.width}×${size.height}`;
      expect(ring.scrollY, `${where}: opened at the top`).toBe(0);
      expect(ring.top, `${where}: below the header`).toBeGreaterThanOrEqual(ring.headerBottom);
      expect(ring.bottom, `${where}: above the window’s foot`).toBeLessThanOrEqual(ring.height);
      expect(ring.left, where).toBeGreaterThanOrEqual(0);
      expect(ring.right, where).toBeLessThanOrEqual(ring.width);
      // Leave by the player's own button (Escape has its own tests above): a key pressed on a busy
      // machine once went unseen here and the list never came back.
      await page.locator('.player button[aria-keyshortcuts="Escape"]').click();
      await startButton(page, routine).waitFor();
    }
  });
});
