import { expect, type Locator, type Page } from '@playwright/test';
import { startsWith } from '../support/starts-with';

/** A file to hand to the app: its name and bytes. */
export interface FileToImport {
  name: string;
  bytes: Buffer;
  /** MIME type the browser reports (none by default, as for an unknown extension). */
  mimeType?: string;
}

/** A text file (UTF-8). */
export function textFile(name: string, text: string, mimeType = 'text/plain'): FileToImport {
  return { name, bytes: Buffer.from(text, 'utf8'), mimeType };
}

/** Files as the page can rebuild them (Buffers do not cross into the page). */
function portable(files: readonly FileToImport[]) {
  return files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64'), type: file.mimeType ?? '' }));
}

/**
 * Import: the library's Import button and drop target, the "Importing files"
 * progress dialog and the "Import results" dialog. Selectors by role and
 * accessible name.
 */
export class ImportPage {
  readonly importButton: Locator;
  /** The library list: files are dropped here. */
  readonly dropTarget: Locator;
  readonly dropHint: Locator;
  readonly progress: Locator;
  readonly progressBar: Locator;
  readonly cancelButton: Locator;
  readonly results: Locator;
  readonly resultFiles: Locator;
  readonly closeResultsButton: Locator;

  constructor(readonly page: Page) {
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.dropTarget = page.getByRole('list', { name: 'Briefs', exact: true });
    this.dropHint = page.getByText('Drop files to import', { exact: true });
    this.progress = page.getByRole('dialog', { name: 'Importing files', exact: true });
    this.progressBar = this.progress.getByRole('progressbar', { name: 'Import progress', exact: true });
    this.cancelButton = this.progress.getByRole('button', { name: 'Cancel', exact: true });
    this.results = page.getByRole('dialog', { name: 'Import results', exact: true });
    this.resultFiles = this.results.getByRole('list', { name: 'Files', exact: true });
    this.closeResultsButton = this.results.getByRole('button', { name: 'Close', exact: true });
  }

  /** Import → the system file picker → these files. */
  async chooseFiles(files: readonly FileToImport[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType ?? '', buffer: file.bytes })));
  }

  /**
   * Drags files from the system onto the library list and drops them: the
   * page gets dragenter, dragover and drop events carrying the files, as
   * when they come from a file manager.
   */
  async dropFiles(files: readonly FileToImport[]): Promise<void> {
    await this.dispatchDrag(['dragenter', 'dragover'], { files: portable(files) });
    await expect(this.dropHint).toBeVisible();
    await this.dispatchDrag(['drop'], { files: portable(files) });
  }

  /** Drags over the list without dropping: files, or (with `text`) a text selection. */
  async dragOver(content: { files: readonly FileToImport[] } | { text: string }): Promise<void> {
    await this.dispatchDrag(['dragenter', 'dragover'], 'files' in content ? { files: portable(content.files) } : content);
  }

  /** The drag leaves the list. */
  async dragLeave(files: readonly FileToImport[]): Promise<void> {
    await this.dispatchDrag(['dragleave'], { files: portable(files) });
  }

  /**
   * Drops a file of `megabytes` MB (zeros, made in the page as shared parts,
   * so nothing that big crosses over) together with `files`.
   */
  async dropHugeFileWith(name: string, megabytes: number, files: readonly FileToImport[]): Promise<void> {
    await this.dispatchDrag(['dragenter', 'dragover', 'drop'], { files: portable(files), huge: { name, megabytes } });
  }

  private async dispatchDrag(
    types: readonly string[],
    content: { files?: ReturnType<typeof portable>; text?: string; huge?: { name: string; megabytes: number } },
  ): Promise<void> {
    await this.dropTarget.evaluate(
      (target, { types: eventTypes, content: data }) => {
        const transfer = new DataTransfer();
        for (const file of data.files ?? []) {
          const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
          transfer.items.add(new File([bytes], file.name, { type: file.type }));
        }
        if (data.huge) {
          const megabyte = new Blob([new Uint8Array(1024 * 1024)]);
          const parts = Array.from({ length: data.huge.megabytes }, () => megabyte);
          transfer.items.add(new File(parts, data.huge.name, { type: 'application/octet-stream' }));
        }
        if (data.text !== undefined) transfer.setData('text/plain', data.text);
        for (const type of eventTypes) {
          target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }
      },
      { types, content },
    );
  }

  /** A file's row in the results, by file name. */
  resultRow(fileName: string): Locator {
    return this.resultFiles.getByRole('listitem', { name: fileName, exact: true });
  }

  /** The phrases listed under "Recognised" for a file. */
  recognised(fileName: string): Locator {
    return this.resultRow(fileName).getByRole('list', { name: 'Recognised', exact: true }).getByRole('listitem');
  }

  /** The warnings listed for a file. */
  warnings(fileName: string): Locator {
    return this.resultRow(fileName).getByRole('list', { name: 'Warnings', exact: true }).getByRole('listitem');
  }

  /** "Open" in a file's row (its accessible name carries the brief's headline). */
  openButton(fileName: string): Locator {
    return this.resultRow(fileName).getByRole('button', { name: startsWith('Open “') });
  }

  /** Waits for the results of an import. */
  async expectResults(): Promise<void> {
    await expect(this.results).toBeVisible();
  }

  async closeResults(): Promise<void> {
    await this.closeResultsButton.click();
    await expect(this.results).toBeHidden();
  }
}
