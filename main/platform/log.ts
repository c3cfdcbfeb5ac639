/**
 * The log a person can attach to a bug report: a rotating file in the app's data folder
 * (`<userData>/logs/limber.log`, kept under 1 MB, with one older file beside it), levels and
 * timestamps, written by electron-log — the Electron ecosystem's usual logger, whose Node entry
 * needs no Electron, so the same code runs in the tests.
 *
 * No health data goes in: callers log events and reasons, never notes, amounts or cramp details,
 * and as a second guard every "(got …)" an error message quotes is blanked, since that is where a
 * refused value (a note, an amount) would appear.
 */
import path from 'node:path';
import electronLog from 'electron-log/node';

export const LOG_FOLDER = 'logs';
export const LOG_FILE = 'limber.log';
/** When the file passes this, electron-log renames it to limber.old.log and starts a new one. */
export const LOG_MAX_BYTES = 1024 * 1024;

export interface Log {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  /** The folder holding the log files ("Open log folder" opens it). */
  readonly folder: string;
}

/** Blanks the values error messages quote, so a refused note or amount never reaches the file. */
export function scrub(message: string): string {
  return message.replace(/\(got [^)]*\)/g, '(got …)');
}

let instances = 0;

export function openLog(userData: string, options: { console?: boolean; maxBytes?: number } = {}): Log {
  const folder = path.join(userData, LOG_FOLDER);
  const logger = electronLog.create({ logId: `limber-${++instances}` });
  logger.transports.file.resolvePathFn = () => path.join(folder, LOG_FILE);
  logger.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  logger.transports.file.level = 'info';
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}{z}] [{level}] {text}';
  logger.transports.console.level = options.console === false ? false : 'warn';
  return {
    folder,
    error: (message) => logger.error(scrub(message)),
    warn: (message) => logger.warn(scrub(message)),
    info: (message) => logger.info(scrub(message)),
  };
}
