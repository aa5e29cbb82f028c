import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronDouble, FakeBrowserWindow, type FakeSession, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { createDesktopPdfPrinter, PDF_PARTITION } = await import('../../../../main/desktop/pdf-printer');

const PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port levies</title></head><body><h1>Port levies</h1></body></html>';

/** What a print window saw while its page was loading. */
interface LoadSeen {
  url: string;
  file: string;
  html: string;
  pageAllowed: boolean | undefined;
}

/** Print windows whose loadURL records the page file and the request filter at that moment. */
function recordLoads(fail?: Error): LoadSeen[] {
  const seen: LoadSeen[] = [];
  electronDouble.BrowserWindow = class extends FakeBrowserWindow {
    override loadURL = vi.fn(async (url: string): Promise<undefined> => {
      const file = fileURLToPath(url);
      seen.push({ url, file, html: readFileSync(file, 'utf8'), pageAllowed: printSession().webRequest.cancels(url) === false });
      if (fail) throw fail;
      return undefined;
    });
  };
  return seen;
}

function printSession(): FakeSession {
  return electronDouble.session.fromPartition(PDF_PARTITION);
}

function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.created).toHaveLength(1);
  const [window] = FakeBrowserWindow.created;
  if (!window) throw new Error('no window');
  return window;
}

beforeEach(() => resetElectronDouble());

describe('desktop PDF printer', () => {
  it('loads the page from a temporary file in a hidden window and returns printToPDF bytes', async () => {
    const seen = recordLoads();
    const pdf = await createDesktopPdfPrinter().print(PAGE);

    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.4\n%%EOF\n');
    const window = onlyWindow();
    expect(window.options).toMatchObject({ show: false });
    expect(seen).toHaveLength(1);
    const [load] = seen;
    expect(load?.html).toBe(PAGE);
    expect(load?.url).toBe(pathToFileURL(load?.file ?? '').href);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    // Cleaned up: the window is gone, the file too.
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(existsSync(load?.file ?? '')).toBe(false);
  });

  it('uses a sandboxed, script-less window in its own in-memory session', async () => {
    recordLoads();
    await createDesktopPdfPrinter().print(PAGE, { pageSize: 'Letter' });
    const window = onlyWindow();
    expect(electronDouble.session.fromPartition).toHaveBeenCalledWith(PDF_PARTITION, { cache: false });
    expect(PDF_PARTITION.startsWith('persist:')).toBe(false);
    const session = printSession();
    expect(window.options.webPreferences).toMatchObject({
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: false,
    });
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter' }));
    expect(session.request('media')).toBe(false);
    expect(session.check('geolocation')).toBe(false);
  });

  it('lets through only data: URLs and the page being printed, while it is printed', async () => {
    const seen = recordLoads();
    await createDesktopPdfPrinter().print(PAGE);
    expect(seen[0]?.pageAllowed).toBe(true);
    const { webRequest } = printSession();
    expect(webRequest.beforeRequestFilter).toEqual({ urls: ['<all_urls>'] });
    expect(webRequest.cancels('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    for (const url of [
      'https://tracker.example/pixel.gif',
      'http://127.0.0.1:9/',
      'file:///etc/passwd',
      'ws://example.com/',
      seen[0]?.url ?? '',
    ]) {
      expect(webRequest.cancels(url), url).toBe(true);
    }
  });

  it('reports a page that cannot be loaded, and still cleans up', async () => {
    const seen = recordLoads(new Error('ERR_ABORTED (-3) loading the page'));
    const failure = createDesktopPdfPrinter().print(PAGE);
    await expect(failure).rejects.toMatchObject({
      code: 'internal',
      message: 'The PDF could not be made: ERR_ABORTED (-3) loading the page',
    });
    expect(onlyWindow().destroy).toHaveBeenCalledTimes(1);
    expect(onlyWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(existsSync(seen[0]?.file ?? '')).toBe(false);
  });

  it('prints one page at a time', async () => {
    let finishFirst: (bytes: Buffer<ArrayBuffer>) => void = () => undefined;
    const held = new Promise<Buffer<ArrayBuffer>>((resolve) => (finishFirst = resolve));
    electronDouble.BrowserWindow = class extends FakeBrowserWindow {
      constructor(options: Record<string, unknown>) {
        super(options);
        // The first print is held inside printToPDF.
        if (FakeBrowserWindow.created.length === 1) this.webContents.printToPDF.mockReturnValueOnce(held);
      }
    };
    const printer = createDesktopPdfPrinter();
    const first = printer.print(PAGE);
    await vi.waitFor(() => expect(FakeBrowserWindow.created[0]?.webContents.printToPDF).toHaveBeenCalled());
    const second = printer.print(PAGE.replace('Port levies', 'Second'));
    // However long the first takes, the second waits for it.
    for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(FakeBrowserWindow.created).toHaveLength(1);
    finishFirst(Buffer.from('%PDF-first'));
    expect(Buffer.from(await first).toString()).toBe('%PDF-first');
    expect(Buffer.from(await second).toString('latin1')).toBe('%PDF-1.4\n%%EOF\n');
    expect(FakeBrowserWindow.created).toHaveLength(2);
    expect(FakeBrowserWindow.created[0]?.destroy).toHaveBeenCalled();
  });
});
