import Papa from 'papaparse';
import { z } from 'zod';
import { crampContexts, crampMuscles } from './diary.js';
import { parseJsonSafely } from './safeJson.js';
import { describe } from './settings.js';
import { alertCloseReasons, alertKinds, occasionKinds, replyActions, reminderKinds, type HistoryEvent, type HistoryRecord } from './types.js';
import { intensities, workoutKinds } from './workouts.js';

/**
 * Export and import of the history, as JSON or CSV. Import validates every record against the
 * schema of its event and takes all or nothing: a bad file is rejected with the line and the
 * reason, and the history is never half-imported. A file from outside is bounded: at most
 * MAX_IMPORT_RECORDS records and MAX_CELL_CHARS characters a cell, no record dated before 2000 or
 * more than a day ahead, no deletion of a diary entry the file does not create.
 */

/** The most records one import may hold: ten years of a busy day's records, and a bound on memory. */
export const MAX_IMPORT_RECORDS = 300_000;
/** The longest CSV cell (a note is at most 500 characters; `extra` holds a few small fields). */
export const MAX_CELL_CHARS = 10_000;
/** How far ahead of now a record may be dated (clocks disagree a little across machines). */
export const FUTURE_SLACK_MS = 24 * 60 * 60_000;

const wall = z.number().int().min(Date.UTC(2000, 0, 1), 'must be a time after 2000').max(Date.UTC(2200, 0, 1), 'must be a time before 2200');
const alertKind = z.enum(alertKinds);
const movement = z.enum(['move', 'stretch']);
const ml = z.number().int().min(1).max(5000);
const closeReasons = z.enum(alertCloseReasons);

const eventSchemas: { [E in HistoryEvent]: z.ZodType } = {
  alert: z
    .object({
      reminder: alertKind,
      attempt: z.number().int().min(1).max(100),
      replaces: z.enum(reminderKinds).optional(),
      workoutId: z.string().max(64).optional(),
      workoutKind: z.enum(workoutKinds).optional(),
      intensity: z.enum(intensities).optional(),
      hot: z.boolean().optional(),
      workoutStart: wall.optional(),
      workoutMinutes: z.number().int().min(1).max(600).optional(),
      ml: ml.optional(),
      carryMl: z.number().int().min(0).max(10_000).optional(),
      drinkEveryMinutes: z.number().int().min(1).max(120).optional(),
      recentMeal: z.boolean().optional(),
      electrolytes: z.boolean().optional(),
    })
    .strict(),
  alertClosed: z.object({ reminder: alertKind, reason: closeReasons }).strict(),
  reply: z.object({ reminder: alertKind, action: z.enum([...replyActions, 'drink']), hadAlert: z.boolean() }).strict(),
  missed: z.object({ reminder: z.enum(reminderKinds) }).strict(),
  occasionDropped: z.object({ reminder: z.enum(occasionKinds), due: wall, workoutId: z.string().max(64).optional(), workoutStart: wall.optional() }).strict(),
  naturalBreak: z.object({ reminders: z.array(movement).min(1).max(2), minutes: z.number().min(0) }).strict(),
  breakStart: z.object({ reminder: movement, until: wall, source: z.enum(['reply', 'breakNow']) }).strict(),
  breakEnd: z.object({ reminder: movement }).strict(),
  drink: z.object({ ml, todayMl: z.number().int().min(0) }).strict(),
  drinkUndone: z.object({ ml, todayMl: z.number().int().min(0) }).strict(),
  away: z.object({ since: wall, reason: z.enum(['idle', 'locked', 'asleep']) }).strict(),
  back: z.object({ awayMinutes: z.number().min(0) }).strict(),
  busy: z.object({}).strict(),
  busyEnd: z.object({}).strict(),
  paused: z.object({ until: wall.nullable() }).strict(),
  resumed: z.object({ reason: z.enum(['user', 'expired']) }).strict(),
  clockChanged: z.object({ jumpMinutes: z.number().int() }).strict(),
  timeZoneChanged: z.object({ from: z.string().max(64), to: z.string().max(64) }).strict(),
  settingsChanged: z.object({}).strict(),
  newDay: z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'), goalMl: z.number().int().min(0).max(20_000).optional() }).strict(),
  cramp: z
    .object({
      id: z.string().min(1).max(64),
      muscle: z.enum(crampMuscles),
      when: wall,
      context: z.enum(crampContexts),
      severity: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
      durationMinutes: z.number().min(0).max(1440).nullable(),
      note: z.string().max(500),
    })
    .strict(),
  crampDeleted: z.object({ id: z.string().min(1).max(64) }).strict(),
  meal: z.object({}).strict(),
  workoutsChanged: z.object({ count: z.number().int().min(0).max(50) }).strict(),
};

export class ImportError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** Checks one record; returns it typed, or throws ImportError for `line`. */
export function validateRecord(value: unknown, line: number): HistoryRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ImportError(line, `must be a record object (got ${describe(value)})`);
  const { at, event, ...rest } = value as Record<string, unknown>;
  const when = wall.safeParse(at);
  if (!when.success) throw new ImportError(line, `at: ${firstIssue(when.error).message} (got ${describe(at)})`);
  if (typeof event !== 'string' || !Object.hasOwn(eventSchemas, event)) throw new ImportError(line, `event: unknown event (got ${describe(event)})`);
  const parsed = eventSchemas[event as HistoryEvent].safeParse(rest, { reportInput: true });
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    const field = issue.path.map(String).join('.') || event;
    const got = issue.code === 'unrecognized_keys' ? '' : ` (got ${describe(issue.input)})`;
    throw new ImportError(line, `${field}: ${issue.message}${got}`);
  }
  return { at: when.data, event, ...(parsed.data as object) } as HistoryRecord;
}

/** A failed parse has at least one issue; the first is the one an import names. */
function firstIssue(error: z.ZodError): z.core.$ZodIssue {
  return error.issues[0] as z.core.$ZodIssue;
}

// ── JSON ──────────────────────────────────────────────────────────────────────────────────────

export const JSON_FORMAT = 'limber-history';

export function toJson(records: readonly HistoryRecord[], exportedAt: number): string {
  // One record a line inside the array, so an import error's line number points at the record.
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `{\n  "format": "${JSON_FORMAT}",\n  "version": 1,\n  "exportedAt": ${exportedAt},\n  "records": [\n${body}\n  ]\n}\n`;
}

function fromJson(text: string): ImportedRow[] {
  let doc: unknown;
  try {
    doc = parseJsonSafely(text).value;
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = text.slice(0, Number(position ?? 0)).split('\n').length;
    throw new ImportError(line, `not valid JSON: ${(error as Error).message}`);
  }
  // Only text that starts with "{" comes here, so `doc` is an object.
  if ((doc as { format?: unknown }).format !== JSON_FORMAT) throw new ImportError(1, `not a Limber history export (expected "format": "${JSON_FORMAT}")`);
  const { version, records } = doc as { version?: unknown; records?: unknown };
  if (version !== 1) throw new ImportError(1, `version: this Limber reads version 1 (got ${describe(version)})`);
  if (!Array.isArray(records)) throw new ImportError(1, 'records: must be a list');
  // Records start on line 6 of our own layout; for other layouts the index still names the record.
  const opening = text.split('\n').findIndex((l) => /"records"\s*:\s*\[\s*$/.test(l));
  const firstRecordLine = opening + 2; // without such a line, -1 + 2: from line 1
  if (records.length > MAX_IMPORT_RECORDS) throw tooMany(firstRecordLine + MAX_IMPORT_RECORDS);
  return records.map((value, i) => ({ line: firstRecordLine + i, record: validateRecord(value, firstRecordLine + i) }));
}

// ── CSV ───────────────────────────────────────────────────────────────────────────────────────

/**
 * The CSV columns: `at` (ISO 8601 UTC), `event`, then the fields most records have, and `extra`
 * (a JSON object with any other fields), so every record round-trips exactly.
 */
export const CSV_COLUMNS = ['at', 'event', 'reminder', 'action', 'attempt', 'ml', 'minutes', 'muscle', 'context', 'severity', 'note', 'extra'] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const typedColumns: Partial<Record<CsvColumn, 'string' | 'number'>> = {
  reminder: 'string',
  action: 'string',
  attempt: 'number',
  ml: 'number',
  minutes: 'number',
  muscle: 'string',
  context: 'string',
  severity: 'number',
  note: 'string',
};

export function toCsv(records: readonly HistoryRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const record of records) {
    const { at, event, ...rest } = record as unknown as Record<string, unknown>;
    const extra: Record<string, unknown> = {};
    const cells: Partial<Record<CsvColumn, string>> = { at: new Date(at as number).toISOString(), event: String(event) };
    for (const [key, value] of Object.entries(rest)) {
      const type = typedColumns[key as CsvColumn];
      // An empty string would read back as "no value", so it travels in `extra`.
      if (type && typeof value === type && value !== '') cells[key as CsvColumn] = String(value);
      else extra[key] = value;
    }
    if (Object.keys(extra).length) cells.extra = JSON.stringify(extra);
    rows.push(CSV_COLUMNS.map((c) => csvCell(cells[c] ?? '')).join(','));
  }
  return `${rows.join('\n')}\n`;
}

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) is
 * written with a leading apostrophe, as OWASP advises; so is a cell that already starts with one,
 * which makes the rule reversible: an import drops exactly one leading apostrophe (docs/export.md).
 */
const FORMULA_START = /^[=+\-@\t\r']/;

function csvCell(raw: string): string {
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function uncell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/**
 * RFC 4180 rows with the line each starts on, parsed a row at a time by papaparse (a well-kept,
 * streaming parser) and stopped at the first row past the bounds, so a huge file costs no more
 * than the rows it is allowed.
 */
function csvRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let problem: ImportError | null = null;
  let consumed = 0; // characters counted for line numbers so far
  let line = 1;
  const advanceTo = (cursor: number) => {
    for (let i = text.indexOf('\n', consumed); i !== -1 && i < cursor; i = text.indexOf('\n', i + 1)) line++;
    consumed = Math.max(consumed, cursor);
  };
  Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = line;
      advanceTo(result.meta.cursor);
      const error = result.errors[0];
      const cells = result.data;
      if (error) problem = new ImportError(start, quoteProblems[error.code] ?? error.message);
      else if (cells.some((cell) => cell.length > MAX_CELL_CHARS)) problem = new ImportError(start, `a cell is longer than ${MAX_CELL_CHARS.toLocaleString('en')} characters`);
      else if (cells.length === 1 && cells[0] === '') return; // a blank line (the file's last, too) is no record
      // `rows` holds the header too: this row would be one record more than allowed.
      else if (rows.length > MAX_IMPORT_RECORDS) problem = tooMany(start);
      if (problem) return parser.abort();
      rows.push({ line: start, cells });
    },
  });
  if (problem) throw problem;
  return rows;
}

/** Papaparse's quote errors, said plainly (its other errors only come with options not used here). */
const quoteProblems: Partial<Record<string, string>> = {
  MissingQuotes: 'a quoted cell is never closed',
  InvalidQuotes: 'a quoted cell goes on after its closing quote',
};

function fromCsv(text: string): ImportedRow[] {
  const rows = csvRows(text);
  const header = rows.shift();
  if (!header || header.cells.join(',') !== CSV_COLUMNS.join(',')) throw new ImportError(1, `the header must be: ${CSV_COLUMNS.join(',')}`);
  return rows.map(({ line, cells }) => {
    if (cells.length !== CSV_COLUMNS.length) throw new ImportError(line, `expected ${CSV_COLUMNS.length} cells (got ${cells.length})`);
    const value: Record<string, unknown> = {};
    CSV_COLUMNS.forEach((column, i) => {
      const cell = uncell(cells[i] as string);
      if (cell === '') return;
      if (column === 'at') {
        // Stryker disable next-line Regex: Date.parse refuses whatever text the anchors would let through
        const when = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(cell) ? Date.parse(cell) : NaN;
        if (!Number.isFinite(when)) throw new ImportError(line, `at: not a time in ISO 8601 UTC like 2026-03-02T08:30:00.000Z (got ${describe(cell)})`);
        value.at = when;
      }
      else if (column === 'extra') {
        let extra: unknown;
        try {
          extra = parseJsonSafely(cell).value;
        } catch {
          // Not JSON: refused just below, as any other non-object.
        }
        if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) throw new ImportError(line, `extra: not a JSON object (got ${describe(cell)})`);
        for (const [key, field] of Object.entries(extra)) value[key] = field;
      } else value[column] = typedColumns[column] === 'number' ? (Number.isFinite(Number(cell)) ? Number(cell) : cell) : cell;
    });
    return { line, record: validateRecord(value, line) };
  });
}

/**
 * Reads an export, JSON or CSV (by its first character). Throws ImportError naming the line. With
 * `now`, records dated more than a day after it are refused (an import cannot plant 2199 in the charts).
 */
export function parseExport(text: string, now?: number): HistoryRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  const rows = body.trimStart().startsWith('{') ? fromJson(body) : fromCsv(body);
  const latest = (now ?? Infinity) + FUTURE_SLACK_MS;
  const created = new Set<string>();
  for (const { line, record } of rows) {
    const dated = record.event === 'cramp' ? Math.max(record.at, record.when) : record.at;
    if (dated > latest) throw new ImportError(line, `${dated === record.at ? 'at' : 'when'}: dated in the future (${new Date(dated).toISOString()}); records may be at most a day ahead of now`);
    if (record.event === 'cramp') created.add(record.id);
    // A deletion only of what the file itself created: otherwise a file could hide the person's own entries.
    if (record.event === 'crampDeleted' && !created.has(record.id))
      throw new ImportError(line, `crampDeleted: deletes diary entry ${describe(record.id)}, which this file does not create`);
  }
  return rows.map((row) => row.record);
}

interface ImportedRow {
  line: number;
  record: HistoryRecord;
}

function tooMany(line: number): ImportError {
  return new ImportError(line, `too many records: an import holds at most ${MAX_IMPORT_RECORDS.toLocaleString('en')}`);
}

/** What an import adds: the records not already in the history (same time, event and fields). */
export function newRecords(existing: readonly HistoryRecord[], incoming: readonly HistoryRecord[]): HistoryRecord[] {
  const seen = new Set(existing.map(fingerprint));
  const out: HistoryRecord[] = [];
  for (const record of incoming) {
    const key = fingerprint(record);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(record);
  }
  return out.sort((a, b) => a.at - b.at);
}

function fingerprint(record: HistoryRecord): string {
  return JSON.stringify(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
