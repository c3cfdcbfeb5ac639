import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, ImportError, newRecords, parseExport, toCsv, toJson } from '../main/core/exchange.js';
import { alertCloseReasons, type HistoryRecord } from '../main/core/types.js';
import { openHistory } from '../main/platform/history.js';
import { parseScenario } from '../main/sim/scenario.js';
import { simulate } from '../main/sim/simulator.js';

/** A realistic history: a simulated day with a workout, plus diary entries with awkward notes. */
function sampleHistory(): HistoryRecord[] {
  const scenario = parseScenario(JSON.parse(fs.readFileSync(path.join(__dirname, 'scenarios', 'example.json'), 'utf8')));
  const records = simulate({ ...scenario, workouts: [{ id: 'w1', kind: 'run', minutes: 75, intensity: 'hard', hot: true, schedule: { type: 'once', at: '2026-03-02T16:00' } }] }).records.map((r) => r.record);
  const at = records[records.length - 1]?.at ?? 0;
  records.push(
    { at: at + 1000, event: 'cramp', id: 'c1', muscle: 'calf', when: at - 3_600_000, context: 'exercise', severity: 4, durationMinutes: 2.5, note: 'after the hill, "sharp", then eased\nnext line, with a comma' },
    { at: at + 2000, event: 'cramp', id: 'c2', muscle: 'foot', when: at, context: 'night', severity: 2, durationMinutes: null, note: '' },
  );
  return records;
}

describe('history export and import', () => {
  // Simulated in each test, not in the describe body, so per-test coverage (Stryker) sees the engine run.
  let records: HistoryRecord[] = [];
  beforeEach(() => {
    records = sampleHistory();
  });

  it('round-trips through JSON and CSV to the identical history', () => {
    expect(records.length).toBeGreaterThan(50);
    expect(parseExport(toJson(records, Date.UTC(2026, 2, 3)))).toEqual(records);
    expect(parseExport(toCsv(records))).toEqual(records);
  });

  it('keeps every way an alert can close and every dropped moment through export and import', () => {
    // The engine closes drink alerts as goalMet and records dropped moments; a history that could
    // not read them back would skip those lines on load and refuse its own export.
    const at = Date.UTC(2026, 2, 3, 9);
    const closes: HistoryRecord[] = alertCloseReasons.map((reason, i) => ({ at: at + i, event: 'alertClosed', reminder: 'hydrate', reason }));
    const dropped: HistoryRecord[] = [
      { at: at + 100, event: 'occasionDropped', reminder: 'warmup', due: at - 600_000, workoutId: 'w1', workoutStart: at },
      { at: at + 101, event: 'occasionDropped', reminder: 'bedtime', due: at - 60_000 },
    ];
    const all = [...closes, ...dropped];
    expect(parseExport(toJson(all, at))).toEqual(all);
    expect(parseExport(toCsv(all))).toEqual(all);
  });

  it('imports a CSV saved by a spreadsheet on Windows: CRLF line ends and a byte-order mark', () => {
    // Rows end in CRLF; a line break inside a quoted note stays as it is, as spreadsheets write it.
    const windows = '\uFEFF' + toCsv(records).replace(/\n(?=\d{4}-|$)/g, '\r\n');
    expect(windows.split('\r\n').length).toBeGreaterThan(records.length);
    expect(parseExport(windows)).toEqual(records);
    // Line numbers in errors still count lines as the spreadsheet shows them.
    const lines = windows.split('\r\n');
    const cramp = lines.findIndex((l) => l.includes(',cramp,'));
    lines[cramp] = (lines[cramp] as string).replace(',4,', ',9,');
    expect(() => parseExport(lines.join('\r\n'))).toThrow(new ImportError(cramp + 1, 'severity: must be 1 to 5 (got 9)'));
  });

  it('rejects a bad file with the line and the reason', () => {
    const csv = toCsv(records).split('\n');
    const cramp = csv.findIndex((l) => l.includes(',cramp,'));
    csv[cramp] = (csv[cramp] as string).replace(',4,', ',9,');
    expect(() => parseExport(csv.join('\n'))).toThrow(new ImportError(cramp + 1, 'severity: must be 1 to 5 (got 9)'));
    const json = toJson(records, 0).split('\n');
    json[7] = (json[7] as string).replace('"event":"', '"event":"x');
    expect(() => parseExport(json.join('\n'))).toThrow(/^line 8: event: unknown event/);
    expect(() => parseExport('at,event\n')).toThrow(/^line 1: the header must be/);
    expect(() => parseExport('{"format":"limber-history","version":1,"records":[')).toThrow(/^line 1: not valid JSON/);
  });

  it('adds only what is new, in time order, and the history then holds exactly the union', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-import-'));
    try {
      const history = openHistory(dir);
      const half = records.slice(0, Math.floor(records.length / 2));
      for (const r of half) history.append(r);
      const added = newRecords(history.load(), parseExport(toCsv(records)));
      expect(added).toHaveLength(records.length - half.length);
      for (const r of added) history.append(r);
      expect(history.load()).toEqual([...records].sort((a, b) => a.at - b.at));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never half-imports: a fuzzed file either parses whole or is refused, leaving the history as it was', () => {
    const text = toCsv(records.slice(0, 40));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (at, insert, cut) => {
        const mutated = text.slice(0, at) + insert + text.slice(at + cut);
        let parsed: HistoryRecord[];
        try {
          parsed = parseExport(mutated);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).line).toBeGreaterThanOrEqual(1);
          return;
        }
        // Whatever parsed is valid by the schema, so it round-trips again.
        expect(parseExport(toCsv(parsed))).toEqual(parsed);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });
});

describe('history written on a real clock', () => {
  it('has whole-millisecond times, so an export reads back exactly', async () => {
    const { Engine } = await import('../main/core/engine.js');
    const { systemClock } = await import('../main/platform/clock.js');
    let t = 0.123;
    const clock = systemClock({ wallNow: () => Date.UTC(2026, 2, 2, 9) + t, monotonicNow: () => t, timeZone: () => 'Europe/Berlin', setTimeout: () => 0, clearTimeout: () => undefined });
    const engine = new Engine({ clock, sensor: { read: () => ({ idleSeconds: 0, locked: false }) } });
    const records: HistoryRecord[] = [];
    engine.subscribe((out) => out.type === 'record' && records.push(out.record));
    engine.start();
    t += 1000.456;
    engine.dispatch({ type: 'drink', ml: 300 });
    engine.dispatch({ type: 'breakNow' });
    expect(records.length).toBeGreaterThan(1);
    expect(parseExport(toCsv(records))).toEqual(records);
    expect(parseExport(toJson(records, 0))).toEqual(records);
  });

  it('names an unreadable time plainly', () => {
    expect(() => parseExport(`${toCsv([]).trim()}\nyesterday,meal,,,,,,,,,,\n`)).toThrow(/^line 2: at: not a time in ISO 8601 UTC/);
  });
});

describe('importing fuzzed files into a real history', () => {
  it('never corrupts what is already there: a refused file changes nothing, an accepted one only adds', async () => {
    const { AppController } = await import('../main/controller.js');
    const { InputError } = await import('../main/core/engine.js');
    const { Harness } = await import('./support/harness.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-fuzz-import-'));
    try {
      const history = openHistory(dir);
      const records = sampleHistory();
      for (const r of records.slice(0, 30)) history.append(r);
      const h = new Harness();
      const controller = new AppController({
        engine: h.engine,
        saveSettings: () => undefined,
        openWindow: () => undefined,
        loginItem: { get: () => false, set: () => undefined },
        onChange: () => undefined,
        history,
      });
      const text = toCsv(records.slice(20, 60));
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 5 }), async (at, insert, cut) => {
          const before = history.load();
          const mutated = text.slice(0, at) + insert + text.slice(at + cut);
          try {
            await controller.handle('history:import', { text: mutated });
          } catch (error) {
            if (!(error instanceof InputError)) throw error;
            expect(history.load()).toEqual(before);
            return;
          }
          const after = history.load();
          // Everything that was there is still there, unchanged.
          const kept = new Set(after.map((r) => JSON.stringify(r)));
          for (const r of before) expect(kept.has(JSON.stringify(r))).toBe(true);
        }),
        { numRuns: 200, seed: 11 },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what an import refuses, and how it says so', () => {
  const at = Date.UTC(2026, 2, 3, 9);
  const meal: HistoryRecord = { at, event: 'meal' };
  const drink: HistoryRecord = { at: at + 1000, event: 'drink', ml: 250, todayMl: 250 };
  const cramp: HistoryRecord = { at: at + 2000, event: 'cramp', id: 'c1', muscle: 'calf', when: at - 60_000, context: 'night', severity: 3, durationMinutes: null, note: '' };
  /** An export in our own layout, its records from line 6, with raw JSON values in place of records. */
  const jsonOf = (...values: unknown[]) => toJson(values as HistoryRecord[], at);
  const refusal = (text: string, now?: number): string => {
    try {
      parseExport(text, now);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).name).toBe('ImportError');
      return (error as Error).message;
    }
    throw new Error('the file was accepted');
  };

  it('names a record that is not an object, a time that is not one, and an unknown event', () => {
    expect(refusal(jsonOf(meal, 42))).toBe('line 7: must be a record object (got 42)');
    expect(refusal(jsonOf(null))).toBe('line 6: must be a record object (got null)');
    expect(refusal(jsonOf([meal]))).toMatch(/^line 6: must be a record object \(got \[\{"at":/);
    expect(refusal(jsonOf({ event: 'meal', at: 'today' }))).toBe('line 6: at: Invalid input: expected number, received string (got "today")');
    expect(refusal(jsonOf({ event: 'meal', at: Date.UTC(1999, 11, 31) }))).toBe(`line 6: at: must be a time after 2000 (got ${Date.UTC(1999, 11, 31)})`);
    expect(refusal(jsonOf({ at, event: 'nap' }))).toBe('line 6: event: unknown event (got "nap")');
    expect(refusal(jsonOf({ at, event: 7 }))).toBe('line 6: event: unknown event (got 7)');
    expect(refusal(jsonOf({ at, event: ['meal'] }))).toBe('line 6: event: unknown event (got ["meal"])');
    expect(refusal(jsonOf({ at, event: 'toString' }))).toBe('line 6: event: unknown event (got "toString")');
  });

  it('names the field of an event that is wrong, its value, and an unknown field without one', () => {
    expect(refusal(jsonOf({ ...drink, ml: 0 }))).toBe('line 6: ml: Too small: expected number to be >=1 (got 0)');
    expect(refusal(jsonOf({ at, event: 'naturalBreak', reminders: ['sit'], minutes: 3 }))).toBe('line 6: reminders.0: Invalid option: expected one of "move"|"stretch" (got "sit")');
    expect(refusal(jsonOf({ ...meal, hungry: true }))).toBe('line 6: meal: Unrecognized key: "hungry"');
  });

  it('refuses a JSON file that is not a Limber export, naming the line of a syntax error', () => {
    expect(refusal('{\n  "format": "limber-history",\n  "version": 1,\n  oops\n}')).toMatch(/^line 4: not valid JSON: /);
    expect(refusal('{"format": "other"}')).toBe('line 1: not a Limber history export (expected "format": "limber-history")');
    expect(refusal('{"records": []}')).toBe('line 1: not a Limber history export (expected "format": "limber-history")');
    expect(refusal('{"format": "limber-history", "version": 2, "records": []}')).toBe('line 1: version: this Limber reads version 1 (got 2)');
    expect(refusal('{"format": "limber-history", "version": 1, "records": {}}')).toBe('line 1: records: must be a list');
    // Another layout, with the list opening on its own line: records counted from the line after it.
    expect(refusal(`{\n"format" : "limber-history",\n"version" : 1,\n"records"  :  [  \n${JSON.stringify(meal)},\n{}\n]}`)).toMatch(/^line 6: at: /);
    expect(refusal(`{"format": "limber-history", "version": 1, "records": [\n${JSON.stringify(meal)},\n{}\n]}`)).toMatch(/^line 3: at: /);
    expect(parseExport(`\n  ${jsonOf(meal)}`)).toEqual([meal]);
    // Another layout: the record is named by its place from line 1.
    expect(refusal(`{"format": "limber-history", "version": 1, "records": [${JSON.stringify(meal)}, 5]}`)).toBe('line 2: must be a record object (got 5)');
  });

  it('refuses a CSV row that is cut short, a quote never closed, a cell too long, and a bad extra', () => {
    const [header, row] = toCsv([{ ...drink }]).split('\n') as [string, string];
    expect(refusal(`${header}\n${row}\n${row.split(',').slice(0, 3).join(',')}\n`)).toBe('line 3: expected 12 cells (got 3)');
    expect(refusal(`${header}\n${row}\n2026-03-03T09:00:00.000Z,meal,"open\n`)).toBe('line 3: a quoted cell is never closed');
    expect(refusal(`${header}\n${row.replace(',drink,', `,${'x'.repeat(10_001)},`)}\n`)).toBe('line 2: a cell is longer than 10,000 characters');
    // Exactly 10,000 characters is allowed (JSON may end in spaces).
    const padded = (extra: string) => `"${extra.replace(/"/g, '""')}${' '.repeat(10_000 - extra.length)}"`;
    expect(parseExport(`${header}\n${row.replace(/,[^,]*$/, `,${padded('{"todayMl":250}')}`)}\n`)).toEqual([drink]);
    // The first problem is the one named, not a later one.
    expect(refusal(`${header}\n${row.replace(',drink,', `,${'x'.repeat(10_001)},`)}\n"abc"def,\n`)).toBe('line 2: a cell is longer than 10,000 characters');
    expect(refusal(`${header}\n${row}\n"abc"def,meal,,,,,,,,,,\n`)).toBe('line 3: a quoted cell goes on after its closing quote');
    // A row of one word, or with no time, is refused, not skipped.
    expect(refusal(`${header}\n${row}\nhello\n`)).toBe('line 3: expected 12 cells (got 1)');
    expect(refusal(`${header}\n${row}\n,meal,,,,,,,,,,\n`)).toMatch(/^line 3: at: /);
    // A note over two lines: the rows after it keep their line numbers.
    const twoLines = toCsv([{ ...cramp, note: 'first\nsecond' }, meal]).split('\n');
    twoLines[3] = (twoLines[3] as string).replace(',meal,', ',nap,');
    expect(refusal(twoLines.join('\n'))).toBe('line 4: event: unknown event (got "nap")');
    // Semicolons, as some spreadsheets write, are not taken for commas.
    expect(refusal(`${CSV_COLUMNS.join(';')}\n`)).toMatch(/^line 1: the header must be: /);
    const extraRow = (extra: string) => `${header}\n2026-03-03T09:00:00.000Z,meal,,,,,,,,,,${extra}\n`;
    expect(refusal(extraRow('[1]'))).toBe('line 2: extra: not a JSON object (got "[1]")');
    expect(refusal(extraRow('null'))).toBe('line 2: extra: not a JSON object (got "null")');
    expect(refusal(extraRow('{oops'))).toBe('line 2: extra: not a JSON object (got "{oops")');
    expect(refusal(`${header}\n2026-03-03T09:00:00.000Z,drink,,,,lots,,,,,,"{""todayMl"":1}"\n`)).toBe('line 2: ml: Invalid input: expected number, received string (got "lots")');
    expect(refusal(`${header}\n2026-03-03 09:00,meal,,,,,,,,,,\n`)).toBe('line 2: at: not a time in ISO 8601 UTC like 2026-03-02T08:30:00.000Z (got "2026-03-03 09:00")');
    expect(refusal(`${header}\n2026-13-03T09:00:00.000Z,meal,,,,,,,,,,\n`)).toMatch(/^line 2: at: not a time/);
    // Blank lines between rows are skipped, and line numbers still count them.
    expect(parseExport(`${header}\n\n${row}\n\n`)).toEqual([drink]);
    expect(refusal(`${header}\n\n${row}\n\nx,meal,,,,,,,,,,\n`)).toMatch(/^line 5: at: /);
    expect(refusal('')).toBe('line 1: the header must be: at,event,reminder,action,attempt,ml,minutes,muscle,context,severity,note,extra');
  });

  it('keeps a note that looks like a formula as text, both ways, apostrophes included', () => {
    const notes = ['a byte-order mark \uFEFF inside', '=SUM(A1:A9)', '+1', '-2', '@me', '\tindented', '\rreturn', "'quoted", "''twice", 'plain, with "quotes"'];
    const records: HistoryRecord[] = notes.map((note, i) => ({ ...cramp, id: `c${i}`, at: at + i, note }));
    const csv = toCsv(records);
    for (const line of csv.split('\n').slice(2, 5)) expect(line).toMatch(/,"?'[=+-]/);
    expect(csv).toContain(",'@me,");
    expect(csv).toContain(",'''twice,");
    expect(parseExport(csv)).toEqual(records);
  });

  it('puts each field in its column, and everything else, an empty note too, in extra', () => {
    const alert: HistoryRecord = { at, event: 'alert', reminder: 'hydrate', attempt: 2, ml: 250, recentMeal: true };
    const [, row] = toCsv([alert, { ...cramp, note: '' }]).split('\n') as [string, string, string];
    expect(row).toBe('2026-03-03T09:00:00.000Z,alert,hydrate,,2,250,,,,,,"{""recentMeal"":true}"');
    const [, , crampRow] = toCsv([alert, { ...cramp, note: '' }]).split('\n') as [string, string, string];
    expect(crampRow).toBe('2026-03-03T09:00:02.000Z,cramp,,,,,,calf,night,3,,"{""id"":""c1"",""when"":1772528340000,""durationMinutes"":null,""note"":""""}"');
    expect(toCsv([meal])).toBe(`${CSV_COLUMNS.join(',')}\n2026-03-03T09:00:00.000Z,meal,,,,,,,,,,\n`);
  });

  it('refuses records dated more than a day ahead, and a deletion of an entry the file does not create', () => {
    const now = at;
    const aDay = 24 * 60 * 60_000;
    expect(parseExport(jsonOf({ ...meal, at: now + aDay }), now)).toHaveLength(1);
    expect(refusal(jsonOf({ ...meal, at: now + aDay + 1 }), now)).toBe(`line 6: at: dated in the future (${new Date(now + aDay + 1).toISOString()}); records may be at most a day ahead of now`);
    expect(refusal(jsonOf(meal, { ...cramp, when: now + 2 * aDay }), now)).toBe(`line 7: when: dated in the future (${new Date(now + 2 * aDay).toISOString()}); records may be at most a day ahead of now`);
    expect(parseExport(jsonOf({ ...meal, at: now + 5 * aDay }))).toHaveLength(1);
    expect(refusal(jsonOf(meal, { at: at + 5, event: 'crampDeleted', id: 'c1' }))).toBe('line 7: crampDeleted: deletes diary entry "c1", which this file does not create');
    expect(parseExport(jsonOf(cramp, { at: at + 5000, event: 'crampDeleted', id: 'c1' }))).toHaveLength(2);
  });

  it('refuses a file of more records than an import may hold, naming the first line too many', () => {
    const limit = 300_000;
    // Up to the limit, the records themselves are read (and here the first is not a record).
    expect(refusal(toJson(Array.from({ length: limit }, () => ({}) as HistoryRecord), at))).toMatch(/^line 6: at: /);
    expect(refusal(toJson(Array.from({ length: limit + 1 }, () => ({}) as HistoryRecord), at))).toBe(`line ${6 + limit}: too many records: an import holds at most 300,000`);
    const header = CSV_COLUMNS.join(',');
    expect(refusal(`${header}\n${'x\n'.repeat(limit)}`)).toBe('line 2: expected 12 cells (got 1)');
    expect(refusal(`${header}\n${'x\n'.repeat(limit + 1)}`)).toBe(`line ${2 + limit}: too many records: an import holds at most 300,000`);
  });

  it('adds a record once, whatever the order of its fields, and in time order', () => {
    const reordered = { todayMl: 250, ml: 250, event: 'drink', at: at + 1000 } as HistoryRecord;
    expect(newRecords([drink], [reordered, meal, meal])).toEqual([meal]);
    expect(newRecords([], [drink, meal, cramp])).toEqual([meal, drink, cramp]);
    expect(newRecords([], [{ ...drink, ml: 300 }, drink])).toEqual([{ ...drink, ml: 300 }, drink]);
  });
});
