/**
 * `npm run e2e`: the Electron smoke test. Launches the real app (the development build, or with
 * `--packaged <dir>` the unpacked electron-builder output in <dir>) through playwright-core's
 * Electron support and checks what a person sees in the first minute (test/e2e/checks.ts).
 *
 * Where no Electron runtime is present and none can be fetched (a machine without network), it
 * prints one line saying so and exits 0 — unless `--require-electron` (the CI workflows), which
 * makes that a failure. `npm test` does not run it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchElectronRuntime, fetchFailureReason, findElectronRuntime, localRuntimeFacts } from '../../scripts/electronRuntime.js';
import { unpackedExecutable } from './unpacked.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Options {
  packaged: string | null;
  requireElectron: boolean;
}

function parse(argv: string[]): Options {
  const options: Options = { packaged: null, requireElectron: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--require-electron') options.requireElectron = true;
    else if (arg === '--packaged' && argv[i + 1]) options.packaged = path.resolve(root, argv[++i]!);
    else throw new Error(`npm run e2e: unknown argument "${arg}" (use --packaged <dir> and --require-electron)`);
  }
  return options;
}

/** The executable to launch, or why there is none. */
async function executable(options: Options): Promise<{ path: string; args: string[] } | { missing: string }> {
  if (options.packaged) {
    const found = unpackedExecutable(options.packaged, process.platform);
    return found ? { path: found, args: [] } : { missing: `no unpacked Limber in ${options.packaged} (run electron-builder --dir first)` };
  }
  const facts = localRuntimeFacts();
  let runtime = findElectronRuntime(facts);
  if (runtime.kind === 'absent') {
    const fetched = await fetchElectronRuntime(facts.electronDir);
    runtime = findElectronRuntime(facts);
    if (runtime.kind !== 'present') return { missing: `no Electron runtime here, and fetching it failed: ${fetchFailureReason(fetched.output, facts.env)}` };
  }
  if (runtime.kind === 'overrideEmpty') return { missing: `ELECTRON_OVERRIDE_DIST_PATH holds no Electron (${runtime.executable})` };
  return { path: runtime.executable, args: [root] };
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  const target = await executable(options);
  if ('missing' in target) {
    if (options.requireElectron) console.error(`npm run e2e: failed — ${target.missing}.`);
    else console.log(`npm run e2e: skipped — ${target.missing}; the CI workflow runs it on every push.`);
    return options.requireElectron ? 1 : 0;
  }
  if (!options.packaged) {
    // The development build, with the test hooks compiled in (production builds leave them out).
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, LIMBER_TEST_HOOKS: '1' } });
    if (built.status !== 0) return 1;
  }
  const { runSmokeTest } = await import('./checks.js');
  return (await runSmokeTest(target)) ? 0 : 1;
}

// Playwright can reject twice on a failed launch, the second time outside any await of ours.
process.on('uncaughtException', (error) => {
  console.log(`✗ the smoke test stopped: ${error.message}\n0 passed, 1 failed`);
  process.exit(1);
});
process.exitCode = await main();
