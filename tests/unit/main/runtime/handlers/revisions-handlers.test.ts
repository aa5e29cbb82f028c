import { describe, expect, it } from 'vitest';
import { contract } from '../../../../../shared/api/contract';
import { Brief, BriefContent } from '../../../../../shared/model/brief';
import { contentWithBody, desk, para, takeaways } from '../../../support/body-fixtures';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

const first = contentWithBody(
  'Corridor talks begin',
  takeaways('Ports meet in May.', 'Funding is uneven.'),
  desk({}, para('Early moves set the rules.')),
);
const second = contentWithBody(
  'Corridor talks stall',
  takeaways('Ports meet in June.', 'Funding is uneven.'),
  desk({}, para('Early moves set the rules.')),
);

describe('revision methods through dispatch', () => {
  it('lists, names, reads, diffs and restores revisions, and the restore can be undone', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const { id } = Brief.parse(await call(handlers, 'createBrief', {}));
    await call(handlers, 'saveBrief', { id, content: first });
    const version = contract.saveVersion.output.parse(await call(handlers, 'saveVersion', { id, name: 'Talks begin' }));
    expect(version).toMatchObject({ kind: 'named', name: 'Talks begin', briefRevision: 1 });
    await call(handlers, 'saveBrief', { id, content: second, baseRevision: 1 });

    const { revisions } = contract.listRevisions.output.parse(await call(handlers, 'listRevisions', { id }));
    expect(revisions.map((revision) => revision.kind)).toEqual(['named', 'auto']);
    const revision = contract.getRevision.output.parse(await call(handlers, 'getRevision', { id, revisionId: version.id }));
    expect(revision.content).toEqual(first);

    const diff = contract.diffRevision.output.parse(await call(handlers, 'diffRevision', { id, revisionId: version.id }));
    expect(diff.fields.map((field) => [field.field, field.before, field.after])).toEqual([
      ['headline', 'Corridor talks begin', 'Corridor talks stall'],
    ]);
    expect(diff.body.filter((line) => line.change !== 'unchanged').map((line) => [line.label, line.before, line.after])).toEqual([
      ['Key Takeaways 1', 'Ports meet in May.', 'Ports meet in June.'],
    ]);
    const between = contract.diffRevision.output.parse(
      await call(handlers, 'diffRevision', { id, revisionId: revisions[1]?.id, toRevisionId: version.id }),
    );
    expect(between.identical).toBe(true);

    const restored = contract.restoreRevision.output.parse(await call(handlers, 'restoreRevision', { id, revisionId: version.id }));
    expect(BriefContent.parse(restored.brief)).toEqual(first);
    expect(restored.brief.revision).toBe(3);
    const undone = contract.restoreRevision.output.parse(
      await call(handlers, 'restoreRevision', { id, revisionId: restored.undoRevisionId }),
    );
    expect(BriefContent.parse(undone.brief)).toEqual(second);
    expect(BriefContent.parse(await call(handlers, 'getBrief', { id }))).toEqual(second);
  });

  it('refuses bad input with clear codes', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const { id } = Brief.parse(await call(handlers, 'createBrief', {}));
    await expectFailure(handlers, 'saveVersion', { id, name: '  ' }, 'invalid_input');
    await expectFailure(handlers, 'saveVersion', { id, name: 'x'.repeat(121) }, 'invalid_input');
    await expectFailure(handlers, 'getRevision', { id, revisionId: '../../articles/x' }, 'invalid_input');
    await expectFailure(handlers, 'getRevision', { id, revisionId: '20250101T000000000Z-auto-abcdef' }, 'not_found');
    await expectFailure(handlers, 'restoreRevision', { id, revisionId: '20250101T000000000Z-auto-abcdef' }, 'not_found');
    await expectFailure(handlers, 'listRevisions', { id: 'no-such-brief' }, 'not_found');
    expect(contract.listRevisions.output.parse(await call(handlers, 'listRevisions', { id }))).toEqual({ revisions: [] });
  });
});
