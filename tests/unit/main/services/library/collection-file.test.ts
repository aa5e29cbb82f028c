import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CollectionFile } from '../../../../../main/services/library/collection-file';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const Note = z.object({ id: z.string(), text: z.string() });
const AT = new Date('2025-03-01T09:15:00.000Z');

function notesFile(dataDir: string, readOnly = false): CollectionFile<z.infer<typeof Note>> {
  return new CollectionFile({ dataDir, fileName: 'notes.json', schemaVersion: 2, item: Note, label: 'notes', readOnly, now: () => AT });
}

describe('a collection file of the library (templates, desk library, outbox, publications)', () => {
  it('moves a damaged file to quarantine and starts empty; read-only, it reports it where it is', async () => {
    const dir = await fixture.tempDir();
    await writeFile(join(dir, 'notes.json'), '{"schemaVersion": 2, "items": [{"id": 1}]}');

    const reader = notesFile(dir, true);
    expect(await reader.load()).toEqual({
      report: {
        id: 'notes.json',
        movedTo: 'notes.json',
        reason: expect.stringMatching(/^Does not match the notes format: items\.0\.id: /),
        detectedAt: AT.toISOString(),
      },
      movedAside: false,
    });
    expect(await readdir(dir)).toEqual(['notes.json']);

    const writer = notesFile(dir);
    expect(await writer.load()).toMatchObject({
      report: { movedTo: join('quarantine', 'notes.2025-03-01T09-15-00-000Z.json') },
      movedAside: true,
    });
    expect(writer.items).toEqual([]);
    expect(await readdir(dir)).toEqual(['quarantine']);
  });

  it('leaves a file written by a newer Briefdesk alone and refuses to change it, saying why', async () => {
    const dir = await fixture.tempDir();
    const newer = '{"schemaVersion": 3, "items": []}';
    await writeFile(join(dir, 'notes.json'), newer);
    const file = notesFile(dir);
    expect(await file.load()).toMatchObject({ movedAside: false });
    await expect(file.write([{ id: 'n1', text: 'x' }])).rejects.toMatchObject({
      code: 'unsupported',
      message: 'The notes was written by a newer version of Briefdesk (format 3). Update Briefdesk to change it.',
    });
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(newer);
  });

  it('does not take a file it cannot read for a damaged one: it says so and moves nothing', async () => {
    const dir = await fixture.tempDir();
    await mkdir(join(dir, 'notes.json'));
    await expect(notesFile(dir).load()).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('notes.json') });
    expect(await readdir(dir)).toEqual(['notes.json']);
  });
});
