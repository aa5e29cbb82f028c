import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportBundle, type ExportedFile, type ApiHandlers } from '../../shared/api/contract';
import { Brief } from '../../shared/model/brief';
import { exportBriefHtml } from '../../main/services/export/export-brief-html';
import type { LibraryStore } from '../../main/services/library-store';
import { call, expectFailure, handlersOnNewLibrary } from './handler-fixtures';
import { TINY_PNG, sampleContent, storeFixture } from './store-fixtures';

const fixture = storeFixture();
const HEADLINE = 'Grid reform stalls in the Senate';

/** A library with one brief that has a hero image; the handlers over it. */
async function libraryWithBrief(): Promise<{ handlers: ApiHandlers; store: LibraryStore; brief: Brief }> {
  const { handlers, store } = await handlersOnNewLibrary(fixture);
  const created = await store.create();
  const asset = await store.addImage('dot.png', TINY_PNG);
  await store.save(created.id, { ...sampleContent(HEADLINE), hero: { asset: asset.id, alt: 'A dot', caption: '', credit: '' } }, 0);
  return { handlers, store, brief: await store.get(created.id) };
}

/** Every file under a folder with its size, modification time and bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    files.set(path, `${info.size} ${info.mtimeMs} ${(await readFile(path)).toString('base64')}`);
  }
  return files;
}

async function exportThrough(handlers: ApiHandlers, id: string, format: 'html' | 'json'): Promise<ExportedFile> {
  const bundle = ExportBundle.parse(await call(handlers, 'exportBrief', { id, format }));
  const [main] = bundle.files;
  if (!main) throw new Error('empty export');
  return main;
}

describe('exportBrief', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('html: the very page exportBriefHtml renders, images embedded, named from the headline', async () => {
    const { handlers, store, brief } = await libraryWithBrief();
    // The colophon carries the export time: hold the clock still so both pages are made at the same moment.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-06-02T08:00:00.000Z') });
    const exported = await exportThrough(handlers, brief.id, 'html');
    const direct = await exportBriefHtml(store, brief.id, { images: 'embed', stem: 'grid-reform-stalls-in-the-senate', generator: 'Briefdesk 1.2.3' });

    expect(exported.fileName).toBe('grid-reform-stalls-in-the-senate.html');
    expect(exported.mimeType).toMatch(/^text\/html/);
    expect(exported.content).toBe(direct.html);

    const { document } = new JSDOM(exported.content).window;
    expect(document.querySelector('h1')?.textContent).toBe(HEADLINE);
    expect(document.querySelector('.hero img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(exported.content).not.toContain('asset:');
  });

  it('json: the lossless export, which parses and carries the brief', async () => {
    const { handlers, brief } = await libraryWithBrief();
    const exported = await exportThrough(handlers, brief.id, 'json');
    expect(exported).toMatchObject({ fileName: 'grid-reform-stalls-in-the-senate.json', mimeType: 'application/json' });

    const parsed: unknown = JSON.parse(exported.content);
    expect(parsed).toMatchObject({ format: 'briefdesk-brief', version: 1, brief: { id: brief.id, headline: HEADLINE } });
    const roundTripped = Brief.parse(Reflect.get(Object(parsed), 'brief'));
    expect(roundTripped).toEqual(brief);
    expect(Object.keys(Reflect.get(Object(parsed), 'assets'))).toEqual([brief.hero?.asset]);
  });

  it('changes nothing in the library folder', async () => {
    const { handlers, store, brief } = await libraryWithBrief();
    await store.flush();
    const before = await snapshot(store.dataDir);
    await exportThrough(handlers, brief.id, 'html');
    await exportThrough(handlers, brief.id, 'json');
    await store.flush();
    expect(await snapshot(store.dataDir)).toEqual(before);
  });

  it('validates its input and refuses an unknown brief', async () => {
    const { handlers, brief } = await libraryWithBrief();
    await expectFailure(handlers, 'exportBrief', { id: brief.id, format: 'docx' }, 'invalid_input');
    await expectFailure(handlers, 'exportBrief', { id: brief.id }, 'invalid_input');
    await expectFailure(handlers, 'exportBrief', { id: '01JNZ5Y3K2M4P6Q8R0S2T4V6X8', format: 'html' }, 'not_found');
  });
});
