import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { methodNames } from '../../shared/api/contract';
import { DesktopApp } from './desktop-app';
import { findElectronRuntime } from './electron-runtime';

const runtime = findElectronRuntime();

test.describe('Briefdesk desktop app', () => {
  test.skip('skipReason' in runtime, 'skipReason' in runtime ? runtime.skipReason : '');

  let desktop: DesktopApp | null = null;

  test.beforeEach(async () => {
    if ('executable' in runtime) desktop = await DesktopApp.launch(runtime.executable);
  });

  test.afterEach(async () => {
    await desktop?.dispose();
    desktop = null;
  });

  test('creates a brief, saves its headline, and keeps it after quitting', async () => {
    if (!desktop) throw new Error('the app did not start');
    const page = desktop.window;
    await expect(page).toHaveURL('briefdesk://app/index.html');
    await expect(page).toHaveTitle(/Briefdesk/);

    await page.getByRole('button', { name: /New brief/ }).click();
    const headline = page.getByRole('textbox', { name: 'Headline' });
    await expect(headline).toBeFocused();
    await headline.pressSequentially('Grid operators brace for a winter of tight margins');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    await desktop.quit();
    const articlesDir = path.join(desktop.libraryDir, 'articles');
    const files = (await readdir(articlesDir)).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(1);
    const saved = await readFile(path.join(articlesDir, files[0] ?? ''), 'utf8');
    expect(saved).toContain('Grid operators brace for a winter of tight margins');
  });

  test('gives the page the contract and nothing of Node', async () => {
    if (!desktop) throw new Error('the app did not start');
    const exposed = await desktop.window.evaluate(() => ({
      bridge: Object.keys(window.briefdesk ?? {}).sort(),
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
    }));
    expect(exposed).toEqual({ bridge: [...methodNames].sort(), hasRequire: false, hasProcess: false });
    const info = await desktop.window.evaluate(() => window.briefdesk?.getAppInfo({}));
    expect(info).toMatchObject({ ok: true, value: { shell: 'desktop', dataDir: desktop.libraryDir } });
  });
});
