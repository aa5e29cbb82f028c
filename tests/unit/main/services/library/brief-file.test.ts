import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  contentHash,
  fileStamp,
  parseBriefText,
  readBriefFile,
  readBriefText,
  writeBriefFile,
} from '../../../../../main/services/library/brief-file';
import { blankBriefContent, BRIEF_SCHEMA_VERSION, type Brief } from '../../../../../shared/model/brief';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdesk-brief-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ID = '0b8f6a3e-5d1c-4c8e-9a57-2f4d6e8b1c30';

function brief(headline: string): Brief {
  const at = '2025-03-01T09:00:00.000Z';
  return {
    schemaVersion: BRIEF_SCHEMA_VERSION,
    id: ID,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    trashedAt: null,
    ...blankBriefContent(),
    headline,
  };
}

/** A path whose parent is a file: every read of it fails with ENOTDIR, which is not "missing". */
async function unreadablePath(): Promise<string> {
  await writeFile(join(dir, 'a-file'), 'x');
  return join(dir, 'a-file', `${ID}.json`);
}

describe('brief files', () => {
  it('writes a brief and reads back the same brief, with the stamp and hash of the file', async () => {
    const path = join(dir, `${ID}.json`);
    const written = await writeBriefFile(path, brief('Rail freight finds new routes'));
    const read = await readBriefFile(path, ID);
    expect(read.brief.headline).toBe('Rail freight finds new routes');
    expect(read.file).toEqual(written);
    expect(read.file).toEqual({
      ...(await fileStamp(path)),
      hash: contentHash(JSON.stringify(brief('Rail freight finds new routes'), null, 2)),
    });
  });

  it('says a missing file is missing — "no such brief" where a brief was asked for — keeping the system error as the cause', async () => {
    const path = join(dir, `${ID}.json`);
    const cause = expect.objectContaining({ code: 'ENOENT' });
    await expect(fileStamp(path)).rejects.toMatchObject({ code: 'not_found', message: `There is no file ${path}.`, cause });
    await expect(readBriefText(path)).rejects.toMatchObject({ code: 'not_found', message: `There is no file ${path}.`, cause });
    await expect(readBriefFile(path, ID)).rejects.toMatchObject({
      code: 'not_found',
      message: `There is no brief "${ID}" in this library.`,
      cause: expect.objectContaining({ code: 'not_found' }),
    });
  });

  it('reports a file that cannot be read as a read error, never as missing', async () => {
    const path = await unreadablePath();
    await expect(fileStamp(path)).rejects.toMatchObject({ code: 'io', message: expect.stringContaining(path) });
    await expect(readBriefText(path)).rejects.toMatchObject({ code: 'io' });
    await expect(readBriefFile(path, ID)).rejects.toMatchObject({ code: 'io' });

    const folder = join(dir, `${ID}.json`);
    await mkdir(folder);
    await expect(readBriefFile(folder, ID)).rejects.toMatchObject({ code: 'io', cause: expect.objectContaining({ code: 'EISDIR' }) });
  });

  it('calls a file that is not JSON, not a brief, or another brief damaged, saying why', async () => {
    expect(() => parseBriefText('{"headline": ', ID)).toThrow(
      expect.objectContaining({ code: 'damaged', message: expect.stringMatching(/^Not valid JSON: /), cause: expect.any(SyntaxError) }),
    );
    expect(() => parseBriefText('{"headline": "no more than this"}', ID)).toThrow(expect.objectContaining({ code: 'damaged' }));
    const other = JSON.stringify({ ...brief('Someone else'), id: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' });
    expect(() => parseBriefText(other, ID)).toThrow(
      expect.objectContaining({
        code: 'damaged',
        message: 'The file name does not match the brief id inside it ("7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f").',
      }),
    );
  });
});
