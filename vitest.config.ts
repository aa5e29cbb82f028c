import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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

/** The environment a test file asks for in a `@vitest-environment` comment, else the project's. */
function environmentOf(spec: TestSpecification): string {
  const head = readFileSync(spec.moduleId, 'utf8').slice(0, 2_000);
  return /@vitest-environment\s+([\w-]+)/.exec(head)?.[1] ?? spec.project.config.environment;
}

/**
 * Vitest's order (slowest or largest first, projects apart), with two changes
 * that let two workers share the unit tests without loading the same modules
 * again and again:
 * - the isolated files of a group (each in a fresh process anyway, and among
 *   them the slow CLI tests) are handed out first, so no shared worker is
 *   stopped in the middle to make room for one;
 * - the files of a shared project come grouped by their environment (node,
 *   then happy-dom…): a worker that goes on with the same project and
 *   environment keeps its loaded modules, and Vitest starts a new one at each
 *   change of environment.
 */
class EnvironmentSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const environments = new Map(sorted.map((spec) => [spec, environmentOf(spec)]));
    const rank = new Map<string, number>();
    for (const spec of sorted) {
      const key = `${spec.project.name}:${environments.get(spec) ?? ''}`;
      if (!rank.has(key)) rank.set(key, rank.size);
    }
    const position = new Map(sorted.map((spec, index) => [spec, index]));
    const keyRank = (spec: TestSpecification): number => rank.get(`${spec.project.name}:${environments.get(spec) ?? ''}`) ?? 0;
    return [...sorted].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        Number(!a.project.config.isolate) - Number(!b.project.config.isolate) ||
        keyRank(a) - keyRank(b) ||
        (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
  }
}

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // One worker per core (Vitest's default leaves one core to itself: on two cores, one worker and a core idle).
    maxWorkers: availableParallelism(),
    // Isolated files first, the shared ones grouped by environment: a worker keeps its loaded modules.
    sequence: { sequencer: EnvironmentSequencer },
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
