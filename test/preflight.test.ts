/** npm start's preflight: each decision it makes, and what it tells the person, with no Electron and no network. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { executableIn, fetchFailureReason, findElectronRuntime, type RuntimeFacts } from '../scripts/electronRuntime.js';
import { OFFLINE_HELP, nodeProblem, preflight } from '../scripts/preflight.js';

const electronDir = path.join('/app', 'node_modules', 'electron');
const electron = { version: '45.5.0', node: '>= 22.12.0' };

function facts(files: Record<string, string>, env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux'): RuntimeFacts {
  return { platform, env, electronDir, exists: (file) => file in files, read: (file) => files[file] ?? null };
}
const downloaded = { [path.join(electronDir, 'path.txt')]: 'electron', [path.join(electronDir, 'dist', 'electron')]: '' };

async function run(options: { node?: string; files?: Record<string, string>; env?: Record<string, string>; fetch?: { ok: boolean; output: string; writes?: Record<string, string> } }) {
  const files = { ...(options.files ?? {}) };
  const said: string[] = [];
  let fetches = 0;
  const ok = await preflight({
    facts: facts(files, options.env),
    node: options.node ?? 'v22.12.0',
    electron,
    fetch: async () => {
      fetches++;
      Object.assign(files, options.fetch?.writes ?? {});
      return options.fetch ?? { ok: false, output: 'no fetch expected' };
    },
    say: (text) => said.push(text),
  });
  return { ok, said: said.join('\n'), fetches };
}

describe('Node version', () => {
  it('accepts the Node Electron asks for and newer', () => {
    expect(nodeProblem('v22.12.0', electron.node, electron.version)).toBeNull();
    expect(nodeProblem('v24.1.0', electron.node, electron.version)).toBeNull();
  });

  it('names the Node needed, the one found, and what to do', () => {
    const said = nodeProblem('v20.19.1', electron.node, electron.version);
    expect(said).toContain('needs Node.js 22.12.0 or later (Electron 45.5.0 requires it to launch); this is Node.js 20.19.1.');
    expect(said).toContain('Install Node.js 22 LTS');
    expect(said).toContain('npm test does not need it');
    expect(nodeProblem('v22.11.0', electron.node, electron.version)).toContain('this is Node.js 22.11.0');
  });

  it('stops before looking for Electron on an old Node', async () => {
    const result = await run({ node: 'v20.19.0' });
    expect(result).toMatchObject({ ok: false, fetches: 0 });
  });
});

describe('Electron runtime', () => {
  it('goes on at once when the runtime is downloaded', async () => {
    expect(await run({ files: downloaded })).toEqual({ ok: true, said: '', fetches: 0 });
  });

  it('downloads a missing runtime once, saying so, and goes on when it arrives', async () => {
    const result = await run({ fetch: { ok: true, output: '', writes: downloaded } });
    expect(result).toMatchObject({ ok: true, fetches: 1 });
    expect(result.said).toMatch(/^Downloading Electron 45\.5\.0's runtime/);
  });

  it('explains a failed download: the cause, the offline route and the README section', async () => {
    const result = await run({ fetch: { ok: false, output: 'TypeError: fetch failed\n    at node:internal/deps/undici\n  cause: getaddrinfo ENOTFOUND github.com' } });
    expect(result.ok).toBe(false);
    expect(result.said).toContain('and that failed: the download server could not be reached (no network, or a proxy that is not configured).');
    expect(result.said).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start');
    expect(result.said).toContain(OFFLINE_HELP);
    expect(result.said).not.toMatch(/at node:internal/); // no stack trace
  });

  it('does not trust a downloader that exits 0 without leaving a runtime', async () => {
    expect(await run({ fetch: { ok: true, output: '' } })).toMatchObject({ ok: false });
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH, downloading nothing', async () => {
    const result = await run({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, files: { [path.join('/opt/electron', 'electron')]: '' } });
    expect(result).toEqual({ ok: true, said: '', fetches: 0 });
  });

  it('says so when ELECTRON_OVERRIDE_DIST_PATH holds no Electron, downloading nothing', async () => {
    const result = await run({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/empty' } });
    expect(result).toMatchObject({ ok: false, fetches: 0 });
    expect(result.said).toContain(`ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${path.join('/opt/empty', 'electron')}.`);
  });

  it('finds the executable by each system’s name, as electron’s own installer writes it', () => {
    expect(executableIn('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(executableIn('win32')).toBe('electron.exe');
    expect(executableIn('linux')).toBe('electron');
    const mac = facts({ [path.join('/opt/e', 'Electron.app/Contents/MacOS/Electron')]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, 'darwin');
    expect(findElectronRuntime(mac)).toMatchObject({ kind: 'present', via: 'override' });
    // path.txt recorded without the binary (a half-finished download) is not a runtime.
    expect(findElectronRuntime(facts({ [path.join(electronDir, 'path.txt')]: 'electron' }))).toMatchObject({ kind: 'absent' });
  });
});

describe('why a download failed', () => {
  it('tells a missing network from a proxy, a refused file, a bad checksum and a full disk', () => {
    expect(fetchFailureReason('Error: connect ETIMEDOUT 1.2.3.4:443', {})).toMatch(/could not be reached \(no network/);
    expect(fetchFailureReason('Error: connect ECONNREFUSED', { HTTPS_PROXY: 'http://proxy:3128' })).toBe('the download server could not be reached through the proxy in HTTPS_PROXY');
    expect(fetchFailureReason('HTTPError: Response code 404 (Not Found)', { ELECTRON_MIRROR: 'https://mirror.invalid/' })).toBe('the download server refused the file (ELECTRON_MIRROR is https://mirror.invalid/)');
    expect(fetchFailureReason('Error: Generated checksum for "electron.zip" did not match', {})).toMatch(/checksum/);
    expect(fetchFailureReason('Error: ENOSPC: no space left on device', {})).toBe('the disk is full');
    expect(fetchFailureReason('\nsomething odd\n', {})).toBe('the downloader said: something odd');
    expect(fetchFailureReason('', {})).toBe('the downloader stopped without saying why');
  });
});

describe('README', () => {
  it('documents the offline route the preflight points to', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const heading = OFFLINE_HELP.match(/"(.+)"/)![1]!;
    const section = readme.split(/^#{2,3} /m).find((s) => s.startsWith(heading));
    expect(section, heading).toBeDefined();
    expect(section).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });
});
