import type { Page } from 'playwright-core';
import type { Routine, Stretch } from '../../../renderer/content/types.js';

/** One hold as the player should show it: a stretch, a side, a duration. */
export interface ExpectedHold {
  step: number;
  stretch: Stretch;
  side: 'first' | 'second' | 'both';
  ms: number;
}

/** The holds a routine should play as, worked out independently of the player's own code. */
export function expectedHolds(routine: Routine, stretches: readonly Stretch[]): ExpectedHold[] {
  return routine.steps.flatMap((step, index): ExpectedHold[] => {
    const stretch = stretches.find((s) => s.id === step.stretch);
    if (!stretch) return [];
    const ms = (step.holdSeconds ?? stretch.holdSeconds) * 1000;
    return stretch.sides === 'each'
      ? [
          { step: index, stretch, side: 'first' as const, ms },
          { step: index, stretch, side: 'second' as const, ms },
        ]
      : [{ step: index, stretch, side: 'both' as const, ms }];
  });
}

export const sideText = { first: 'One side', second: 'Now the other side' } as const;

/** "0:30": how the countdown shows a whole number of milliseconds left. */
export function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the player shows now. */
export async function playerShows(page: Page): Promise<{ stretch: string | null; side: string | null; timer: string | null; position: string | null }> {
  const position = page.locator('.player-position');
  return {
    stretch: await page.locator('.player-stretch').textContent(),
    side: await page.locator('.player-side').textContent(),
    timer: await page.getByRole('timer').textContent(),
    position: (await position.count()) > 0 ? await position.textContent() : null,
  };
}

/**
 * Lets the page's pending effects and first frame run on a paused fake clock: Preact runs effects
 * after a frame, and the player's tick is armed in one.
 */
export async function settle(page: Page): Promise<void> {
  await page.clock.runFor(100);
}

/**
 * Counts the player's live quarter-second intervals (setInterval with 250 ms) in a page, to prove
 * nothing ticks while nothing plays. Installed before the page's own scripts; read `__liveTicks`.
 */
export const countTicksScript = `(() => {
  const live = new Set();
  const set = window.setInterval.bind(window);
  const clear = window.clearInterval.bind(window);
  window.setInterval = (fn, ms, ...rest) => { const id = set(fn, ms, ...rest); if (ms === 250) live.add(id); return id; };
  window.clearInterval = (id) => { live.delete(id); clear(id); };
  Object.defineProperty(window, '__liveTicks', { get: () => live.size });
})();`;

/** Counts the oscillators the page's sound cues start; read `__cueNotes`. Run after load. */
export const countCuesScript = `(() => {
  let notes = 0;
  const original = AudioContext.prototype.createOscillator;
  AudioContext.prototype.createOscillator = function () { notes += 1; return original.call(this); };
  Object.defineProperty(window, '__cueNotes', { get: () => notes, configurable: true });
})();`;

export async function readWindowNumber(page: Page, name: '__liveTicks' | '__cueNotes'): Promise<number> {
  return page.evaluate((key) => (globalThis as unknown as Record<string, number>)[key] ?? 0, name);
}

/** Whether the focused element draws a visible focus indicator (an outline). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const g = globalThis as unknown as {
      document: { activeElement: unknown };
      getComputedStyle: (element: unknown) => { outlineStyle: string; outlineWidth: string };
    };
    const active = g.document.activeElement;
    if (!active) return false;
    const style = g.getComputedStyle(active);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}
