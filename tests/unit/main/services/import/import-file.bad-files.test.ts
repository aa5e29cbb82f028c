import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../../shared/api/contract';
import { importFile, importFileFromDisk } from '../../../../../main/services/import/import-file';
import { ImportFileError } from '../../../../../main/services/import/import-error';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import { buildDocx, buildJunkZip } from '../../docx-builder';
import { TINY_PNG } from '../../../support/store-fixtures';

let work: string;
let store: LibraryStore;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-bad-'));
  store = await LibraryStore.open(path.join(work, 'library'));
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

/** What importing the bytes throws (failing the test if the import succeeds). */
async function failure(bytes: Uint8Array, fileName: string): Promise<ImportFileError> {
  const error: unknown = await importFile(store, bytes, fileName).then(
    () => new Error(`${fileName} was imported`),
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ImportFileError)) throw error;
  return error;
}

/** A zip that says it is a Word document but whose text is not XML. */
function damagedDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8('<w:document><w:body><w:p>not closed'),
  });
}

describe('files that cannot be imported', () => {
  it.each([
    ['empty.md', Buffer.alloc(0), 'invalid_input', 'The file is empty: there is nothing to import.'],
    ['blank.txt', Buffer.from('  \n\n\t\n'), 'invalid_input', 'The file is empty: there is nothing to import.'],
    ['empty.docx', Buffer.alloc(0), 'invalid_input', 'The file is empty: there is nothing to import.'],
    ['picture.md', TINY_PNG, 'unsupported', 'This is a binary file, not a Markdown file.'],
    ['picture.html', TINY_PNG, 'unsupported', 'This is a binary file, not an HTML page.'],
    ['picture', TINY_PNG, 'unsupported', 'This is a binary file, not a text file.'],
    [
      'latin1.txt',
      Buffer.from('Caf\xe9 au lait', 'latin1'),
      'unsupported',
      'The file is not valid UTF-8 text. Save it as UTF-8 (Unicode) and import it again.',
    ],
    [
      'latin1.html',
      Buffer.from('<p>na\xefve</p>', 'latin1'),
      'unsupported',
      'The file is not valid UTF-8 text. Save it as UTF-8 (Unicode) and import it again.',
    ],
    [
      'junk.docx',
      buildJunkZip(),
      'unsupported',
      'This is not a Word document (.docx): the zip package holds no Word text (word/document.xml).',
    ],
    [
      'letter.docx',
      Buffer.from('Dear editor, this is plain text.'),
      'unsupported',
      'This is not a Word document (.docx): it is not a zip package, as every .docx file is.',
    ],
  ])('%s: a clear reason, nothing written', async (fileName, bytes, code, reason) => {
    const error = await failure(bytes, fileName);
    expect({ code: error.code, reason: error.reason, message: error.message }).toEqual({
      code,
      reason,
      message: `"${fileName}": ${reason}`,
    });
    expect(store.list().briefs).toEqual([]);
  });

  it('a damaged Word document', async () => {
    const error = await failure(damagedDocx(), 'damaged.docx');
    expect(error.code).toBe('damaged');
    expect(error.reason).toMatch(/^The Word document is damaged and cannot be read \(.+\)\.$/);
    expect(store.list().briefs).toEqual([]);
  });

  it('a truncated Word document', async () => {
    const docx = buildDocx([{ runs: [{ text: 'A paragraph that will be cut off.' }] }]);
    const error = await failure(docx.subarray(0, Math.floor(docx.length / 2)), 'cut.docx');
    expect(error.code).toBe('damaged');
    expect(error.reason).toMatch(/^The Word document is damaged: its zip package cannot be read/);
  });

  it('bytes over 100 MB', async () => {
    const error = await failure(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.txt');
    expect(error).toMatchObject({ code: 'too_large', reason: 'The file is 100.0 MB; Briefdesk imports files of up to 100 MB.' });
  });

  it('a file over 100 MB on disk is refused before it is read', async () => {
    const file = path.join(work, 'sparse.md');
    await writeFile(file, '');
    await truncate(file, MAX_IMPORT_BYTES + 1024 * 1024);
    await expect(importFileFromDisk(store, file)).rejects.toMatchObject({
      code: 'too_large',
      reason: 'The file is 101.0 MB; Briefdesk imports files of up to 100 MB.',
    });
    await expect(importFileFromDisk(store, path.join(work, 'missing.txt'))).rejects.toMatchObject({
      code: 'not_found',
      reason: 'There is no such file.',
    });
    expect(store.list().briefs).toEqual([]);
  });
});
