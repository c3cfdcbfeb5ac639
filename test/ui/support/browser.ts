import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { AppState, IpcResult, LimberBridge } from '../../../main/ipc/contract.js';
import { repoRoot } from './build.js';

const executablePath = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';
export const artifactsDir = join(repoRoot, 'test-artifacts', 'ui');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`UI tests need Chromium at ${executablePath} (apt-get install chromium, or set LIMBER_CHROMIUM)`);
  }
  await mkdir(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fixed place and time, so countdowns and clock times in assertions and screenshots are stable. */
export const contextOptions: BrowserContextOptions = {
  locale: 'en-GB',
  timezoneId: 'Europe/Berlin',
  colorScheme: 'light',
  reducedMotion: 'reduce',
};

/** Defaults for the preview's query string: a Monday morning, time frozen unless a test says otherwise. */
export const START = '2025-06-02T09:00';

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: string[];
}

/** One context per test file (a new one costs seconds on a busy machine); each test gets a fresh page. */
export async function newPreviewContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(contextOptions);
}

export async function openPreview(
  context: BrowserContext,
  origin: string,
  file: 'index.html' | 'break.html',
  params: Record<string, string> = {},
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<OpenedPage> {
  const page = await context.newPage();
  await page.setViewportSize(file === 'index.html' ? { width: 420, height: 640 } : { width: 520, height: 620 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  const problems = watchPage(page);
  const query = new URLSearchParams({ speed: '0', start: START, ...params });
  await page.goto(`${origin}/${file}?${query.toString()}`);
  await page.locator('h1').first().waitFor();
  return { page, problems };
}

/** Collects a page's console errors and warnings (CSP violations among them) and uncaught exceptions. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** The app state as the page's bridge reports it. */
export async function bridgeState(page: Page): Promise<AppState> {
  const result = await page.evaluate(() => (globalThis as unknown as { limber: LimberBridge }).limber.invoke('state:get'));
  return unwrap(result);
}

function unwrap(result: IpcResult<AppState>): AppState {
  if (!result.ok) throw new Error(`state:get failed: ${result.error.message}`);
  return result.value;
}

/** The text of the element that has keyboard focus. */
export async function focusedText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const { document } = globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } };
    return document.activeElement?.textContent ?? null;
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let axeSource: string | null = null;

/** Runs axe-core in the page (injected through the DevTools protocol, which the page's CSP does not govern). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run: () => Promise<AxeResult> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.flatMap((n) => n.target) }));
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // A sticky header would otherwise be drawn wherever the last click scrolled to.
  await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}
