import { readFileSync } from 'node:fs';
import { InputError } from '../core/engine.js';
import { parseScenario, ScenarioError } from './scenario.js';
import { simulate } from './simulator.js';

/** `npm run simulate -- <scenario.json>`: one JSON object per line, in time order. Exit 2 on a bad scenario. */
function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run simulate -- <scenario.json>\n');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot read it: ${(error as Error).message}`;
    process.stderr.write(`${file}: ${reason}\n`);
    return 2;
  }
  try {
    const scenario = parseScenario(raw);
    simulate(scenario, { onLine: (line) => process.stdout.write(`${JSON.stringify(line)}\n`) });
    return 0;
  } catch (error) {
    if (error instanceof ScenarioError) {
      process.stderr.write(error.problems.map((p) => `${file}: ${p}\n`).join(''));
      return 2;
    }
    // The engine refused an input the scenario asked for: still the scenario's fault.
    if (error instanceof InputError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
