import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { BriefdeskApi } from './support/briefdesk-api';
import { briefFilePath } from './support/library-files';

const KEPT = 'Ferry timetables shrink as crews retire';
const LATER = 'A brief written after the backup';

test.describe('Library backups', () => {
  test('Back up library downloads an archive; restoring it into a new library and switching brings its briefs back', async ({
    shell,
    briefdesk,
    page,
    dataDir,
  }, testInfo) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief(KEPT);

    const backups = page.getByRole('button', { name: 'Backups', exact: true });
    await backups.click();
    await expect(backups).toHaveAttribute('aria-expanded', 'true');
    const downloading = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Back up library' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^briefdesk-backup-.+\.zip$/);
    const archive = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(archive);
    const backupDialog = page.getByRole('dialog', { name: 'Back up library' });
    await expect(backupDialog.getByRole('status')).toContainText('Backed up 1 brief');
    const entries = unzipSync(await readFile(archive));
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['manifest.json', 'library.json']));
    expect(Object.keys(entries).filter((name) => name.startsWith('articles/'))).toHaveLength(1);
    await backupDialog.getByRole('button', { name: 'Close' }).click();

    await briefdesk.createBrief(LATER);
    await expect(briefdesk.briefItem(LATER)).toBeVisible();

    await backups.click();
    await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
    const restoreDialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await restoreDialog.getByLabel('Backup file').setInputFiles(archive);
    await restoreDialog.getByRole('button', { name: 'Restore' }).click();
    await expect(restoreDialog.getByRole('status')).toContainText('was checked and restored: 1 brief');
    // Not switched yet: the library open now is unchanged, the backup is in a new folder beside it.
    expect(await readdir(path.join(dataDir, 'articles'))).toHaveLength(2);
    const base = path.basename(dataDir);
    expect((await readdir(path.dirname(dataDir))).filter((name) => name.startsWith(`${base}-restored-`))).toHaveLength(1);

    await restoreDialog.getByRole('button', { name: 'Switch to the restored library' }).click();
    await expect(briefdesk.briefItem(KEPT)).toBeVisible();
    await expect(briefdesk.briefItem(LATER)).toHaveCount(0);
    await briefdesk.waitForLibrary();
    await expect(briefdesk.briefItems).toHaveCount(1);

    const siblings = await readdir(path.dirname(dataDir));
    expect(siblings.filter((name) => name.startsWith(`${base}-restored-`))).toHaveLength(0);
    const kept = siblings.filter((name) => name.startsWith(`${base}-before-restore-`));
    expect(kept).toHaveLength(1);
    await briefdesk.openBrief(KEPT);
    for (const name of kept) await rm(path.join(path.dirname(dataDir), name), { recursive: true, force: true });
  });

  test('a file that is not a backup is refused with a clear message', async ({ shell, briefdesk, page }) => {
    await briefdesk.open(shell);
    await page.getByRole('button', { name: 'Backups', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await dialog
      .getByLabel('Backup file')
      .setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('just some notes') });
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/“notes\.zip” cannot be restored: it is not a readable zip archive/);
  });

  test('a library written by a newer Briefdesk opens read-only, with a banner saying so', async ({
    dataDir,
    launchShell,
    briefdesk,
    page,
  }) => {
    await writeFile(path.join(dataDir, 'library.json'), JSON.stringify({ schemaVersion: 4, rows: {}, damaged: [] }));
    await briefdesk.open(await launchShell());
    await expect(page.getByRole('alert')).toHaveText(
      /written by a newer version of Briefdesk \(format 4\)\. Update Briefdesk to open it\. Until then it is open read-only/,
    );
    expect(JSON.parse(await readFile(path.join(dataDir, 'library.json'), 'utf8'))).toEqual({ schemaVersion: 4, rows: {}, damaged: [] });
  });

  test('a damaged brief with a history is brought back with Restore newest good version', async ({
    shell,
    launchShell,
    dataDir,
    request,
    briefdesk,
  }) => {
    const api = new BriefdeskApi(request, shell);
    const brief = await api.createBrief({ headline: 'Tanker rates climb on longer routes' });
    await api.call('saveVersion', { id: brief.id, name: 'Before the edit' });
    await api.call('saveBrief', {
      id: brief.id,
      baseRevision: brief.revision,
      content: { ...brief, headline: 'Tanker rates climb again' },
    });
    expect(await shell.stop()).toBe(0);
    await writeFile(briefFilePath(dataDir, brief.id), '{"cut off');

    await briefdesk.open(await launchShell());
    const row = briefdesk.damagedItem(brief.id);
    await expect(row).toContainText('Not valid JSON');
    await row.getByRole('button', { name: 'Restore newest good version' }).click();
    await expect(briefdesk.briefItem('Tanker rates climb on longer routes')).toBeVisible();
    await expect(briefdesk.damagedFiles).toHaveCount(0);
    await briefdesk.openBrief('Tanker rates climb on longer routes');
  });

  test('Automatic backups: a folder typed in gets a backup at once, and the setting is kept', async ({
    shell,
    briefdesk,
    page,
    dataDir,
  }, testInfo) => {
    const folder = testInfo.outputPath('auto-backups');
    await mkdir(folder, { recursive: true });
    await briefdesk.open(shell);
    await briefdesk.createBrief('Port congestion eases before the holidays');

    await page.getByRole('button', { name: 'Backups', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Automatic backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Automatic backups' });
    await expect(dialog.getByRole('status')).toHaveText('Automatic backups are off.');
    await dialog.getByLabel('Backup folder (full path)').fill('not/a/full/path');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('“not/a/full/path” is not a full folder path.');

    await dialog.getByLabel('Backup folder (full path)').fill(folder);
    await dialog.getByLabel('Backups to keep').fill('5');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Last automatic backup: /);
    const made = await readdir(folder);
    expect(made).toEqual([expect.stringMatching(new RegExp(`^${path.basename(dataDir)}-auto-.+\\.zip$`))]);
    const entries = unzipSync(await readFile(path.join(folder, made[0] ?? '')));
    expect(Object.keys(entries).filter((name) => name.startsWith('articles/'))).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await briefdesk.reload();
    await page.getByRole('button', { name: 'Backups', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Automatic backups…' }).click();
    await expect(dialog.getByLabel('Backup folder (full path)')).toHaveValue(folder);
    await expect(dialog.getByLabel('Backups to keep')).toHaveValue('5');
  });
});
