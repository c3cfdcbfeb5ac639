/**
 * electron-builder.yml, checked without packaging anything: it passes electron-builder's own schema
 * validation, names the five targets, and every file it names either exists or is what the build
 * produces. The fuse hook is run for real against a stand-in binary that carries a fuse wire.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { FuseV1Options } from '@electron/fuses';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts: string[]) => path.join(root, ...parts);

/**
 * electron-builder's own loader and validator (app-builder-lib: reads electron-builder.yml the way
 * `electron-builder` does, then validates with ajv 8 against scheme.json). Resolved through
 * electron-builder, which depends on app-builder-lib directly, so hoisting does not matter.
 */
interface BuilderConfigApi {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
}
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builder = builderRequire('app-builder-lib/out/util/config/config.js') as BuilderConfigApi;
const quietLogger = { isEnabled: false, add: () => undefined };

/** Every file the build itself produces (esbuild for main and preload, Vite for the renderer). */
const producedByBuild = ['dist/main/index.js', 'dist/main/importWorker.js', 'dist/preload/index.cjs', 'dist/renderer/index.html', 'dist/renderer/break.html'];

let config: Configuration;
beforeAll(async () => {
  config = await builder.getConfig(root, null, null);
});

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const targetNames = (platform: unknown): string[] =>
  asList((platform as { target?: unknown } | undefined)?.target).map((t) => (typeof t === 'string' ? t : (t as { target: string }).target));

/** electron-builder's glob flavour, as far as this config uses it: `**`, `*` and a leading `!`. */
function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('/')
    .map((part) => (part === '**' ? '(?:.*/)?' : `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}/`))
    .join('')
    .replace(/\/$/, '')
    .replace(/\(\?:\.\*\/\)\?$/, '.*');
  return new RegExp(`^${source}$`);
}

function packed(file: string, patterns: string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (globToRegExp(pattern.slice(1)).test(file)) included = false;
    } else if (globToRegExp(pattern).test(file)) included = true;
  }
  return included;
}

function filePatterns(): string[] {
  return asList(config.files).flatMap((entry) => (typeof entry === 'string' ? [entry] : asList((entry as { filter?: unknown }).filter).map(String)));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(builder.validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is really validated: a misspelt option is rejected', async () => {
    const broken = { ...config, nsis: { ...config.nsis, oneclick: true } } as Configuration;
    await expect(builder.validateConfiguration(broken, quietLogger)).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and its output', () => {
    expect(config).toMatchObject({ appId: 'app.limber.Limber', productName: 'Limber', asar: true, directories: { output: 'release' } });
    expect(config.copyright).toMatch(/Limber/);
  });

  it('builds the five targets: AppImage and deb, NSIS, dmg and zip', () => {
    expect(targetNames(config.linux).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac).sort()).toEqual(['dmg', 'zip']);
  });

  it('publishes drafts to a GitHub repository, which electron-updater reads back', () => {
    expect(config.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
    const { owner, repo } = config.publish as { owner: string; repo: string };
    for (const name of [owner, repo]) expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
  });

  it('installs per user on Windows with a Start-menu entry, and keeps the Mac app out of the Dock', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, createStartMenuShortcut: true });
    expect(config.linux).toMatchObject({ category: 'Utility' });
    expect(config.linux?.desktop).toBeTruthy();
    expect(config.mac?.extendInfo).toMatchObject({ LSUIElement: true });
  });

  it('names only files that exist', () => {
    const named = [
      config.afterPack,
      config.linux?.icon,
      config.win?.icon,
      config.mac?.icon,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      config.directories?.buildResources,
    ];
    for (const file of named) {
      expect(typeof file, String(file)).toBe('string');
      expect(existsSync(at(String(file))), String(file)).toBe(true);
    }
    // The Linux icon is a directory of <size>x<size>.png files.
    expect(readdirSync(at(String(config.linux?.icon))).filter((f) => /^\d+x\d+\.png$/.test(f)).length).toBeGreaterThan(0);
  });

  it('packs what the build produces and the images main loads, and no sources, tests, maps or preview build', () => {
    const patterns = filePatterns();
    for (const file of ['package.json', ...producedByBuild]) expect(packed(file, patterns), file).toBe(true);
    for (const file of ['main/index.ts', 'test/security.test.ts', 'renderer/index.html', 'dist/main/index.js.map', 'dist/renderer-preview/index.html', 'node_modules/.bin/tsc'])
      expect(packed(file, patterns), file).toBe(false);
    // Static pattern roots that are not build output must match files that exist now.
    for (const pattern of patterns.filter((p) => !p.startsWith('!') && !p.startsWith('dist/'))) {
      const dir = at(pattern.split('/*')[0] ?? pattern);
      const base = pattern.includes('*') ? dir : path.dirname(dir);
      expect(existsSync(base), pattern).toBe(true);
      if (pattern.includes('*')) expect(readdirSync(base).some((f) => packed(path.posix.join(path.relative(root, base), f), [pattern])), pattern).toBe(true);
    }
  });

  it("unpacks every native binary a runtime dependency ships from the asar (koffi's, for busy sensing)", () => {
    const unpack = asList(config.asarUnpack).map(String);
    const dependencies = Object.keys((JSON.parse(readFileSync(at('package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const binaries = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? binaries(path.join(dir, entry.name)) : entry.name.endsWith('.node') ? [path.join(dir, entry.name)] : []));
    const natives = dependencies.flatMap((name) => binaries(at('node_modules', name)).map((file) => path.relative(root, file).split(path.sep).join('/')));
    expect(natives.length).toBeGreaterThan(0);
    for (const file of natives) expect(packed(file, unpack), file).toBe(true);
    expect(packed('node_modules/zod/index.js', unpack)).toBe(false);
  });

  it('agrees with the build about what the build produces', () => {
    const esbuild = readFileSync(at('esbuild.config.mjs'), 'utf8');
    expect(esbuild).toContain("outfile: 'dist/main/index.js'");
    expect(esbuild).toContain("outfile: 'dist/preload/index.cjs'");
    expect(readFileSync(at('vite.config.ts'), 'utf8')).toContain('./dist/renderer/');
    for (const page of ['index.html', 'break.html']) expect(existsSync(at('renderer', page)), page).toBe(true);
    const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { main: string };
    expect(producedByBuild).toContain(pkg.main);
  });
});

describe('afterPack fuse hook', () => {
  interface AfterPackModule {
    default(context: unknown): Promise<void>;
    electronBinaryPath(context: unknown): string;
    limberFuses: Record<string, unknown>;
    fusesFor(env: Record<string, string | undefined>): Record<string, unknown>;
  }
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  // Electron's shipped defaults for fuses 0..8, as '1' (on) / '0' (off).
  const SHIPPED = '101100011';
  let hook: AfterPackModule;
  let dir: string;

  beforeAll(async () => {
    hook = (await import(pathToFileURL(at('resources/build/afterPack.mjs')).href)) as AfterPackModule;
    dir = mkdtempSync(path.join(tmpdir(), 'limber-fuses-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const context = (electronPlatformName: string, arch = 1) => ({
    appOutDir: dir,
    electronPlatformName,
    arch,
    packager: { appInfo: { productFilename: 'Limber' }, executableName: 'limber' },
  });

  it('finds the binary where electron-builder puts it on each platform', () => {
    expect(hook.electronBinaryPath(context('linux'))).toBe(path.join(dir, 'limber'));
    expect(hook.electronBinaryPath(context('win32'))).toBe(path.join(dir, 'Limber.exe'));
    expect(hook.electronBinaryPath(context('darwin'))).toBe(path.join(dir, 'Limber.app'));
  });

  it('flips the fuses in the packaged binary and leaves the others as shipped', async () => {
    const binary = path.join(dir, 'limber');
    const padding = Buffer.alloc(4096, 0x90);
    writeFileSync(binary, Buffer.concat([padding, Buffer.from(SENTINEL), Buffer.from([1, SHIPPED.length]), Buffer.from(SHIPPED), padding]));
    await hook.default(context('linux'));
    const bytes = readFileSync(binary);
    const at0 = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
    const wire = bytes.subarray(at0, at0 + SHIPPED.length).toString('latin1');
    //            RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol, WasmTrap
    expect(wire).toBe(['0', '1', '0', '0', '1', '1', '0', '1', '1'].join(''));
    expect(bytes.length).toBe(padding.length * 2 + SENTINEL.length + 2 + SHIPPED.length);
  });

  it('leaves only --inspect on for the smoke-test build, and nothing else differs', () => {
    const smoke = hook.fusesFor({ LIMBER_SMOKE_FUSES: '1' });
    const changed = Object.keys(smoke).filter((key) => smoke[key] !== hook.limberFuses[key]);
    expect(changed).toEqual([String(FuseV1Options.EnableNodeCliInspectArguments)]);
    expect(hook.fusesFor({})).toBe(hook.limberFuses);
    expect(hook.fusesFor({ LIMBER_SMOKE_FUSES: 'yes' })).toBe(hook.limberFuses);
  });

  it('fails the build when the binary has no fuse wire', async () => {
    writeFileSync(path.join(dir, 'limber'), Buffer.alloc(1024, 0x90));
    await expect(hook.default(context('linux'))).rejects.toThrow(/sentinel/);
  });
});
