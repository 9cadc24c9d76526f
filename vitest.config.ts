import { defineConfig } from 'vitest/config';

// Dates must not depend on the machine's zone.
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    allowOnly: false,
    // Browser test files share one built site; on 2-core machines they run one at a time.
    fileParallelism: false,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/render/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
