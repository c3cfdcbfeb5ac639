import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// The suites that exercise main/core directly. The Chromium UI tests, the process-killing and
// desktop-sensing suites, packaging checks and the multi-month soak add minutes per mutant and find
// nothing these do not. The property test runs fewer random days per mutant (CI runs the full 1500).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        'test/{engine,engineSchedule,engineInputs,engineProperties,engineWorkouts,breakLimits,scenarios,scenarioParser,cli}.test.ts',
        'test/{exchange,history,persisted,store,insights,insightsRules,workouts,waterCaps,sounds,updates,tray,ipc,platform}.test.ts',
        'test/{content,i18n,healthClaims}.test.ts',
      ],
      env: { LIMBER_PROPERTY_RUNS: '100' },
    },
  }),
);
