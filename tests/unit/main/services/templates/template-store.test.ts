import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyProblem } from '../../../../../shared/editor/validate-body';
import { Brief } from '../../../../../shared/model/brief';
import { DEFAULT_TEMPLATE } from '../../../../../shared/model/template';
import { contentWithBody, desk, doc, harbourDesk, heading, para, takeaways } from '../../../support/body-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

describe('templates', () => {
  it('starts a new brief from the default template: takeaways, desk, then an empty paragraph', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    expect(brief.body.content?.map((node) => node.type)).toEqual(['keyTakeaways', 'editorsDesk', 'paragraph']);
    expect(brief.body).toEqual(doc(takeaways('', '', ''), desk({ title: 'Strategic Analysis' }, para()), para()));
    expect(bodyProblem(brief.body)).toBeNull();
    expect(await store.get(brief.id)).toEqual(brief);
    expect(store.list().briefs[0]?.wordCount).toBe(0);
  });

  it('lists the built-in template first, and it cannot be deleted or overwritten', async () => {
    const store = await fixture.open(await fixture.tempDir());
    expect(store.templates.list()).toEqual([DEFAULT_TEMPLATE]);
    await expect(store.templates.delete('default')).rejects.toMatchObject({ code: 'invalid_input' });
    const brief = await store.create();
    await expect(store.templates.saveFromBrief('  standard BRIEF ', brief)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(store.templates.list()).toEqual([DEFAULT_TEMPLATE]);
  });

  it('saves a brief as a template (header fields and body skeleton) and creates a brief from it', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const source = await store.create();
    await store.save(source.id, {
      ...contentWithBody(
        'Lisbon water talks',
        takeaways('Flows first.', 'Compensation later.'),
        desk({ title: 'Scope', deskName: 'Water Desk', publication: 'The Brief' }, para('Our analysis.')),
        para('Reported text.'),
        heading('What each side wants'),
        para('More reported text.'),
      ),
      byline: 'Ana Ferreira',
      language: 'pt-PT',
    });

    const template = await store.templates.saveFromBrief('  Water brief ', await store.get(source.id));
    expect(template).toMatchObject({
      name: 'Water brief',
      section: 'Energy',
      byline: 'Ana Ferreira',
      tags: ['grid', 'policy'],
      language: 'pt-PT',
    });
    expect(template.body).toEqual(
      doc(
        takeaways('', ''),
        desk({ title: 'Scope', deskName: 'Water Desk', publication: 'The Brief' }, para()),
        heading('What each side wants'),
        para(),
      ),
    );
    expect(store.templates.list().map((item) => item.name)).toEqual(['Standard brief', 'Water brief']);

    const created = await store.create(template.id);
    expect(created).toMatchObject({
      headline: '',
      standfirst: '',
      status: 'draft',
      section: 'Energy',
      byline: 'Ana Ferreira',
      language: 'pt-PT',
      revision: 0,
    });
    expect(created.tags).toEqual(['grid', 'policy']);
    expect(created.body).toEqual(template.body);
    expect(Brief.parse(JSON.parse(await readFile(join(store.dataDir, 'articles', `${created.id}.json`), 'utf8')))).toEqual(created);
  });

  it('replaces a template saved again under the same name (any case), keeping its id', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    const first = await store.templates.saveFromBrief('Weekly', brief);
    await store.save(brief.id, contentWithBody('Changed', heading('New section')));
    const second = await store.templates.saveFromBrief('WEEKLY', await store.get(brief.id));
    expect(second).toMatchObject({ id: first.id, name: 'WEEKLY', createdAt: first.createdAt, body: doc(heading('New section'), para()) });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(store.templates.list()).toHaveLength(2);
  });

  it('deletes a template; an unknown id is not_found, for deleting and for creating', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const template = await store.templates.saveFromBrief('Short', await store.create());
    await store.templates.delete(template.id);
    expect(store.templates.list()).toEqual([DEFAULT_TEMPLATE]);
    await expect(store.templates.delete(template.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.create(template.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(store.list().briefs).toHaveLength(1);
  });

  it('keeps templates after the library is closed and opened again', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const template = await store.templates.saveFromBrief('Kept', await store.create());
    await fixture.close(store);
    const reopened = await fixture.open(dir);
    expect(reopened.templates.list()).toEqual([DEFAULT_TEMPLATE, template]);
    const stored: unknown = JSON.parse(await readFile(join(dir, 'templates.json'), 'utf8'));
    expect(stored).toEqual({ schemaVersion: 1, items: [template] });
  });

  it('gives synced desks in a template the library text of the day the brief is created', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const block = await store.deskLibrary.save(harbourDesk());
    const source = await store.create();
    await store.save(source.id, contentWithBody('Synced', desk({ title: 'Stale', libraryRef: block.id }, para('Stale copy.'))));
    const template = await store.templates.saveFromBrief('Synced desk', await store.get(source.id));
    await store.deskLibrary.save({ ...harbourDesk({ title: 'Edited original', content: [para('New text.')] }), id: block.id });

    const created = await store.create(template.id);
    const { deskName, series, publication } = harbourDesk();
    expect(created.body.content?.[0]).toEqual(
      desk({ title: 'Edited original', deskName, series, publication, libraryRef: block.id }, para('New text.')),
    );
    expect(
      store.deskLibrary
        .usage(block.id)
        .briefs.map((row) => row.id)
        .sort(),
    ).toEqual([source.id, created.id].sort());
  });
});
