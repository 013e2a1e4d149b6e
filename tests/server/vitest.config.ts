import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Server tests: Node, a real PostgreSQL started once per run (harness/globalSetup.ts). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/server/harness/globalSetup.ts'],
    // Files share one PostgreSQL and this machine has two cores: one file at a time.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
