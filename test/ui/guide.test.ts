import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n.ts';
import { de } from '../support/catalogues.js';
import { axeViolations, screenshot } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';

const open = previewSuite();

const shipped = readFileSync(new URL('../../docs/guide.md', import.meta.url), 'utf8');
const sectionTitles = [...shipped.matchAll(/^## (.+)$/gm)].map((match) => match[1] as string);
const sizes = [
  { width: 420, height: 640 },
  { width: 360, height: 480 },
] as const;

const placeScript = `(() => ({
  scrollY: window.scrollY,
  focused: document.activeElement ? document.activeElement.tagName.toLowerCase() + ':' + document.activeElement.textContent.trim() : null,
  focusedTop: document.activeElement ? Math.round(document.activeElement.getBoundingClientRect().top) : null,
  sideways: document.documentElement.scrollWidth > window.innerWidth + 1,
}))()`;

interface Place {
  scrollY: number;
  focused: string | null;
  focusedTop: number | null;
  sideways: boolean;
}

describe('the user’s guide in the window', () => {
  it.each(sizes)('at $width × $height: opens at its top, lists its sections, and a contents link takes the keyboard there', async (size) => {
    const { page } = await open('index.html', { view: 'guide' });
    await page.setViewportSize(size);
    await page.getByRole('heading', { level: 2, name: sectionTitles[0] }).waitFor();
    const atOpening = await page.evaluate<Place>(placeScript);
    expect(atOpening).toMatchObject({ scrollY: 0, focused: `h1:${en['userGuide.title']}`, sideways: false });

    const text = page.locator('.user-guide-text');
    expect(await text.getByRole('heading', { level: 2 }).allTextContents()).toEqual(sectionTitles);
    expect(await page.getByRole('navigation', { name: en['userGuide.contents'] }).getByRole('link').allTextContents()).toEqual(sectionTitles);
    // Markup in the Markdown's text is shown as text, and a link to a file that is not shipped is only words.
    expect(await text.textContent()).toContain('config.corrupt-<date>.json');
    expect(await text.locator('a[href$=".md"]').count()).toBe(0);
    await screenshot(page, `guide-${size.width}x${size.height}`);

    // From the heading, Tab reaches the contents; Enter on a section moves the page and focus to it.
    const target = sectionTitles.at(-2) as string;
    let reached = false;
    for (let i = 0; i < sectionTitles.length + 2 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await page.evaluate<Place>(placeScript)).focused === `a:${target}`;
    }
    expect(reached, `Tab reaches the contents link “${target}”`).toBe(true);
    await page.keyboard.press('Enter');
    const atSection = await page.evaluate<Place>(placeScript);
    expect(atSection.focused).toBe(`h2:${target}`);
    expect(atSection.scrollY).toBeGreaterThan(0);
    // Below the sticky switcher, not behind it.
    const headerBottom = await page.locator('.app-header').evaluate((header) => Math.round(header.getBoundingClientRect().bottom));
    expect(atSection.focusedTop).toBeGreaterThanOrEqual(headerBottom);
    expect(atSection.focusedTop).toBeLessThan(size.height / 2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is reached from More, and reads well in dark mode', async () => {
    const { page } = await open('index.html', {}, 'dark');
    const nav = page.getByRole('navigation', { name: en['nav.label'] });
    await nav.getByRole('button', { name: en['nav.more'] }).click();
    await nav.getByRole('button', { name: en['nav.guide'], exact: true }).click();
    await page.getByRole('heading', { level: 1, name: en['userGuide.title'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: sectionTitles[0] }).waitFor();
    expect(await page.locator('.user-guide-text').getAttribute('lang')).toBe('en');
    expect(await page.getByText(en['userGuide.englishOnly']).count(), 'no note when the guide is in the person’s language').toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'guide-dark');
  });

  it('says so when the guide is not yet translated, and marks the English text as English', async () => {
    const { page } = await open('index.html', { view: 'guide', locale: 'de' });
    await page.getByRole('heading', { level: 1, name: de['userGuide.title'] }).waitFor();
    await page.getByText(de['userGuide.englishOnly'] as string).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('de');
    expect(await page.locator('.user-guide-text').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: de['userGuide.contents'] }).getByRole('link').first().textContent()).toBe(sectionTitles[0]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'guide-de');
  });
});
