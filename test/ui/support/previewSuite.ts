import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildRenderer } from './build.js';
import { launchChromium, newPreviewContext, openPreview, type OpenedPage } from './browser.js';
import { serveStatic } from './server.js';

export type PreviewPage = 'index.html' | 'break.html';

/**
 * Registers the hooks for a file of UI tests: build the preview pages once, serve them on a free
 * port, start Chromium; after each test close its pages and fail it on any console error, page
 * error or CSP violation. Returns a function that opens a preview page in a known state.
 */
export function previewSuite(): (file: PreviewPage, params?: Record<string, string>, colorScheme?: 'light' | 'dark') => Promise<OpenedPage> {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let server: { origin: string; close: () => Promise<void> } | undefined;
  let removeBuild: (() => Promise<void>) | undefined;
  let opened: OpenedPage[] = [];

  beforeAll(async () => {
    const built = await buildRenderer('preview');
    removeBuild = built.remove;
    [server, browser] = await Promise.all([serveStatic(built.outDir), launchChromium()]);
    context = await newPreviewContext(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeBuild?.();
  });

  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const { page, problems } of pages) {
      await page.close();
      expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
    }
  });

  return async (file, params = {}, colorScheme = 'light') => {
    if (!context || !server) throw new Error('previewSuite: the browser is not ready');
    const page = await openPreview(context, server.origin, file, params, { colorScheme });
    opened.push(page);
    return page;
  };
}
