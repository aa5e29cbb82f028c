import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskBlock } from '../../../../../shared/model/desk-block';
import { harbourDesk, heading, para } from '../../../support/body-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

describe('desk library', () => {
  it('creates, reads, updates ("Edit original") and lists blocks', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const created = await store.deskLibrary.save(harbourDesk({ name: '  Harbourline weekly note  ' }));
    expect(DeskBlock.parse(created)).toEqual(created);
    expect(created).toMatchObject({ ...harbourDesk(), name: 'Harbourline weekly note' });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(store.deskLibrary.get(created.id)).toEqual(created);

    const edited = await store.deskLibrary.save({
      ...harbourDesk({ title: 'Sequencing, revisited', content: [para('Revised.'), { type: 'blockquote', content: [para('Quoted.')] }] }),
      id: created.id,
    });
    expect(edited).toMatchObject({ id: created.id, createdAt: created.createdAt, title: 'Sequencing, revisited' });
    expect(edited.updatedAt > created.updatedAt).toBe(true);
    expect(store.deskLibrary.list()).toEqual([edited]);
  });

  it('lists by name and searches name and title, case-insensitively', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const zulu = await store.deskLibrary.save(harbourDesk({ name: 'zulu note', title: 'Grid outlook' }));
    const alpha = await store.deskLibrary.save(harbourDesk({ name: 'Alpha note', title: 'Water talks' }));
    const mid = await store.deskLibrary.save(harbourDesk({ name: 'Middle', title: 'GRID reform' }));
    expect(store.deskLibrary.list().map((block) => block.id)).toEqual([alpha.id, mid.id, zulu.id]);
    expect(store.deskLibrary.list('grid').map((block) => block.id)).toEqual([mid.id, zulu.id]);
    expect(store.deskLibrary.list('  NOTE ').map((block) => block.id)).toEqual([alpha.id, zulu.id]);
    expect(store.deskLibrary.list('nothing like it')).toEqual([]);
  });

  it('renames a block', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const block = await store.deskLibrary.save(harbourDesk());
    const renamed = await store.deskLibrary.rename(block.id, '  Port desk  ');
    expect(renamed).toEqual({ ...block, name: 'Port desk', updatedAt: renamed.updatedAt });
    expect(store.deskLibrary.get(block.id).name).toBe('Port desk');
  });

  it("refuses content that does not fit an Editor's Desk, writing nothing", async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await expect(store.deskLibrary.save(harbourDesk({ content: [heading('Headings are not allowed here')] }))).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^The desk block could not be saved\. The desk block's content does not fit/),
    });
    await expect(store.deskLibrary.save(harbourDesk({ content: [{ type: 'takeaway' }] }))).rejects.toMatchObject({ code: 'invalid_input' });
    expect(store.deskLibrary.list()).toEqual([]);
    await expect(readFile(join(dir, 'desk-library.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('answers not_found for unknown ids', async () => {
    const store = await fixture.open(await fixture.tempDir());
    expect(() => store.deskLibrary.get('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => store.deskLibrary.usage('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    await expect(store.deskLibrary.save({ ...harbourDesk(), id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.deskLibrary.rename('nope', 'x')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.deskLibrary.delete('nope')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps blocks after the library is closed and opened again', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const block = await store.deskLibrary.save(harbourDesk());
    await fixture.close(store);
    const reopened = await fixture.open(dir);
    expect(reopened.deskLibrary.list()).toEqual([block]);
    expect(JSON.parse(await readFile(join(dir, 'desk-library.json'), 'utf8'))).toEqual({ schemaVersion: 1, items: [block] });
  });

  it('quarantines a damaged desk-library.json and starts empty, keeping the briefs', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    const block = await store.deskLibrary.save(harbourDesk());
    await fixture.close(store);
    const path = join(dir, 'desk-library.json');
    const stored = JSON.parse(await readFile(path, 'utf8'));
    const damagedText = JSON.stringify({ ...stored, items: [block, block] });
    await writeFile(path, damagedText);

    const reopened = await fixture.open(dir);
    expect(reopened.deskLibrary.list()).toEqual([]);
    expect(reopened.list().briefs.map((row) => row.id)).toEqual([brief.id]);
    const [report] = reopened.list().damaged;
    expect(report).toMatchObject({ id: 'desk-library.json', reason: `The desk library lists the id "${block.id}" twice.` });
    expect(await readFile(join(dir, report?.movedTo ?? ''), 'utf8')).toBe(damagedText);
    await reopened.deskLibrary.save(harbourDesk({ name: 'After the damage' }));
    expect(reopened.deskLibrary.list().map((item) => item.name)).toEqual(['After the damage']);
  });

  it('refuses changes in a read-only library', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    const block = await writer.deskLibrary.save(harbourDesk());
    await fixture.close(writer);
    const reader = await fixture.open(dir, { readOnly: true });
    expect(reader.deskLibrary.list()).toEqual([block]);
    await expect(reader.deskLibrary.save(harbourDesk())).rejects.toMatchObject({ code: 'io' });
    await expect(reader.deskLibrary.delete(block.id)).rejects.toMatchObject({ code: 'io' });
    await expect(reader.templates.delete('x')).rejects.toMatchObject({ code: 'io' });
  });
});
