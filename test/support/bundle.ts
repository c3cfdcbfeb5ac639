/**
 * Bundles a main-process entry point for a worker thread or a child process in the tests, as
 * `npm run build` does for the app (esbuild, node_modules left as imports). The bundle goes under
 * node_modules/.cache so those imports resolve; one build per entry per test run.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..', '..');
const built = new Map<string, Promise<URL>>();

export function bundled(entry: string): Promise<URL> {
  let url = built.get(entry);
  if (!url) {
    const outfile = path.join(root, 'node_modules', '.cache', 'limber-test', `${path.basename(entry, '.ts')}-${process.pid}.mjs`);
    url = build({ entryPoints: [path.join(root, entry)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' }).then(() => pathToFileURL(outfile));
    built.set(entry, url);
  }
  return url;
}
