import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The app executable inside electron-builder's `--dir` output: linux-unpacked/limber,
 * win-unpacked/Limber.exe, mac/Limber.app or mac-arm64/Limber.app (by the host's architecture).
 */
export function unpackedExecutable(outDir: string, platform: NodeJS.Platform, list: (dir: string) => string[] = safeList, exists: (file: string) => boolean = existsSync): string | null {
  const folders = list(outDir);
  const candidates: string[] =
    platform === 'linux'
      ? folders.filter((f) => /^linux(-\w+)?-unpacked$/.test(f)).map((f) => path.join(outDir, f, 'limber'))
      : platform === 'win32'
        ? folders.filter((f) => /^win(-\w+)?-unpacked$/.test(f)).map((f) => path.join(outDir, f, 'Limber.exe'))
        : folders.filter((f) => /^mac(-\w+)?$/.test(f)).map((f) => path.join(outDir, f, 'Limber.app', 'Contents', 'MacOS', 'Limber'));
  return candidates.find(exists) ?? null;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
