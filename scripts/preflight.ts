/**
 * `npm start`'s first step: before building and launching, say plainly what would stop Electron
 * from starting and what to do about it, instead of Electron's "failed to install correctly" and a
 * stack trace. The decisions are plain functions (test/preflight.test.ts); `main` does the I/O.
 */
import semver from 'semver';
import { fileURLToPath } from 'node:url';
import { electronVersion, fetchElectronRuntime, fetchFailureReason, findElectronRuntime, localRuntimeFacts, type Runtime, type RuntimeFacts } from './electronRuntime.js';

/** The README section a person is sent to; its heading must stay. */
export const OFFLINE_HELP = 'README.md → "Running without a network"';

/** Null when this Node can run Electron's launcher; otherwise what to do. */
export function nodeProblem(found: string, required: string, electron: string): string | null {
  if (semver.satisfies(found, required)) return null;
  const minimum = semver.minVersion(required)?.version ?? required;
  return [
    `Limber's npm start needs Node.js ${minimum} or later (Electron ${electron} requires it to launch); this is Node.js ${found.replace(/^v/, '')}.`,
    `Install Node.js ${semver.major(minimum)} LTS (from nodejs.org, or "nvm install ${semver.major(minimum)}"), then run npm start again.`,
    'npm test does not need it: the tests run on Node.js 20.19 or later.',
  ].join('\n');
}

/** What to say about the runtime, before any download: null when it is there. */
export function runtimeProblem(runtime: Runtime): string | null {
  switch (runtime.kind) {
    case 'present':
      return null;
    case 'overrideEmpty':
      return [
        `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${runtime.executable}.`,
        'Point it at the folder that holds the electron executable (the unpacked electron-vX-<os>-<arch>.zip), or unset it to download Electron.',
      ].join('\n');
    case 'absent':
      return null; // not a problem yet: the next step downloads it
  }
}

/** What to say when the download failed. */
export function fetchProblem(reason: string, electron: string): string {
  return [
    `Electron ${electron} downloads its runtime (about 100 MB, once) on first launch, and that failed: ${reason}.`,
    'What to do:',
    '  - connect to the network (or set HTTPS_PROXY to your proxy) and run npm start again; or',
    `  - without a network: unpack Electron ${electron} for this system somewhere and run`,
    '      ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start',
    `See ${OFFLINE_HELP}.`,
  ].join('\n');
}

export interface PreflightDeps {
  facts: RuntimeFacts;
  node: string;
  electron: { version: string; node: string };
  fetch(): Promise<{ ok: boolean; output: string }>;
  /** Progress and problems, for the person at the terminal. */
  say(text: string): void;
}

/** The whole check: true when npm start may go on to build and launch. */
export async function preflight(deps: PreflightDeps): Promise<boolean> {
  const { electron, say } = deps;
  const tooOld = nodeProblem(deps.node, electron.node, electron.version);
  if (tooOld) return (say(tooOld), false);
  const runtime = findElectronRuntime(deps.facts);
  const problem = runtimeProblem(runtime);
  if (problem) return (say(problem), false);
  if (runtime.kind === 'present') return true;
  say(`Downloading Electron ${electron.version}'s runtime (once, about 100 MB)…`);
  const fetched = await deps.fetch();
  if (fetched.ok && findElectronRuntime(deps.facts).kind === 'present') return true;
  say(fetchProblem(fetchFailureReason(fetched.output, deps.facts.env), electron.version));
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const facts = localRuntimeFacts();
  const ok = await preflight({
    facts,
    node: process.version,
    electron: electronVersion(facts.electronDir),
    fetch: () => fetchElectronRuntime(facts.electronDir),
    say: (text) => console.error(`npm start: ${text}`),
  });
  process.exitCode = ok ? 0 : 1;
}
