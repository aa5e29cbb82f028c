import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../../../shared/model/template';
import { contentWithBody, heading } from '../../../support/body-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A closed library with one brief and one saved template. */
async function libraryWithTemplate() {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  const brief = await store.create();
  await store.save(brief.id, contentWithBody('Source', heading('Context')));
  await store.templates.saveFromBrief('Context first', await store.get(brief.id));
  await fixture.close(store);
  return { dir, briefId: brief.id, path: join(dir, 'templates.json') };
}

describe('templates.json that cannot be used', () => {
  it('moves a damaged file to quarantine byte for byte, reports it, and still opens', async () => {
    const { dir, briefId, path } = await libraryWithTemplate();
    const garbage = '{"schemaVersion": 1, "items": [ {"id": ';
    await writeFile(path, garbage);

    const store = await fixture.open(dir);
    expect(store.templates.list()).toEqual([DEFAULT_TEMPLATE]);
    expect(store.list().briefs.map((row) => row.id)).toEqual([briefId]);
    const [report] = store.list().damaged;
    expect(report).toMatchObject({ id: 'templates.json', reason: expect.stringMatching(/^Not valid JSON/) });
    expect(report?.movedTo).toMatch(/^quarantine[/\\]templates\..+\.json$/);
    expect(await readFile(join(dir, report?.movedTo ?? ''), 'utf8')).toBe(garbage);

    // A new template goes to a new file; the damaged one stays in quarantine.
    await store.templates.saveFromBrief('Fresh start', await store.get(briefId));
    expect(store.templates.list().map((template) => template.name)).toEqual(['Standard brief', 'Fresh start']);
    await fixture.close(store);
    const reopened = await fixture.open(dir);
    expect(reopened.templates.list()).toHaveLength(2);
    expect(reopened.list().damaged).toEqual([report]);
  });

  it('quarantines valid JSON with a template whose body the editor cannot open', async () => {
    const { dir, path } = await libraryWithTemplate();
    const stored = JSON.parse(await readFile(path, 'utf8'));
    stored.items[0].body = { type: 'doc', content: [{ type: 'marquee' }] };
    await writeFile(path, JSON.stringify(stored));
    const store = await fixture.open(dir);
    expect(store.templates.list()).toEqual([DEFAULT_TEMPLATE]);
    expect(store.list().damaged[0]?.reason).toMatch(/^Does not match the template list format: items\.0\.body: The body does not fit/);
    expect((await readdir(join(dir, 'quarantine'))).some((name) => name.startsWith('templates.'))).toBe(true);
  });

  it('leaves a file from a newer Briefdesk alone and refuses to overwrite it', async () => {
    const { dir, briefId, path } = await libraryWithTemplate();
    const newer = JSON.stringify({ schemaVersion: 9, items: [], folders: [] });
    await writeFile(path, newer);
    const store = await fixture.open(dir);
    expect(store.templates.list()).toEqual([DEFAULT_TEMPLATE]);
    expect(store.list().damaged).toEqual([expect.objectContaining({ id: 'templates.json', movedTo: 'templates.json' })]);
    await expect(store.templates.saveFromBrief('Nope', await store.get(briefId))).rejects.toMatchObject({ code: 'unsupported' });
    expect((await store.create()).body.content).toHaveLength(3);
    await fixture.close(store);
    expect(await readFile(path, 'utf8')).toBe(newer);
    // Reported on each open, never stored in library.json.
    const library = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(library.damaged).toEqual([]);
  });

  it('read-only: reports a damaged file where it is and moves nothing', async () => {
    const { dir, path } = await libraryWithTemplate();
    await writeFile(path, 'not json');
    const store = await fixture.open(dir, { readOnly: true });
    expect(store.list().damaged).toEqual([expect.objectContaining({ id: 'templates.json', movedTo: 'templates.json' })]);
    expect(await readFile(path, 'utf8')).toBe('not json');
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
  });
});
