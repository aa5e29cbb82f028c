import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const runtimeInstalled = existsSync(path.join(root, 'node_modules/electron/path.txt'));
if (runtimeInstalled) {
  console.info('Skipping the npm start fallback test: an Electron runtime is installed, so npm start opens the desktop app.');
}

describe('npm start without the Electron runtime', () => {
  let config: string;

  beforeEach(async () => {
    config = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-start-'));
  });
  afterEach(async () => {
    await rm(config, { recursive: true, force: true });
  });

  it.skipIf(runtimeInstalled)(
    'says so in one line, starts the browser shell on the default library folder, and exits 0 on SIGTERM',
    async () => {
      const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
        cwd: root,
        env: { ...process.env, XDG_CONFIG_HOME: config, HOME: config },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const firstLine = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`start exited (${code}): ${stderr}`)));
      });
      expect(firstLine).toMatch(/^Briefdesk is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
      expect(
        stderr
          .trim()
          .split('\n')
          .filter((line) => line.includes('Electron')),
      ).toHaveLength(1);
      // The address is printed once the library's lock is held; the library finishes opening just after.
      await expect.poll(() => existsSync(path.join(config, 'Briefdesk', 'library.json')), { timeout: 20_000 }).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
    60_000,
  );
});
