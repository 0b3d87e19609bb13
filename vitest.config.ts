import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs in-process only (no built CLI, no PostgreSQL, no global setup), so
// `npx vitest run --project unit` is the inner loop; `e2e` (*.e2e.test.ts) spawns the built CLI
// or talks to PostgreSQL, and its global setup builds dist/ and starts a throwaway cluster.
// test/layout.test.ts keeps anything that needs either out of `unit`.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // idle while its suite waits for the CLI processes it spawned. One per core keeps both busy.
    maxWorkers: availableParallelism(),
    reporters: ['default', './test/summary-reporter.ts'],
    coverage: {
      provider: 'v8',
      // Only what runs in the test processes is seen: the spawned CLI runs the bundled dist/.
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.generated.*'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.e2e.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.e2e.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
