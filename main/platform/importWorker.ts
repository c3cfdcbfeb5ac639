/**
 * The import's heavy part, off the main thread: parse and check the file (bounded: see
 * core/exchange.ts), read the existing history and keep only what it lacks. The main process's
 * event loop — the tray, the timers, the reminders — keeps running meanwhile; it only writes the
 * result, all or nothing.
 */
import { parentPort } from 'node:worker_threads';
import { ImportError, newRecords, parseExport } from '../core/exchange.js';
import { openHistory } from './history.js';
import type { ImportReply, ImportRequest } from './importer.js';

parentPort?.once('message', (request: ImportRequest) => {
  let reply: ImportReply;
  try {
    const incoming = parseExport(request.text, request.now);
    const history = openHistory(request.dir);
    const added = newRecords(history.load(), incoming);
    reply = { ok: true, records: added, skippedLines: history.stats.skippedLines };
  } catch (error) {
    reply = error instanceof ImportError ? { ok: false, line: error.line, reason: error.reason } : { ok: false, message: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
