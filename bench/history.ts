/**
 * History benchmarks: appending must not get dearer as the history grows, and loading the recent
 * past must stay quick after years of use. Figures, not pass/fail; the ratio is measured in one run
 * so machine speed cancels out.
 *
 *   history_append_cost_ratio_5y_vs_1d  mean append cost with 5 years behind it ÷ with 1 day (target ≤ 2)
 *   history_load_ms_5y                  load the last 90 days of a 5-year history
 *   history_full_load_ms_5y             load all 5 years
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { HistoryRecord } from '../main/core/types.js';
import { HISTORY_FOLDER, openHistory, segmentOf } from '../main/platform/history.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RECORDS_PER_DAY = 60;
/** The fixture's last day starts here; appends measured afterwards land in this month's segment. */
const LAST_DAY = Date.UTC(2026, 2, 28);

export interface HistoryFigures {
  history_append_cost_ratio_5y_vs_1d: number;
  history_append_us_1d: number;
  history_append_us_5y: number;
  history_load_ms_5y: number;
  history_full_load_ms_5y: number;
  history_records_5y: number;
}

/** A working day's records: alerts and replies, drinks, away spells and natural breaks, 60 in all. */
function dayOfRecords(dayStart: number): HistoryRecord[] {
  const day = new Date(dayStart).toISOString().slice(0, 10);
  const records: HistoryRecord[] = [{ at: dayStart + 4 * 60 * MINUTE, event: 'newDay', day }];
  let todayMl = 0;
  const cycle: ((at: number) => HistoryRecord)[] = [
    (at) => ({ at, event: 'alert', reminder: 'move', attempt: 1 }),
    (at) => ({ at, event: 'reply', reminder: 'move', action: 'start', hadAlert: true }),
    (at) => ({ at, event: 'alertClosed', reminder: 'move', reason: 'replied' }),
    (at) => ({ at, event: 'breakStart', reminder: 'move', until: at + 2 * MINUTE, source: 'reply' }),
    (at) => ({ at, event: 'breakEnd', reminder: 'move' }),
    (at) => ({ at, event: 'alert', reminder: 'hydrate', attempt: 1 }),
    (at) => ((todayMl += 250), { at, event: 'drink', ml: 250, todayMl }),
    (at) => ({ at, event: 'away', since: at - 3 * MINUTE, reason: 'idle' }),
    (at) => ({ at, event: 'back', awayMinutes: 6.5 }),
    (at) => ({ at, event: 'naturalBreak', reminders: ['move'], minutes: 6.5 }),
  ];
  // Spread over 08:00–20:00.
  for (let i = 1; i < RECORDS_PER_DAY; i++) records.push(cycle[i % cycle.length]!(dayStart + 8 * 60 * MINUTE + i * 12 * MINUTE));
  return records;
}

/** Writes `days` days of history ending on LAST_DAY straight into segment files (fast: one write per month). */
function buildFixture(dir: string, days: number): number {
  const folder = path.join(dir, HISTORY_FOLDER);
  fs.mkdirSync(folder, { recursive: true });
  const months = new Map<string, string[]>();
  let count = 0;
  for (let d = days - 1; d >= 0; d--) {
    for (const record of dayOfRecords(LAST_DAY - d * DAY)) {
      const segment = segmentOf(record.at);
      let lines = months.get(segment);
      if (!lines) months.set(segment, (lines = []));
      lines.push(JSON.stringify(record));
      count++;
    }
  }
  for (const [segment, lines] of months) fs.writeFileSync(path.join(folder, `${segment}.jsonl`), `${lines.join('\n')}\n`);
  return count;
}

function withTempDir<T>(run: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-bench-history-'));
  try {
    return run(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Mean microseconds per append, for a 1-day and a 5-year history, in alternating rounds (so drift
 * in the machine's load hits both alike); each round reopens the history as an app start would.
 */
export function measureAppendCost(options: { rounds?: number; appendsPerRound?: number } = {}): { us1d: number; us5y: number; ratio: number } {
  const rounds = options.rounds ?? 12;
  const perRound = options.appendsPerRound ?? 400;
  return withTempDir((root) => {
    const dirs = { d1: path.join(root, '1d'), y5: path.join(root, '5y') };
    buildFixture(dirs.d1, 1);
    buildFixture(dirs.y5, 5 * 365 + 1);
    const next = { d1: LAST_DAY + 21 * 60 * MINUTE, y5: LAST_DAY + 21 * 60 * MINUTE };
    const roundOf = (which: 'd1' | 'y5', count: number): number => {
      const history = openHistory(dirs[which]);
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        next[which] += 1000;
        history.append({ at: next[which], event: 'drink', ml: 250, todayMl: 1500 });
      }
      return ((performance.now() - start) * 1000) / count;
    };
    roundOf('d1', 200); // warm up: JIT, file cache
    roundOf('y5', 200);
    const costs = { d1: [] as number[], y5: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? (['d1', 'y5'] as const) : (['y5', 'd1'] as const);
      for (const which of order) costs[which].push(roundOf(which, perRound));
    }
    const us1d = median(costs.d1);
    const us5y = median(costs.y5);
    return { us1d, us5y, ratio: us5y / us1d };
  });
}

/** Milliseconds to load the last 90 days, and everything, from a 5-year history (median of several loads). */
export function measureLoad(options: { repeats?: number } = {}): { recentMs: number; fullMs: number; records: number } {
  const repeats = options.repeats ?? 5;
  return withTempDir((dir) => {
    const records = buildFixture(dir, 5 * 365 + 1);
    const history = openHistory(dir);
    const since = LAST_DAY + DAY - 90 * DAY;
    const time = (run: () => unknown) => {
      const start = performance.now();
      run();
      return performance.now() - start;
    };
    history.load(); // warm up
    const recent: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < repeats; i++) {
      recent.push(time(() => history.load({ sinceWall: since })));
      full.push(time(() => history.load()));
    }
    if (history.stats.recordsLoaded !== records) throw new Error(`fixture has ${records} records, loaded ${history.stats.recordsLoaded}`);
    return { recentMs: median(recent), fullMs: median(full), records };
  });
}

/** Every figure in one go. */
export function measureHistory(): HistoryFigures {
  const append = measureAppendCost();
  const load = measureLoad();
  return {
    history_append_cost_ratio_5y_vs_1d: append.ratio,
    history_append_us_1d: append.us1d,
    history_append_us_5y: append.us5y,
    history_load_ms_5y: load.recentMs,
    history_full_load_ms_5y: load.fullMs,
    history_records_5y: load.records,
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export const historyBenches: { name: string; unit: string; run(): number | Promise<number>; target?: string }[] = [
  { name: 'history_append_cost_ratio_5y_vs_1d', unit: 'ratio', target: '<= 2', run: () => round(measureAppendCost().ratio, 3) },
  { name: 'history_load_ms_5y', unit: 'ms', run: () => round(measureLoad().recentMs, 2) },
  { name: 'history_full_load_ms_5y', unit: 'ms', run: () => round(measureLoad({ repeats: 3 }).fullMs, 1) },
];
