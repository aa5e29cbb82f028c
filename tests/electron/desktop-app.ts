import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/** A running Briefdesk desktop app on its own library and Chromium profile, torn down by close(). */
export class DesktopApp {
  private constructor(
    readonly app: ElectronApplication,
    readonly window: Page,
    readonly libraryDir: string,
    private readonly tempDir: string,
  ) {}

  /** Launches the built app (package.json "main": dist/desktop/main.js). */
  static async launch(executable: string): Promise<DesktopApp> {
    const tempDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-electron-'));
    const libraryDir = path.join(tempDir, 'library');
    const args = [root, `--user-data-dir=${path.join(tempDir, 'profile')}`];
    // Chromium refuses to run as root without this (CI runs as root).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    const app = await _electron.launch({
      executablePath: executable,
      args,
      env: { ...env, BRIEFDESK_DATA_DIR: libraryDir, NODE_ENV: 'production' },
      timeout: 60_000,
    });
    const window = await app.firstWindow();
    return new DesktopApp(app, window, libraryDir, tempDir);
  }

  /** Quits the app the way a user would (the library is written and closed first). */
  async quit(): Promise<void> {
    await this.app.evaluate(({ app }) => app.quit());
    await this.app.waitForEvent('close').catch(() => undefined);
  }

  async dispose(): Promise<void> {
    await this.app.close().catch(() => undefined);
    await rm(this.tempDir, { recursive: true, force: true });
  }
}
