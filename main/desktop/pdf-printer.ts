import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session, type WebPreferences } from 'electron';
import { BriefdeskError } from '../../shared/model/errors';
import { type PdfPrinter, type PdfPrintOptions, serialQueue } from '../services/export/pdf-printer';
import { denyAllPermissions } from './security';

/** The session printed pages load in: in memory (no `persist:`), apart from the app's own. */
export const PDF_PARTITION = 'briefdesk-pdf';

/**
 * The web preferences of the hidden print window: sandboxed, isolated, no
 * Node, no JavaScript at all (an exported page needs none), in the offline
 * print session.
 */
export function printWebPreferences(printSession: Session): WebPreferences {
  return {
    session: printSession,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    webgl: false,
    plugins: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/**
 * A PdfPrinter for the desktop app: each page is written to a temporary
 * file, loaded in a hidden, sandboxed, JavaScript-less window whose session
 * lets through that file and data: URLs only (every other request is
 * cancelled, every permission denied), printed with
 * `webContents.printToPDF` (A4 unless the page's CSS says otherwise,
 * backgrounds, tagged, with an outline), then the window is destroyed and
 * the file removed. One print at a time. Call once the app is ready.
 */
export function createDesktopPdfPrinter(): PdfPrinter {
  const queue = serialQueue();
  let allowedFile: string | null = null;
  let printSession: Session | null = null;

  const offlineSession = (): Session => {
    if (printSession) return printSession;
    const created = session.fromPartition(PDF_PARTITION, { cache: false });
    created.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
      callback({ cancel: !(details.url.startsWith('data:') || details.url === allowedFile) });
    });
    denyAllPermissions(created);
    printSession = created;
    return created;
  };

  const print = async (html: string, options: PdfPrintOptions): Promise<Uint8Array> => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-pdf-'));
    const file = path.join(dir, 'page.html');
    let window: BrowserWindow | null = null;
    try {
      await writeFile(file, html, 'utf8');
      const url = pathToFileURL(file).href;
      allowedFile = url;
      window = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: printWebPreferences(offlineSession()) });
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF({
        pageSize: options.pageSize ?? 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      throw new BriefdeskError('internal', `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    } finally {
      allowedFile = null;
      if (window && !window.isDestroyed()) window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };

  return {
    print: (html, options = {}) => queue(() => print(html, options)),
    close: async () => undefined,
  };
}
