// Builds the Electron main process and the preload. The renderer is built by Vite (vite.config.ts).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // Main: ESM, with node_modules left as runtime imports (electron-builder packs them).
  build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.js', format: 'esm', target: 'node22', packages: 'external' }),
  // Preload: sandboxed preloads must be CommonJS and may require only `electron`.
  build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/preload/index.cjs', format: 'cjs', target: 'chrome130', external: ['electron'] }),
]);
