import { test, expect } from './fixtures';
import { briefOnDisk, onlyBriefId, RecoveryPage, recoveryFiles } from './pages/recovery-page';

const HEADLINE = 'Harbour pilots warn of winter delays';
const TYPED = 'Pilots at the eastern harbour say the new rota leaves too few crews for the storm season.';

/** A brief saved with HEADLINE, then TYPED into its body while saves are held, kept by the stash, then the window crashes. */
async function typeThenCrash(first: RecoveryPage): Promise<void> {
  await first.createBrief(HEADLINE);
  await first.holdSaves();
  await first.focusBodyEnd();
  const stashed = first.stashContaining('storm season.');
  await first.typeInBody(TYPED);
  await stashed;
  await expect(first.saveStatus).toHaveText('Saving…');
  await first.crash();
}

test('typing that never reached a save survives a renderer crash, and Recover brings it back', async ({ context, shell, dataDir }) => {
  const first = new RecoveryPage(await context.newPage());
  await first.open(shell);
  await typeThenCrash(first);
  const id = await onlyBriefId(dataDir);
  expect(JSON.stringify((await briefOnDisk(dataDir, id)).body)).not.toContain('storm season');

  const again = new RecoveryPage(await context.newPage());
  await again.open(shell);
  await expect(again.headline).toHaveValue(HEADLINE);
  await expect(again.recoveryNotice).toContainText('Briefdesk kept unsaved changes to this brief from');
  await expect(again.body).not.toContainText('storm season');

  await again.recoverButton.click();
  await expect(again.body).toContainText(TYPED);
  await expect(again.recoveryNotice).toBeHidden();
  await expect(again.toast).toContainText('Recovered your unsaved changes from');
  await again.expectSaved();
  expect(JSON.stringify((await briefOnDisk(dataDir, id)).body)).toContain('storm season.');
  expect(await recoveryFiles(dataDir)).toEqual([]);

  await again.reload();
  await expect(again.body).toContainText(TYPED);
  await expect(again.recoveryNotice).toBeHidden();
});

test('Discard forgets the kept changes: the brief stays as saved and nothing is offered again', async ({ context, shell, dataDir }) => {
  const first = new RecoveryPage(await context.newPage());
  await first.open(shell);
  await typeThenCrash(first);
  expect(await recoveryFiles(dataDir)).toHaveLength(1);

  const again = new RecoveryPage(await context.newPage());
  await again.open(shell);
  await expect(again.recoveryNotice).toBeVisible();
  await again.discardButton.click();
  await expect(again.recoveryNotice).toBeHidden();
  await expect(again.body).not.toContainText('storm season');
  await expect.poll(() => recoveryFiles(dataDir)).toEqual([]);

  await again.reload();
  await expect(again.headline).toHaveValue(HEADLINE);
  await expect(again.recoveryNotice).toBeHidden();
});

test('edits that were saved leave nothing to recover', async ({ context, shell, dataDir }) => {
  const first = new RecoveryPage(await context.newPage());
  await first.open(shell);
  await first.createBrief(HEADLINE);
  await first.focusBodyEnd();
  await first.typeInBody(TYPED);
  await first.expectSaved();
  await expect.poll(() => recoveryFiles(dataDir)).toEqual([]);
  await first.crash();

  const again = new RecoveryPage(await context.newPage());
  await again.open(shell);
  await expect(again.body).toContainText(TYPED);
  await expect(again.recoveryNotice).toBeHidden();
});
