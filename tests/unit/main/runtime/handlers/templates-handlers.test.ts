import { describe, expect, it } from 'vitest';
import { contract } from '../../../../../shared/api/contract';
import { Brief } from '../../../../../shared/model/brief';
import { Template } from '../../../../../shared/model/template';
import { contentWithBody, heading, para } from '../../../support/body-fixtures';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

describe('template methods through dispatch', () => {
  it('createBrief({}) still works and uses the default template; templateId picks another', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const plain = Brief.parse(await call(handlers, 'createBrief', {}));
    expect(plain.body.content?.map((node) => node.type)).toEqual(['keyTakeaways', 'editorsDesk', 'paragraph']);
    expect(Brief.parse(await call(handlers, 'createBrief', { templateId: 'default' })).body).toEqual(plain.body);
    await expectFailure(handlers, 'createBrief', { templateId: 'no-such-template' }, 'not_found');
    await expectFailure(handlers, 'createBrief', { templateId: '../etc' }, 'invalid_input');
  });

  it('lists, saves, uses and deletes templates', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const source = Brief.parse(await call(handlers, 'createBrief', {}));
    await call(handlers, 'saveBrief', { id: source.id, content: contentWithBody('Source', heading('Background'), para('Text.')) });

    const saved = Template.parse(await call(handlers, 'saveTemplate', { name: ' Background first ', fromBriefId: source.id }));
    expect(saved).toMatchObject({ name: 'Background first', body: { type: 'doc', content: [heading('Background'), para()] } });
    const listed = contract.listTemplates.output.parse(await call(handlers, 'listTemplates', {}));
    expect(listed.map((template) => template.id)).toEqual(['default', saved.id]);

    const created = Brief.parse(await call(handlers, 'createBrief', { templateId: saved.id }));
    expect(created.body).toEqual(saved.body);

    expect(await call(handlers, 'deleteTemplate', { id: saved.id })).toEqual({ ok: true });
    await expectFailure(handlers, 'deleteTemplate', { id: saved.id }, 'not_found');
    await expectFailure(handlers, 'deleteTemplate', { id: 'default' }, 'invalid_input');
  });

  it('checks names and the source brief', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const source = Brief.parse(await call(handlers, 'createBrief', {}));
    await expectFailure(handlers, 'saveTemplate', { name: '   ', fromBriefId: source.id }, 'invalid_input');
    await expectFailure(handlers, 'saveTemplate', { name: 'x'.repeat(121), fromBriefId: source.id }, 'invalid_input');
    await expectFailure(handlers, 'saveTemplate', { name: 'Standard Brief', fromBriefId: source.id }, 'invalid_input');
    await expectFailure(handlers, 'saveTemplate', { name: 'Fine', fromBriefId: 'missing-brief' }, 'not_found');
    expect(await call(handlers, 'saveTemplate', { name: 'x'.repeat(120), fromBriefId: source.id })).toMatchObject({
      name: 'x'.repeat(120),
    });
  });
});
