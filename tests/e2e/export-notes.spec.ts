import { test, expect } from './fixtures';
import { downloadBytes, ExportPage } from './pages/export-page';
import { PreviewPage } from './pages/preview-page';
import { unzip } from './support/exported-files';

test.describe('Export tells the truth', () => {
  test('a brief with the template’s empty blocks: the notes show before the export, “Export anyway”, and the page has no empty box', async ({
    shell,
    briefdesk,
    page,
  }) => {
    const exporter = new ExportPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Grain corridor reopens');
    await briefdesk.standfirst.fill('Ships move again; insurers are not yet convinced.');
    await briefdesk.focusBodyEnd();
    await briefdesk.typeInBody('The first convoy left Odesa at dawn.');
    await briefdesk.expectSaved();

    await exporter.openExport();
    const notes = exporter.dialog.getByRole('list', { name: 'Worth a look before exporting' });
    await expect(notes.getByRole('listitem')).toContainText(["An Editor's Desk block is empty.", 'Key Takeaways has 3 empty points.']);
    await expect(
      exporter.dialog.getByText('Key Takeaways and Editor’s Desk blocks with no text are left out of the export.'),
    ).toBeVisible();
    const anyway = exporter.dialog.getByRole('button', { name: 'Export anyway', exact: true });
    await expect(anyway).toBeVisible();

    await exporter.format('HTML page').check();
    const downloading = page.waitForEvent('download');
    await anyway.click();
    const html = (await downloadBytes(await downloading)).bytes.toString('utf8');
    expect(html).toContain('The first convoy left Odesa at dawn.');
    expect(html).not.toContain('Strategic Analysis');
    expect(html).not.toMatch(/class="[^"]*(key-takeaways|editors-desk)/);
  });

  test('the “Exported from Briefdesk” line is a setting: turned off, the exported page, Preview and a bulk export end without it', async ({
    shell,
    briefdesk,
    page,
  }) => {
    const exporter = new ExportPage(page);
    const preview = new PreviewPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief('Port strike ends');
    await briefdesk.focusBodyEnd();
    await briefdesk.typeInBody('Dockers return on Monday.');
    await briefdesk.expectSaved();
    // On by default: Preview shows the line.
    await preview.previewButton.click();
    await expect(preview.previewFrame.locator('footer.colophon')).toContainText('Exported from Briefdesk');
    await preview.closePreviewButton.click();

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    const line = settings.getByRole('checkbox', { name: 'End exported pages with “Exported from Briefdesk”' });
    await expect(line).toBeChecked();
    await line.uncheck();
    await settings.getByRole('button', { name: 'Close', exact: true }).click();

    const file = await exporter.exportAs('HTML page');
    const html = file.bytes.toString('utf8');
    expect(html).toContain('Port strike ends');
    expect(html).not.toContain('Exported from');

    await preview.previewButton.click();
    await expect(preview.previewFrame.getByRole('heading', { level: 1 })).toHaveText('Port strike ends');
    await expect(preview.previewFrame.locator('footer')).toHaveCount(0);
    await preview.closePreviewButton.click();

    await exporter.openBulkExport();
    const zip = await exporter.startAndDownload();
    const entries = unzip(zip.bytes);
    expect([...entries.keys()].sort()).toEqual(['index.html', 'port-strike-ends.html']);
    for (const [name, bytes] of entries) {
      expect(bytes.toString('utf8'), name).toContain('Port strike ends');
      expect(bytes.toString('utf8'), name).not.toContain('Exported from');
    }
  });
});
