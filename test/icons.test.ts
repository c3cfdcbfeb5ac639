import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trayIconFile } from '../main/platform/tray.js';
import { decodePng, iconOutputs, iconsDir, iconSources, readSource, renderIcon, toMonochrome, trayIconStates } from '../resources/build/icons.js';

const outputs = iconOutputs();
const committed = (file: string) => readFileSync(join(iconsDir, file));

function listPngs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listPngs(join(dir, entry.name)) : entry.name.endsWith('.png') ? [relative(iconsDir, join(dir, entry.name))] : [],
  );
}

describe('committed icons match their SVG sources (run `npm run icons` after editing resources/icons/src)', () => {
  const sources = new Map(iconSources.map((source) => [source, readSource(source)]));

  it.each(outputs.map((output) => [output.file, output] as const))('%s is up to date and the right size', (_file, output) => {
    const path = join(iconsDir, output.file);
    expect(existsSync(path), `${output.file} is missing: run npm run icons`).toBe(true);
    const onDisk = decodePng(committed(output.file));
    expect([onDisk.width, onDisk.height]).toEqual([output.size, output.size]);
    const fresh = renderIcon(output, sources.get(output.source));
    if (!fresh.equals(committed(output.file))) {
      // Another encoder may compress the same pixels differently; the pixels must be equal.
      expect(Buffer.from(onDisk.rgba).equals(Buffer.from(decodePng(fresh).rgba)), `${output.file} is stale: run npm run icons`).toBe(true);
    }
  });

  it('has no stray PNGs the generator no longer makes', () => {
    expect(listPngs(iconsDir).sort()).toEqual(outputs.map((o) => o.file).sort());
  });

  it('macOS template images are black and alpha only, and not empty', () => {
    for (const output of outputs.filter((o) => o.monochrome)) {
      const { rgba } = decodePng(committed(output.file));
      let opaque = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        expect([rgba[i], rgba[i + 1], rgba[i + 2]], output.file).toEqual([0, 0, 0]);
        if ((rgba[i + 3] as number) > 0) opaque++;
      }
      expect(opaque, output.file).toBeGreaterThan(output.size * 2);
    }
  });

  it('the three tray states look different from each other, in colour and in the template', () => {
    for (const suffix of ['.png', 'Template.png']) {
      const images = trayIconStates.map((state) => Buffer.from(decodePng(committed(`tray/tray-${state}${suffix}`)).rgba).toString('base64'));
      expect(new Set(images).size).toBe(trayIconStates.length);
    }
  });

  it('a monochrome render swaps only the root colour', () => {
    const svg = readSource('tray-due');
    expect(toMonochrome(svg)).toMatch(/^<svg[^>]*\scolor="#000000"/);
    expect(toMonochrome(svg).replace('color="#000000"', '')).toBe(svg.replace(/\scolor="[^"]*"/, ' '));
    expect(() => toMonochrome(readSource('app'))).toThrow(/currentColor/);
  });
});

describe('icon sets the app and the packager expect', () => {
  it('every tray image the adapter can ask for exists, with its HiDPI siblings', () => {
    for (const state of trayIconStates) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        const file = trayIconFile(state, platform);
        expect(existsSync(join(iconsDir, 'tray', file)), file).toBe(true);
        expect(existsSync(join(iconsDir, 'tray', file.replace(/\.png$/, '@2x.png'))), `${file} @2x`).toBe(true);
      }
      for (const scale of ['@1.25x', '@1.5x', '@3x']) expect(existsSync(join(iconsDir, 'tray', `tray-${state}${scale}.png`))).toBe(true);
    }
  });

  it('electron-builder: icon.png of at least 512 px (1024 here) and a Linux set named by size', () => {
    expect(decodePng(committed('icon.png')).width).toBe(1024);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const { width, height } = decodePng(committed(`app/${size}x${size}.png`));
      expect([width, height]).toEqual([size, size]);
    }
  });
});
