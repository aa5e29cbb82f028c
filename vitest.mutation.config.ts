import { type TestProjectConfiguration, defineConfig } from 'vitest/config';
import { coreModules } from './scripts/mutation-modules.mjs';

/** Tests against a real WordPress: one site for the run, started by their project's global setup. */
const WORDPRESS_TESTS = 'tests/unit/**/*.wordpress.test.ts';
/** Tests of the built reader thread (dist/…/index-worker.js): a mutant in the sources never reaches that bundle, and the copy StrykerJS runs in has no dist/. */
const BUILT_BUNDLE_TESTS = 'tests/unit/**/index-reader-pool.test.ts';

const module = coreModules[process.env.BRIEFDESK_MUTATION_MODULE ?? ''];
if (!module) throw new Error(`Set BRIEFDESK_MUTATION_MODULE to one of: ${Object.keys(coreModules).join(', ')}.`);
const wordpressTests = module.wordpress ? module.testFiles.map((glob) => glob.replace(/\.test\.ts$/, '.wordpress.test.ts')) : [];

/**
 * The Vitest configuration StrykerJS runs (stryker.config.mjs): the test
 * files of the module being mutated (scripts/mutation-modules.mjs) — unit
 * tests, and for the publishing modules the WordPress tests beside them,
 * against one site started for the run. StrykerJS runs them in worker threads.
 */
const projects: TestProjectConfiguration[] = [
  { extends: true, test: { name: 'unit', include: module.testFiles, exclude: [WORDPRESS_TESTS, BUILT_BUNDLE_TESTS] } },
];
if (wordpressTests.length > 0) {
  projects.push({
    extends: true,
    test: { name: 'wordpress', include: wordpressTests, globalSetup: ['tests/wordpress/global-setup.ts'], fileParallelism: false },
  });
}

export default defineConfig({ test: { environment: 'node', testTimeout: 60_000, projects } });
