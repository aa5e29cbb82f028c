import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs scripts/test.mjs (npm test) with `env` in place of the usual one; resolves to its exit code and output. */
function npmTest(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'scripts/test.mjs')], { cwd: root, env, timeout: 60_000 }, (error, stdout) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout });
    });
  });
}

describe('npm test on a CI machine that lacks what the tests need', () => {
  let bin: string;
  beforeEach(async () => {
    // A PATH with node alone: no java on it.
    bin = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-path-'));
    await symlink(process.execPath, path.join(bin, 'node'));
  });
  afterEach(async () => {
    await rm(bin, { recursive: true, force: true });
  });

  it('fails at once, naming each missing part and how to install it, instead of skipping its tests', async () => {
    const { code, stdout } = await npmTest({ CI: 'true', PATH: bin, HOME: os.tmpdir(), CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(code).toBe(1);
    expect(stdout).toContain('✖ Java is missing (java is not on the PATH): CI must run the Nu HTML Checker');
    expect(stdout).toContain('Install it with `apt-get install -y openjdk-17-jre-headless`');
    expect(stdout).toContain('✖ Chromium is missing (no Chromium at /nonexistent/chromium): CI must run the browser end-to-end tests');
    expect(stdout).toMatch(/Summary: 0 passed, [23] failed, 0 skipped\n$/);
    // Nothing ran: no lint, no build.
    expect(stdout).not.toContain('── Lint ──');
  });
});
