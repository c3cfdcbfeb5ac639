import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../main/core/exchange.js';
import type { HistoryRecord } from '../../main/core/types.js';
import { artifactsDir, axeViolations, bridgeState, type OpenedPage } from './support/browser.js';
import { previewSuite } from './support/previewSuite.js';
import { pageScreenshot } from './support/views.js';

const openPage = previewSuite();

/** History, as a tray item opens it; the preview starts Monday 2 June 2025, 09:00, Berlin. */
const openHistory = async (params: Record<string, string> = {}, scheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> => {
  const opened = await openPage('index.html', { view: 'history', ...params }, scheme);
  await opened.page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
  await opened.page.locator('.insights').waitFor();
  return opened;
};
const seeded = { seedHistory: '1' };

const CSV_HEADER = 'at,event,reminder,action,attempt,ml,minutes,muscle,context,severity,note,extra';

/** How many days each chart draws (one group per calendar day, with or without a record). */
const daysDrawn = (page: Page) =>
  page.locator('[data-chart] svg.chart').evaluateAll((charts) => charts.map((chart) => chart.querySelectorAll('g[data-day]').length));

async function downloadText(page: Page, button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('.exchange input[type="file"]').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: Buffer.from(text) });
}

const exchangeStatus = (page: Page) => page.locator('.exchange [role="status"]').textContent();
const exchangeError = (page: Page) => page.locator('.exchange [role="alert"]').textContent();
const recordCount = async (page: Page): Promise<number> => (await downloadText(page, 'Export JSON')).text.split('\n').filter((l) => l.startsWith('    {')).length;

describe('Insights', () => {
  it('says what is still needed before any pattern is shown', async () => {
    const { page } = await openHistory();
    const report = (await bridgeState(page)).history?.insights;
    expect(report?.ready).toBe(false);
    expect(report?.needs.cramps).toBe(3);
    const days = report?.needs.days ?? 0;
    expect(await page.locator('.insights-needs').textContent()).toBe(`Log 3 more cramps and use Limber for ${days} more days to see patterns.`);
    expect(await page.locator('.insights').textContent()).toContain('These are patterns in your own records, not causes');
    expect(await page.locator('[data-insight]').count()).toBe(0);
  });

  it('phrases each pattern honestly: counts out of the total, "too few to be sure", never a cause', async () => {
    const { page } = await openHistory(seeded);
    const report = (await bridgeState(page)).history?.insights;
    expect(report?.ready).toBe(true);
    const insights = report?.insights ?? [];
    expect(insights.length).toBeGreaterThan(0);
    const items = page.locator('[data-insight]');
    expect(await items.count()).toBe(insights.length);
    for (const [i, insight] of insights.entries()) {
      const sentence = (await items.nth(i).textContent()) ?? '';
      expect(sentence, insight.kind).toMatch(new RegExp(`^${insight.matching} of your ${insight.total} `));
      if (!insight.confident) expect(sentence, insight.kind).toMatch(/ — too few to be sure\.$/);
      expect(sentence, insight.kind).not.toMatch(/\b(caused?|causes|because)\b/i);
    }
    // The seeded month's water pattern, word for word.
    const lowWater = insights.find((i) => i.kind === 'lowWater');
    expect(lowWater).toMatchObject({ matching: 5, total: 7, thresholdMl: 1400, confident: false });
    expect(await page.locator('[data-insight="lowWater"]').textContent()).toMatch(/^5 of your 7 logged cramps came on days under 1\.4\sL of water \(on days without a cramp you logged about [\d.]+\sL\) — too few to be sure\.$/);
    const card = (await page.locator('.insights').textContent()) ?? '';
    expect(card).not.toMatch(/\b(caused|because)\b/i);
    expect(card).toContain('These are patterns in your own records, not causes');

    // The view as the window shows it: insights first, then the charts.
    await page.screenshot({ path: join(artifactsDir, 'insights.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(artifactsDir, 'insights-dark.png') });
  });
});

describe('History', () => {
  it('draws one column per day of the chosen range: 30, then 7, then 90', async () => {
    const { page } = await openHistory(seeded);
    await expect.poll(() => daysDrawn(page)).toEqual([30, 30, 30, 30]);
    expect(await page.getByRole('radio', { name: '30 days' }).isChecked()).toBe(true);
    expect(await page.locator('[data-chart="water"] .chart-summary').textContent()).toMatch(/^Days at goal: \d+ of 29 with a record\. On average [\d.]+\sL a day\.$/);
    // Each chart is one image with its finding in words.
    expect(await page.getByRole('img', { name: /^Bar chart of water logged each day against the day’s goal, last 30 days\./ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Timeline of workouts and cramps, last 30 days: Workouts: \d+\. Cramps: 7\.$/ }).count()).toBe(1);
    await pageScreenshot(page, 'history');
    await page.emulateMedia({ colorScheme: 'dark' });
    await pageScreenshot(page, 'history-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('radio', { name: '7 days' }).check();
    await expect.poll(() => daysDrawn(page)).toEqual([7, 7, 7, 7]);
    expect((await bridgeState(page)).history?.range).toBe(7);
    // The numbers behind a chart: a row per day, newest first.
    const water = page.locator('[data-chart="water"]');
    await water.getByText('Show the numbers').click();
    expect(await water.locator('tbody tr').count()).toBe(7);
    expect(await water.locator('tbody tr th').first().textContent()).toBe('Mon 2 Jun');
    expect(await water.locator('tbody tr').first().textContent()).toContain('No record');
    await pageScreenshot(page, 'history-7-days');

    await page.getByRole('radio', { name: '90 days' }).check();
    await expect.poll(() => daysDrawn(page)).toEqual([90, 90, 90, 90]);
    // Days before the record began are gaps, not zeros.
    expect(await page.locator('[data-chart="water"] g[data-day="2025-04-01"] rect').count()).toBe(0);
  });

  it('exports CSV and JSON; importing an export back adds nothing', async () => {
    const { page } = await openHistory(seeded);
    const csv = await downloadText(page, 'Export CSV');
    expect(csv.download.suggestedFilename()).toBe('limber-history-2025-06-02.csv');
    const lines = csv.text.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(CSV_COLUMNS.join(',')).toBe(CSV_HEADER);
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.some((l) => l.includes(',cramp,') && l.includes(',calf,night,'))).toBe(true);
    expect(await exchangeStatus(page)).toBe('Exported limber-history-2025-06-02.csv.');

    const json = await downloadText(page, 'Export JSON');
    expect(json.download.suggestedFilename()).toBe('limber-history-2025-06-02.json');
    const doc = JSON.parse(json.text) as { format: string; version: number; records: unknown[] };
    expect(doc).toMatchObject({ format: 'limber-history', version: 1 });
    expect(doc.records.length).toBe(lines.length - 1);

    const before = (await bridgeState(page)).history;
    await importFile(page, 'limber-history-2025-06-02.csv', csv.text);
    await expect.poll(() => exchangeStatus(page)).toBe('Imported 0 records: everything in the file was already in your history.');
    expect((await bridgeState(page)).notices).toContainEqual({ id: 'historyImported', detail: '0' });
    expect((await bridgeState(page)).history?.days).toEqual(before?.days);
    await importFile(page, 'limber-history-2025-06-02.json', json.text);
    await expect.poll(async () => (await bridgeState(page)).notices.find((n) => n.id === 'historyImported')?.detail).toBe('0');
    expect(await recordCount(page)).toBe(doc.records.length);
  });

  it('imports what is new, and refuses a broken file whole, naming the line', async () => {
    const { page } = await openHistory(seeded);
    const total = await recordCount(page);
    const cramp: HistoryRecord = {
      at: Date.parse('2025-05-31T06:00:00Z'),
      event: 'cramp',
      id: 'from-a-file',
      muscle: 'quadriceps',
      when: Date.parse('2025-05-31T05:40:00Z'),
      context: 'exercise',
      severity: 2,
      durationMinutes: null,
      note: '',
    };
    await importFile(page, 'one-cramp.csv', toCsv([cramp]));
    await expect.poll(() => exchangeStatus(page)).toBe('Imported 1 new record.');
    expect(await recordCount(page)).toBe(total + 1);
    await expect.poll(() => page.locator('[data-chart="timeline"] .chart-summary').textContent()).toMatch(/Cramps: 8\.$/);

    // Line 3 has a date no one can read: nothing of the file is taken, not even line 2.
    const good = toCsv([{ ...cramp, id: 'never-imported', at: cramp.at + 60_000 }]).trimEnd();
    const broken = `${good}\n2025-13-45T99:00:00Z,drink,,,,250,,,,,,"{""todayMl"":250}"\n`;
    await importFile(page, 'broken.csv', broken);
    await expect.poll(() => exchangeError(page)).toMatch(/^line 3: at: .+ — nothing was imported\.$/);
    expect(await exchangeStatus(page)).toBe('');
    expect(await recordCount(page)).toBe(total + 1);

    await importFile(page, 'broken.json', '{ "format": "limber-history", "version": 1, "records": [\n    {"at": 1, "event": "drink"}\n  ]\n}\n');
    await expect.poll(() => exchangeError(page)).toMatch(/^line 2: at: must be a time after 2000.* — nothing was imported\.$/);
    await page.screenshot({ path: join(artifactsDir, 'history-import-error.png') });

    // Too big: refused from its size, before a byte of it is read.
    await page.evaluate(`(() => {
      const input = document.querySelector('.exchange input[type="file"]');
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(50_000_001)], 'huge.csv', { type: 'text/csv' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await expect.poll(() => exchangeError(page)).toBe('This file is 50 MB; Limber imports files of at most 50 MB. Nothing was imported.');
    expect(await recordCount(page)).toBe(total + 1);
  });

  it('has no axe-core violations: insights, charts with their numbers open, light and dark', async () => {
    const { page } = await openHistory(seeded);
    await expect.poll(() => daysDrawn(page)).toEqual([30, 30, 30, 30]);
    for (const details of await page.locator('.chart-numbers summary').all()) await details.click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `history, ${scheme}`).toEqual([]);
    }
    const fresh = await openHistory();
    for (const scheme of ['light', 'dark'] as const) {
      await fresh.page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(fresh.page), `history without records yet, ${scheme}`).toEqual([]);
    }
  });
});
