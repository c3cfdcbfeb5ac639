/**
 * A file layer that fails on demand, over the real file system: the history and the store run on
 * it unchanged (main/platform/files.ts), so the fault tests exercise their real failure paths.
 *
 * - `diskFullAfter(n)`: the next writes land until n more bytes are written, then a write lands
 *   only its first bytes and throws ENOSPC, as a full disk does; later writes throw ENOSPC at once.
 * - `deny('EACCES' | 'EROFS' | 'EPERM')`: every write, create and rename throws that error.
 * - `tearNext(bytes)`: the next write lands only `bytes` bytes and throws EIO (a torn write).
 * - `heal()`: writes work again.
 */
import fs from 'node:fs';
import type { Files } from '../../main/platform/files.js';

function errno(code: string, syscall: string, file: unknown): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated failure, ${syscall} '${String(file)}'`);
  error.code = code;
  error.syscall = syscall;
  return error;
}

export class FaultyFiles {
  private budget = Infinity;
  private denied: string | null = null;
  private tear: number | null = null;
  /** Bytes written through this layer. */
  written = 0;
  /** Failures thrown. */
  failures = 0;

  diskFullAfter(bytes: number): this {
    this.budget = bytes;
    return this;
  }
  deny(code: 'EACCES' | 'EROFS' | 'EPERM'): this {
    this.denied = code;
    return this;
  }
  tearNext(bytes: number): this {
    this.tear = bytes;
    return this;
  }
  heal(): this {
    this.budget = Infinity;
    this.denied = null;
    this.tear = null;
    return this;
  }

  private guard(syscall: string, file: unknown): void {
    if (this.denied) {
      this.failures++;
      throw errno(this.denied, syscall, file);
    }
  }

  /** Writes `text` as far as the faults allow, then throws if they cut it short. */
  private writeText(file: fs.PathOrFileDescriptor, text: string, mode: 'append' | 'write'): void {
    this.guard(mode === 'append' ? 'open' : 'open', file);
    const data = Buffer.from(text);
    let allowed = Math.min(data.length, this.budget);
    let code: string | null = allowed < data.length ? 'ENOSPC' : null;
    if (this.tear !== null && this.tear < allowed) {
      allowed = this.tear;
      code = 'EIO';
    }
    this.tear = null;
    const landed = data.subarray(0, allowed);
    if (mode === 'append') fs.appendFileSync(file, landed);
    else fs.writeFileSync(file, landed);
    this.written += allowed;
    this.budget -= allowed;
    if (code) {
      this.failures++;
      throw errno(code, 'write', file);
    }
  }

  readonly files: Files = {
    ...fs,
    appendFileSync: ((file: fs.PathOrFileDescriptor, data: string | Uint8Array) => this.writeText(file, String(data), 'append')) as Files['appendFileSync'],
    writeFileSync: ((file: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView) => this.writeText(file, typeof data === 'string' ? data : Buffer.from(data.buffer).toString(), 'write')) as Files['writeFileSync'],
    mkdirSync: ((dir: fs.PathLike, options?: fs.MakeDirectoryOptions) => {
      this.guard('mkdir', dir);
      return fs.mkdirSync(dir, options);
    }) as Files['mkdirSync'],
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      this.guard('rename', from);
      fs.renameSync(from, to);
    },
    truncateSync: (file: fs.PathLike, length?: number | null) => {
      this.guard('truncate', file);
      fs.truncateSync(file, length ?? 0);
    },
  };

  /** A store writer with the same faults (the store writes its document whole, atomically). */
  writeDocument = (file: string) => (document: unknown) => {
    const text = `${JSON.stringify(document, null, '\t')}\n`;
    this.guard('open', file);
    if (text.length > this.budget || this.tear !== null) {
      // An atomic writer fails before its rename: the old file stays whole.
      this.tear = null;
      this.failures++;
      throw errno(this.budget < text.length ? 'ENOSPC' : 'EIO', 'write', `${file}.tmp`);
    }
    this.budget -= text.length;
    this.written += text.length;
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  };
}
