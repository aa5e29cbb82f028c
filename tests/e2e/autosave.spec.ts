import { test, expect } from './fixtures';

const HEADLINE = 'Qatar opens a new mediation channel';

test('typing in the headline saves by itself, and a reload right after "Saved" shows it', async ({ shell, briefdesk }) => {
  await briefdesk.open(shell);
  await briefdesk.createBrief();

  await briefdesk.headline.pressSequentially(HEADLINE);
  await expect(briefdesk.saveStatus).toHaveText('Saving…');
  await expect(briefdesk.saveStatus).toHaveText('Saved', { timeout: 5000 });

  await briefdesk.reload();
  await expect(briefdesk.headline).toHaveValue(HEADLINE);
  await expect(briefdesk.briefItem(HEADLINE)).toBeVisible();
});

test('a failing write shows the error, keeps the text, and saving resumes when the disk recovers', async ({
  shell,
  briefdesk,
  dataDir,
}) => {
  const { mkdir, readdir, readFile, rm } = await import('node:fs/promises');
  const path = await import('node:path');
  await briefdesk.open(shell);
  await briefdesk.createBrief();
  await briefdesk.headline.fill('Before the fault');
  await briefdesk.expectSaved();

  // Put a folder where the brief file goes: the durable rename over it fails.
  const [file] = (await readdir(path.join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'));
  if (!file) throw new Error('The brief file is missing');
  const briefPath = path.join(dataDir, 'articles', file);
  await rm(briefPath);
  await mkdir(briefPath);

  await briefdesk.headline.fill('Written while the disk is failing');
  await expect(briefdesk.saveStatus).toContainText('Couldn’t save');
  await expect(briefdesk.saveStatus).toContainText('Retrying');
  await expect(briefdesk.headline).toHaveValue('Written while the disk is failing');

  await rm(briefPath, { recursive: true });
  await expect(briefdesk.saveStatus).toHaveText('Saved', { timeout: 20_000 });
  const onDisk: unknown = JSON.parse(await readFile(briefPath, 'utf8'));
  expect(onDisk).toMatchObject({ headline: 'Written while the disk is failing' });
});
