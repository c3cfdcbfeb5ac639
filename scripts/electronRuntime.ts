/**
 * Where Electron's runtime is, the way the `electron` package itself looks for it (its index.js):
 * `ELECTRON_OVERRIDE_DIST_PATH` when set, else `node_modules/electron/dist` as recorded in
 * path.txt. Since Electron 42 the package downloads the runtime on first launch, not at install,
 * so a fresh `npm ci` has none; `fetchElectronRuntime` runs that download on purpose, so a failure
 * can be explained instead of surfacing as a stack trace from `require('electron')`.
 * Shared by the start preflight and the smoke test.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Env = Record<string, string | undefined>;

export interface RuntimeFacts {
  platform: NodeJS.Platform;
  env: Env;
  /** The installed `electron` package's folder. */
  electronDir: string;
  exists(file: string): boolean;
  /** A file's text, or null when it cannot be read. */
  read(file: string): string | null;
}

export type Runtime =
  | { kind: 'present'; executable: string; via: 'override' | 'download' }
  /** ELECTRON_OVERRIDE_DIST_PATH is set but holds no Electron. */
  | { kind: 'overrideEmpty'; executable: string }
  | { kind: 'absent'; executable: string };

/** The executable inside an Electron dist folder, as electron's install.js names it. */
export function executableIn(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

export function findElectronRuntime(facts: RuntimeFacts): Runtime {
  const recorded = facts.read(path.join(facts.electronDir, 'path.txt'))?.trim() || null;
  const override = facts.env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) {
    // electron's index.js joins the override with path.txt, or 'electron' when there is none.
    const candidates = [...new Set([recorded ?? 'electron', executableIn(facts.platform)])].map((name) => path.join(override, name));
    const found = candidates.find((file) => facts.exists(file));
    return found ? { kind: 'present', executable: found, via: 'override' } : { kind: 'overrideEmpty', executable: candidates[0]! };
  }
  const executable = path.join(facts.electronDir, 'dist', recorded ?? executableIn(facts.platform));
  return recorded && facts.exists(executable) ? { kind: 'present', executable, via: 'download' } : { kind: 'absent', executable };
}

/** The installed electron package, seen from this project. */
export function localRuntimeFacts(): RuntimeFacts {
  const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  return {
    platform: process.platform,
    env: process.env,
    electronDir,
    exists: existsSync,
    read: (file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
  };
}

export function electronVersion(electronDir: string): { version: string; node: string } {
  const pkg = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string; engines?: { node?: string } };
  return { version: pkg.version, node: pkg.engines?.node ?? '*' };
}

/** Runs electron's own downloader (install.js), keeping what it printed for the explanation. */
export function fetchElectronRuntime(electronDir: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** Why a download failed, in a person's words, from what the downloader printed and the proxy settings. */
export function fetchFailureReason(output: string, env: Env): string {
  const proxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ELECTRON_GET_USE_PROXY', 'GLOBAL_AGENT_HTTPS_PROXY'].find((name) => env[name]);
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror;
  if (/\b(403|404)\b|HTTPError/i.test(output)) return `the download server refused the file${mirror ? ` (ELECTRON_MIRROR is ${mirror})` : ''}`;
  if (/checksum|sha256/i.test(output)) return 'the downloaded file did not match its checksum (a proxy or mirror may have altered it)';
  if (/ENOSPC/.test(output)) return 'the disk is full';
  if (/EACCES|EPERM/.test(output)) return 'node_modules/electron is not writable';
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|fetch failed|certificate|self[- ]signed/i.test(output)) {
    return proxy ? `the download server could not be reached through the proxy in ${proxy}` : 'the download server could not be reached (no network, or a proxy that is not configured)';
  }
  const last = output.trim().split('\n').find((line) => line.trim() !== '');
  return last ? `the downloader said: ${last.trim()}` : 'the downloader stopped without saying why';
}
