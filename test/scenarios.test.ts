import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../main/sim/scenario.js';
import { simulate } from '../main/sim/simulator.js';

/**
 * Every `test/scenarios/NAME.json` that has a `NAME.expected.jsonl` must produce exactly that
 * timeline. Expected files are regenerated only by hand: `npx tsx test/scenarios/update.ts NAME`.
 */
const dir = fileURLToPath(new URL('./scenarios/', import.meta.url));
const files = readdirSync(dir).sort();
const scenarios = files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
const withExpected = scenarios.filter((name) => existsSync(join(dir, `${name}.expected.jsonl`)));

type Line = Record<string, unknown>;

function run(name: string): Line[] {
  const scenario = parseScenario(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
  // Through JSON, as the CLI prints it and the expected file stores it.
  return simulate(scenario).lines.map((line) => JSON.parse(JSON.stringify(line)) as Line);
}

function readExpected(name: string): Line[] {
  const file = `${name}.expected.jsonl`;
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .map((text, index) => ({ text, index }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, index }) => {
      try {
        return JSON.parse(text) as Line;
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not valid JSON: ${(error as Error).message}`, { cause: error });
      }
    });
}

/** One line per record, keys in a fixed order (t, at, event, then the rest sorted), so a diff shows just the lines that moved. */
function canonical(line: Line): string {
  const head = ['t', 'at', 'event'].filter((k) => k in line);
  const rest = Object.keys(line)
    .filter((k) => !head.includes(k))
    .sort();
  return JSON.stringify(line, [...head, ...rest]);
}

function firstDifference(name: string, actual: Line[], expected: Line[]): string {
  const a = actual.map(canonical);
  const e = expected.map(canonical);
  const i = a.findIndex((text, k) => text !== e[k]);
  const at = i === -1 ? Math.min(a.length, e.length) : i;
  return [
    `${name}: timeline differs from ${name}.expected.jsonl at line ${at + 1} (got ${a.length} lines, expected ${e.length})`,
    `  expected: ${e[at] ?? '(end of timeline)'}`,
    `  actual:   ${a[at] ?? '(end of timeline)'}`,
    `If the new timeline is right, read it line by line, then run: npx tsx test/scenarios/update.ts ${name}`,
  ].join('\n');
}

describe('worked scenarios', () => {
  it('has expected timelines to check', () => {
    expect(withExpected.length).toBeGreaterThan(0);
  });

  it('has no expected timeline without its scenario', () => {
    const orphans = files.filter((f) => f.endsWith('.expected.jsonl') && !scenarios.includes(f.slice(0, -'.expected.jsonl'.length)));
    expect(orphans).toEqual([]);
  });

  it.each(withExpected)('%s matches its expected timeline', (name) => {
    const actual = run(name);
    const expected = readExpected(name);
    const same = actual.length === expected.length && actual.every((line, i) => canonical(line) === canonical(expected[i] as Line));
    if (!same) {
      // A line-per-record text diff reads far better than a nested object diff.
      expect(actual.map(canonical).join('\n'), firstDifference(name, actual, expected)).toBe(expected.map(canonical).join('\n'));
    }
    expect(actual).toEqual(expected);
  });
});

describe('the example scenario', () => {
  it('alerts for move and for hydrate', () => {
    const lines = run('example');
    const alerted = (reminder: string) => lines.some((l) => l.event === 'alert' && l.reminder === reminder);
    expect(alerted('move')).toBe(true);
    expect(alerted('hydrate')).toBe(true);
  });

  it('is in time order', () => {
    const lines = run('example');
    // `t` is real elapsed time; `at` is the device's wall clock, which this scenario sets back an hour.
    const times = lines.map((l) => l.t as number);
    expect(times.every((t) => typeof t === 'number' && Number.isFinite(t))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(lines.length).toBeGreaterThan(0);
  });
});
