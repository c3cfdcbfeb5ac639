import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../main/core/types.js';
import { openHistory, segmentOf } from '../main/platform/history.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string) => Date.parse(iso);
const segmentFile = (name: string) => path.join(dir, 'history', `${name}.jsonl`);

const drink = (iso: string, ml = 250): HistoryRecord => ({ at: at(iso), event: 'drink', ml, todayMl: ml });
const alert = (iso: string): HistoryRecord => ({ at: at(iso), event: 'alert', reminder: 'move', attempt: 1 });

describe('history', () => {
  it('loads nothing before the first record, and creates its folder on the first append', () => {
    const history = openHistory(dir);
    expect(history.load()).toEqual([]);
    expect(history.stats).toMatchObject({ segmentsRead: 0, recordsLoaded: 0, skippedLines: 0 });
    history.append(drink('2026-03-05T10:00:00Z'));
    expect(fs.existsSync(segmentFile('2026-03'))).toBe(true);
  });

  it('appends one line per record to monthly segments and loads them across restarts, in order', () => {
    const records = [
      alert('2026-01-31T23:59:59.999Z'),
      drink('2026-02-01T00:00:00Z'),
      { at: at('2026-02-14T12:00:00Z'), event: 'naturalBreak', reminders: ['move', 'stretch'], minutes: 7.5 } as HistoryRecord,
      { at: at('2026-02-28T23:00:00Z'), event: 'paused', until: null } as HistoryRecord,
      drink('2026-03-01T08:00:00Z', 330),
      { at: at('2026-12-31T23:30:00Z'), event: 'timeZoneChanged', from: 'Europe/Paris', to: 'America/New_York' } as HistoryRecord,
      { at: at('2027-01-01T00:30:00Z'), event: 'newDay', day: '2027-01-01' } as HistoryRecord,
    ];
    const history = openHistory(dir);
    for (const record of records) history.append(record);
    expect(history.stats.appended).toBe(records.length);
    expect(fs.readdirSync(path.join(dir, 'history')).sort()).toEqual(['2026-01.jsonl', '2026-02.jsonl', '2026-03.jsonl', '2026-12.jsonl', '2027-01.jsonl']);
    expect(fs.readFileSync(segmentFile('2026-02'), 'utf8').split('\n')).toHaveLength(4); // three lines and the final newline

    const reopened = openHistory(dir);
    expect(reopened.load()).toEqual(records);
    expect(reopened.stats).toMatchObject({ segmentsRead: 5, recordsLoaded: 7, skippedLines: 0 });
    reopened.append(drink('2026-03-02T08:00:00Z'));
    expect(openHistory(dir).load({ sinceWall: at('2026-03-01T00:00:00Z') }).map((r) => r.at)).toEqual([
      at('2026-03-01T08:00:00Z'),
      at('2026-03-02T08:00:00Z'),
      at('2026-12-31T23:30:00Z'),
      at('2027-01-01T00:30:00Z'),
    ]);
  });

  it('names segments by UTC month', () => {
    expect(segmentOf(at('2026-03-31T23:59:59.999Z'))).toBe('2026-03');
    expect(segmentOf(at('2026-04-01T00:30:00+02:00'))).toBe('2026-03');
  });

  it('skips a torn last line, keeps every earlier record, and starts the next append on a fresh line', () => {
    const history = openHistory(dir);
    const kept = [drink('2026-03-01T09:00:00Z'), alert('2026-03-01T09:30:00Z'), drink('2026-03-01T10:00:00Z')];
    for (const record of kept) history.append(record);
    // A crash mid-write: half a line, no newline.
    fs.appendFileSync(segmentFile('2026-03'), '{"at":1772362800000,"event":"dri');

    const afterCrash = openHistory(dir);
    expect(afterCrash.load()).toEqual(kept);
    expect(afterCrash.stats).toMatchObject({ recordsLoaded: 3, skippedLines: 1 });

    const next = drink('2026-03-01T11:00:00Z');
    afterCrash.append(next);
    afterCrash.append(drink('2026-03-01T12:00:00Z'));
    const lines = fs.readFileSync(segmentFile('2026-03'), 'utf8').split('\n');
    expect(lines[3]).toBe('{"at":1772362800000,"event":"dri');
    expect(JSON.parse(lines[4] ?? '')).toEqual(next);
    expect(openHistory(dir).load()).toEqual([...kept, next, drink('2026-03-01T12:00:00Z')]);
  });

  it('skips and counts every line that is not a record, wherever it is', () => {
    fs.mkdirSync(path.join(dir, 'history'));
    const good = [drink('2026-03-01T09:00:00Z'), drink('2026-03-02T09:00:00Z'), alert('2026-03-03T09:00:00Z')];
    const lines = [
      JSON.stringify(good[0]),
      'not json',
      '[1,2]',
      '{"event":"drink"}',
      '{"at":"yesterday","event":"drink"}',
      '{"at":1,"event":"somethingNew"}',
      JSON.stringify(good[1]),
      '',
      `${JSON.stringify(good[2])}\r`,
      '{"at":1,"event":"toString"}',
    ];
    fs.writeFileSync(segmentFile('2026-03'), `${lines.join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'history', 'notes.txt'), 'ignored: not a segment');
    const history = openHistory(dir);
    expect(history.load()).toEqual(good);
    expect(history.stats).toMatchObject({ segmentsRead: 1, recordsLoaded: 3, skippedLines: 6 });
  });

  it('reads only the segments a `sinceWall` load needs', () => {
    const history = openHistory(dir);
    for (let month = 0; month < 24; month++) history.append(drink(new Date(Date.UTC(2024, month, 15, 12)).toISOString()));
    // Old segments that would count as skipped lines if they were read.
    fs.appendFileSync(segmentFile('2024-01'), 'garbage\n');
    fs.appendFileSync(segmentFile('2025-10'), 'garbage\n');

    const recent = history.load({ sinceWall: at('2025-11-20T00:00:00Z') });
    expect(recent.map((r) => segmentOf(r.at))).toEqual(['2025-12']);
    expect(history.stats).toMatchObject({ segmentsRead: 2, recordsLoaded: 1, skippedLines: 0 });

    history.load({ sinceWall: at('2025-11-01T00:00:00Z') });
    expect(history.stats).toMatchObject({ segmentsRead: 2, recordsLoaded: 2, skippedLines: 0 });
    history.load();
    expect(history.stats).toMatchObject({ segmentsRead: 24, recordsLoaded: 24, skippedLines: 2 });
  });

  it('refuses a record without a finite time', () => {
    const history = openHistory(dir);
    expect(() => history.append({ at: Number.NaN, event: 'busy' })).toThrow(/finite wall time/);
    expect(history.stats.appended).toBe(0);
  });
});
