import { test, expect } from './fixtures';
import { readBriefFiles } from './support/library-files';

/** About 5,000 characters of a report, in sentences and paragraphs, as an analyst might paste by mistake. */
function longReport(): string {
  const paragraphs: string[] = [];
  for (let index = 1; paragraphs.join('\n\n').length < 5000; index += 1)
    paragraphs.push(
      `Paragraph ${index}: grain shipments through the strait fell for a third week, and insurers raised war-risk premiums again.`,
    );
  return paragraphs.join('\n\n').slice(0, 5000);
}

test.describe('Field limits', () => {
  test('a 5,000-character headline paste keeps 400 characters, says the headline is full, and keeps the rest to copy', async ({
    shell,
    briefdesk,
    page,
    context,
    dataDir,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(shell.url).origin });
    await briefdesk.open(shell);
    await briefdesk.createBrief('Shipping: ');
    const report = longReport();
    expect(report).toHaveLength(5000);
    await page.evaluate((text) => navigator.clipboard.writeText(text), report);
    await briefdesk.headline.press('End');
    await briefdesk.headline.press('ControlOrMeta+V');

    // The headline is one line: the paste's line breaks become spaces before it is measured.
    const oneLine = report.replace(/[\r\n]+/g, ' ');
    const kept = oneLine.slice(0, 400 - 'Shipping: '.length);
    await expect(briefdesk.headline).toHaveValue(`Shipping: ${kept}`);
    await expect(page.getByText('The headline is full: 400 characters at most.')).toBeVisible();
    const rest = page.getByRole('textbox', { name: 'Text that did not fit in the headline' });
    await expect(rest).toHaveValue(oneLine.slice(kept.length));
    await expect(
      page.getByText(`${(oneLine.length - kept.length).toLocaleString('en')} characters did not fit in the headline (at most 400)`),
    ).toBeVisible();

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(oneLine.slice(kept.length));

    await briefdesk.expectSaved();
    const [file] = await readBriefFiles(dataDir);
    expect(file?.brief.headline).toBe(`Shipping: ${kept}`);

    // One undo takes the paste back, as it would for a paste that fitted.
    await briefdesk.headline.press('ControlOrMeta+Z');
    await expect(briefdesk.headline).toHaveValue('Shipping: ');
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(rest).toHaveCount(0);
  });

  test('the headline counts from 80 % of its limit', async ({ shell, briefdesk, page }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief('x'.repeat(319));
    await expect(page.getByText('/ 400 characters')).toHaveCount(0);
    await briefdesk.headline.press('End');
    await briefdesk.headline.pressSequentially('y');
    await expect(page.getByText('320 / 400 characters')).toBeVisible();
    await expect(briefdesk.headline).toHaveAccessibleDescription('320 / 400 characters');
  });

  test('a tag over its limit is named and kept in the field, never cut', async ({ shell, briefdesk, page }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief('Tags');
    const long = `${'maritime-insurance-'.repeat(5)}premiums`;
    await briefdesk.tags.fill(`shipping, ${long}`);
    await briefdesk.tags.blur();
    await expect(briefdesk.tags).toHaveValue(`shipping, ${long}`);
    await expect(page.getByRole('alert')).toContainText('Not saved, longer than 80 characters');
    await expect(briefdesk.savedTags.getByRole('listitem')).toHaveText(['shipping']);
  });
});
