/**
 * The decisions the workflows make, as plain functions so `npm test` checks them (a shell `if` in
 * a workflow is only ever tested by a release going wrong). Run from a workflow step:
 *
 *   tsx scripts/release.ts chrome          → LIMBER_CHROMIUM=… (append to $GITHUB_ENV)
 *   tsx scripts/release.ts tag v1.2.3      → fails unless the tag is package.json's version
 *   tsx scripts/release.ts signing         → KEY=value lines for $GITHUB_ENV; what it decided on stderr
 *
 * Lines meant for $GITHUB_ENV go to stdout; lines for the person reading the log go to stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Env = Record<string, string | undefined>;

/** Where each hosted runner image keeps Google Chrome (the UI tests need a real Chromium). */
export function runnerChrome(platform: NodeJS.Platform, exists: (path: string) => boolean): string {
  const candidates: Partial<Record<NodeJS.Platform, string[]>> = {
    linux: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/chromium'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
  };
  const tried = candidates[platform] ?? [];
  const found = tried.find(exists);
  if (!found) throw new Error(`no Chrome on this ${platform} runner (looked at: ${tried.join(', ') || 'nowhere known'}); set LIMBER_CHROMIUM`);
  return found;
}

/** A release tag must name the version being built, or the update metadata would lie. */
export function tagProblem(tag: string, version: string): string | null {
  if (tag === `v${version}`) return null;
  return `the tag ${tag} does not match package.json's version ${version}: run "npm version ${tag.replace(/^v/, '')}" and push the tag it makes`;
}

export interface SigningPlan {
  /** What was decided, one line each, for the workflow's log. */
  said: string[];
  /** Variables to set for the later steps ($GITHUB_ENV). */
  env: Record<string, string>;
  /** Set when the secrets are half there: the build stops rather than guess. */
  problem: string | null;
}

const set = (env: Env, name: string) => (env[name] ?? '').trim() !== '';

/**
 * Signing and notarisation from the environment. electron-builder reads CSC_LINK (macOS, and
 * Windows unless WIN_CSC_LINK is set), CSC_KEY_PASSWORD and, for notarisation, APPLE_ID,
 * APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID. A missing certificate is a choice (an unsigned
 * build, said in one line); a half-set notarisation is a mistake (the build stops, naming what is missing).
 */
export function signingPlan(platform: NodeJS.Platform, env: Env): SigningPlan {
  const said: string[] = [];
  const out: Record<string, string> = {};
  if (platform === 'linux') {
    said.push('Signing: not used on Linux (AppImage and deb are published with their SHA-512 in latest-linux.yml).');
    return { said, env: out, problem: null };
  }
  const certificate = platform === 'win32' ? (set(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : set(env, 'CSC_LINK') ? 'CSC_LINK' : null) : set(env, 'CSC_LINK') ? 'CSC_LINK' : null;
  if (certificate) {
    said.push(`Signing: with the certificate in ${certificate}.`);
  } else {
    said.push(`Signing skipped: ${platform === 'win32' ? 'WIN_CSC_LINK or CSC_LINK' : 'CSC_LINK'} is not set, so this build is unsigned.`);
    // Without this electron-builder on macOS would search the runner's keychain for any identity.
    out.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
  }
  if (platform !== 'darwin') return { said, env: out, problem: null };

  const notarise = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];
  const missing = notarise.filter((name) => !set(env, name));
  if (missing.length === notarise.length) {
    said.push('Notarisation skipped: APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not set.');
  } else if (missing.length > 0) {
    return { said, env: out, problem: `notarisation needs APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID together; missing: ${missing.join(', ')}` };
  } else if (!certificate) {
    said.push('Notarisation skipped: Apple notarises signed apps only, and CSC_LINK is not set.');
    for (const name of notarise) out[name] = '';
  } else {
    said.push(`Notarisation: with the Apple ID in APPLE_ID, team ${env.APPLE_TEAM_ID}.`);
  }
  return { said, env: out, problem: null };
}

function main(argv: string[]): number {
  const [command, argument] = argv;
  switch (command) {
    case 'chrome':
      console.log(`LIMBER_CHROMIUM=${runnerChrome(process.platform, existsSync)}`);
      return 0;
    case 'tag': {
      const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
      const problem = tagProblem(argument ?? '', version);
      if (problem) console.error(`Release stopped: ${problem}.`);
      return problem ? 1 : 0;
    }
    case 'signing': {
      const plan = signingPlan(process.platform, process.env);
      for (const line of plan.said) console.error(line);
      if (plan.problem) {
        console.error(`Release stopped: ${plan.problem}.`);
        return 1;
      }
      for (const [name, value] of Object.entries(plan.env)) console.log(`${name}=${value}`);
      return 0;
    }
    default:
      console.error('usage: tsx scripts/release.ts chrome | tag <tag> | signing');
      return 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
