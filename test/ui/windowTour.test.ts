import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n.ts';
import { de, es, fr } from '../support/catalogues.js';
import { previewSuite } from './support/previewSuite.js';
import { pageScreenshot } from './support/views.js';
import { artifactsDir } from './support/browser.js';

const open = previewSuite();

const catalogues = { en, de, es, fr } as const;
const languages = Object.keys(catalogues) as (keyof typeof catalogues)[];
/** The window's default size and the smallest it allows. */
const sizes = [
  { width: 420, height: 640 },
  { width: 360, height: 480 },
] as const;

/** Views reached from a tab, from More, and from the gear, by the name the switcher gives them. */
const tabs = ['nav.today', 'nav.routines', 'nav.relief'] as const;
const moreItems = ['nav.planner', 'nav.diary', 'nav.history', 'nav.learn', 'nav.guide'] as const;

/**
 * Words of the switcher's labels that are drawn across two lines (a word broken or hyphenated to
 * fit), and labels whose box clips its text. Each word is measured with a Range: one word, one line.
 */
const brokenLabelsScript = `(() => {
  const problems = [];
  for (const label of document.querySelectorAll('nav .nav-label, nav .nav-more-list button span')) {
    if (label.closest('[hidden]')) continue;
    if (label.scrollWidth > label.clientWidth + 1 && getComputedStyle(label).overflowX !== 'visible') problems.push('clipped: ' + label.textContent);
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.visually-hidden')) continue;
      for (const match of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push('broken: ' + match[0]);
      }
    }
  }
  const nav = document.querySelector('nav');
  const box = nav.getBoundingClientRect();
  if (box.right > window.innerWidth + 1 || box.left < -1) problems.push('the switcher is wider than the window');
  if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push('the page scrolls sideways');
  return problems;
})()`;

/** Where the page is scrolled to, and what has focus: the tag, its text, and whether it shows a ring. */
const placeScript = `(() => {
  const active = document.activeElement;
  const style = active ? getComputedStyle(active) : null;
  return {
    scrollY: window.scrollY,
    tag: active ? active.tagName.toLowerCase() : null,
    text: active ? active.textContent.trim() : null,
    ring: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    headingTop: active ? Math.round(active.getBoundingClientRect().top) : null,
  };
})()`;

interface Place {
  scrollY: number;
  tag: string | null;
  text: string | null;
  ring: boolean;
  headingTop: number | null;
}

async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
}

async function expectAtTop(page: Page, where: string): Promise<void> {
  const place = await page.evaluate<Place>(placeScript);
  expect(place.scrollY, `${where}: scrolled to`).toBe(0);
  expect(place.tag, `${where}: focus is on the heading`).toBe('h1');
  expect(place.ring, `${where}: the heading shows its focus ring`).toBe(true);
  expect(place.headingTop, `${where}: the heading is in sight`).toBeGreaterThan(0);
}

afterAll(() => {
  // Where to look at every view in every language and size (a git-ignored folder).
  console.info(`Screenshots of every view: ${join(artifactsDir, 'tour-<language>-<width>x<height>-<view>.png')}`);
});

describe.each(languages)('the window in %s', (language) => {
  const words = catalogues[language];
  it.each(sizes)('at $width × $height: no switcher label breaks inside a word, and every view opens at its top', async (size) => {
    const { page } = await open('index.html', { locale: language, seedHistory: '1' });
    await page.setViewportSize(size);
    const nav = page.getByRole('navigation');
    const name = `${language}-${size.width}x${size.height}`;

    const visit = async (key: string, choose: () => Promise<void>) => {
      await scrollToBottom(page);
      await choose();
      await page.waitForTimeout(50);
      expect(await page.evaluate<string[]>(brokenLabelsScript), `${key} in ${name}`).toEqual([]);
      await expectAtTop(page, `${key} in ${name}`);
      await pageScreenshot(page, `tour-${name}-${key.replace('nav.', '')}`);
    };

    for (const key of tabs) await visit(key, () => nav.getByRole('button', { name: words[key], exact: true }).click());
    for (const key of moreItems) {
      await visit(key, async () => {
        await nav.getByRole('button', { name: words['nav.more'] }).click();
        expect(await page.evaluate<string[]>(brokenLabelsScript), `More's list in ${name}`).toEqual([]);
        await nav.getByRole('button', { name: words[key], exact: true }).click();
      });
      // Learn's own page of every source, reached from its foot, opens at its top too.
      if (key === 'nav.learn') await visit('sources', () => page.locator('.learn-footer button').click());
    }
    await visit('nav.preferences', () => nav.getByRole('button', { name: words['nav.preferences'], exact: true }).click());
  });
});

const focusedName = `document.activeElement.getAttribute('aria-label') || document.activeElement.textContent.trim()`;

describe('the keyboard', () => {
  it('goes from the view’s heading back through the switcher in reading order, Preferences last, the skip link first', async () => {
    const { page } = await open('index.html');
    await expectAtTop(page, 'Today on opening');
    const order: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      order.push(await page.evaluate<string | null>(focusedName));
    }
    expect(order.reverse()).toEqual([en['nav.skip'], en['nav.today'], en['nav.routines'], en['nav.relief'], en['nav.more'], en['nav.preferences']]);
  });

  it('shows the skip link when it has focus, and it leads past the switcher to the view’s heading', async () => {
    const { page } = await open('index.html', { view: 'history', seedHistory: '1' });
    const skip = page.getByRole('link', { name: en['nav.skip'] });
    await skip.focus();
    const box = await skip.boundingBox();
    expect(box?.y, 'the focused skip link is on screen').toBeGreaterThanOrEqual(0);
    await scrollToBottom(page);
    await page.keyboard.press('Enter');
    await expectAtTop(page, 'after the skip link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>(focusedName), 'Tab after the heading goes into the view').not.toBe(en['nav.today']);
  });
});
