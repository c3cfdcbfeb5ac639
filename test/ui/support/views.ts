import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Settings } from '../../../main/core/settings.js';
import type { AppState, IpcResult, LimberBridge } from '../../../main/ipc/contract.js';
import { artifactsDir, bridgeState, focusedText } from './browser.js';

/**
 * Saves the whole page at the window's width, with the viewport grown to the page's height, so
 * sticky bars sit where they belong instead of across the middle of a stitched capture.
 */
export async function pageScreenshot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 420, height: 640 };
  await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
  const height = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Presses Tab until the focused element's text (or accessible label) is `target`; returns what it passed. */
export async function tabUntil(page: Page, target: string, limit = 60): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await focusedLabel(page);
    seen.push(label);
    if (label === target) return seen;
  }
  throw new Error(`Tab never reached "${target}"; it went through: ${seen.join(' | ')}`);
}

/** The focused element's name as a person would hear it: aria-label, its <label>, or its text. */
export async function focusedLabel(page: Page): Promise<string | null> {
  // A string, not a function: this file is type-checked without the DOM's types.
  const label = await page.evaluate<string | null>(`(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    const aria = active.getAttribute('aria-label');
    if (aria) return aria;
    const forLabel = active.id ? document.querySelector('label[for="' + CSS.escape(active.id) + '"]') : null;
    if (forLabel) return forLabel.textContent;
    const wrapping = active.closest('label');
    return wrapping ? wrapping.textContent : null;
  })()`);
  return label ?? focusedText(page);
}

/** True when the focused element draws a focus ring of at least 2 px. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate<boolean>(`(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    const style = getComputedStyle(active);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  })()`);
}

/** The preview's simulated wall clock now (ms), as main's engine reads it. */
export async function previewNow(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { limber: { clock: { wallNow(): number } } }).limber.clock.wallNow());
}

/** Sends an intent through the page's own bridge (what another window or the tray would do). */
export async function invoke(page: Page, channel: string, request?: unknown): Promise<IpcResult<AppState>> {
  return page.evaluate(([c, r]) => (globalThis as unknown as { limber: LimberBridge }).limber.invoke(c as never, r as never), [channel, request] as const);
}

export async function settingsOf(page: Page): Promise<Settings> {
  return (await bridgeState(page)).settings;
}

/** The field (label, box, hint and error) that holds the control labelled `label`. */
export function fieldOf(page: Page, label: string): Locator {
  return page.locator('.field', { has: page.getByLabel(label, { exact: true }) });
}

/** Makes main refuse every request on `channel` with `message` (a failed write, say), as IPC would answer. */
export async function refuseChannel(page: Page, channel: string, message: string): Promise<void> {
  await page.evaluate(
    ([c, m]) => {
      const bridge = (globalThis as unknown as { limber: LimberBridge }).limber;
      const invoke = bridge.invoke.bind(bridge);
      bridge.invoke = ((name: string, request: unknown) =>
        name === c ? Promise.resolve({ ok: false, error: { code: 'failed', message: m } }) : invoke(name as never, request as never)) as LimberBridge['invoke'];
    },
    [channel, message] as const,
  );
}
