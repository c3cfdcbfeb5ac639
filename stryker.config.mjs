// Mutation testing of the pure core: `npm run mutate` (not run in CI: it takes tens of minutes).
// Incremental: only mutants in changed code, or covered by changed tests, are run again; the
// results of earlier runs are kept in reports/stryker-incremental.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: ['main/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (constants, caches) runs every test that imports the module: 39 %
  // of the core's mutants took 99 % of the time. They are reported as ignored, not counted.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  concurrency: 2,
  timeoutMS: 20_000,
  // The first run of every core suite with coverage takes minutes on a busy two-core machine.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
