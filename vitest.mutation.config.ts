import { defineConfig } from 'vitest/config';

/** Tests against a real WordPress: one site for the run, started by their project's global setup. */
const WORDPRESS_TESTS = 'tests/unit/**/*.wordpress.test.ts';

/**
 * The Vitest configuration StrykerJS runs (stryker.config.mjs): the unit and WordPress tests of the
 * core, without the CLI, desktop, renderer and script tests, whose code is not mutated. StrykerJS
 * picks the test files of each module and runs them in worker threads.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/shared/**/*.test.ts', 'tests/unit/main/services/**/*.test.ts', 'tests/unit/main/runtime/**/*.test.ts'],
          exclude: [WORDPRESS_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'wordpress',
          include: [WORDPRESS_TESTS],
          globalSetup: ['tests/wordpress/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
