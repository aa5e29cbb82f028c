import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BriefJsonExport, exportBriefJson } from '../../../../../main/services/export/export-brief-json';
import { assetIdsOf, prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { importBriefJson } from '../../../../../main/services/import/import-brief-json';
import { readImportFile } from '../../../../../main/services/import/read-import-file';
import { MAX_IMPORT_BYTES } from '../../../../../shared/api/contract';
import { ImportFileError } from '../../../../../main/services/import/import-error';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { libraryRefsIn, mapEditorsDesks } from '../../../../../shared/editor/nodes/editors-desk';
import { type Brief, BriefContent } from '../../../../../shared/model/brief';
import type { DeskBlock } from '../../../../../shared/model/desk-block';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../../fixtures/briefs/fixture-library';
import { storeFixture, TINY_PNG } from '../../../support/store-fixtures';

const fixture = storeFixture();
let source: LibraryStore;
let ids: Record<string, string>;
let sourceDir: string;

beforeAll(async () => {
  sourceDir = await mkdtemp(join(tmpdir(), 'briefdesk-import-source-'));
  ({ store: source, ids } = await createFixtureLibrary(sourceDir));
});

afterAll(async () => {
  await source.close();
  await rm(sourceDir, { recursive: true, force: true });
});

function idOf(name: string): string {
  const id = ids[name];
  if (id === undefined) throw new Error(`no fixture ${name}`);
  return id;
}

async function exported(name: string): Promise<BriefJsonExport> {
  return exportBriefJson(await prepareForExport(source, idOf(name)));
}

function bytesOf(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2), 'utf8');
}

async function freshLibrary(): Promise<LibraryStore> {
  return fixture.open(await fixture.tempDir());
}

function blockFields(block: DeskBlock): Omit<DeskBlock, 'id' | 'createdAt' | 'updatedAt'> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = block;
  return fields;
}

/** The original's body with its desk references renamed the way the import renamed them, in order. */
function withRefsOf(original: Brief, imported: Brief): Brief['body'] {
  const from = libraryRefsIn(original.body);
  const to = libraryRefsIn(imported.body);
  expect(to).toHaveLength(from.length);
  const renamed = new Map(from.map((ref, index) => [ref, to[index]]));
  return mapEditorsDesks(original.body, (desk) => {
    const ref: unknown = desk.attrs?.libraryRef;
    const next = typeof ref === 'string' ? renamed.get(ref) : undefined;
    return next === undefined ? undefined : { ...desk, attrs: { ...desk.attrs, libraryRef: next } };
  });
}

/** What importing `bytes` into `store` throws. */
async function failure(store: LibraryStore, bytes: Uint8Array, fileName = 'brief.json'): Promise<ImportFileError> {
  const error: unknown = await importBriefJson(store, bytes, fileName).then(
    () => new Error('the import succeeded'),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ImportFileError)) throw error;
  return error;
}

describe('JSON import round trip', () => {
  it.each(FIXTURE_NAMES)('imports the %s fixture into a fresh library with the same content', async (name) => {
    const file = await exported(name);
    const original = file.brief;
    const target = await freshLibrary();
    const result = await importBriefJson(target, bytesOf(file), `${name}.json`);
    expect(result).toMatchObject({ headline: original.headline, warnings: [] });
    expect(result.id).not.toBe(original.id);

    const imported = await target.get(result.id);
    expect(imported).toMatchObject({ id: result.id, trashedAt: null, revision: 0, createdAt: original.createdAt });
    const { body: importedBody, ...importedFields } = BriefContent.parse(imported);
    const { body: _body, ...originalFields } = BriefContent.parse(original);
    expect(importedFields).toEqual(originalFields);
    expect(importedBody).toEqual(withRefsOf(original, imported));

    for (const assetId of assetIdsOf(original)) {
      const from = source.assetPath(assetId);
      const to = target.assetPath(assetId);
      expect(from).not.toBeNull();
      expect(to).not.toBeNull();
      expect(await readFile(to ?? '')).toEqual(await readFile(from ?? ''));
    }
    const refs = libraryRefsIn(imported.body);
    libraryRefsIn(original.body).forEach((ref, index) => {
      expect(blockFields(target.deskLibrary.get(refs[index] ?? ''))).toEqual(blockFields(source.deskLibrary.get(ref)));
    });
    expect(target.list().briefs.map((row) => row.id)).toEqual([result.id]);
  });

  it('keeps desk references to blocks the library already has (importing back into the same library)', async () => {
    const file = await exported('full');
    const refs = libraryRefsIn(file.brief.body);
    expect(refs.length).toBeGreaterThan(0);
    const blocksBefore = source.deskLibrary.list().length;
    const result = await importBriefJson(source, bytesOf(file), 'full.json');
    const imported = await source.get(result.id);
    expect(imported.body).toEqual(file.brief.body);
    expect(source.deskLibrary.list()).toHaveLength(blocksBefore);
    await source.trash(result.id);
    await source.purge(result.id);
  });

  it('reuses the block it created when the same file is imported again', async () => {
    const file = await exported('full');
    const target = await freshLibrary();
    const first = await target.get((await importBriefJson(target, bytesOf(file), 'full.json')).id);
    const second = await target.get((await importBriefJson(target, bytesOf(file), 'full.json')).id);
    expect(second.id).not.toBe(first.id);
    expect(second.body).toEqual(first.body);
    expect(target.deskLibrary.list()).toHaveLength(libraryRefsIn(file.brief.body).length);
  });

  it('accepts a UTF-8 byte order mark and warns about an image the file lacks', async () => {
    const file = await exported('full');
    const hero = file.brief.hero?.asset ?? '';
    const { [hero]: _dropped, ...assets } = file.assets;
    const target = await freshLibrary();
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf({ ...file, assets })]);
    const result = await importBriefJson(target, bom, 'full.json');
    expect(result.warnings).toEqual([`The image ${hero} is not in the file; the brief refers to it but will not show it.`]);
    expect((await target.get(result.id)).hero?.asset).toBe(hero);
  });
});

describe('JSON import of bad files', () => {
  it.each([
    ['empty', Buffer.alloc(0), 'The file is empty: there is nothing to import.'],
    ['white space only', Buffer.from(' \n\t\n'), 'The file is empty: there is nothing to import.'],
    ['binary', TINY_PNG, 'This is a binary file, not a Briefdesk JSON export.'],
    [
      'invalid UTF-8',
      Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      'The file is not valid UTF-8 text, so it cannot be a Briefdesk JSON export.',
    ],
    ['a JSON array', Buffer.from('[1, 2]'), 'This JSON is not a Briefdesk brief export (it has no "format": "briefdesk-brief" marker).'],
  ])('refuses %s bytes with a clear message naming the file', async (_kind, bytes, reason) => {
    const target = await freshLibrary();
    const error = await failure(target, bytes, 'bad.json');
    expect(error.reason).toBe(reason);
    expect(error.message).toBe(`"bad.json": ${reason}`);
    expect(target.list().briefs).toEqual([]);
  });

  it('refuses truncated JSON', async () => {
    const text = bytesOf(await exported('full'));
    const error = await failure(await freshLibrary(), text.subarray(0, Math.floor(text.length / 2)));
    expect(error.code).toBe('invalid_input');
    expect(error.reason).toMatch(/^The file is not valid JSON \(.+\)\. It may be truncated or damaged\.$/);
  });

  it('refuses a wrong format marker and a newer version', async () => {
    const file = await exported('unicode');
    const target = await freshLibrary();
    expect((await failure(target, bytesOf({ ...file, format: 'wordpress-post' }))).reason).toBe(
      'This JSON is not a Briefdesk brief export (it has no "format": "briefdesk-brief" marker).',
    );
    expect((await failure(target, bytesOf({ ...file, version: 2 }))).reason).toBe(
      'It was exported by a newer Briefdesk (format version 2). Update Briefdesk to import it.',
    );
    expect(target.list().briefs).toEqual([]);
  });

  it('refuses a file that does not match the format, naming the field', async () => {
    const file = await exported('unicode');
    const error = await failure(await freshLibrary(), bytesOf({ ...file, brief: { ...file.brief, tags: 'not a list' } }));
    expect(error.code).toBe('invalid_input');
    expect(error.reason).toMatch(/^It does not match the Briefdesk brief format: brief\.tags: /);
  });

  it('refuses a body the editor schema rejects, writing nothing', async () => {
    const file = await exported('full');
    const body = { type: 'doc', content: [{ type: 'marquee', content: [{ type: 'text', text: 'x' }] }] };
    const target = await freshLibrary();
    const error = await failure(target, bytesOf({ ...file, brief: { ...file.brief, body } }));
    expect(error.code).toBe('invalid_input');
    expect(target.list().briefs).toEqual([]);
    expect(target.deskLibrary.list()).toEqual([]);
  });

  it('refuses a tampered image (its bytes do not match its id), writing nothing', async () => {
    const file = await exported('full');
    const hero = file.brief.hero?.asset ?? '';
    const target = await freshLibrary();
    const tampered = { ...file, assets: { ...file.assets, [hero]: TINY_PNG.toString('base64') } };
    const error = await failure(target, bytesOf(tampered));
    expect(error.code).toBe('damaged');
    expect(error.reason).toBe(`The image ${hero} does not match its bytes (the file was changed or damaged after export).`);
    expect(target.list().briefs).toEqual([]);
    expect(target.assetPath(hero)).toBeNull();
  });

  it('refuses a file over 100 MB before reading it, and a missing file', async () => {
    const dir = await fixture.tempDir();
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_BYTES + 1);
    await expect(readImportFile(huge)).rejects.toThrow(
      new ImportFileError('too_large', 'huge.json', 'The file is 100.0 MB; Briefdesk imports files of up to 100 MB.'),
    );
    await expect(readImportFile(join(dir, 'gone.json'))).rejects.toMatchObject({ code: 'not_found', reason: 'There is no such file.' });
  });
});
