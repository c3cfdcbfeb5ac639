// Builds the Electron main process and the preload. The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning' };

/**
 * Main: ESM, with node_modules left as runtime imports (electron-builder packs them). The smoke
 * test's hooks (main/testHooks.ts) are compiled in only when LIMBER_TEST_HOOKS=1.
 */
export const mainOptions = (env) => ({
  ...common,
  entryPoints: ['main/index.ts'],
  outfile: 'dist/main/index.js',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  define: { __LIMBER_TEST_HOOKS__: JSON.stringify(env.LIMBER_TEST_HOOKS === '1') },
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await Promise.all([
    build(mainOptions(process.env)),
    // The import's worker thread (main/platform/importer.ts loads it beside index.js).
    build({ ...common, entryPoints: ['main/platform/importWorker.ts'], outfile: 'dist/main/importWorker.js', format: 'esm', target: 'node22', packages: 'external' }),
    // Preload: sandboxed preloads must be CommonJS and may require only `electron`.
    build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', target: 'chrome130', external: ['electron'] }),
  ]);
}
