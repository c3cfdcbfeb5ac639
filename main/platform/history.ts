/**
 * The history (alerts, replies, drinks, natural breaks, …) as append-only JSON Lines, one segment
 * file per month: `<dir>/history/2026-03.jsonl`.
 *
 * Appending opens the current month's segment and adds one line; nothing is ever rewritten, so an
 * append costs the same after five years as after one day, and a month's file stays small enough
 * to read whole. Months are UTC months of the record's wall time: a segment's name depends only on
 * the record, not on the zone the user happened to be in when it was written.
 *
 * A crash mid-write can leave a torn last line. The loader skips any line that is not a record
 * (counting them) and keeps every other; the first append to a segment that ends without a newline
 * starts on a fresh line, so a torn line never swallows the record written after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { HistoryEvent, HistoryRecord } from '../core/types.js';

export const HISTORY_FOLDER = 'history';
const SEGMENT_FILE = /^(\d{4}-\d{2})\.jsonl$/;

export interface HistoryStats {
  /** Records appended since the history was opened. */
  appended: number;
  /** Segment files the last load read. */
  segmentsRead: number;
  /** Records the last load returned. */
  recordsLoaded: number;
  /** Lines the last load skipped: torn by a crash, edited by hand, or from an unknown event. */
  skippedLines: number;
}

export interface History {
  /** The folder holding the segments. */
  readonly folder: string;
  /** Adds one record to its month's segment. Throws if the disk refuses the write. */
  append(record: HistoryRecord): void;
  /** Records in the order they were written, month by month; with `sinceWall`, only those at or after it. */
  load(options?: { sinceWall?: number }): HistoryRecord[];
  readonly stats: HistoryStats;
}

/** The segment (`YYYY-MM`, UTC) a wall time belongs to. */
export function segmentOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 7);
}

/** Opens the history kept under `<dir>/history/` (dir: the app's userData directory). */
export function openHistory(dir: string): History {
  const folder = path.join(dir, HISTORY_FOLDER);
  const stats: HistoryStats = { appended: 0, segmentsRead: 0, recordsLoaded: 0, skippedLines: 0 };
  // The segment appended to last, with its month's bounds, so most appends skip the date arithmetic.
  let current: { file: string; from: number; to: number; torn: boolean } | null = null;

  const append = (record: HistoryRecord): void => {
    if (!Number.isFinite(record.at)) throw new TypeError(`history record needs a finite wall time (got ${String(record.at)})`);
    if (!current || record.at < current.from || record.at >= current.to) {
      const start = new Date(record.at);
      const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      const to = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
      const file = path.join(folder, `${segmentOf(record.at)}.jsonl`);
      current = { file, from, to, torn: endsMidLine(file) };
    }
    const line = `${current.torn ? '\n' : ''}${JSON.stringify(record)}\n`;
    // Synchronous, one appendFileSync (one small write) per record: events come a few a minute at
    // most, so the cost is a few tens of microseconds, and once it returns the line is with the OS.
    // Nothing is queued in the process, so a quit (or a crash) right after an event cannot lose it,
    // and there is no async queue to drain on `before-quit` or to interleave two writes.
    try {
      fs.appendFileSync(current.file, line);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      fs.mkdirSync(folder, { recursive: true }); // first record ever, or the folder was removed
      fs.appendFileSync(current.file, line);
    }
    current.torn = false;
    stats.appended++;
  };

  const load = (options: { sinceWall?: number } = {}): HistoryRecord[] => {
    const { sinceWall } = options;
    const first = sinceWall === undefined ? null : segmentOf(sinceWall);
    const segments = listSegments(folder).filter((name) => first === null || name >= first);
    const records: HistoryRecord[] = [];
    let skipped = 0;
    for (const name of segments) {
      const text = fs.readFileSync(path.join(folder, `${name}.jsonl`), 'utf8');
      for (const value of parseSegment(text)) {
        const record = asRecord(value);
        if (!record) skipped++;
        else if (sinceWall === undefined || record.at >= sinceWall) records.push(record);
      }
    }
    stats.segmentsRead = segments.length;
    stats.recordsLoaded = records.length;
    stats.skippedLines = skipped;
    // Appends come in time order; an import may add older records later, so order on read (stable).
    return records.sort((a, b) => a.at - b.at);
  };

  return {
    folder,
    append,
    load,
    get stats() {
      return { ...stats };
    },
  };
}

/** Segment names (`YYYY-MM`) present, oldest first. */
function listSegments(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names.flatMap((name) => SEGMENT_FILE.exec(name)?.[1] ?? []).sort();
}

/** Whether a segment ends without a newline: the last write before a crash was torn. */
function endsMidLine(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const { size } = fs.fstatSync(fd);
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    fs.readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    fs.closeSync(fd);
  }
}

// Every event this build knows; the Record type makes a new HistoryEvent a compile error until listed.
const knownEvents: Record<HistoryEvent, true> = {
  alert: true,
  alertClosed: true,
  reply: true,
  missed: true,
  naturalBreak: true,
  breakStart: true,
  breakEnd: true,
  drink: true,
  drinkUndone: true,
  away: true,
  back: true,
  busy: true,
  busyEnd: true,
  paused: true,
  resumed: true,
  clockChanged: true,
  timeZoneChanged: true,
  settingsChanged: true,
  newDay: true,
  cramp: true,
  crampDeleted: true,
  meal: true,
  workoutsChanged: true,
};

/** A segment's non-blank lines, each parsed, `undefined` for a line that is not JSON (torn or hand-broken). */
function* parseSegment(text: string): Generator<unknown> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch {
      yield undefined;
    }
  }
}

/**
 * A value as a record, or null. The check is structural (an object with a finite `at` and a known
 * `event`), not a full schema: loading five years runs it a hundred thousand times, and the lines
 * were written by this module from typed records.
 */
function asRecord(value: unknown): HistoryRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { at, event } = value as { at?: unknown; event?: unknown };
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (typeof event !== 'string' || !Object.hasOwn(knownEvents, event)) return null;
  return value as HistoryRecord;
}
