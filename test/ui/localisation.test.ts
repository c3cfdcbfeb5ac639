import { describe, expect, it } from 'vitest';
import { views } from '../../main/ipc/names.js';
import { en } from '../../renderer/i18n.ts';
import { de } from '../support/catalogues.js';
import { pageScreenshot } from './support/views.js';
import { previewSuite } from './support/previewSuite.js';

const open = previewSuite();

/** Text that does not fit: a box that clips or scrolls its content sideways, or a page wider than the window. */
const overflowScript = `(() => {
  const problems = [];
  if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + 'px');
  for (const el of document.querySelectorAll('body *')) {
    if (!el.textContent || !el.textContent.trim() || el.closest('[hidden], .visually-hidden, details:not([open]) > :not(summary)')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const clips = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
    if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(el.tagName.toLowerCase() + '.' + el.className + ': ' + el.textContent.trim().slice(0, 60));
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) problems.push('ellipsis on ' + el.textContent.trim().slice(0, 60));
  }
  return problems;
})()`;

describe('every view in the pseudo-locale (every string 40 % longer) fits the 420 × 640 window', () => {
  for (const view of views) {
    it(view, async () => {
      const { page } = await open('index.html', { locale: 'pseudo', view, seedHistory: '1' });
      await page.waitForTimeout(200);
      expect(await page.evaluate(overflowScript), `clipped text on ${view}`).toEqual([]);
      await pageScreenshot(page, `pseudo-${view}`);
    });
  }
  // The break window's own sizes are checked in breakWindow.test.ts, pseudo-locale included.
});

describe('the window speaks the app’s language', () => {
  it('shows the German words and the German health content', async () => {
    const { page } = await open('index.html', { locale: 'de', view: 'learn' });
    const nav = await page.getByRole('navigation').textContent();
    expect(nav).toContain(de['nav.today']);
    expect(nav).not.toContain(en['nav.preferences'] === de['nav.preferences'] ? '\u0000' : en['nav.preferences']);
    expect(await page.locator('main').textContent()).toMatch(/Krampf|Krämpfe/);
    await pageScreenshot(page, 'learn-de');
  });
});
