import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compileGuide } from './scripts/guideHtml.ts';

/**
 * The renderer: two pages (the Limber window and the break window) built with Vite and Preact.
 *
 * `vite build` makes the app's pages in dist/renderer/. `vite build --mode preview` makes the same
 * pages with a simulated main process behind `window.limber` (renderer/preview/) in
 * dist/renderer-preview/, for `npm run preview` and the UI tests.
 */
export const PREVIEW_MODE = 'preview';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const root = here('./renderer/');

/** Puts the preview bridge's script before each page's own, so `window.limber` is there first. */
function previewBridge(): Plugin {
  return {
    name: 'limber:preview-bridge',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'script', attrs: { type: 'module', src: '/preview/install.ts' }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The dev server injects CSS as <style> elements, which the pages' CSP (style-src 'self') refuses.
 * Served pages only (never a build) allow inline styles so `vite` dev is usable with main's
 * `devServerUrl`; the built pages keep the strict policy, as test/ui/build.test.ts checks.
 */
function devServerCsp(): Plugin {
  return {
    name: 'limber:dev-server-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/**
 * The user's guide files (docs/guide*.md) become modules holding their HTML, made here at build
 * time (scripts/guideHtml.ts), so the window carries no Markdown parser and reads no file.
 */
function userGuide(): Plugin {
  const guideFile = /[\\/]docs[\\/]guide(\.[a-z]{2,3})?\.md$/;
  return {
    name: 'limber:user-guide',
    transform(source, id) {
      if (!guideFile.test(id)) return null;
      return { code: `export default ${JSON.stringify(compileGuide(source))};`, map: null };
    },
  };
}

const jsx = { runtime: 'automatic', importSource: 'preact' } as const;

export default defineConfig(({ mode }) => {
  const preview = mode === PREVIEW_MODE;
  return {
    root,
    // Relative URLs: the app loads the pages from disk, not from a server root.
    base: './',
    publicDir: false,
    plugins: [devServerCsp(), userGuide(), ...(preview ? [previewBridge()] : [])],
    oxc: { jsx },
    // The dev server's dependency scan transforms the sources on its own and needs telling too.
    optimizeDeps: { rolldownOptions: { transform: { jsx } } },
    build: {
      outDir: here(preview ? './dist/renderer-preview/' : './dist/renderer/'),
      emptyOutDir: true,
      // Electron's Chromium supports module preloading; the polyfill would only add code.
      modulePreload: { polyfill: false },
      sourcemap: preview,
      // The preview build carries the whole engine and every language in one chunk on purpose;
      // the production size is watched by `npm run bench` (renderer_js_gzip_kb).
      chunkSizeWarningLimit: preview ? 2048 : 500,
      rolldownOptions: {
        input: { index: `${root}index.html`, break: `${root}break.html` },
      },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  };
});
