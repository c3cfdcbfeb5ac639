/**
 * The stretch illustrations as a person sees them: every drawing on its card in the light and the
 * dark theme, large and at thumbnail size, rendered by Chromium with the app's own stylesheets and
 * saved as one contact sheet (test-artifacts/ui/illustrations-contact-sheet.png).
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../resources/build/icons.js';
import { illustrationFiles, illustrationsDir } from '../../resources/build/illustrations.js';
import { contentLanguages } from '../../renderer/content/localize.js';
import { localized } from '../support/catalogues.js';
import { artifactsDir } from './support/browser.js';
import { repoRoot } from './support/build.js';
import { previewSuite } from './support/previewSuite.js';

const css = ['renderer/styles/base.css', 'renderer/styles/illustration.css'].map((f) => readFileSync(join(repoRoot, f), 'utf8')).join('\n');
const svgs = illustrationFiles.map((file) => [file, readFileSync(join(illustrationsDir, file), 'utf8')] as const);

/** Cards as the app shows them: large (as in the player) and a 64 px thumbnail beside it. */
const sheet = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
  body { margin: 0; padding: 12px; background: var(--bg); }
  main { display: grid; grid-template-columns: repeat(4, 236px); gap: 10px; }
  figure { margin: 0; display: grid; grid-template-columns: 160px 64px; gap: 6px; align-items: end; }
  figcaption { grid-column: 1 / -1; font-size: 11px; color: var(--muted); }
  .illustration-thumb { width: 64px; height: 64px; box-sizing: border-box; }
  .illustration-large { width: 160px; box-sizing: border-box; }
</style></head><body><main>${svgs
  .map(([file, svg]) => `<figure data-file="${file}"><div class="illustration illustration-large">${svg}</div><div class="illustration illustration-thumb">${svg}</div><figcaption>${file}</figcaption></figure>`)
  .join('')}</main></body></html>`;

const openPage = previewSuite();

async function openSheet(colorScheme: 'light' | 'dark'): Promise<Page> {
  const { page } = await openPage('index.html', {}, colorScheme);
  await page.setViewportSize({ width: 1000, height: 400 });
  // A blank document of its own: the app's CSP (no inline styles) stays with the app's pages.
  await page.goto('about:blank');
  await page.setContent(sheet);
  return page;
}

/**
 * Every custom property the drawings paint with, resolved in the page to the rgb() colour it
 * paints ('' when the theme leaves it undefined).
 */
const resolvePaintsScript = `(() => {
  const used = new Set();
  for (const el of document.querySelectorAll('.illustration svg *')) {
    for (const attr of ['fill', 'stroke']) {
      const name = /^var\\((--[\\w-]+)\\)$/.exec(el.getAttribute(attr) ?? '')?.[1];
      if (name) used.add(name);
    }
  }
  const root = getComputedStyle(document.documentElement);
  const resolved = {};
  for (const name of used) {
    const probe = document.createElement('i');
    probe.style.color = 'var(' + name + ')';
    document.body.append(probe);
    resolved[name] = root.getPropertyValue(name).trim() === '' ? '' : getComputedStyle(probe).color;
    probe.remove();
  }
  return resolved;
})()`;

/** WCAG relative luminance contrast between two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, b2] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b2 ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the illustrations on their cards, light and dark', () => {
  it.each(['light', 'dark'] as const)('every paint resolves in the %s theme and the drawing stands out from its card', async (scheme) => {
    const page = await openSheet(scheme);
    const paints = await page.evaluate<Record<string, string>>(resolvePaintsScript);
    for (const [name, colour] of Object.entries(paints)) expect(colour, `${name} is not defined in the ${scheme} theme`).toMatch(/^rgb/);
    const card = paints['--ill-card'] ?? '';
    // WCAG 1.4.11: the parts that carry meaning need 3:1 against their background.
    for (const name of ['--ill-figure', '--ill-stretch', '--ill-motion', '--ill-towel']) {
      expect(paints, `${name} is used`).toHaveProperty(name);
      expect(contrast(paints[name] ?? '', card), `${name} on the card (${scheme})`).toBeGreaterThanOrEqual(3);
    }
    // The stretched muscle must be told apart from the limb it lies on, and near from far.
    expect(contrast(paints['--ill-stretch'] ?? '', paints['--ill-figure'] ?? ''), `the muscle on the figure (${scheme})`).toBeGreaterThanOrEqual(1.6);
    expect(contrast(paints['--ill-figure'] ?? '', paints['--ill-figure-far'] ?? ''), `near and far limbs (${scheme})`).toBeGreaterThanOrEqual(1.6);
    // The card follows the theme: dark cards in the dark theme, light in the light one.
    const cardLight = contrast(card, 'rgb(0, 0, 0)') > contrast(card, 'rgb(255, 255, 255)');
    expect(cardLight, `card colour ${card} in the ${scheme} theme`).toBe(scheme === 'light');
    // Each drawing shows its stretched muscle: the band is not hidden behind another body part.
    const band = (paints['--ill-stretch']?.match(/\d+/g) ?? []).map(Number);
    const bandPixels = async (card: string) => {
      const { rgba } = decodePng(await page.locator(card).screenshot());
      let shown = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        if (Math.abs((rgba[i] ?? 0) - (band[0] ?? 0)) + Math.abs((rgba[i + 1] ?? 0) - (band[1] ?? 0)) + Math.abs((rgba[i + 2] ?? 0) - (band[2] ?? 0)) < 24) shown++;
      }
      return shown;
    };
    for (const file of illustrationFiles) {
      expect(await bandPixels(`figure[data-file="${file}"] .illustration-large`), `${file}: pixels of the muscle band, large (${scheme})`).toBeGreaterThanOrEqual(40);
      expect(await bandPixels(`figure[data-file="${file}"] .illustration-thumb`), `${file}: pixels of the muscle band at 64 px (${scheme})`).toBeGreaterThanOrEqual(6);
    }
  });

  it('saves the contact sheet, light beside dark', async () => {
    const shots: Buffer[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openSheet(scheme);
      // Every drawing, large and as a thumbnail, laid out with a size.
      const sizes = await page.locator('.illustration svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
      expect(sizes).toHaveLength(illustrationFiles.length * 2);
      for (const size of sizes) expect(size).toBeGreaterThan(50);
      shots.push(await page.screenshot({ fullPage: true }));
    }
    // A PNG's IHDR chunk holds its width and height at bytes 16 and 20.
    const images = shots.map((png) => ({ data: png.toString('base64'), w: png.readUInt32BE(16), h: png.readUInt32BE(20) }));
    const width = images.reduce((sum, i) => sum + i.w, 0);
    const height = Math.max(...images.map((i) => i.h));
    let x = 0;
    const placed = images.map((i) => {
      const tag = `<image x="${x}" y="0" width="${i.w}" height="${i.h}" href="data:image/png;base64,${i.data}"/>`;
      x += i.w;
      return tag;
    });
    const png = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${placed.join('')}</svg>`).render().asPng();
    const path = join(artifactsDir, 'illustrations-contact-sheet.png');
    writeFileSync(path, png);
  });
});

describe('the illustration in the player is named in the person’s language', () => {
  it.each(contentLanguages)('%s', async (language) => {
    const stretch = localized(language).stretches[0];
    if (!stretch) throw new Error('no stretches');
    const { page } = await openPage('index.html', { view: 'routines', locale: language });
    // The library's thumbnails sit beside the stretch's name: hidden from screen readers, no English tooltip.
    const thumbs = page.locator('.stretch-item .illustration svg');
    expect(await thumbs.count()).toBeGreaterThan(0);
    expect(await thumbs.evaluateAll((svgs) => svgs.filter((svg) => svg.getAttribute('aria-hidden') !== 'true' || svg.querySelector('title')).length)).toBe(0);
    await page.locator(`[data-start="stretch:${stretch.id}"]`).click();
    const drawing = page.locator('.player-stage .illustration svg');
    await drawing.waitFor();
    expect(await drawing.locator('title').textContent()).toBe(stretch.illustrationAlt);
    expect(await page.getByRole('img', { name: stretch.illustrationAlt, exact: true }).count()).toBe(1);
  });
});
