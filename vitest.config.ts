import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Handlers log in JSON for CloudWatch; tests assert behaviour, not log lines.
    env: { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/domain/**/*.test.ts',
            'test/events/**/*.test.ts',
            'test/runtime/**/*.test.ts',
            'test/adapters/**/*.test.ts',
            'test/services/**/*.test.ts',
            'test/functions/**/*.test.ts',
            'test/architecture/**/*.test.ts',
          ],
          // Handler answers are checked against the published responses (the file says how).
          setupFiles: ['test/functions/setup.ts'],
        },
      },
      {
        test: {
          name: 'infra',
          // The local stack's own pieces (tools/local) start processes like the stack does: the same timeouts.
          include: ['test/infra/**/*.test.ts', 'test/tools/**/*.test.ts'],
          // Synthesizing the stack, in a test or in a beforeAll, takes seconds, more on a busy machine.
          testTimeout: 120_000,
          // Building the stack (every function, cdk-nag) takes over 10 s on a busy two-core machine.
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['domain/**/*.ts'],
      thresholds: { 'domain/**/*.ts': { lines: 95 } },
    },
  },
});
