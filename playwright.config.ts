import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // One per core: three on two cores were measured slower on a quiet machine (each test 1.7× longer, the
  // run 11.4 min instead of about 10).
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // One retry on CI; none for npm run test:repeat, which looks for flaky tests.
  retries: process.env.BRIEFDESK_E2E_RETRIES ? Number(process.env.BRIEFDESK_E2E_RETRIES) : process.env.CI ? 1 : 0,
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-first-failure',
    screenshot: 'only-on-failure',
  },
});
