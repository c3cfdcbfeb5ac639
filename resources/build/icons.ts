/**
 * Renders Limber's icons from the SVG sources in resources/icons/src with resvg.
 *
 *   npm run icons
 *
 * The PNGs are committed, so a build needs no image tooling; test/icons.test.ts renders every
 * output again in memory and fails when a committed file is missing, stale or the wrong size.
 *
 * Outputs (paths relative to resources/icons):
 * - `icon.png` (1024 px) — the one source electron-builder needs: it converts a PNG to ICNS (macOS)
 *   and ICO (Windows) itself (electron.build/icons: icon.png "at least 512x512" for macOS,
 *   "at least 256x256" for Windows).
 * - `app/<n>x<n>.png` — the Linux icon set; electron-builder wants the size in each file name.
 * - `tray/tray-<state>[@<scale>x].png` — tray icons for Windows and Linux: 16 px at 1x plus 20, 24,
 *   32 and 48 px as @1.25x/@1.5x/@2x/@3x, which `nativeImage.createFromPath('tray-normal.png')`
 *   loads together, so each display scale gets drawn pixels rather than a blurred resize.
 * - `tray/tray-<state>Template[@2x].png` — macOS menu-bar images: the same drawing in black and
 *   alpha. Electron marks an image as a template only when its file name matches `*Template.*` or
 *   `*Template@*x.*`, so "Template" ends the base name.
 */
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

export const iconsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../icons');

export const trayIconStates = ['normal', 'due', 'paused'] as const;
export type TrayIconState = (typeof trayIconStates)[number];

export const iconSources = ['app', ...trayIconStates.map((state) => `tray-${state}` as const)] as const;
export type IconSource = (typeof iconSources)[number];

export interface IconOutput {
  /** Path relative to resources/icons. */
  file: string;
  /** The SVG it is drawn from: resources/icons/src/<source>.svg. */
  source: IconSource;
  /** Width and height in pixels. */
  size: number;
  /** Black and alpha only (a macOS template image). */
  monochrome: boolean;
}

/** Tray icons are drawn on a 16 px grid; these are the extra display scales shipped beside 1x. */
const trayScales = [1, 1.25, 1.5, 2, 3] as const;
const templateScales = [1, 2] as const;
const TRAY_SIZE = 16;
/** The Linux set (electron-builder's recommended 16…256, plus 24 and 512). */
const appSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;
const APP_SIZE = 1024;

const scaleSuffix = (scale: number) => (scale === 1 ? '' : `@${scale}x`);

/** Every file `npm run icons` writes. */
export function iconOutputs(): IconOutput[] {
  const outputs: IconOutput[] = [{ file: 'icon.png', source: 'app', size: APP_SIZE, monochrome: false }];
  for (const size of appSizes) outputs.push({ file: `app/${size}x${size}.png`, source: 'app', size, monochrome: false });
  for (const state of trayIconStates) {
    const source = `tray-${state}` as const;
    for (const scale of trayScales) outputs.push({ file: `tray/tray-${state}${scaleSuffix(scale)}.png`, source, size: TRAY_SIZE * scale, monochrome: false });
    for (const scale of templateScales) outputs.push({ file: `tray/tray-${state}Template${scaleSuffix(scale)}.png`, source, size: TRAY_SIZE * scale, monochrome: true });
  }
  return outputs;
}

export function readSource(source: IconSource, dir = iconsDir): string {
  return readFileSync(join(dir, 'src', `${source}.svg`), 'utf8');
}

/**
 * The drawing in black: tray sources paint only with `currentColor`, set by the root `color`
 * attribute, so a template is the same SVG with that colour swapped.
 */
export function toMonochrome(svg: string): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root || !/\scolor="[^"]*"/.test(root)) throw new Error('a monochrome icon source needs color="…" on its <svg> root, painted with currentColor');
  return svg.replace(root, root.replace(/(\scolor=")[^"]*(")/, '$1#000000$2'));
}

/** Renders one output to PNG bytes. */
export function renderIcon(output: IconOutput, svg = readSource(output.source)): Buffer {
  const source = output.monochrome ? toMonochrome(svg) : svg;
  const image = new Resvg(source, { fitTo: { mode: 'width', value: output.size }, font: { loadSystemFonts: false } }).render();
  if (image.width !== output.size || image.height !== output.size) {
    throw new Error(`${output.file}: rendered ${image.width}x${image.height}, expected ${output.size}x${output.size} (is the source square?)`);
  }
  return image.asPng();
}

export interface DecodedPng {
  width: number;
  height: number;
  /** Straight (not premultiplied) RGBA, 8 bits a channel, row by row. */
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decodes an 8-bit, non-interlaced greyscale or truecolour PNG (what resvg writes) to RGBA, so
 * files can be compared by pixels: two encoders may compress the same pixels differently.
 */
export function decodePng(png: Uint8Array): DecodedPng {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      channels = channelsOf[colourType ?? -1] ?? 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`);
      }
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || height === 0) throw new Error('PNG without an IHDR chunk');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('truncated PNG image data');
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (pixels[row + x - channels] as number) : 0;
      const up = y > 0 ? (pixels[row - stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[row - stride + x - channels] as number) : 0;
      let predictor: number;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: predictor = paeth(left, up, upLeft); break;
        default: throw new Error(`bad PNG filter type ${filter}`);
      }
      pixels[row + x] = ((line[x] as number) + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, a] =
      channels === 4 ? [p[0], p[1], p[2], p[3]] : channels === 3 ? [p[0], p[1], p[2], 255] : channels === 2 ? [p[0], p[0], p[0], p[1]] : [p[0], p[0], p[0], 255];
    rgba.set([r ?? 0, g ?? 0, b ?? 0, a ?? 255], i * 4);
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function samePixels(a: Uint8Array, b: Uint8Array): boolean {
  const x = decodePng(a);
  const y = decodePng(b);
  return x.width === y.width && x.height === y.height && Buffer.from(x.rgba).equals(Buffer.from(y.rgba));
}

/**
 * Writes every output whose pixels changed (a file that differs only in compression is left alone,
 * so re-running the script on another machine does not churn the committed files).
 */
export function writeIcons(dir = iconsDir): { written: string[]; unchanged: string[] } {
  const written: string[] = [];
  const unchanged: string[] = [];
  const sources = new Map(iconSources.map((source) => [source, readSource(source, dir)]));
  for (const output of iconOutputs()) {
    const png = renderIcon(output, sources.get(output.source));
    const path = join(dir, output.file);
    if (existsSync(path) && samePixels(readFileSync(path), png)) {
      unchanged.push(output.file);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, png);
    written.push(output.file);
  }
  return { written, unchanged };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { written, unchanged } = writeIcons();
  for (const file of written) console.log(`wrote resources/icons/${file}`);
  console.log(`${written.length} written, ${unchanged.length} already up to date`);
}
