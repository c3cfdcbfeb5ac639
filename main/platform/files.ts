/**
 * The file operations the history and the store use, as one injectable object. The app passes
 * Node's `fs`; the fault-injection tests pass a layer that fails on demand (a full disk after N
 * bytes, a read-only or forbidden folder, a write torn part-way), so every failure path runs
 * against the real modules rather than mocks of them.
 */
import fs from 'node:fs';

export type Files = Pick<
  typeof fs,
  'appendFileSync' | 'readFileSync' | 'readdirSync' | 'mkdirSync' | 'openSync' | 'readSync' | 'fstatSync' | 'closeSync' | 'statSync' | 'truncateSync' | 'renameSync' | 'existsSync' | 'writeFileSync' | 'fsyncSync' | 'writeSync'
>;

export const nodeFiles: Files = fs;

/** The error's errno code (ENOSPC, EACCES, …), or undefined for an error that is not the OS's. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
