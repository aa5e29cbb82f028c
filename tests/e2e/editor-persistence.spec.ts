import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import type { BriefdeskPage, HeaderFields, HeroFields } from './pages/briefdesk-page';
import { assetFilePath, readBriefFiles } from './support/library-files';
import { PNG_4X3, PNG_4X3_BASE64, writePngFile } from './support/test-images';

const header: HeaderFields = {
  section: 'Middle East',
  headline: 'Gulf states weigh an energy pact with Tehran',
  standfirst: 'Quiet talks in Muscat could reshape oil flows through Hormuz. Here is what each side wants.',
  byline: 'Leila Haddad, Gulf analyst',
  tags: 'energy, Gulf, diplomacy',
  status: 'review',
};

const hero: HeroFields = {
  alt: 'Tankers at anchor off the Omani coast at dawn',
  caption: 'Tankers wait outside Muscat, March 2025.',
  credit: 'Photo: A. Rahman / Gulf Wire',
};

const LINK = 'https://example.org/report';

/** The body as the accessibility tree sees it — and so its HTML: h2, strong, em, ul>li×2, blockquote, a[href]. */
const BODY_SNAPSHOT = `
- textbox "Body":
  - /children: contain
  - heading "Why it matters" [level=2]
  - paragraph:
    - text: Talks in
    - strong: Muscat
    - text: after
    - emphasis: months
    - text: .
  - list:
    - listitem:
      - paragraph: Oil
    - listitem:
      - paragraph: Shipping
  - blockquote:
    - paragraph: We are ready.
  - paragraph:
    - text: Read the
    - link "report":
      - /url: ${LINK}
  - paragraph
`;

/** Writes the body with the toolbar and the keyboard, the way an analyst does. */
async function writeBody(briefdesk: BriefdeskPage): Promise<void> {
  const keyboard = briefdesk.page.keyboard;
  await briefdesk.focusBodyEnd();
  await briefdesk.formatButton('Heading 2').click();
  await briefdesk.typeInBody('Why it matters');
  await keyboard.press('Enter');

  await briefdesk.typeInBody('Talks in ');
  await keyboard.press('Control+B');
  await briefdesk.typeInBody('Muscat');
  await keyboard.press('Control+B');
  await briefdesk.typeInBody(' after ');
  await keyboard.press('Control+I');
  await briefdesk.typeInBody('months');
  await keyboard.press('Control+I');
  await briefdesk.typeInBody('.');
  await keyboard.press('Enter');

  await briefdesk.formatButton('Bullet list').click();
  await briefdesk.typeInBody('Oil');
  await keyboard.press('Enter');
  await briefdesk.typeInBody('Shipping');
  await keyboard.press('Enter');
  await keyboard.press('Enter'); // an empty item ends the list

  await briefdesk.formatButton('Block quote').click();
  await briefdesk.typeInBody('We are ready.');
  await keyboard.press('Enter');
  await briefdesk.formatButton('Block quote').click(); // out of the quote again

  await briefdesk.typeInBody('Read the report');
  await briefdesk.selectCharactersBefore('report'.length);
  await briefdesk.addLink(LINK);
}

async function expectEverythingShown(briefdesk: BriefdeskPage): Promise<void> {
  await expect(briefdesk.section).toHaveValue(header.section);
  await expect(briefdesk.headline).toHaveValue(header.headline);
  await expect(briefdesk.standfirst).toHaveValue(header.standfirst);
  await expect(briefdesk.byline).toHaveValue(header.byline);
  await expect(briefdesk.tags).toHaveValue(header.tags);
  await expect(briefdesk.savedTags.getByRole('listitem')).toHaveText(['energy', 'Gulf', 'diplomacy']);
  await expect(briefdesk.status).toHaveValue(header.status);

  const heroImage = briefdesk.heroImage(hero.alt);
  await expect(heroImage).toBeVisible();
  await expect.poll(() => briefdesk.naturalWidth(heroImage)).toBe(4);
  await expect(briefdesk.heroAlt).toHaveValue(hero.alt);
  await expect(briefdesk.heroCaption).toHaveValue(hero.caption);
  await expect(briefdesk.heroCredit).toHaveValue(hero.credit);

  await expect(briefdesk.body).toMatchAriaSnapshot(BODY_SNAPSHOT);
}

test('a brief written in full comes back exactly after the server restarts', async ({
  shell,
  launchShell,
  dataDir,
  briefdesk,
}, testInfo) => {
  const heroFile = await writePngFile(testInfo.outputPath('tankers.png'));
  let bodyHtml = '';

  await test.step('write the brief: header, hero image, formatted body', async () => {
    await briefdesk.open(shell);
    await briefdesk.createBrief();
    await briefdesk.fillHeader(header);
    await briefdesk.chooseHeroImage(heroFile);
    await expect(briefdesk.removeHeroButton).toBeVisible();
    await briefdesk.fillHeroFields(hero);
    await writeBody(briefdesk);
    await briefdesk.expectSaved();
    await expectEverythingShown(briefdesk);
    bodyHtml = await briefdesk.body.innerHTML();
  });

  await test.step('restart the server on the same library', async () => {
    expect(await shell.stop('SIGTERM')).toBe(0);
    const restarted = await launchShell();
    await briefdesk.open(restarted);
    await briefdesk.openBrief(header.headline);
  });

  await test.step('every field and the body are back exactly', async () => {
    await expectEverythingShown(briefdesk);
    expect(await briefdesk.body.innerHTML()).toBe(bodyHtml);
  });

  await test.step('the file holds the text and a reference to assets/<sha256>.png, not the image', async () => {
    const files = await readBriefFiles(dataDir);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.text).toContain(header.headline);
    expect(file?.brief.tags).toEqual(['energy', 'Gulf', 'diplomacy']);
    const assetId = `${createHash('sha256').update(PNG_4X3).digest('hex')}.png`;
    expect(file?.brief.hero).toEqual({ asset: assetId, ...hero });
    expect(file?.text).not.toContain(PNG_4X3_BASE64);
    expect(file?.text).not.toContain('iVBORw0KGgo'); // the start of any base64 PNG
    expect(file?.text).not.toMatch(/data:image/);
    expect(existsSync(assetFilePath(dataDir, assetId))).toBe(true);
    expect(await readFile(assetFilePath(dataDir, assetId))).toEqual(PNG_4X3);
  });
});
