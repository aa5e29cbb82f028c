import { BriefdeskError } from '../../../shared/model/errors';

/** How a page is printed. */
export interface PdfPrintOptions {
  /** Paper size, unless the page's own `@page { size }` says otherwise. @default 'A4' */
  pageSize?: 'A4' | 'Letter';
}

/**
 * Prints a self-contained HTML page (images as data: URLs) to PDF, with
 * print media, background colours, no script and no network request. The
 * browser shell and the CLI use Chromium through Playwright
 * (chromium-pdf.ts), the desktop app a hidden Electron window
 * (main/desktop/pdf-printer.ts).
 */
export interface PdfPrinter {
  /** The PDF's bytes. Calls run one at a time. */
  print(html: string, options?: PdfPrintOptions): Promise<Uint8Array>;
  /** Frees what the printer holds (a browser process); it starts again on the next print. */
  close(): Promise<void>;
}

/** What exportBrief says when the shell has no way to print. */
export const NO_PDF_PRINTER_MESSAGE = 'PDF export is not available here.';

/** A printer that refuses, for shells without one. */
export const noPdfPrinter: PdfPrinter = {
  print: async () => {
    throw new BriefdeskError('unsupported', NO_PDF_PRINTER_MESSAGE);
  },
  close: async () => undefined,
};

/**
 * Runs tasks one after another: each starts when the previous one has
 * settled, whatever its outcome.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
