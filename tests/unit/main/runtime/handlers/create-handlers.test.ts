import { describe, expect, it } from 'vitest';
import { type ApiHandlers, methodNames } from '../../../../../shared/api/contract';
import { dispatch } from '../../../../../shared/api/dispatch';
import { Brief } from '../../../../../shared/model/brief';
import { createHandlers } from '../../../../../main/runtime/handlers/create-handlers';
import { TINY_PNG, sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function setup(): Promise<{ handlers: ApiHandlers; dataDir: string }> {
  const dataDir = await fixture.tempDir();
  const store = await fixture.open(dataDir);
  return { handlers: createHandlers(store, { version: '1.2.3', shell: 'browser' }), dataDir };
}

/** Call through dispatch and return the value, failing the test on a wire error. */
async function call(handlers: ApiHandlers, name: string, input: unknown): Promise<unknown> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('createHandlers through dispatch', () => {
  it('implements every method of the contract', async () => {
    const { handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('runs each method against the store', async () => {
    const { handlers, dataDir } = await setup();
    const created = Brief.parse(await call(handlers, 'createBrief', {}));
    expect(Brief.parse(await call(handlers, 'getBrief', { id: created.id }))).toEqual(created);

    const saved = await call(handlers, 'saveBrief', { id: created.id, baseRevision: 0, content: sampleContent('Via the contract') });
    expect(saved).toMatchObject({ revision: 1, summary: { headline: 'Via the contract' } });

    const copy = Brief.parse(await call(handlers, 'duplicateBrief', { id: created.id }));
    expect(copy.headline).toBe('Via the contract (copy)');

    const listed = await call(handlers, 'listBriefs', {});
    expect(listed).toMatchObject({ briefs: [{ id: copy.id }, { id: created.id }], damaged: [] });

    expect(await call(handlers, 'trashBrief', { id: copy.id })).toMatchObject({ id: copy.id, trashedAt: expect.any(String) });
    expect(await call(handlers, 'listBriefs', { trash: true })).toMatchObject({ briefs: [{ id: copy.id }] });
    expect(await call(handlers, 'restoreBrief', { id: copy.id })).toMatchObject({ trashedAt: null });
    await call(handlers, 'trashBrief', { id: copy.id });
    expect(await call(handlers, 'purgeBrief', { id: copy.id })).toEqual({ ok: true });
    expect(await call(handlers, 'listBriefs', { trash: true })).toMatchObject({ briefs: [] });

    const image = await call(handlers, 'addImage', { fileName: 'dot.png', dataBase64: TINY_PNG.toString('base64') });
    expect(image).toMatchObject({ mime: 'image/png', width: 1, height: 1 });

    expect(await call(handlers, 'getAppInfo', {})).toEqual({ version: '1.2.3', shell: 'browser', dataDir });
  });

  it('turns invalid input into invalid_input, before the store sees it', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'getBrief', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    const brief = Brief.parse(await call(handlers, 'createBrief', {}));
    const badContent = { ...sampleContent('x'), tags: 'not-a-list' };
    expect(await dispatch(handlers, 'saveBrief', { id: brief.id, content: badContent })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await dispatch(handlers, 'addImage', { fileName: 'x.png', dataBase64: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'The image data is not valid base64.' },
    });
  });

  it('passes store errors through with their codes', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'getBrief', { id: 'missing-brief' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const brief = Brief.parse(await call(handlers, 'createBrief', {}));
    await call(handlers, 'saveBrief', { id: brief.id, content: sampleContent('One') });
    expect(await dispatch(handlers, 'saveBrief', { id: brief.id, baseRevision: 0, content: sampleContent('Two') })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await dispatch(handlers, 'purgeBrief', { id: brief.id })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const text = Buffer.from('hello').toString('base64');
    expect(await dispatch(handlers, 'addImage', { fileName: 'a.txt', dataBase64: text })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('answers not_found for an unknown method', async () => {
    const { handlers } = await setup();
    expect(await dispatch(handlers, 'deleteEverything', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Unknown method "deleteEverything"' },
    });
  });
});
