import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';

const open = previewSuite();

/** WCAG's contrast ratio of two CSS colours as the browser computed them ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

interface Paints {
  taken: string;
  natural: string;
  card: string;
  brandTaken: string;
  brandNatural: string;
}

/** The fills the breaks chart draws Taken and Natural with, the card behind them, and the palette's colours. */
const paintsScript = `(() => {
  const chart = document.querySelector('[data-chart="breaks"]');
  const fill = (selector) => getComputedStyle(chart.querySelector(selector)).fill;
  // The palette's hex value, written as the browser writes a computed colour.
  const brand = (name) => {
    const hex = getComputedStyle(document.documentElement).getPropertyValue(name).trim().slice(1);
    return 'rgb(' + [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ') + ')';
  };
  return {
    taken: fill('rect.bar-taken'),
    natural: fill('rect.bar-natural'),
    card: getComputedStyle(chart).backgroundColor,
    brandTaken: brand('--brand-teal-strong'),
    brandNatural: brand('--brand-teal-mid'),
  };
})()`;

describe('chart colours', () => {
  it('draws Taken and Natural breaks in the brand’s teals, told apart in dark mode: 3:1 from the card and from each other', async () => {
    const { page } = await open('index.html', { view: 'history', seedHistory: '1' }, 'dark');
    await page.locator('[data-chart="breaks"] rect.bar-natural').first().waitFor();
    const paints = await page.evaluate<Paints>(paintsScript);
    expect(paints.taken).toBe(paints.brandTaken);
    expect(paints.natural).toBe(paints.brandNatural);
    expect(contrast(paints.taken, paints.card), 'Taken against the card').toBeGreaterThanOrEqual(3);
    expect(contrast(paints.natural, paints.card), 'Natural against the card').toBeGreaterThanOrEqual(3);
    expect(contrast(paints.taken, paints.natural), 'Taken against Natural').toBeGreaterThanOrEqual(3);
    // The legend's swatches are drawn with the same classes, so they match the bars.
    const swatchFill = (kind: string) => page.evaluate<string>(`getComputedStyle(document.querySelector('[data-chart="breaks"] .chart-legend .bar-${kind}')).fill`);
    expect(await swatchFill('taken')).toBe(paints.taken);
    expect(await swatchFill('natural')).toBe(paints.natural);
    await page.locator('[data-chart="breaks"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'chart-breaks-dark');
  });

  it('tells Taken and Natural apart in light mode too: 3:1 from the card and from each other', async () => {
    const { page } = await open('index.html', { view: 'history', seedHistory: '1' }, 'light');
    await page.locator('[data-chart="breaks"] rect.bar-natural').first().waitFor();
    const paints = await page.evaluate<Paints>(paintsScript);
    expect(paints.taken).toBe(paints.brandTaken);
    expect(contrast(paints.taken, paints.card)).toBeGreaterThanOrEqual(3);
    expect(contrast(paints.natural, paints.card)).toBeGreaterThanOrEqual(3);
    expect(contrast(paints.taken, paints.natural), 'Taken against Natural').toBeGreaterThanOrEqual(3);
    await page.locator('[data-chart="breaks"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'chart-breaks-light');
  });
});
