import { test, expect } from './fixtures';
import { findBriefFile } from './support/library-files';
import { writePngFile, writeTextAsPngFile } from './support/test-images';

const HEADLINE = 'Kuwait reshuffles its cabinet again';

test('a non-image chosen as hero is refused with a clear message, and a real image works afterwards', async ({
  shell,
  dataDir,
  briefdesk,
}, testInfo) => {
  const notAnImage = await writeTextAsPngFile(testInfo.outputPath('notes.png'));
  const image = await writePngFile(testInfo.outputPath('cabinet.png'));
  await briefdesk.open(shell);
  await briefdesk.createBrief(HEADLINE);

  await briefdesk.chooseHeroImage(notAnImage);
  await expect(briefdesk.heroError).toContainText(/notes\.png. is not an image Briefdesk can use \(PNG, JPEG, GIF, WebP or AVIF\)/);
  await expect(briefdesk.removeHeroButton).toHaveCount(0);
  await briefdesk.expectSaved();

  await briefdesk.reload();
  await expect(briefdesk.headline).toHaveValue(HEADLINE);
  await expect(briefdesk.removeHeroButton).toHaveCount(0);
  await expect(briefdesk.heroAlt).toHaveCount(0);
  expect((await findBriefFile(dataDir, HEADLINE))?.brief.hero).toBeNull();

  await briefdesk.chooseHeroImage(notAnImage);
  await expect(briefdesk.heroError).toBeVisible();
  await briefdesk.chooseHeroImage(image);
  await expect(briefdesk.heroError).toHaveCount(0);
  await briefdesk.heroAlt.fill('The cabinet in session');
  const hero = briefdesk.heroImage('The cabinet in session');
  await expect(hero).toBeVisible();
  await expect.poll(() => briefdesk.naturalWidth(hero)).toBe(4);
  await briefdesk.expectSaved();
  await expect.poll(async () => (await findBriefFile(dataDir, HEADLINE))?.brief.hero?.alt).toBe('The cabinet in session');
});
