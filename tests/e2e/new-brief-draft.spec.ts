import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures';
import { BriefdeskPage } from './pages/briefdesk-page';
import { RecoveryPage } from './pages/recovery-page';
import { readBriefFiles } from './support/library-files';
import { BriefdeskApi } from './support/briefdesk-api';
import { WebShell } from './web-shell';

const KEPT = 'Grain corridor reopens after talks';
const TYPED_HEADLINE = 'Ferry operators add winter sailings';

/** The names in a folder of the library, or [] when it does not exist. */
async function namesIn(dataDir: string, folder: string): Promise<string[]> {
  return readdir(path.join(dataDir, folder)).catch(() => []);
}

/** New brief, its headline focused and empty, the status saying it is not on disk. */
async function startNewBrief(briefdesk: BriefdeskPage, how: 'button' | 'keys'): Promise<void> {
  if (how === 'button') await briefdesk.newBriefButton.click();
  else await briefdesk.page.keyboard.press('Control+Alt+N');
  await expect(briefdesk.headline).toBeFocused();
  await expect(briefdesk.headline).toHaveValue('');
  await expect(briefdesk.saveStatus).toHaveText('Not saved yet');
}

test.describe('a new brief reaches the disk with its first change', () => {
  test('New brief, then leaving it for another brief: no file, no row, nothing after a reload', async ({ shell, briefdesk, dataDir }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief(KEPT);
    await startNewBrief(briefdesk, 'button');
    await expect(briefdesk.briefItems).toHaveCount(1);

    await briefdesk.openBrief(KEPT);
    await briefdesk.reload();
    await expect(briefdesk.briefItems).toHaveCount(1);
    await expect(briefdesk.briefItem(KEPT)).toBeVisible();
    const files = await readBriefFiles(dataDir);
    expect(files.map((file) => file.brief.headline)).toEqual([KEPT]);
    expect(await namesIn(dataDir, 'recovery')).toEqual([]);
    for (const name of await namesIn(dataDir, 'revisions')) expect(files.map((file) => file.id)).toContain(name);
  });

  test('Ctrl+Alt+N twice with nothing typed, the Trash and the desk blocks looked at, then a reload: still no file', async ({
    shell,
    briefdesk,
    dataDir,
  }) => {
    await briefdesk.open(shell);
    await startNewBrief(briefdesk, 'keys');
    await startNewBrief(briefdesk, 'keys');
    await briefdesk.showTrash();
    await expect(briefdesk.briefItems).toHaveCount(0);
    await briefdesk.showBriefs();
    await briefdesk.openDeskLibrary();
    await briefdesk.closeDeskLibrary();
    await expect(briefdesk.saveStatus).toHaveText('Not saved yet');
    await briefdesk.reload();
    await expect(briefdesk.page.getByRole('button', { name: 'New brief', exact: true }).first()).toBeVisible();
    await expect(briefdesk.briefItems).toHaveCount(0);
    expect(await readBriefFiles(dataDir)).toEqual([]);
  });

  test('typing a headline writes the file with it, and the row appears', async ({ shell, briefdesk, dataDir }) => {
    await briefdesk.open(shell);
    await startNewBrief(briefdesk, 'button');
    await briefdesk.headline.pressSequentially(TYPED_HEADLINE);
    await briefdesk.expectSaved();
    await expect(briefdesk.briefItem(TYPED_HEADLINE)).toBeVisible();
    await expect.poll(async () => (await readBriefFiles(dataDir)).map((file) => file.brief.headline)).toEqual([TYPED_HEADLINE]);
    // Focus stayed in the headline through the first save.
    await expect(briefdesk.headline).toBeFocused();
  });

  test('a word typed into the body without a pause survives a SIGKILL of the shell: Recover brings it back', async ({
    context,
    dataDir,
    launchShell,
  }) => {
    const shell = await WebShell.start(dataDir);
    const first = new RecoveryPage(await context.newPage());
    await first.page.clock.install();
    await first.open(shell);
    await startNewBrief(first, 'keys');
    await first.body.click();
    // With the page's timers stopped, the first keystroke still reaches the disk: it waits for no autosave pause.
    await first.page.clock.pauseAt(Date.now() + 60_000);
    await first.page.keyboard.type('L');
    await expect.poll(async () => JSON.stringify((await readBriefFiles(dataDir))[0]?.brief.body ?? null)).toContain('"L"');
    await first.page.clock.resume();
    // Typing never pauses long enough for the autosave: only the first change's save and the kept edits reach the disk.
    const kept = first.page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/stashDraft') && response.ok() && (response.request().postData() ?? '').includes('Lighthouse'),
      { timeout: 15_000 },
    );
    const typing = first.body.pressSequentially('ighthouse keepers stay on through the winter', { delay: 80 });
    await kept;
    await shell.stop('SIGKILL');
    await typing;
    await first.page.close();

    const again = new RecoveryPage(await context.newPage());
    await again.open(await launchShell());
    await expect(again.briefItems).toHaveCount(1);
    await expect(again.recoveryNotice).toBeVisible();
    await again.recoverButton.click();
    await expect(again.body).toContainText('Lighthouse');
    await again.expectSaved();
    expect(JSON.stringify((await readBriefFiles(dataDir))[0]?.brief.body)).toContain('Lighthouse');
  });

  test('Delete on an untouched new brief discards it; Ctrl+S keeps an untouched one on purpose', async ({
    shell,
    briefdesk,
    dataDir,
    request,
  }) => {
    await briefdesk.open(shell);
    await startNewBrief(briefdesk, 'button');
    await briefdesk.briefAction('Delete brief');
    await expect(briefdesk.page.getByText('Discarded the new brief')).toBeVisible();
    const api = new BriefdeskApi(request, shell);
    expect((await api.call('listBriefs', { trash: true, sort: 'updated', offset: 0 })).briefs).toEqual([]);

    await startNewBrief(briefdesk, 'button');
    await briefdesk.page.keyboard.press('ControlOrMeta+s');
    await briefdesk.expectSaved();
    await expect(briefdesk.briefItems).toHaveCount(1);
    expect(await readBriefFiles(dataDir)).toHaveLength(1);
  });
});
