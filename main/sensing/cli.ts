/**
 * `npm run sense [-- app names…]`: what Limber sees on this desktop now, as one JSON line. Runs
 * under plain Node (no Electron); every answer is true, false or null (cannot tell here), and
 * `sources` names the method that answered. Always exits 0: a desktop that cannot tell is a
 * finding, not a failure.
 */
import { performance } from 'node:perf_hooks';
import { defaultSettings } from '../core/settings.js';
import { platformSensing } from './index.js';
import { Sensing } from './sensor.js';

const chosenApps = process.argv.slice(2);
const problems: string[] = [];
const log = (message: string) => problems.push(message);
const now = () => performance.now();
const parts = await platformSensing({ platform: process.platform, env: process.env, now, execPath: process.execPath, pid: process.pid, log });
const sensing = new Sensing({ ...parts, settings: () => defaultSettings().busy, onBusy: () => undefined, log, startTimeoutMs: 2000 });
await sensing.start();
const report = sensing.report(chosenApps);
sensing.stop();
process.stdout.write(`${JSON.stringify(report)}\n`);
// Why a method could not tell, for troubleshooting; stdout stays one JSON line.
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.exit(0);
