import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildRenderer } from './build.js';
import { launchChromium, newPreviewContext, openPreview, type OpenedPage } from './browser.js';
import { serveStatic } from './server.js';

export type PreviewPage = 'index.html' | 'break.html';

export interface PreviewPageOptions {
  /**
   * Open the page in a context of its own with Playwright's fake clock installed and paused once
   * the page has loaded: timers, requestAnimationFrame and performance.now() then move only when
   * the test calls `page.clock.runFor()` (so do Preact's effects, which run after a frame).
   */
  pausedClock?: boolean;
}

/** Where the fake clock starts: the preview's START, as a UTC instant near enough for any zone. */
const FAKE_CLOCK_START = Date.parse('2025-06-02T07:00:00Z');

/**
 * Registers the hooks for a file of UI tests: build the preview pages once, serve them on a free
 * port, start Chromium; after each test close its pages and fail it on any console error, page
 * error or CSP violation. Returns a function that opens a preview page in a known state.
 */
export function previewSuite(): (
  file: PreviewPage,
  params?: Record<string, string>,
  colorScheme?: 'light' | 'dark',
  options?: PreviewPageOptions,
) => Promise<OpenedPage> {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let server: { origin: string; close: () => Promise<void> } | undefined;
  let removeBuild: (() => Promise<void>) | undefined;
  let opened: OpenedPage[] = [];
  let ownContexts: BrowserContext[] = [];

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
    const contexts = ownContexts;
    ownContexts = [];
    for (const own of contexts) await own.close();
  });

  return async (file, params = {}, colorScheme = 'light', options = {}) => {
    if (!browser || !context || !server) throw new Error('previewSuite: the browser is not ready');
    let target = context;
    if (options.pausedClock) {
      // The clock belongs to a whole context, so this page gets one of its own.
      target = await newPreviewContext(browser);
      ownContexts.push(target);
      await target.clock.install({ time: FAKE_CLOCK_START });
    }
    const page = await openPreview(target, server.origin, file, params, { colorScheme });
    opened.push(page);
    if (options.pausedClock) await page.page.clock.pauseAt(FAKE_CLOCK_START + 60_000);
    return page;
  };
}
