/**
 * Regenerates expected timelines: `npx tsx test/scenarios/update.ts [name ...]`.
 *
 * With names (with or without `.json`), rewrites only those scenarios' `NAME.expected.jsonl`;
 * without, rewrites every `*.json` in this folder. Run it deliberately, after reading the new
 * timeline line by line against docs/scenarios.md, then review `git diff test/scenarios`.
 * The tests never call this: a changed timeline must fail until someone accepts it here.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, ScenarioError } from '../../main/sim/scenario.js';
import { simulate } from '../../main/sim/simulator.js';

const dir = dirname(fileURLToPath(import.meta.url));

function main(args: string[]): number {
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const names = args.length ? args.map((a) => a.replace(/^.*\//, '').replace(/\.json$/, '')) : all;
  let failed = false;
  for (const name of names) {
    const file = join(dir, `${name}.json`);
    if (!existsSync(file)) {
      process.stderr.write(`${name}: no such scenario (${file})\n`);
      failed = true;
      continue;
    }
    let text: string;
    try {
      text = simulate(parseScenario(JSON.parse(readFileSync(file, 'utf8')))).lines.map((line) => `${JSON.stringify(line)}\n`).join('');
    } catch (error) {
      const problems = error instanceof ScenarioError ? error.problems : [(error as Error).message];
      process.stderr.write(problems.map((p) => `${name}: ${p}\n`).join(''));
      failed = true;
      continue;
    }
    const target = join(dir, `${name}.expected.jsonl`);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    writeFileSync(target, text);
    const count = text.split('\n').length - 1;
    const status = before === null ? 'new' : before === text ? 'unchanged' : 'CHANGED';
    process.stdout.write(`${name}.expected.jsonl: ${count} lines, ${status}\n`);
  }
  return failed ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
