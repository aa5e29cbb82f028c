import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { BriefdeskPage } from './pages/briefdesk-page';
import { WebShell } from './web-shell';

interface Fixtures {
  /** A fresh, empty library folder for this test. */
  dataDir: string;
  /** The browser shell, started on `dataDir`, stopped after the test. */
  shell: WebShell;
  /**
   * Starts another browser shell on `dataDir` (after the test stopped the
   * previous one: a library has one writer at a time); stopped after the test.
   */
  launchShell: () => Promise<WebShell>;
  /** The Briefdesk screen in this test's page. */
  briefdesk: BriefdeskPage;
}

export const test = base.extend<Fixtures>({
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  shell: async ({ dataDir }, use) => {
    const shell = await WebShell.start(dataDir);
    await use(shell);
    await shell.stop();
  },
  launchShell: async ({ dataDir }, use) => {
    const launched: WebShell[] = [];
    await use(async () => {
      const shell = await WebShell.start(dataDir);
      launched.push(shell);
      return shell;
    });
    for (const shell of launched) await shell.stop();
  },
  briefdesk: async ({ page }, use) => {
    await use(new BriefdeskPage(page));
  },
});

export { expect } from '@playwright/test';
