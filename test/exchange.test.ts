import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportError, newRecords, parseExport, toCsv, toJson } from '../main/core/exchange.js';
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
