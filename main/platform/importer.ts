/**
 * Runs an import's parsing and checking in a worker thread (importWorker.ts) and hands back the
 * records to add. One short-lived worker per import: imports are rare, and a worker that is not
 * running costs nothing. Its heap is capped, and it is stopped after a time limit, so a hostile
 * file can cost the main process neither its memory nor its timers.
 */
import { Worker } from 'node:worker_threads';
import { ImportError } from '../core/exchange.js';
import type { HistoryRecord } from '../core/types.js';

export interface ImportRequest {
  text: string;
  now: number;
  /** The userData folder: the worker reads the existing history there to leave out what it has. */
  dir: string;
}

export type ImportReply =
  | { ok: true; records: HistoryRecord[]; skippedLines: number }
  | { ok: false; line: number; reason: string }
  | { ok: false; message: string };

export interface ImporterOptions {
  /** The worker's script (dist/main/importWorker.js in the app). */
  script: URL;
  /** Node options for the worker (the tests load TypeScript through tsx). */
  execArgv?: string[];
  /** How long an import may take before the worker is stopped. */
  timeoutMs?: number;
  /** The worker's heap cap, in MB. */
  heapMb?: number;
}

/** A planner for ControllerPorts.planImport: resolves with the records to add, rejects with ImportError for a bad file. */
export function workerImporter(dir: string, options: ImporterOptions): (text: string, now: number) => Promise<HistoryRecord[]> {
  return (text, now) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(options.script, {
        ...(options.execArgv ? { execArgv: options.execArgv } : {}),
        resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 1024 },
      });
      let settled = false;
      const finish = (act: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        act();
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`the import took longer than ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s and was stopped`))), options.timeoutMs ?? 120_000);
      worker.once('message', (reply: ImportReply) =>
        finish(() => {
          if (reply.ok) resolve(reply.records);
          else if ('line' in reply) reject(new ImportError(reply.line, reply.reason));
          else reject(new Error(reply.message));
        }),
      );
      worker.once('error', (error) => finish(() => reject(error)));
      worker.once('exit', (code) => finish(() => reject(new Error(`the import worker stopped (exit code ${code})`))));
      worker.postMessage({ text, now, dir } satisfies ImportRequest);
    });
}
