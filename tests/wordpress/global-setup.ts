import type { TestProject } from 'vitest/node';
import { startWordPressSite, type WordPressSiteInfo } from './wordpress-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's WordPress test site, or null when skipped with BRIEFDESK_SKIP_WORDPRESS=1. */
    wordpress: WordPressSiteInfo | null;
  }
}

/**
 * Global setup of the WordPress tests: one throwaway WordPress for the whole
 * run, handed to the test files with `inject('wordpress')` and stopped at the
 * end. Missing packages fail the run with a clear message; only an explicit
 * BRIEFDESK_SKIP_WORDPRESS=1 skips (and says so), and never where CI is set.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.BRIEFDESK_SKIP_WORDPRESS === '1' && process.env.CI) {
    throw new Error('BRIEFDESK_SKIP_WORDPRESS=1 is for local runs only: CI must run the WordPress tests.');
  }
  if (process.env.BRIEFDESK_SKIP_WORDPRESS === '1') {
    process.stdout.write('WordPress tests skipped: BRIEFDESK_SKIP_WORDPRESS=1.\n');
    project.provide('wordpress', null);
    return undefined;
  }
  const started = Date.now();
  const { stop, ...info } = await startWordPressSite();
  process.stdout.write(`WordPress test site at ${info.url} (ready in ${Date.now() - started} ms).\n`);
  project.provide('wordpress', info);
  return stop;
}
