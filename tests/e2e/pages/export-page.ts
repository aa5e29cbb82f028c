import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { startsWith } from '../support/starts-with';

/** Export's formats, by accessible name. */
export type ExportFormatLabel = 'HTML page' | 'Markdown' | 'PDF' | 'JSON (lossless)';

/** A finished download: the name the app gave it and its bytes. */
export interface DownloadedFile {
  fileName: string;
  bytes: Buffer;
}

/** The bytes of a download. */
export async function downloadBytes(download: Download): Promise<DownloadedFile> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return { fileName: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/**
 * Export of the open brief (every format, images in a folder) and Export
 * briefs from the library (which briefs, format, progress, Cancel, summary);
 * selectors by role and accessible name.
 */
export class ExportPage {
  readonly exportButton: Locator;
  readonly dialog: Locator;
  readonly imagesInFolder: Locator;
  readonly submit: Locator;
  readonly status: Locator;
  readonly error: Locator;

  readonly bulkButton: Locator;
  readonly bulkDialog: Locator;
  readonly bulkStart: Locator;
  readonly bulkImagesInFolder: Locator;
  readonly checklist: Locator;
  readonly progress: Locator;
  readonly bulkStatus: Locator;
  readonly bulkCancel: Locator;
  readonly bulkClose: Locator;
  readonly failures: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('main', { name: 'Brief editor' }).getByRole('button', { name: 'Export', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Export brief', exact: true });
    this.imagesInFolder = this.dialog.getByRole('checkbox', { name: 'Put images in a folder beside the page' });
    this.submit = this.dialog.getByRole('button', { name: /^(Export|Export anyway|Exporting…|Printing PDF…)$/ });
    this.status = this.dialog.getByRole('status');
    this.error = this.dialog.getByRole('alert');

    this.bulkButton = page.getByRole('complementary', { name: 'Library' }).getByRole('button', { name: 'Export briefs…' });
    this.bulkDialog = page.getByRole('dialog', { name: 'Export briefs', exact: true });
    this.bulkStart = this.bulkDialog.getByRole('button', { name: /^Export( \d+ briefs?)?$/ });
    this.bulkImagesInFolder = this.bulkDialog.getByRole('checkbox', { name: 'Put images in a folder beside each page' });
    this.checklist = this.bulkDialog.getByRole('group', { name: 'Briefs to export' });
    this.progress = this.bulkDialog.getByRole('progressbar', { name: 'Export progress' });
    this.bulkStatus = this.bulkDialog.getByRole('status');
    this.bulkCancel = this.bulkDialog.getByRole('button', { name: 'Cancel', exact: true });
    this.bulkClose = this.bulkDialog.getByRole('button', { name: 'Close', exact: true });
    this.failures = this.bulkDialog.getByRole('region', { name: startsWith('Not exported') });
  }

  /** A format of the Export dialog. */
  format(name: ExportFormatLabel): Locator {
    return this.dialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name, exact: true });
  }

  async openExport(): Promise<void> {
    await this.exportButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Export in a format (HTML optionally with its images in a folder); resolves with the download. */
  async exportAs(format: ExportFormatLabel, options: { imagesInFolder?: boolean } = {}): Promise<DownloadedFile> {
    await this.openExport();
    await this.format(format).check();
    if (options.imagesInFolder !== undefined) await this.imagesInFolder.setChecked(options.imagesInFolder);
    const downloading = this.page.waitForEvent('download');
    await this.submit.click();
    const file = await downloadBytes(await downloading);
    await expect(this.dialog).toBeHidden();
    return file;
  }

  // ── Export briefs ──────────────────────────────────────────────────────

  /** Which briefs: "All briefs (N)", "The filtered list (M)" or "Choose briefs…" (by the start of its name). */
  scope(name: 'All briefs' | 'The filtered list' | 'Choose briefs…'): Locator {
    return this.bulkDialog.getByRole('radiogroup', { name: 'Briefs' }).getByRole('radio', { name: startsWith(name) });
  }

  bulkFormat(name: ExportFormatLabel): Locator {
    return this.bulkDialog.getByRole('radiogroup', { name: 'Format' }).getByRole('radio', { name, exact: true });
  }

  /** A brief's checkbox in "Choose briefs…", by its headline. */
  briefCheckbox(headline: string): Locator {
    return this.checklist.getByRole('checkbox', { name: headline, exact: true });
  }

  async openBulkExport(): Promise<void> {
    await this.bulkButton.click();
    await expect(this.bulkDialog).toBeVisible();
  }

  /** Starts the export with the choices made and resolves with the zip once it downloads. */
  async startAndDownload(): Promise<DownloadedFile> {
    const downloading = this.page.waitForEvent('download');
    await this.bulkStart.click();
    return downloadBytes(await downloading);
  }
}
