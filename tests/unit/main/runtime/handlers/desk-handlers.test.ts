import { describe, expect, it } from 'vitest';
import { contract } from '../../../../../shared/api/contract';
import { Brief } from '../../../../../shared/model/brief';
import { DeskBlock } from '../../../../../shared/model/desk-block';
import { contentWithBody, desk, harbourDesk, heading } from '../../../support/body-fixtures';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

describe('desk-library methods through dispatch', () => {
  it('saves, gets, lists, searches, renames, reports usage and deletes', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const block = DeskBlock.parse(await call(handlers, 'saveDeskBlock', harbourDesk()));
    const other = DeskBlock.parse(await call(handlers, 'saveDeskBlock', harbourDesk({ name: 'Another desk', title: 'Grid view' })));
    expect(await call(handlers, 'getDeskBlock', { id: block.id })).toEqual(block);

    const edited = DeskBlock.parse(await call(handlers, 'saveDeskBlock', { ...harbourDesk({ title: 'Edited' }), id: block.id }));
    expect(edited).toMatchObject({ id: block.id, title: 'Edited' });

    const all = contract.listDeskBlocks.output.parse(await call(handlers, 'listDeskBlocks', {}));
    expect(all.map((item) => item.id)).toEqual([other.id, block.id]);
    expect(await call(handlers, 'listDeskBlocks', { query: 'grid' })).toEqual([other]);

    expect(await call(handlers, 'renameDeskBlock', { id: other.id, name: ' Zed ' })).toMatchObject({ name: 'Zed' });

    const brief = Brief.parse(await call(handlers, 'createBrief', {}));
    await call(handlers, 'saveBrief', {
      id: brief.id,
      baseRevision: 0,
      content: contentWithBody('Uses it', desk({ libraryRef: block.id })),
    });
    const usage = contract.deskBlockUsage.output.parse(await call(handlers, 'deskBlockUsage', { id: block.id }));
    expect(usage.briefs.map((row) => row.id)).toEqual([brief.id]);

    expect(await call(handlers, 'deleteDeskBlock', { id: block.id })).toEqual({ detached: [brief.id] });
    const after = Brief.parse(await call(handlers, 'getBrief', { id: brief.id }));
    expect(after.revision).toBe(2);
    expect(after.body.content?.[0]).toMatchObject({ attrs: { title: 'Edited', libraryRef: null } });
    await expectFailure(handlers, 'getDeskBlock', { id: block.id }, 'not_found');
    expect(await call(handlers, 'deleteDeskBlock', { id: other.id })).toEqual({ detached: [] });
  });

  it('refuses bad input before or in the store', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    await expectFailure(handlers, 'saveDeskBlock', harbourDesk({ content: [] }), 'invalid_input');
    await expectFailure(handlers, 'saveDeskBlock', harbourDesk({ content: [heading('No headings')] }), 'invalid_input');
    await expectFailure(handlers, 'saveDeskBlock', { ...harbourDesk(), content: 'text' }, 'invalid_input');
    await expectFailure(handlers, 'saveDeskBlock', harbourDesk({ name: '' }), 'invalid_input');
    await expectFailure(handlers, 'saveDeskBlock', harbourDesk({ title: 'x'.repeat(301) }), 'invalid_input');
    await expectFailure(handlers, 'saveDeskBlock', { ...harbourDesk(), id: 'unknown' }, 'not_found');
    await expectFailure(handlers, 'renameDeskBlock', { id: 'unknown', name: 'x' }, 'not_found');
    await expectFailure(handlers, 'renameDeskBlock', { id: 'unknown', name: ' ' }, 'invalid_input');
    await expectFailure(handlers, 'deskBlockUsage', { id: 'a/b' }, 'invalid_input');
    await expectFailure(handlers, 'deleteDeskBlock', { id: 'unknown' }, 'not_found');
    await expectFailure(handlers, 'listDeskBlocks', { query: 'q'.repeat(201) }, 'invalid_input');
    expect(await call(handlers, 'listDeskBlocks', {})).toEqual([]);
  });
});
