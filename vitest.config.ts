import { configDefaults, defineConfig } from 'vitest/config';

/** Tests against a real WordPress: one site for the run, started by their project's global setup. */
const WORDPRESS_TESTS = 'tests/unit/**/*.wordpress.test.ts';
/**
 * Test files that replace modules (vi.mock: the Electron test double) or stub globals: each runs in a fresh
 * module graph. The rest share one module graph per worker, which saves loading jsdom, TipTap and zod again
 * for every file.
 */
const ISOLATED_TESTS = [
  'tests/unit/main/desktop/**/*.test.ts',
  'tests/unit/renderer/editor/use-editor-state-after-paint.test.ts',
  'tests/unit/main/services/publish/secret-store.test.ts',
  'tests/unit/main/services/export/prepare-for-export.test.ts',
  'tests/unit/main/services/export/chromium-pdf.test.ts',
  'tests/unit/main/cli/export-command.test.ts',
];
const UNIT_TESTS = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];
// The CLI tests run the built CLI: build once, before any test, when the sources are newer.
const BUILD_ONCE = 'tests/unit/support/build-once.ts';

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
          include: UNIT_TESTS,
          exclude: [...configDefaults.exclude, WORDPRESS_TESTS, ...ISOLATED_TESTS],
          isolate: false,
          globalSetup: [BUILD_ONCE],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: ISOLATED_TESTS,
          globalSetup: [BUILD_ONCE],
        },
      },
      {
        extends: true,
        test: {
          name: 'wordpress',
          include: [WORDPRESS_TESTS],
          globalSetup: [BUILD_ONCE, 'tests/wordpress/global-setup.ts'],
          // Real sites and spawned commands: slow on a busy machine, never hung.
          testTimeout: 60_000,
          // The files share one site and count its posts: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
