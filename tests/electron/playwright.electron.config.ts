import { defineConfig } from '@playwright/test';

/** The desktop app's own tests (Playwright _electron); they skip where the Electron runtime is absent. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  outputDir: '../../test-results/electron',
  use: { trace: 'retain-on-first-failure' },
});
