/**
 * Renderer benchmarks: how much JavaScript the Limber window ships, and how soon it shows Today,
 * against a blank page timed in the same run (so machine speed cancels out in the ratio).
 *
 *   renderer_js_gzip_kb          gzip size of the JS the window loads for its first render in English: the
 *                                scripts and module preloads index.html names, summed (kB = 1,000 bytes; target ≤ 100).
 *                                Languages other than English and anything behind a dynamic import() are left out.
 *   renderer_js_gzip_total_kb    gzip size of every JS file in the production build (both pages, every chunk), summed
 *   renderer_first_render_ms     production index.html with a stub bridge: navigation start → Today drawn (median)
 *   renderer_blank_page_ms       a blank page with the same CSP from the same server: navigation start → drawn (median)
 *   renderer_first_render_ratio  first render ÷ blank page, from the same runs
 *   renderer_floor_page_ms       the least any script-drawn page costs here: one tiny module script that formats one
 *                                number with Intl and adds the marker Today's ring is found by (median)
 *   renderer_floor_ratio         floor page ÷ blank page, from the same runs: how much of the first render ratio
 *                                is the price of running a module script and the first use of Intl at all
 *
 * Both pages are timed in headless Chromium (/usr/bin/chromium, or LIMBER_CHROMIUM), alternately,
 * each load in a fresh browser context (nothing cached), after one unmeasured warm-up of each.
 * "Drawn" is the animation frame after the page's content is in the DOM: Today's water ring for
 * the app, the heading for the blank page. The stub bridge answers `state:get` at once with an
 * AppState from the real engine, so the figure is the renderer's own cost, not main's.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { AppController } from '../main/controller.js';
import { Engine } from '../main/core/engine.js';
import { resolveSettings } from '../main/core/settings.js';
import type { AppState } from '../main/ipc/contract.js';
import { VirtualClock } from '../main/sim/virtualClock.js';
import { buildRenderer } from '../test/ui/support/build.js';
import { serveStatic } from '../test/ui/support/server.js';

const executablePath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";
/** What "drawn" waits for on each page. */
const APP_READY = '.water-ring';
const BLANK_READY = 'h1';

export interface RendererTimings {
  firstRenderMs: number;
  blankPageMs: number;
  ratio: number;
  floorPageMs: number;
  floorRatio: number;
  runs: number;
}

/**
 * The floor page: what drawing anything from a script costs before any of the app's own work. Its
 * script is a module like the app's and its first Intl formatter pays what the app's first number
 * pays (ICU's start in a fresh renderer, 15–25 ms on a two-core machine).
 */
const FLOOR_SCRIPT = `const ring = document.createElement('div');
ring.className = 'water-ring';
ring.textContent = new Intl.NumberFormat(navigator.language, { maximumFractionDigits: 2 }).format(0.75);
document.body.append(ring);
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Builds the production renderer into a temporary directory, runs `use` on it, removes it. */
async function withProductionBuild<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const built = await buildRenderer('production');
  try {
    return await use(built.outDir);
  } finally {
    await built.remove();
  }
}

export interface JsGzip {
  /** What index.html loads before its first render: its module scripts and modulepreloads. */
  firstRenderKb: number;
  /** Every .js file in the build. */
  totalKb: number;
}

/** Kilobytes (1,000 bytes) of gzip over the production build's JavaScript, file by file, summed. */
export async function measureJsGzip(): Promise<JsGzip> {
  return withProductionBuild(async (dir) => {
    const gzipped = new Map<string, number>();
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const path = join(entry.parentPath, entry.name);
      gzipped.set(relative(dir, path).split(sep).join('/'), gzipSync(await readFile(path)).length);
    }
    if (gzipped.size === 0) throw new Error('the production build has no JavaScript');
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    const named = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    if (named.length === 0) throw new Error('index.html names no JavaScript');
    const firstRender = named.reduce((sum, file) => {
      const size = gzipped.get(file);
      if (size === undefined) throw new Error(`index.html names ${file}, which the build does not have`);
      return sum + size;
    }, 0);
    const total = [...gzipped.values()].reduce((a, b) => a + b, 0);
    return { firstRenderKb: firstRender / 1000, totalKb: total / 1000 };
  });
}

/** What the stub bridge answers: the real engine's state at a Monday 09:00, setup done, some water drunk. */
export function stubAppState(): AppState {
  const clock = new VirtualClock(Date.parse('2025-06-02T07:00:00Z'), 'Europe/Berlin');
  const engine = new Engine({ clock, sensor: { read: () => ({ idleSeconds: 0, locked: false }) }, settings: resolveSettings({ profile: { setupDone: true } }) });
  engine.start();
  engine.dispatch({ type: 'drink', ml: 750 });
  const controller = new AppController({
    engine,
    saveSettings: () => undefined,
    openWindow: () => undefined,
    loginItem: { get: () => false, set: () => undefined },
    onChange: () => undefined,
  });
  return controller.state();
}

/**
 * Runs at document start in each measured page (Playwright's init script, which the page's CSP
 * does not govern): installs the stub bridge on the app page, and records `performance.now()` in
 * the animation frame after `selector` first matches.
 */
function initScript(selector: string, state: AppState | null): string {
  const bridge = state
    ? `Object.defineProperty(window, 'limber', { value: { invoke: () => Promise.resolve({ ok: true, value: ${JSON.stringify(state)} }), onState: () => () => {} } });`
    : '';
  return `${bridge}
(() => {
  const done = () => requestAnimationFrame(() => { window.__drawnAt = performance.now(); });
  const look = () => {
    if (!document.querySelector(${JSON.stringify(selector)})) return false;
    done();
    return true;
  };
  const observer = new MutationObserver(() => { if (look()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

async function timeLoad(browser: Browser, url: string, script: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 420, height: 640 }, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
  try {
    await context.addInitScript(script);
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(() => (globalThis as unknown as { __drawnAt?: number }).__drawnAt, undefined, { timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** First render of the production window against a blank page and the floor page, alternating, median of `runs` each. */
export async function measureFirstRender(options: { runs?: number } = {}): Promise<RendererTimings> {
  const runs = options.runs ?? 9;
  if (!existsSync(executablePath)) throw new Error(`needs Chromium at ${executablePath} (or set LIMBER_CHROMIUM)`);
  return withProductionBuild(async (dir) => {
    const page = (head: string, body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta http-equiv="Content-Security-Policy" content="${CSP}" /><title>Blank</title>${head}</head><body>${body}</body></html>`;
    await writeFile(join(dir, 'blank.html'), page('', '<h1>Limber</h1>'));
    await writeFile(join(dir, 'floor.html'), page('<script type="module" src="./floor.js"></script>', ''));
    await writeFile(join(dir, 'floor.js'), FLOOR_SCRIPT);
    const server = await serveStatic(dir);
    const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const app = () => timeLoad(browser, `${server.origin}/index.html`, initScript(APP_READY, stubAppState()));
      const blank = () => timeLoad(browser, `${server.origin}/blank.html`, initScript(BLANK_READY, null));
      const floor = () => timeLoad(browser, `${server.origin}/floor.html`, initScript(APP_READY, null));
      const pages = [app, blank, floor];
      const times: number[][] = pages.map(() => []);
      for (const load of pages) await load(); // warm up: the browser's own first-load costs, the server, the disk cache
      for (let i = 0; i < runs; i++) {
        // Alternate the order, so drift in the machine's load hits every page alike.
        const order = i % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
        for (const k of order) times[k]!.push(await pages[k]!());
      }
      const [firstRenderMs, blankPageMs, floorPageMs] = times.map(median) as [number, number, number];
      return { firstRenderMs, blankPageMs, ratio: firstRenderMs / blankPageMs, floorPageMs, floorRatio: floorPageMs / blankPageMs, runs };
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

// The timing figures come from one run, so each ratio is of numbers printed beside it.
let timings: Promise<RendererTimings> | null = null;
const sharedTimings = (): Promise<RendererTimings> => (timings ??= measureFirstRender());
// Both sizes come from one build.
let jsGzip: Promise<JsGzip> | null = null;
const sharedJsGzip = (): Promise<JsGzip> => (jsGzip ??= measureJsGzip());

export const rendererBenches: { name: string; unit: string; run(): number | Promise<number>; target?: string }[] = [
  { name: 'renderer_js_gzip_kb', unit: 'kB', target: '<= 100', run: async () => round((await sharedJsGzip()).firstRenderKb, 2) },
  { name: 'renderer_js_gzip_total_kb', unit: 'kB', run: async () => round((await sharedJsGzip()).totalKb, 2) },
  { name: 'renderer_first_render_ms', unit: 'ms', run: async () => round((await sharedTimings()).firstRenderMs, 1) },
  { name: 'renderer_blank_page_ms', unit: 'ms', run: async () => round((await sharedTimings()).blankPageMs, 1) },
  { name: 'renderer_first_render_ratio', unit: 'ratio', run: async () => round((await sharedTimings()).ratio, 2) },
  { name: 'renderer_floor_page_ms', unit: 'ms', run: async () => round((await sharedTimings()).floorPageMs, 1) },
  { name: 'renderer_floor_ratio', unit: 'ratio', run: async () => round((await sharedTimings()).floorRatio, 2) },
];
