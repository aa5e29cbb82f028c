import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch';
import { ImportReport } from '../../../../../shared/api/contract';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const SEED_SHAPED = path.resolve(import.meta.dirname, '../../../../fixtures/import/seed-shaped-brief.txt');

describe('the importFile handler', () => {
  it('imports a file sent as base64 and answers the report', async () => {
    const { handlers, store } = await handlersOnNewLibrary(fixture);
    const dataBase64 = (await readFile(SEED_SHAPED)).toString('base64');
    const report = ImportReport.parse(await call(handlers, 'importFile', { fileName: 'seed-shaped-brief.txt', dataBase64 }));
    expect(report).toMatchObject({
      format: 'text',
      headline: 'Shared River, Split Ledger: Velmara Basin Talks Turn on Drought-Year Releases',
    });
    expect(store.list().briefs.map((row) => row.id)).toEqual([report.id]);
  });

  it('refuses data that is not base64, and a file it cannot import, with the file named', async () => {
    const { handlers, store } = await handlersOnNewLibrary(fixture);
    await expectFailure(handlers, 'importFile', { fileName: 'notes.txt', dataBase64: 'not base64!' }, 'invalid_input');
    expect(
      await dispatch(handlers, 'importFile', { fileName: 'notes.docx', dataBase64: Buffer.from('plain words').toString('base64') }),
    ).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message: '"notes.docx": This is not a Word document (.docx): it is not a zip package, as every .docx file is.',
      },
    });
    expect(store.list().briefs).toEqual([]);
  });
});
