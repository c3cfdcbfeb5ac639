import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../main/platform/security.js';
import { advice, adviceGroups } from '../../renderer/content/advice.js';
import { references } from '../../renderer/content/references.js';
import { reliefGuides } from '../../renderer/content/relief.js';
import { axeViolations, focusedText, screenshot, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';

const openPage = previewSuite();

const NOT_MEDICAL_ADVICE = 'not-medical-advice';
/** Advice shown in the groups (the "not medical advice" note is shown on its own, first). */
const grouped = advice.filter((item) => item.id !== NOT_MEDICAL_ADVICE);

const openLearn = async (colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => {
  const opened = await openPage('index.html', { view: 'learn' }, colorScheme);
  await opened.page.getByRole('heading', { level: 1, name: 'Cramps in two minutes' }).waitFor();
  return opened;
};

const openSources = async (): Promise<OpenedPage> => {
  const opened = await openLearn();
  await opened.page.getByRole('button', { name: /^All sources/ }).click();
  await opened.page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
  return opened;
};

describe('Learn: the advice', () => {
  it('shows the groups in reading order, each item with its summary, evidence badge and sources', async () => {
    const { page } = await openLearn();
    expect(await page.locator('aside.disclaimer').textContent()).toContain('Limber is not medical advice');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(adviceGroups.map((g) => g.title));
    for (const item of grouped) {
      const shown = page.locator(`[data-group="${item.group}"] [data-advice="${item.id}"]`);
      expect(await shown.getByRole('heading', { level: 3 }).textContent(), item.id).toBe(item.title);
      expect(await shown.locator('.advice-summary').textContent(), item.id).toBe(item.summary);
      expect(await shown.locator('.evidence-badge').getAttribute('data-evidence'), item.id).toBe(item.evidence);
      const links = await shown.locator('a.source-link').evaluateAll((anchors) =>
        anchors.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
      );
      expect(links.map((l) => l.href), item.id).toEqual(item.sources.map((id) => references.find((r) => r.id === id)?.url));
      for (const link of links) expect(link).toMatchObject({ target: '_blank', rel: expect.stringContaining('noopener') });
    }
    await screenshot(page, 'learn');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'learn-dark');
  });

  it('labels the evidence levels in words, and opens a badge to say why', async () => {
    const { page } = await openLearn();
    const labels = { strong: 'Strong evidence', mixed: 'Mixed evidence', weak: 'Weak evidence', 'expert opinion': 'Expert opinion' } as const;
    for (const item of grouped.slice(0, 8)) {
      expect(await page.locator(`[data-advice="${item.id}"] .evidence-badge`).textContent()).toBe(labels[item.evidence]);
    }
    const first = grouped[0]!;
    const shown = page.locator(`[data-advice="${first.id}"]`);
    const note = shown.locator('details.evidence p');
    expect(await note.isVisible()).toBe(false);
    // From the keyboard: Tab to the first item, Enter opens it; Tab on to its badge, Enter opens that.
    const seen: (string | null)[] = [];
    for (let i = 0; i < 12 && !(seen.at(-1) ?? '').startsWith(first.title); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedText(page));
    }
    expect(seen.at(-1)).toBe(`${first.title} ${first.summary}`);
    await page.keyboard.press('Enter');
    expect(await shown.locator('.advice-text').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(`${labels[first.evidence]} (why this rating)`);
    await page.keyboard.press('Enter');
    expect(await note.textContent()).toBe(first.evidenceNote);
    expect(await note.isVisible()).toBe(true);
    await screenshot(page, 'learn-open');
  });

  it('shows each item as its title and summary, and opens it to the text, evidence and sources', async () => {
    const { page } = await openLearn();
    for (const item of grouped) {
      const shown = page.locator(`[data-advice="${item.id}"]`);
      expect(await shown.locator('.advice-summary').isVisible(), item.id).toBe(true);
      expect(await shown.locator('.advice-text').isVisible(), item.id).toBe(false);
      expect(await shown.locator('.evidence-badge').isVisible(), item.id).toBe(false);
    }
    const item = grouped.find((a) => a.id === 'prevent-magnesium')!;
    const shown = page.locator(`[data-advice="${item.id}"]`);
    const toggle = shown.locator('details.advice-details > summary');
    // The disclosure is named by the title and summary, and says whether it is open.
    expect(await toggle.textContent()).toBe(`${item.title} ${item.summary}`);
    await toggle.click();
    expect(await shown.locator('details.advice-details').evaluate((details) => (details as unknown as { open: boolean }).open)).toBe(true);
    expect(await shown.locator('.advice-text').textContent()).toBe(item.text);
    expect(await shown.locator('.advice-text').isVisible()).toBe(true);
    expect(await shown.locator('.evidence-badge').isVisible()).toBe(true);
    expect(await shown.locator('a.source-link').first().isVisible()).toBe(true);
    await toggle.click();
    expect(await shown.locator('.advice-text').isVisible()).toBe(false);
  });

  it('is short enough to read in about two minutes', () => {
    // About 240 words a minute for silent reading. What shows before anything is opened: each
    // item's title and summary (the text, evidence notes and sources are folded away).
    const words = grouped.map((item) => `${item.title} ${item.summary}`).join(' ').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(480);
  });
});

describe('Learn: Sources', () => {
  it('lists every reference with authors, year, title, publisher and link, and comes back to Learn', async () => {
    const { page } = await openSources();
    expect(await page.locator('[data-reference]').count()).toBe(references.length);
    for (const reference of references) {
      const item = page.locator(`[data-reference="${reference.id}"]`);
      const text = await item.textContent();
      expect(text, reference.id).toContain(reference.title);
      expect(text, reference.id).toContain(reference.publisher);
      if (reference.authors) expect(text, reference.id).toContain(reference.authors);
      if (reference.year) expect(text, reference.id).toContain(String(reference.year));
      expect(await item.locator('a').getAttribute('href')).toBe(reference.url);
    }
    await screenshot(page, 'sources');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'sources-dark');
    await page.getByRole('button', { name: 'Back to Learn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cramps in two minutes' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe(`All sources (${references.length})`);
  });

  it('every reference the content cites exists', () => {
    const ids = new Set(references.map((r) => r.id));
    const cited = [...advice.flatMap((item) => item.sources), ...reliefGuides.map((g) => g.source)];
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  // Links main would refuse do nothing in the app: every reference must be on its allow-list.
  it('every reference link is one main opens (its external-link allow-list)', () => {
    const refused = references.filter((r) => !isAllowedExternalUrl(r.url)).map((r) => r.url);
    expect(refused, 'links main/platform/security.ts would refuse to open').toEqual([]);
  });
});

describe('Learn: accessibility', () => {
  it('has no axe-core violations on Learn (closed, then every item and a note open) and Sources, light and dark', async () => {
    const { page } = await openLearn();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `Learn closed, ${scheme}`).toEqual([]);
    }
    // Every item open, so its text, badge and links are checked too, and one evidence note open.
    for (const toggle of await page.locator('details.advice-details > summary').all()) await toggle.click();
    await page.locator('details.evidence summary').first().click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `Learn, ${scheme}`).toEqual([]);
    }
    await page.getByRole('button', { name: /^All sources/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `Sources, ${scheme}`).toEqual([]);
    }
  });
});
