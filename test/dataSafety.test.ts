/**
 * The data-safety rules that are not about failing disks (test/faults.test.ts) or crashes
 * (test/crash.test.ts): bounded imports and error messages, safe CSV, the log, the autostart
 * entry, per-page channels and write rate limits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError, MAX_CELL_CHARS, MAX_IMPORT_RECORDS, parseExport, toCsv, CSV_COLUMNS } from '../main/core/exchange.js';
import { describe as describeValue } from '../main/core/settings.js';
import { summarizeDays } from '../main/core/summary.js';
import type { HistoryRecord } from '../main/core/types.js';
import { answer, pageGate, rateGate } from '../main/ipc/handlers.js';
import { workerImporter } from '../main/platform/importer.js';
import { autostartEntry, desktopEntryKeys, execValue, loginItem } from '../main/platform/lifecycle.js';
import { openLog, scrub } from '../main/platform/log.js';
import { bundled } from './support/bundle.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-safety-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.parse('2026-03-05T12:00:00Z');
const DAY = 24 * 60 * 60_000;
const header = CSV_COLUMNS.join(',');
const drinkRow = (iso: string, ml = 250) => `${iso},drink,,,,${ml},,,,,,"{""todayMl"":${ml}}"`;

describe('imports are bounded and checked', () => {
  it('refuses a record dated more than a day ahead, or before 2000, naming the line and the reason', () => {
    const ahead = new Date(NOW + DAY + 60_000).toISOString();
    expect(() => parseExport(`${header}\n${drinkRow('2026-03-05T10:00:00.000Z')}\n${drinkRow(ahead)}\n`, NOW)).toThrow(new ImportError(3, `at: dated in the future (${ahead}); records may be at most a day ahead of now`));
    expect(() => parseExport(`${header}\n${drinkRow('2199-01-01T00:00:00.000Z')}\n`, NOW)).toThrow(/^line 2: at: dated in the future/);
    expect(() => parseExport(`${header}\n${drinkRow('1999-12-31T23:00:00.000Z')}\n`, NOW)).toThrow(/^line 2: at: must be a time after 2000/);
    // Within the day's slack (clocks differ between machines) is fine.
    expect(parseExport(`${header}\n${drinkRow(new Date(NOW + DAY - 60_000).toISOString())}\n`, NOW)).toHaveLength(1);
  });

  it('refuses deleting a diary entry the file did not create', () => {
    const file = (deleted: string) =>
      `${header}\n2026-03-01T10:00:00.000Z,cramp,,,,,,calf,night,3,,"{""id"":""c1"",""when"":1772359200000,""durationMinutes"":null,""note"":""""}"\n2026-03-01T11:00:00.000Z,crampDeleted,,,,,,,,,,"{""id"":""${deleted}""}"\n`;
    expect(parseExport(file('c1'), NOW).map((r) => r.event)).toEqual(['cramp', 'crampDeleted']);
    expect(() => parseExport(file('someone-elses'), NOW)).toThrow(/^line 3: crampDeleted: deletes diary entry "someone-elses", which this file does not create/);
  });

  it('stops at the row and cell bounds instead of reading on', () => {
    const long = `${header}\n2026-03-01T10:00:00.000Z,cramp,,,,,,calf,night,3,${'x'.repeat(MAX_CELL_CHARS + 1)},\n`;
    expect(() => parseExport(long, NOW)).toThrow(new ImportError(2, `a cell is longer than ${MAX_CELL_CHARS.toLocaleString('en')} characters`));
    const rows = Array.from({ length: MAX_IMPORT_RECORDS + 2 }, () => drinkRow('2026-03-01T10:00:00.000Z')).join('\n');
    const started = performance.now();
    expect(() => parseExport(`${header}\n${rows}\n`, NOW)).toThrow(/too many records: an import holds at most 300,000/);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(() => parseExport(`${header}\n"unclosed,drink\n`, NOW)).toThrow(/^line 2: a quoted cell is never closed/);
  });

  it('parses a 200,000-row import in a worker while the main thread keeps its timers', async () => {
    const plan = workerImporter(dir, { script: await bundled('main/platform/importWorker.ts') });
    const rows = Array.from({ length: 200_000 }, (_, i) => drinkRow(new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000).toISOString(), 1 + (i % 4000)));
    const text = `${header}\n${rows.join('\n')}\n`;
    let worst = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const t = performance.now();
      worst = Math.max(worst, t - last);
      last = t;
    }, 10);
    try {
      const records = await plan(text, NOW);
      expect(records).toHaveLength(200_000);
    } finally {
      clearInterval(ticker);
    }
    // A 10 ms timer never waits long: the parse ran elsewhere (generous for a loaded 2-core machine).
    expect(worst).toBeLessThan(1000);
    console.info(`import of 200,000 rows in a worker: the main thread's 10 ms timer waited at most ${Math.round(worst)} ms`);
  }, 120_000);

  it('a refusal from the worker names the line', async () => {
    const plan = workerImporter(dir, { script: await bundled('main/platform/importWorker.ts') });
    await expect(plan(`${header}\n${drinkRow('2026-03-01T10:00:00.000Z', -1)}\n`, NOW)).rejects.toThrow(/^line 2: ml: /);
  });
});

describe('summaries and messages stay small whatever the data holds', () => {
  it('never summarizes more days than the window asked for, even with a record dated 2199', () => {
    const records: HistoryRecord[] = [
      { at: NOW - 2 * DAY, event: 'drink', ml: 250, todayMl: 250 },
      { at: Date.parse('2199-01-01T00:00:00Z'), event: 'drink', ml: 250, todayMl: 500 },
    ];
    const unbounded = summarizeDays(records, { zone: 'UTC', dayStartsAt: '04:00', defaultGoalMl: 2000 });
    expect(unbounded.length).toBeGreaterThan(60_000); // what History used to send on every change
    const days = summarizeDays(records, { zone: 'UTC', dayStartsAt: '04:00', defaultGoalMl: 2000, window: { from: NOW - 7 * DAY, to: NOW } });
    expect(days.length).toBeLessThanOrEqual(8);
    expect(days.map((d) => d.waterMl)).toContain(250);
  });

  it('describes deep, huge, cyclic and odd values in at most 60 characters, without throwing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    for (const value of [deep, new Array(1_000_000).fill('x'.repeat(100)), cyclic, 10n, 'y'.repeat(1e6), Symbol('s'), hostile, { [Symbol('k')]: 1 }, NaN]) {
      const text = describeValue(value);
      expect(text.length).toBeLessThanOrEqual(60);
    }
    expect(describeValue({ ml: 250 })).toBe('{"ml":250}');
    expect(describeValue(undefined)).toBe('nothing');
  });
});

describe('CSV exports are safe to open in a spreadsheet', () => {
  it('neutralises every cell a spreadsheet would run, and re-imports to exactly the same history', () => {
    const notes = ['=HYPERLINK("http://x","click")', '+1+2', '-3', '@SUM(A1)', '\tlead tab', '\rlead cr', "'already quoted", "''", 'plain, "quoted"'];
    const records: HistoryRecord[] = notes.map((note, i) => ({ at: NOW - i * 60_000, event: 'cramp', id: `c${i}`, muscle: 'calf', when: NOW - i * 60_000, context: 'night', severity: 3, durationMinutes: null, note }));
    records.push({ at: NOW, event: 'clockChanged', jumpMinutes: -60 });
    const csv = toCsv(records);
    const cells = csv.split('\n').slice(1).filter(Boolean).map((line) => line.match(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)?.map((c) => c.replace(/^,/, '').replace(/^"|"$/g, '')) ?? []);
    for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parseExport(csv)).toEqual(records);
  });
});

describe('the log', () => {
  it('writes levels and timestamps to a file under userData/logs, rotates it, and blanks quoted values', () => {
    const log = openLog(dir, { console: false, maxBytes: 4000 });
    for (let i = 0; i < 200; i++) log.info(`step ${i} refused: note: too long (got "my secret note")`);
    log.error('history: could not append a cramp record: ENOSPC');
    expect(log.folder).toBe(path.join(dir, 'logs'));
    const files = fs.readdirSync(log.folder).sort();
    expect(files).toEqual(['limber.log', 'limber.old.log']);
    const text = fs.readFileSync(path.join(log.folder, 'limber.log'), 'utf8');
    expect(text).toMatch(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}\] \[error\] history: could not append a cramp record: ENOSPC$/m);
    expect(text + fs.readFileSync(path.join(log.folder, 'limber.old.log'), 'utf8')).not.toContain('secret');
    expect(fs.statSync(path.join(log.folder, 'limber.log')).size).toBeLessThan(4000);
    expect(scrub('x (got 250) y (got "n")')).toBe('x (got …) y (got …)');
  });
});

describe('start at login on Linux', () => {
  const item = (exec: string) => loginItem({} as never, 'linux', { configHome: dir, exec });
  const entryFile = () => path.join(dir, 'autostart', 'limber.desktop');

  it('escapes Exec as the Desktop Entry spec says and refuses control characters', () => {
    expect(execValue('/opt/Limber/limber')).toBe('/opt/Limber/limber');
    expect(execValue('/home/ana maría/Apps/Limber 100%.AppImage')).toBe('"/home/ana maría/Apps/Limber 100%%.AppImage"');
    expect(execValue('/x/$HOME/"q"/`c`/back\\slash')).toBe('"/x/\\\\$HOME/\\\\"q\\\\"/\\\\`c\\\\`/back\\\\\\\\slash"');
    expect(() => execValue('/tmp/evil\nExec=rm -rf ~')).toThrow(/control character \(U\+000A\)/);
    expect(() => execValue('/tmp/bell\u0007')).toThrow(/U\+0007/);
    expect(desktopEntryKeys(autostartEntry('/a b/c')).Exec).toBe('"/a b/c"');
  });

  it('shows what the entry really does: Hidden=true or an empty Exec is off', () => {
    const login = item('/opt/Limber.AppImage');
    expect(login.get()).toBe(false);
    login.set(true);
    expect(login.get()).toBe(true);
    fs.writeFileSync(entryFile(), fs.readFileSync(entryFile(), 'utf8').replace('[Desktop Entry]\n', '[Desktop Entry]\nHidden=true\n'));
    expect(login.get()).toBe(false);
    fs.writeFileSync(entryFile(), autostartEntry('/opt/Limber.AppImage').replace(/^Exec=.*$/m, 'Exec='));
    expect(login.get()).toBe(false);
  });

  it('rewrites the entry on start when the AppImage moved, and leaves it alone otherwise', () => {
    item('/home/a/Downloads/Limber.AppImage').set(true);
    const moved = item('/home/a/Apps/Limber.AppImage');
    expect(moved.refresh?.()).toBe(true);
    expect(desktopEntryKeys(fs.readFileSync(entryFile(), 'utf8')).Exec).toBe('/home/a/Apps/Limber.AppImage');
    expect(moved.refresh?.()).toBe(false);
    moved.set(false);
    expect(moved.refresh?.()).toBe(false); // off stays off
    expect(fs.existsSync(entryFile())).toBe(false);
  });
});

describe('IPC: each page only its channels, and writes at a bounded rate', () => {
  const page = (name: string) => ({ senderFrame: { url: `file:///opt/Limber/resources/app.asar/dist/renderer/${name}` } });

  it('lets the break window read the state and reply, and nothing else', () => {
    const gate = pageGate(() => undefined);
    expect(gate('state:get', page('break.html'))).toBeNull();
    expect(gate('reply', page('break.html'))).toBeNull();
    for (const channel of ['history:export', 'history:import', 'settings:set', 'cramp:log', 'logs:open'] as const) {
      expect(gate(channel, page('break.html'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(gate(channel, page('index.html'))).toBeNull();
    }
    expect(gate('state:get', page('other.html'))).toMatchObject({ ok: false });
  });

  it('refuses a runaway page after a burst, and accepts again at the steady rate', () => {
    let t = 0;
    const logged: string[] = [];
    const gate = rateGate(() => t, (m) => logged.push(m));
    const results = Array.from({ length: 1000 }, () => gate('cramp:log', page('index.html')));
    expect(results.filter((r) => r === null)).toHaveLength(20);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'limited' } });
    expect(logged).toHaveLength(1); // once per burst, not a thousand lines
    t += 60_000;
    expect(Array.from({ length: 40 }, () => gate('cramp:log', page('index.html'))).filter((r) => r === null)).toHaveLength(20);
    // Reads are never limited.
    expect(Array.from({ length: 1000 }, () => gate('state:get', page('index.html'))).every((r) => r === null)).toBe(true);
  });

  it('answers a refused write as limited through answer(), changing nothing', () => {
    let handled = 0;
    const target = { handle: () => void handled++, state: () => ({}) as never };
    const gate = rateGate(() => 0, () => undefined);
    const results = Array.from({ length: 30 }, () => answer('drink:log', page('index.html'), { ml: 250 }, target, () => true, () => undefined, gate));
    expect(handled).toBe(20);
    expect(results.at(-1)).toMatchObject({ ok: false, error: { code: 'limited', message: 'drink:log: too many requests; try again in a moment' } });
  });
});
