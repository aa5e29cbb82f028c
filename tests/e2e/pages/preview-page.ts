import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** Preview's views, by accessible name. */
export type PreviewViewName = 'Light' | 'Dark' | 'Print';
/** Export's formats, by accessible name. */
export type ExportFormatName = 'HTML page' | 'JSON (lossless)';

/** The Preview and Export dialogs of the open brief; selectors by role and accessible name. */
export class PreviewPage {
  readonly previewButton: Locator;
  readonly exportButton: Locator;
  readonly preview: Locator;
  readonly closePreviewButton: Locator;
  readonly previewFrameElement: Locator;
  /** The exported page inside the preview's sandboxed frame. */
  readonly previewFrame: FrameLocator;
  readonly exportDialog: Locator;
  readonly exportSubmit: Locator;
  readonly exportError: Locator;

  constructor(readonly page: Page) {
    const editor = page.getByRole('main', { name: 'Brief editor' });
    this.previewButton = editor.getByRole('button', { name: 'Preview', exact: true });
    this.exportButton = editor.getByRole('button', { name: 'Export', exact: true });
    this.preview = page.getByRole('dialog', { name: 'Preview', exact: true });
    this.closePreviewButton = this.preview.getByRole('button', { name: 'Close preview' });
    this.previewFrameElement = this.preview.locator('iframe');
    this.previewFrame = this.preview.frameLocator('iframe');
    this.exportDialog = page.getByRole('dialog', { name: 'Export brief', exact: true });
    this.exportSubmit = this.exportDialog.getByRole('button', { name: /^Export( anyway)?$/ });
    this.exportError = this.exportDialog.getByRole('alert');
  }

  /** A view of the preview (radio in the "View" group). */
  view(name: PreviewViewName): Locator {
    return this.preview.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name, exact: true });
  }

  /** A format of the export dialog (radio in the "Format" group). */
  format(name: ExportFormatName): Locator {
    return this.exportDialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name, exact: true });
  }

  /** Switches the preview to a view and waits until it is the checked one. */
  async showView(name: PreviewViewName): Promise<void> {
    await this.view(name).check();
    await expect(this.view(name)).toBeChecked();
  }

  /** The computed background colour of the previewed page's body. */
  async pageBackground(): Promise<string> {
    return this.previewFrame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  }

  /** Export in a format and return the download's file name and text. */
  async exportAs(format: ExportFormatName): Promise<{ fileName: string; text: string }> {
    await expect(this.exportDialog).toBeVisible();
    await this.format(format).check();
    const downloading = this.page.waitForEvent('download');
    await this.exportSubmit.click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
