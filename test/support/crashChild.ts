/**
 * The crash test's child: appends drink records through the real history module as fast as it
 * can, and after each append returns, reports its number on stdout. The parent kills it with
 * SIGKILL at a random moment. Usage: node crashChild.mjs <userData> <first number>
 */
import fs from 'node:fs';
import { openHistory } from '../../main/platform/history.js';

const [dir, first] = process.argv.slice(2);
if (!dir || first === undefined) throw new Error('usage: crashChild <userData> <first number>');
const history = openHistory(dir);
const T0 = Date.parse('2026-03-01T00:00:00Z');
fs.writeSync(1, 'ready\n');
for (let n = Number(first); ; n++) {
  // Spread over three months, so a run crosses segment files too.
  history.append({ at: T0 + n * 37_000, event: 'drink', ml: 1 + (n % 5000), todayMl: n });
  fs.writeSync(1, `${n}\n`);
}
