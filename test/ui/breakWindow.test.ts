import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BREAK_CARD_SIZE, BREAK_PLAYER_SIZE } from '../../main/platform/windows.js';
import { en } from '../../renderer/i18n.ts';
import { de, es, fr } from '../support/catalogues.js';
import { axeViolations, bridgeState, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { previewNow } from './support/views.js';
import { previewSuite } from './support/previewSuite.js';

const openPage = previewSuite();
const open = (params: Record<string, string>, options: { pausedClock?: boolean } = {}): Promise<OpenedPage> => openPage('break.html', params, 'light', options);

const catalogues = { en, de, es, fr } as const;
type Locale = keyof typeof catalogues;
const locales = Object.keys(catalogues) as Locale[];

/**
 * What does not fit the window: anything whose box ends outside the viewport, text that is clipped
 * or scrolls, a page that scrolls at all, and a button row that wrapped onto a second line.
 */
const misfitScript = `(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > innerWidth + 1 || root.scrollHeight > innerHeight + 1) problems.push('the page scrolls: ' + root.scrollWidth + '×' + root.scrollHeight);
  for (const el of document.querySelectorAll('main *')) {
    if (el.closest('.visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const name = el.tagName.toLowerCase() + '.' + el.className + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    if (box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5 || box.left < -0.5 || box.top < -0.5) problems.push('outside the window: ' + name + ' ' + JSON.stringify([box.left, box.top, box.right, box.bottom].map(Math.round)));
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && (style.overflowX !== 'visible' || el.tagName === 'BUTTON')) problems.push('clipped sideways: ' + name);
    if (el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0 && style.overflowY !== 'visible') problems.push('clipped: ' + name);
  }
  const row = document.querySelector('.break-actions');
  if (row) {
    const tops = new Set([...row.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top)));
    if (tops.size > 1) problems.push('the choices wrapped onto ' + tops.size + ' rows');
  }
  return problems;
})()`;

async function misfits(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(misfitScript);
}

/** Whether main's break window would have been closed by now (the preview records it). */
async function windowClosed(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { limberBreakWindow?: { open: boolean } }).limberBreakWindow?.open === false);
}

describe('the break card fits its window', () => {
  for (const locale of locales) {
    for (const kind of ['stretch', 'move'] as const) {
      for (const strict of [false, true]) {
        const name = `${kind}${strict ? ', strict' : ''}, ${locale}`;
        it(name, async () => {
          const { page } = await open({ breakAlert: kind, locale, ...(strict ? { strict: '1' } : {}) });
          await page.setViewportSize(BREAK_CARD_SIZE);
          const words = catalogues[locale];
          expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(words[`break.title.${kind}`]);
          const expected = strict ? [words['break.start'], words['break.emergency']] : [words['break.start'], words['break.snooze'].replace('{{minutes}}', '5'), words['break.skip']];
          expect(await page.getByRole('button').allTextContents()).toEqual(expected);
          // The thumbnail of the first stretch the break will play.
          expect(await page.locator('.break-head .illustration svg').count()).toBe(1);
          expect(await misfits(page), name).toEqual([]);
          await screenshot(page, `break-card-${kind}${strict ? '-strict' : ''}-${locale}`);
        });
      }
    }
  }

  it('in the pseudo-locale (every string 40 % longer)', async () => {
    const { page } = await open({ breakAlert: 'stretch', locale: 'pseudo' });
    await page.setViewportSize(BREAK_CARD_SIZE);
    expect(await misfits(page)).toEqual([]);
    await screenshot(page, 'break-card-pseudo');
  });
});

/** Lets simulated time pass in the page's engine. */
async function forward(page: Page, minutes: number): Promise<void> {
  await page.evaluate((ms) => (globalThis as unknown as { limberPreview: { forward(ms: number): void } }).limberPreview.forward(ms), minutes * 60_000);
}

describe('past the limits on putting a break off, the card stops offering it and says why', () => {
  for (const locale of locales) {
    it(`two snoozes, ${locale}`, async () => {
      const { page } = await open({ breakAlert: 'stretch', locale });
      await page.setViewportSize(BREAK_CARD_SIZE);
      const words = catalogues[locale];
      const snoozeName = words['break.snooze'].replace('{{minutes}}', '5');
      for (let i = 0; i < 2; i++) {
        await page.getByRole('button', { name: snoozeName }).click();
        await expect.poll(() => windowClosed(page)).toBe(true);
        await forward(page, 5);
        await page.getByRole('button', { name: words['break.start'], exact: true }).waitFor();
        expect(await windowClosed(page)).toBe(false);
      }
      expect(await page.getByRole('button').allTextContents()).toEqual([words['break.start'], words['break.skip']]);
      expect(await page.locator('.limit').textContent()).toBe(words['break.limit.snooze']);
      // Esc no longer snoozes.
      await page.keyboard.press('Escape');
      expect((await bridgeState(page)).snapshot.alerting).toContain('stretch');
      expect(await misfits(page)).toEqual([]);
      await screenshot(page, `break-card-limit-${locale}`);
    });
  }

  it('skips in a row, with the setting on; strict mode then offers no emergency skip either', async () => {
    const { page } = await open({ breakAlert: 'move' });
    await page.setViewportSize(BREAK_CARD_SIZE);
    await page.evaluate(() => (globalThis as unknown as { limber: { invoke(c: string, r: unknown): Promise<unknown> } }).limber.invoke('settings:set', { breaks: { maxSkipsInRow: 1 } }));
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await forward(page, 31);
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    expect(await page.getByRole('button').allTextContents()).toEqual([en['break.start'], en['break.snooze'].replace('{{minutes}}', '5')]);
    expect(await page.locator('.limit').textContent()).toBe(en['break.limit.skip']);
    expect(await misfits(page)).toEqual([]);
    await page.evaluate(() => (globalThis as unknown as { limber: { invoke(c: string, r: unknown): Promise<unknown> } }).limber.invoke('settings:set', { alerts: { strict: true } }));
    await expect.poll(() => page.getByRole('button').allTextContents()).toEqual(['Start']);
  });
});

describe('the guided break fits its window', () => {
  for (const locale of locales) {
    for (const kind of ['stretch', 'move'] as const) {
      it(`${kind}, ${locale}`, async () => {
        const { page } = await open({ breakAlert: kind, locale });
        await page.setViewportSize(BREAK_PLAYER_SIZE);
        await page.getByRole('button', { name: catalogues[locale]['break.start'], exact: true }).click();
        await page.locator('.player-stage').waitFor();
        await screenshot(page, `break-player-${kind}-${locale}`);
        // Every stretch of the break, each with its own steps and cautions.
        const next = page.getByRole('button', { name: catalogues[locale]['player.next'] });
        for (let hold = 0; (await page.locator('.player-complete').count()) === 0; hold++) {
          expect(await misfits(page), `${kind}, ${locale}, hold ${hold}: ${await page.locator('.player-stretch').textContent()}`).toEqual([]);
          await next.click();
        }
        expect(await misfits(page), `${kind}, ${locale}, the end`).toEqual([]);
      });
    }
  }
});

describe('break window', () => {
  it('Start plays the break’s routine in place: the first stretch, its illustration, cues and both countdowns', async () => {
    const { page } = await open({ breakAlert: 'stretch', speed: '1' }, { pausedClock: true });
    await page.setViewportSize(BREAK_PLAYER_SIZE);
    const thumbnail = await page.locator('.break-head .illustration').getAttribute('data-illustration');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.runFor(100);
    const state = await bridgeState(page);
    expect(state.snapshot.alerting).not.toContain('stretch');
    expect(state.snapshot.breakInProgress?.reminder).toBe('stretch');
    // The break's five minutes and the first hold's thirty seconds.
    const timers = page.getByRole('timer');
    // The engine keeps the break's end to the whole second, so it may read a second over five minutes.
    const [breakLeft, holdLeft] = await timers.allTextContents();
    expect(breakLeft).toMatch(/^5:0[01]$/);
    expect(holdLeft).toBe('0:30');
    const seconds = (text: string | null | undefined) => Number(text?.split(':')[0]) * 60 + Number(text?.split(':')[1]);
    expect(await page.locator('.player-stretch').textContent()).toBe('Wall calf stretch');
    expect(thumbnail).toBe('calf-wall.svg');
    expect(await page.locator('.player-stage .illustration').getAttribute('data-illustration')).toBe(thumbnail);
    expect(await page.locator('.player-steps li').count()).toBeGreaterThan(0);
    expect(await page.locator('.player-side').textContent()).toBe('One side');
    await screenshot(page, 'break-running');

    // Thirty seconds on, the other side.
    await page.clock.runFor(30_000);
    expect(await page.locator('.player-side').textContent()).toBe('Now the other side');
    expect(seconds(await timers.nth(0).textContent())).toBe(seconds(breakLeft) - 30);
  });

  it('plays only the stretches that fit in the break, and Done at the end finishes it', async () => {
    const { page } = await open({ breakAlert: 'move' }, { pausedClock: true });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.runFor(100);
    const position = await page.locator('.player-position').textContent();
    const total = Number(/of (\d+)/.exec(position ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    // Next through every hold: the routine ends inside the two-minute break.
    for (let i = 0; i < 12 && (await page.locator('.player-complete').count()) === 0; i++) {
      await page.getByRole('button', { name: 'Next' }).click();
      await page.clock.runFor(100);
    }
    await page.getByRole('button', { name: 'Done' }).click();
    await page.clock.runFor(100);
    expect((await bridgeState(page)).snapshot.breakInProgress).toBeNull();
    expect(await windowClosed(page)).toBe(true);
  });

  for (const answer of ['Snooze 5\u00a0min', 'Skip'] as const) {
    it(`${answer} answers the engine and closes the window, with no empty page`, async () => {
      const { page } = await open({ breakAlert: 'stretch' });
      expect(await windowClosed(page)).toBe(false);
      await page.getByRole('button', { name: answer, exact: true }).click();
      await expect.poll(() => windowClosed(page)).toBe(true);
      const state = await bridgeState(page);
      expect(state.snapshot.alerting).not.toContain('stretch');
      expect(state.breakAlert).toBeNull();
      expect(await page.locator('main').innerText()).toBe('');
      expect(await page.getByText('No break due').count()).toBe(0);
    });
  }

  it('Esc snoozes, as the Snooze button does', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.keyboard.press('Escape');
    await expect.poll(() => windowClosed(page)).toBe(true);
    const { snapshot, settings } = await bridgeState(page);
    expect(snapshot.alerting).toEqual([]);
    // Snoozed: the stretch comes back after the snooze, not at its next interval.
    expect(snapshot.next.stretch).toBe((await previewNow(page)) + settings.alerts.snoozeMinutes * 60_000);
  });

  it('closes when the alert runs out unanswered', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    // Ten minutes a repeat, two repeats, then missed: the window follows the engine.
    await page.evaluate(() => (globalThis as unknown as { limberPreview: { forward(ms: number): void } }).limberPreview.forward(31 * 60_000));
    await expect.poll(() => windowClosed(page)).toBe(true);
    expect((await bridgeState(page)).snapshot.breaks.missed).toBe(1);
  });

  it('strict mode: Start only, Esc does nothing, the emergency escape must be held and is logged as skipped', async () => {
    const { page } = await open({ breakAlert: 'stretch', strict: '1' }, { pausedClock: true });
    expect(await page.getByRole('button', { name: /Snooze/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Skip', exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.clock.runFor(100);
    expect((await bridgeState(page)).snapshot.alerting).toContain('stretch');

    const skippedBefore = (await bridgeState(page)).snapshot.breaks.skipped;
    const escape = page.getByRole('button', { name: 'Emergency: hold to skip' });
    // A click is not enough.
    await escape.click();
    await page.clock.runFor(3000);
    expect((await bridgeState(page)).snapshot.alerting).toContain('stretch');
    // Held for two seconds, it skips.
    await escape.hover();
    await page.mouse.down();
    await page.clock.runFor(2100);
    await page.mouse.up();
    await page.clock.runFor(100);
    const state = await bridgeState(page);
    expect(state.snapshot.alerting).toEqual([]);
    expect(state.snapshot.breaks.skipped).toBe(skippedBefore + 1);
  });

  it('strict mode: the running break has no way to leave it early', async () => {
    const { page } = await open({ breakAlert: 'stretch', strict: '1' });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.player-stage').waitFor();
    expect(await page.getByRole('button', { name: 'Leave the routine' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect((await bridgeState(page)).snapshot.breakInProgress?.reminder).toBe('stretch');
    await screenshot(page, 'break-running-strict');
  });

  it('is usable from the keyboard: Tab reaches Start, Enter starts the break, focus lands in the player', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Start');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Snooze 5\u00a0min');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('.player-stage').waitFor();
    expect((await bridgeState(page)).snapshot.breakInProgress?.reminder).toBe('stretch');
    expect(await focusedText(page)).toBe('Stretch break');
  });

  it('Take a break now on Today starts the guided break in the break window', async () => {
    const { page } = await openPage('index.html', { view: 'today' });
    await page.getByRole('button', { name: 'Take a break now' }).click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { limberBreakWindow: unknown }).limberBreakWindow)).toEqual({ open: true, shape: 'player' });
    expect((await bridgeState(page)).snapshot.breakInProgress?.reminder).toBeDefined();
  });

  it('the break’s countdown runs on a running clock', async () => {
    // 60× real time: a second of waiting is a simulated minute.
    const { page } = await open({ breakAlert: 'stretch', speed: '60' });
    await page.getByRole('button', { name: 'Start' }).click();
    const timer = page.locator('.break-ends-value');
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).toMatch(/^[0-3]:\d\d$/);
  });

  it('has no accessibility violations (axe-core), light and dark', async () => {
    const { page } = await open({ breakAlert: 'stretch' });
    await page.setViewportSize(BREAK_CARD_SIZE);
    expect(await axeViolations(page), 'alert, light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'alert, dark').toEqual([]);
    await screenshot(page, 'break-card-dark');
    await page.setViewportSize(BREAK_PLAYER_SIZE);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.player-stage').waitFor();
    expect(await axeViolations(page), 'running, dark').toEqual([]);
    await screenshot(page, 'break-running-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page), 'running, light').toEqual([]);

    const strict = await open({ breakAlert: 'stretch', strict: '1' });
    expect(await axeViolations(strict.page), 'strict alert').toEqual([]);
  });
});
