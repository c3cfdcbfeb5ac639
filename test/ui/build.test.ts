import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenderer } from './support/build.js';
import { contextOptions, launchChromium } from './support/browser.js';
import { serveStatic } from './support/server.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Strings that only preview code contains: its marker, and the engine (which only the preview bundles). */
const PREVIEW_ONLY = ['limber-preview-bridge', 'PreviewBridge', 'the engine is not running', 'jitless'];

async function filesIn(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return files;
}

let productionDir: string;
let production: Map<string, string>;
let preview: Map<string, string>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  for (const mode of ['production', 'preview'] as const) {
    const built = await buildRenderer(mode);
    cleanups.push(built.remove);
    const files = await filesIn(built.outDir);
    if (mode === 'production') {
      productionDir = built.outDir;
      production = files;
    } else preview = files;
  }
});

afterAll(async () => {
  await Promise.all(cleanups.map((remove) => remove()));
});

describe('production renderer build', () => {
  it('has both pages, each with the strict CSP', () => {
    for (const page of ['index.html', 'break.html']) {
      const html = production.get(page);
      expect(html, page).toBeDefined();
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html ?? '')?.[1];
      expect(csp, page).toBe(CSP);
    }
  });

  it('has no inline script, inline style or inline event handler', () => {
    for (const [name, html] of production) {
      if (!name.endsWith('.html')) continue;
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, `${name}: every script has a src`).toMatch(/\bsrc="\.\/assets\/[^"]+\.js"/);
        expect(body?.trim(), `${name}: script body`).toBe('');
      }
      expect(html, name).not.toMatch(/<style\b/i);
      expect(html, name).not.toMatch(/\sstyle=/i);
      expect(html, name).not.toMatch(/\son[a-z]+=/i);
      expect(html, name).not.toMatch(/javascript:/i);
    }
  });

  it('contains no preview bridge code', () => {
    for (const [name, text] of production) {
      for (const marker of PREVIEW_ONLY) expect(text.includes(marker), `${name} contains "${marker}"`).toBe(false);
    }
  });

  it('runs under its own CSP, and says so plainly when there is no bridge', async () => {
    const [server, browser] = await Promise.all([serveStatic(productionDir), launchChromium()]);
    try {
      const context = await browser.newContext(contextOptions);
      for (const page of ['index.html', 'break.html']) {
        const tab = await context.newPage();
        const problems: string[] = [];
        tab.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
        });
        tab.on('pageerror', (error) => problems.push(error.message));
        await tab.goto(`${server.origin}/${page}`);
        expect(await tab.getByRole('alert').first().textContent(), page).toContain('Limber could not reach the app');
        expect(problems, page).toEqual([]);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('the preview build does contain it (so the check above means something)', () => {
    const all = [...preview.values()].join('\n');
    for (const marker of ['limber-preview-bridge', 'the engine is not running']) expect(all).toContain(marker);
  });
});
