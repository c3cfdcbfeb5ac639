/**
 * Crash consistency: a child process appends through the real history module and is killed with
 * SIGKILL at random moments, hundreds of times, each new child carrying on in the same folder.
 * Every record a child reported written is there after the kill, and at most the one in flight is
 * lost (or kept whole): a torn line never takes the next record with it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '../main/platform/history.js';
import { bundled } from './support/bundle.js';
import { Prng } from './support/prng.js';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);

let dir: string;
let child: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-crash-'));
  child = fileURLToPath(await bundled('test/support/crashChild.ts'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs one child from `first`, kills it `afterMs` after it is ready; resolves with the numbers it reported. */
function runAndKill(first: number, afterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!armed && out.startsWith('ready\n')) {
        armed = true;
        setTimeout(() => proc.kill('SIGKILL'), afterMs);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += String(chunk)));
    proc.on('error', reject);
    proc.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the child ended by itself (${signal ?? 'no signal'}): ${err}`));
      // A last line without its newline was cut mid-report: the append itself may or may not be done.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter((line) => line !== 'ready').map(Number));
    });
  });
}

describe('crash consistency', () => {
  it(`keeps every reported record across ${KILLS} SIGKILLs at random moments, losing at most the one in flight`, async () => {
    const random = new Prng(20261204);
    const runs: { first: number; reported: number[] }[] = [];
    let next = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const reported = await runAndKill(next, Math.floor(random.next() * 12));
      runs.push({ first: next, reported });
      next += reported.length + 1; // the number in flight is never reused
    }
    // One load at the end: each child reopened the folder after the last one's kill, so any torn
    // line was already behind it.
    const history = openHistory(dir);
    const kept = history.load().map((r) => (r.event === 'drink' ? r.todayMl : -1));
    const keptSet = new Set(kept);
    let inFlightKept = 0;
    let reportedTotal = 0;
    for (const [i, run] of runs.entries()) {
      reportedTotal += run.reported.length;
      for (const n of run.reported) if (!keptSet.has(n)) throw new Error(`kill ${i}: record ${n} was reported written but is gone`);
      if (keptSet.has(run.first + run.reported.length)) inFlightKept++;
    }
    // Nothing else: every kept record was either reported or the one in flight at a kill.
    const allowed = new Set(runs.flatMap((run) => [...run.reported, run.first + run.reported.length]));
    expect(kept.filter((n) => !allowed.has(n))).toEqual([]);
    // Every record is whole, once, and in order; a torn line only ever lost itself.
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(keptSet.size).toBe(kept.length);
    expect(reportedTotal).toBeGreaterThan(KILLS);
    expect(history.stats.skippedLines).toBeLessThanOrEqual(KILLS);
    console.info(`crash test: ${KILLS} kills, ${reportedTotal} records reported and all kept, ${inFlightKept} in-flight records kept whole, ${history.stats.skippedLines} torn lines skipped`);
  }, 480_000);
});
