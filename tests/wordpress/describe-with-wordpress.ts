import { describe, inject, it } from 'vitest';
import type { WordPressSiteInfo } from './wordpress-site';

/**
 * A describe block of tests against the run's WordPress site (started once
 * by global-setup.ts). Without a site — only with BRIEFDESK_SKIP_WORDPRESS=1
 * on a machine without WordPress, which the global setup refuses where CI is
 * set — the block is one skipped test that says why, never a silent skip.
 */
export function describeWithWordPress(name: string, body: (site: WordPressSiteInfo) => void): void {
  const site = inject('wordpress');
  if (site !== null) {
    describe(name, () => body(site));
    return;
  }
  if (process.env.CI) throw new Error(`${name}: CI must run the WordPress tests, but no WordPress site was started.`);
  describe(name, () => {
    it.skip('skipped: BRIEFDESK_SKIP_WORDPRESS=1 (no WordPress on this machine; .ci/run installs it)', () => undefined);
  });
}
