/**
 * `npm run bench`: one figure per line as `name: value unit`, then a `targets:` line judging the
 * figures that have a target. Figures, not pass/fail: a missed target prints FAIL but the exit
 * status stays 0; only a benchmark that throws makes it non-zero. To add figures, export a
 * `Bench[]` from a file beside this one and add it to `benches`.
 */
import { engineBenches } from './engine.js';
import { historyBenches } from './history.js';
import { rendererBenches } from './renderer.js';
import type { Bench } from './types.js';

const benches: Bench[] = [...engineBenches, ...historyBenches, ...rendererBenches];

type Verdict = { name: string; target: string; ok: boolean | null };

function meets(value: number, target: string): boolean | null {
  const match = /^\s*(<=|>=|<|>|==)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(target);
  if (!match) return null;
  const bound = Number(match[2]);
  switch (match[1]) {
    case '<=':
      return value <= bound;
    case '>=':
      return value >= bound;
    case '<':
      return value < bound;
    case '>':
      return value > bound;
    default:
      return value === bound;
  }
}

async function main(): Promise<number> {
  const verdicts: Verdict[] = [];
  let broken = 0;
  for (const bench of benches) {
    let value: number | null = null;
    try {
      value = await bench.run();
      process.stdout.write(`${bench.name}: ${value} ${bench.unit}\n`);
    } catch (error) {
      broken++;
      process.stdout.write(`${bench.name}: ERROR ${(error as Error).message}\n`);
    }
    if (bench.target) verdicts.push({ name: bench.name, target: bench.target, ok: value === null ? false : meets(value, bench.target) });
  }
  const judged = verdicts.map((v) => `${v.name}${v.target.replace(/\s+/g, '')} ${v.ok === null ? 'UNKNOWN-TARGET' : v.ok ? 'ok' : 'FAIL'}`);
  process.stdout.write(`targets: ${judged.join(', ')}\n`);
  return broken > 0 ? 1 : 0;
}

process.exitCode = await main();
