import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The suites that exercise main/core. The Chromium UI tests, the packaging checks and the
// multi-month soak run add minutes per mutant and find nothing the core suites do not.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/ui/**', 'test/soak.test.ts', 'test/packaging.test.ts', 'test/icons.test.ts', 'node_modules/**'],
    },
  }),
);
