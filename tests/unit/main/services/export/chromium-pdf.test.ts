import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ExportBundle } from '../../../../../shared/api/contract';
import { dispatch } from '../../../../../shared/api/dispatch';
import { ChromiumPdfPrinter, chromiumArgs, findChromium, NO_CHROMIUM_MESSAGE } from '../../../../../main/services/export/chromium-pdf';
import { createHandlers } from '../../../../../main/runtime/handlers/create-handlers';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../../fixtures/briefs/fixture-library';
import { pdfFacts } from '../../pdf-facts';

describe('PDF export with real Chromium', () => {
  let work: string;
  let store: LibraryStore;
  let ids: Record<string, string>;
  const blocked: string[] = [];
  const printer = new ChromiumPdfPrinter({ onBlockedRequest: (url) => blocked.push(url) });

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-pdf-'));
    ({ store, ids } = await createFixtureLibrary(path.join(work, 'library')));
  });

  afterAll(async () => {
    await printer.close();
    await store.close();
    await rm(work, { recursive: true, force: true });
  });

  it(
    'prints every fixture brief through exportBrief: a PDF titled with its headline, with no request made',
    { timeout: 60_000 },
    async () => {
      const handlers = createHandlers(store, { version: '1.2.3', shell: 'browser', pdfPrinter: printer });
      blocked.length = 0;
      for (const name of FIXTURE_NAMES) {
        const id = ids[name] ?? '';
        const brief = await store.get(id);
        const result = await dispatch(handlers, 'exportBrief', { id, format: 'pdf', stems: { [id]: `fixture-${name}` } });
        if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
        const bundle = ExportBundle.parse(result.value);
        expect(bundle.files).toHaveLength(1);
        const [file] = bundle.files;
        expect(file).toMatchObject({ fileName: `fixture-${name}.pdf`, mimeType: 'application/pdf', encoding: 'base64' });
        const facts = pdfFacts(Buffer.from(file?.content ?? '', 'base64'));
        expect(facts, name).toMatchObject({ header: true, eof: true, title: brief.headline.trim() });
        expect(facts.pages, name).toBeGreaterThanOrEqual(1);
        if (name === 'full') expect(facts).toMatchObject({ hasImage: true, hasOutline: true });
      }
      // The pages are self-contained: images are data: URLs, nothing was even attempted.
      expect(blocked).toEqual([]);
    },
  );

  it('aborts every request a hostile page tries: none reaches the network and no script runs', { timeout: 60_000 }, async () => {
    let hits = 0;
    const server: Server = createServer((_request, response) => {
      hits += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page</title>',
        `<link rel="stylesheet" href="${origin}/sheet.css">`,
        `<style>@import url("${origin}/import.css"); body { background: url("${origin}/background.png"); } @font-face { font-family: X; src: url("${origin}/font.woff2"); } p { font-family: X; }</style>`,
        `<script src="${origin}/script.js"></script>`,
        `<script>document.title = 'Script ran'; fetch('${origin}/fetch');</script>`,
        '</head><body><h1>Hostile page</h1><p>Text.</p>',
        `<img alt="remote" src="${origin}/image.png"><iframe title="frame" src="${origin}/frame.html"></iframe>`,
        `<video poster="${origin}/poster.png"></video><object data="${origin}/object.pdf" title="object"></object>`,
        '</body></html>',
      ].join('');
      blocked.length = 0;
      const facts = pdfFacts(await printer.print(page));
      expect(facts).toMatchObject({ header: true, eof: true, title: 'Hostile page' });
      expect(hits).toBe(0);
      expect(blocked.length).toBeGreaterThan(0);
      for (const url of blocked) expect(url.startsWith(origin), url).toBe(true);
      expect(blocked).toEqual(expect.arrayContaining([`${origin}/sheet.css`, `${origin}/image.png`]));
      expect(blocked).not.toContain(`${origin}/fetch`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('prints calls made at the same time one after another, and starts again after close', { timeout: 60_000 }, async () => {
    const titles = ['First', 'Second', 'Third'];
    const pdfs = await Promise.all(titles.map((title) => printer.print(`<!doctype html><title>${title}</title><p>${title} page.</p>`)));
    expect(pdfs.map((pdf) => pdfFacts(pdf).title)).toEqual(titles);
    await printer.close();
    expect(pdfFacts(await printer.print('<!doctype html><title>Again</title><p>x</p>')).title).toBe('Again');
  });
});

describe('finding Chromium', () => {
  it('takes BRIEFDESK_CHROMIUM first, then the usual places', async () => {
    const present = new Set(['/opt/chrome/chrome', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
    const exists = (file: string) => present.has(file);
    expect(await findChromium({ BRIEFDESK_CHROMIUM: '/opt/chrome/chrome' }, exists, 'linux')).toBe('/opt/chrome/chrome');
    expect(await findChromium({}, exists, 'linux')).toBe('/usr/bin/chromium-browser');
    const windows = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(await findChromium({ ProgramFiles: 'C:\\Program Files' }, (file) => file === windows, 'win32')).toBe(windows);
  });

  it('says what to do when there is none', async () => {
    await expect(findChromium({}, () => false, 'linux')).rejects.toMatchObject({ code: 'unsupported', message: NO_CHROMIUM_MESSAGE });
    await expect(findChromium({ BRIEFDESK_CHROMIUM: '/nonexistent' }, () => false, 'linux')).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(
        /^PDF export needs Chromium, which was not found at \/nonexistent \(set by BRIEFDESK_CHROMIUM\)\. Install it/,
      ),
    });
  });

  it('makes exportBrief to pdf unsupported, with the message, when BRIEFDESK_CHROMIUM names nothing', async () => {
    vi.stubEnv('BRIEFDESK_CHROMIUM', '/nonexistent');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-pdf-missing-'));
    const { store, ids } = await createFixtureLibrary(path.join(dir, 'library'));
    const printer = new ChromiumPdfPrinter();
    try {
      const handlers = createHandlers(store, { version: '1.2.3', shell: 'browser', pdfPrinter: printer });
      const result = await dispatch(handlers, 'exportBrief', { id: ids.full ?? '', format: 'pdf' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'unsupported', message: expect.stringContaining('which was not found at /nonexistent') },
      });
    } finally {
      vi.unstubAllEnvs();
      await printer.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a file that is not a browser as unsupported', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-pdf-bad-'));
    const fake = path.join(dir, 'chromium');
    await writeFile(fake, 'not a program', { mode: 0o644 });
    const printer = new ChromiumPdfPrinter({ executablePath: fake });
    try {
      await expect(printer.print('<title>x</title>')).rejects.toMatchObject({
        code: 'unsupported',
        message: expect.stringMatching(
          new RegExp(`^PDF export could not start Chromium \\(${fake.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\): `),
        ),
      });
    } finally {
      await printer.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs Chromium offline, without the sandbox only as root', () => {
    const offline = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
    expect(chromiumArgs(true)).toEqual(['--no-sandbox', ...offline]);
    expect(chromiumArgs(false)).toEqual(offline);
  });
});
