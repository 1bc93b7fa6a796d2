import { defineConfig } from 'vitest/config';

// Real-browser tests (test/e2e): one Chromium at a time on a 2-core machine, generous timeouts for
// browser start-up. `npm run test:e2e` builds the extension first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    maxConcurrency: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
