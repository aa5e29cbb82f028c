import { test, expect } from './fixtures';
import { briefOnDisk, onlyBriefId, RecoveryPage, revisionsOnDisk } from './pages/recovery-page';

const HEADLINE = 'Ferry operators split over the new timetable';
const FROM_A = 'The northern operators accepted the timetable after a late concession on night crossings.';
const FROM_B = 'Smaller operators on the southern routes still refuse to sign.';

/** Window A makes a brief; window B opens the same library and shows it. */
async function twoWindows(context: import('@playwright/test').BrowserContext, shell: import('./web-shell').WebShell) {
  const a = new RecoveryPage(await context.newPage());
  await a.open(shell);
  await a.createBrief(HEADLINE);
  const b = new RecoveryPage(await context.newPage());
  await b.open(shell);
  await expect(b.headline).toHaveValue(HEADLINE);
  return { a, b };
}

test('a window with nothing unsaved follows what another window saves, cursor kept', async ({ context, shell }) => {
  const { a, b } = await twoWindows(context, shell);
  await b.headline.focus();
  await b.headline.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(6, 6));

  await a.focusBodyEnd();
  await a.typeInBody(FROM_A);
  await a.expectSaved();

  await expect(b.body).toContainText(FROM_A);
  await expect(b.changedNotice).toBeHidden();
  await expect(b.headline).toBeFocused();
  expect(await b.headline.evaluate((field: HTMLTextAreaElement) => [field.selectionStart, field.selectionEnd])).toEqual([6, 6]);

  // And back: B edits, A follows.
  await b.page.keyboard.type('Bay ');
  await b.expectSaved();
  await expect(a.headline).toHaveValue(`Ferry Bay operators split over the new timetable`);
  await expect(a.body).toContainText(FROM_A);
  await expect(a.changedNotice).toBeHidden();
});

test('a window with unsaved edits is told plainly; Reload keeps its edits as a revision', async ({ context, shell, dataDir }) => {
  const { a, b } = await twoWindows(context, shell);
  const id = await onlyBriefId(dataDir);
  await b.holdSaves();
  await b.focusBodyEnd();
  await b.typeInBody(FROM_B);
  await expect(b.saveStatus).toHaveText('Saving…');

  await a.focusBodyEnd();
  await a.typeInBody(FROM_A);
  await a.expectSaved();

  await expect(b.changedNotice).toContainText('This brief was changed in another window.');
  await expect(b.body).toContainText(FROM_B);
  await expect(b.body).not.toContainText(FROM_A);

  await b.reloadItButton.click();
  await expect(b.body).toContainText(FROM_A);
  await expect(b.body).not.toContainText(FROM_B);
  await expect(b.changedNotice).toBeHidden();
  await expect(b.toast).toContainText('Your unsaved changes are kept in the brief’s history');

  const kept = (await revisionsOnDisk(dataDir, id)).filter((revision) => revision.kind === 'named');
  expect(kept).toHaveLength(1);
  expect(kept[0]?.name).toMatch(/^Unsaved changes set aside at /);
  expect(kept[0]?.text).toContain(FROM_B);
  expect(JSON.stringify((await briefOnDisk(dataDir, id)).body)).toContain(FROM_A);
});

test('Keep editing here saves this window’s edits and keeps the other version as a revision', async ({ context, shell, dataDir }) => {
  const { a, b } = await twoWindows(context, shell);
  const id = await onlyBriefId(dataDir);
  const release = await b.holdSaves();
  await b.focusBodyEnd();
  await b.typeInBody(FROM_B);

  await a.focusBodyEnd();
  await a.typeInBody(FROM_A);
  await a.expectSaved();
  await expect(b.changedNotice).toBeVisible();

  // B's held save now reaches the server: it was made on the old revision, so it is refused, not written.
  await release();
  await expect(b.saveStatus).toContainText('Couldn’t save');
  expect(JSON.stringify((await briefOnDisk(dataDir, id)).body)).not.toContain(FROM_B);

  await b.keepEditingButton.click();
  await expect(b.changedNotice).toBeHidden();
  await b.expectSaved();
  await expect(b.body).toContainText(FROM_B);
  const onDisk = JSON.stringify((await briefOnDisk(dataDir, id)).body);
  expect(onDisk).toContain(FROM_B);
  expect(onDisk).not.toContain(FROM_A);

  const kept = (await revisionsOnDisk(dataDir, id)).filter((revision) => revision.kind === 'named');
  expect(kept).toHaveLength(1);
  expect(kept[0]?.name).toMatch(/^Saved in another window, replaced at /);
  expect(kept[0]?.text).toContain(FROM_A);

  // A had nothing unsaved: it follows B.
  await expect(a.body).toContainText(FROM_B);
  await expect(a.body).not.toContainText(FROM_A);
  await expect(a.changedNotice).toBeHidden();
});
