import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The UI suites build the renderer in beforeAll; on a loaded machine that takes longer than 10 s.
    hookTimeout: 120_000,
    // Polls wait on real processes (a D-Bus server, Chromium, X); one second is too short on a busy
    // two-core machine, where a notification click once took longer and failed a passing test.
    expect: { poll: { timeout: 10_000 } },
    // electron-store imports 'electron'; inlining it lets a test's vi.mock('electron') reach inside.
    server: { deps: { inline: ['electron-store'] } },
  },
});
