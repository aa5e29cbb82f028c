import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { WebShell } from './web-shell';

interface Fixtures {
  /** A fresh, empty library folder for this test. */
  dataDir: string;
  /** The browser shell, started on `dataDir`, stopped after the test. */
  shell: WebShell;
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
});

export { expect } from '@playwright/test';
