import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Builds the renderer with the project's vite.config.ts into a fresh temporary directory. */
export async function buildRenderer(mode: 'production' | 'preview'): Promise<{ outDir: string; remove: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), `limber-renderer-${mode}-`));
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) };
}
