// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, after the app is
// copied in and before it is signed (so the signature covers the flipped bits).
// Configured in electron-builder.yml (`afterPack`); documented in docs/security.md.
import path from 'node:path';
import process from 'node:process';
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** The fuses Limber sets. Others keep Electron's defaults (see docs/security.md for why). */
export const limberFuses = {
  version: FuseVersion.V1,
  // No ELECTRON_RUN_AS_NODE: the binary cannot be used as a plain Node.js runtime.
  [FuseV1Options.RunAsNode]: false,
  // No NODE_OPTIONS and no --inspect: nothing injects code or a debugger at launch.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Load the app only from app.asar, and check it against the hash recorded at build time
  // (macOS and Windows; electron-builder embeds the hash when asar is on).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Cookies are encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
};

/** Where the binary holding the fuse wire is, by the same rules electron-builder's own fuse step uses. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`afterPack: no fuse rule for platform "${electronPlatformName}"`);
  }
}

// electron-builder's Arch enum (builder-util): arm64 = 3, universal = 4.
const ARM64 = 3;
const UNIVERSAL = 4;

/**
 * The release workflow's smoke build (LIMBER_SMOKE_FUSES=1, never uploaded) keeps --inspect
 * working, because Playwright drives Electron's main process through the Node inspector. Every
 * other fuse is as shipped.
 */
export function fusesFor(env) {
  if (env.LIMBER_SMOKE_FUSES !== '1') return limberFuses;
  return { ...limberFuses, [FuseV1Options.EnableNodeCliInspectArguments]: true };
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const onMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const fuses = fusesFor(process.env);
  if (fuses !== limberFuses) process.stdout.write('afterPack: smoke-test build, --inspect left enabled for Playwright (never publish this build)\n');
  await flipFuses(binary, {
    ...fuses,
    // Flipping bits breaks the ad-hoc signature arm64 macOS requires to launch at all; re-sign
    // ad hoc so an unsigned build still runs (a real identity re-signs afterwards anyway).
    resetAdHocDarwinSignature: onMac && (context.arch === ARM64 || context.arch === UNIVERSAL),
  });
  await verifyFuses(binary, fuses);
}

/** Reads the wire back, so a fuse that did not take fails the build instead of shipping. */
export async function verifyFuses(binary, fuses = limberFuses) {
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(fuses)
    .filter(([key]) => key !== 'version')
    .filter(([key, on]) => wire[key] !== (on ? FuseState.ENABLE : FuseState.DISABLE))
    .map(([key]) => FuseV1Options[Number(key)]);
  if (wrong.length > 0) throw new Error(`afterPack: fuses not set in ${binary}: ${wrong.join(', ')}`);
}
