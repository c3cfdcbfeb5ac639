/**
 * The history (alerts, replies, drinks, natural breaks, …) as append-only JSON Lines, one segment
 * file per month: `<dir>/history/2026-03.jsonl`.
 *
 * Appending opens the current month's segment and adds one line; nothing is ever rewritten, so an
 * append costs the same after five years as after one day, and a month's file stays small enough
 * to read whole. Months are UTC months of the record's wall time: a segment's name depends only on
 * the record, not on the zone the user happened to be in when it was written.
 *
 * A crash mid-write, or a write the disk refused part-way (full, read-only), can leave a torn last
 * line. The loader validates every line with the import's schema, skips any that is not a record
 * (counting them, so the app can say so) and keeps every other; the first append to a segment that
 * ends without a newline starts on a fresh line, so a torn line never swallows the record after it.
 * After a failed append the segment's end is checked again, since how much of it landed is unknown.
 */
import path from 'node:path';
import { ImportError, validateRecord } from '../core/exchange.js';
import type { HistoryRecord } from '../core/types.js';
import { errnoOf, nodeFiles, type Files } from './files.js';

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
  /**
   * Adds many records (an import) with one write per segment, all or nothing: when any write
   * fails, every segment touched is cut back to its size before, and the error is thrown.
   */
  appendAll(records: readonly HistoryRecord[]): void;
  /** Records in the order they were written, month by month; with `sinceWall`, only those at or after it. */
  load(options?: { sinceWall?: number }): HistoryRecord[];
  readonly stats: HistoryStats;
}

/** The segment (`YYYY-MM`, UTC) a wall time belongs to. */
export function segmentOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 7);
}

/** Opens the history kept under `<dir>/history/` (dir: the app's userData directory). */
export function openHistory(dir: string, files: Files = nodeFiles): History {
  const folder = path.join(dir, HISTORY_FOLDER);
  const fs = files;
  const stats: HistoryStats = { appended: 0, segmentsRead: 0, recordsLoaded: 0, skippedLines: 0 };
  // The segment appended to last, with its month's bounds, so most appends skip the date arithmetic.
  let current: { file: string; from: number; to: number; torn: boolean } | null = null;

  const segmentFile = (wall: number) => path.join(folder, `${segmentOf(wall)}.jsonl`);
  const write = (file: string, text: string) => {
    try {
      fs.appendFileSync(file, text);
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT') throw error;
      fs.mkdirSync(folder, { recursive: true }); // first record ever, or the folder was removed
      fs.appendFileSync(file, text);
    }
  };

  const append = (record: HistoryRecord): void => {
    if (!Number.isFinite(record.at)) throw new TypeError(`history record needs a finite wall time (got ${String(record.at)})`);
    if (!current || record.at < current.from || record.at >= current.to) {
      const start = new Date(record.at);
      const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      const to = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
      const file = segmentFile(record.at);
      current = { file, from, to, torn: endsMidLine(fs, file) };
    }
    const line = `${current.torn ? '\n' : ''}${JSON.stringify(record)}\n`;
    // Synchronous, one appendFileSync (one small write) per record: events come a few a minute at
    // most, so the cost is a few tens of microseconds, and once it returns the line is with the OS.
    // Nothing is queued in the process, so a quit (or a crash) right after an event cannot lose it,
    // and there is no async queue to drain on `before-quit` or to interleave two writes.
    try {
      write(current.file, line);
    } catch (error) {
      // Part of the line may have landed: look at the segment's end again before the next append.
      current = null;
      throw error;
    }
    current.torn = false;
    stats.appended++;
  };

  const appendAll = (records: readonly HistoryRecord[]): void => {
    const chunks = new Map<string, string[]>();
    for (const record of records) {
      if (!Number.isFinite(record.at)) throw new TypeError(`history record needs a finite wall time (got ${String(record.at)})`);
      const file = segmentFile(record.at);
      let lines = chunks.get(file);
      if (!lines) chunks.set(file, (lines = []));
      lines.push(JSON.stringify(record));
    }
    const before = new Map<string, number>();
    current = null; // the segments' ends change under the cached one
    try {
      for (const [file, lines] of chunks) {
        const size = sizeOf(fs, file);
        before.set(file, size);
        write(file, `${size > 0 && endsMidLine(fs, file) ? '\n' : ''}${lines.join('\n')}\n`);
      }
    } catch (error) {
      for (const [file, size] of before) {
        try {
          fs.truncateSync(file, size);
        } catch (undo) {
          if (errnoOf(undo) !== 'ENOENT') throw new AggregateError([error, undo], `the import failed (${(error as Error).message}) and ${file} could not be cut back to ${size} bytes`, { cause: undo });
        }
      }
      throw error;
    }
    stats.appended += records.length;
  };

  const load = (options: { sinceWall?: number } = {}): HistoryRecord[] => {
    const { sinceWall } = options;
    const first = sinceWall === undefined ? null : segmentOf(sinceWall);
    const segments = listSegments().filter((name) => first === null || name >= first);
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

  /** Segment names (`YYYY-MM`) present, oldest first. */
  const listSegments = (): string[] => {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
    return names.flatMap((name) => SEGMENT_FILE.exec(name)?.[1] ?? []).sort();
  };

  return {
    folder,
    append,
    appendAll,
    load,
    get stats() {
      return { ...stats };
    },
  };
}

/** A file's size in bytes; 0 when it does not exist yet. */
function sizeOf(fs: Files, file: string): number {
  try {
    return fs.statSync(file).size;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return 0;
    throw error;
  }
}

/** Whether a segment ends without a newline: the last write before a crash or a full disk was torn. */
function endsMidLine(fs: Files, file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
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
 * A value as a record, or null: the same per-event schema an import is checked with, so a line
 * edited by hand or written by a broken build cannot reach the charts with a wrong shape.
 */
function asRecord(value: unknown): HistoryRecord | null {
  try {
    return validateRecord(value, 0);
  } catch (error) {
    if (error instanceof ImportError) return null;
    throw error;
  }
}
