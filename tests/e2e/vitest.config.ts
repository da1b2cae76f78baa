import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium, driven by
// playwright-core. One browser per test file; files run one after another
// because two Chromiums on a 2-core machine make timings flaky.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
