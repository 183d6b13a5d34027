import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './test/summaryReporter.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    reporters: ['default', new SummaryReporter()],
    testTimeout: 60_000,
  },
});
