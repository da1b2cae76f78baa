import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: happy-dom plus WXT's in-memory fake browser. Real-browser tests
// have their own config in tests/e2e.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // browser.i18n.getMessage answers from locales/en.yml (tests/unit/i18n/setup.ts).
    setupFiles: ['tests/unit/i18n/setup.ts'],
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    mockReset: true,
    restoreMocks: true,
  },
});
