import { configDefaults, defineConfig } from 'vitest/config';

/** Tests against a real WordPress: one site for the run, started by their project's global setup. */
const WORDPRESS_TESTS = 'tests/unit/**/*.wordpress.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, WORDPRESS_TESTS],
          // The CLI tests run the built CLI: build once, before any test, when the sources are newer.
          globalSetup: ['tests/unit/support/build-once.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'wordpress',
          include: [WORDPRESS_TESTS],
          globalSetup: ['tests/unit/support/build-once.ts', 'tests/wordpress/global-setup.ts'],
          // The files share one site and count its posts: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
