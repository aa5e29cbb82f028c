import { describe, expect, it, vi } from 'vitest';
import { type ApiHandlers, type HandlersOf, templatesContract } from '../../../../shared/api/contract';
import { BriefdeskError } from '../../../../shared/model/errors';
import { createHandlers } from '../../../../main/runtime/handlers/create-handlers';
import { handlersWhenReady } from '../../../../main/runtime/handlers/handlers-when-ready';
import { lazyFunction, lazySection } from '../../../../main/runtime/handlers/lazy-section';
import { createRuntime } from '../../../../main/runtime/runtime';
import { call } from '../../support/handler-fixtures';
import { sampleContent, storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

describe('work a shell defers past its start', () => {
  it('builds the search index once the list has been answered when the library opened without it', async () => {
    const dataDir = await fixture.tempDir();
    const writer = await fixture.open(dataDir);
    const brief = await writer.create();
    await writer.save(brief.id, sampleContent('Harbour tariffs rise'), 0);
    await writer.close();

    const runtime = createRuntime({
      dataDir,
      version: '1.2.3',
      shell: 'browser',
      indexSyncAtOpen: false,
      background: 'after-first-list',
      backgroundStartMs: 60_000,
    });
    try {
      const store = (await runtime.start()).current;
      expect(store.indexProgress().state).toBe('checking');

      const listed = (await call(runtime.handlers, 'listBriefs', {})) as { briefs: { id: string }[] };
      expect(listed.briefs.map((row) => row.id)).toEqual([brief.id]);
      await vi.waitFor(() => expect(store.indexProgress().state).toBe('ready'), { timeout: 10_000 });
      // A second listing does not start another check.
      await call(runtime.handlers, 'listBriefs', {});
      const found = (await call(runtime.handlers, 'searchBriefs', { query: 'tariffs', trash: false, offset: 0, limit: 10 })) as {
        total: number;
      };
      expect(found.total).toBe(1);
    } finally {
      await runtime.stop();
    }
  });

  it('loads a lazily implemented section of the contract once, and again after a failed load', async () => {
    const listTemplates = vi.fn(async () => []);
    const loaded: HandlersOf<typeof templatesContract> = {
      listTemplates,
      saveTemplate: vi.fn(),
      deleteTemplate: vi.fn(),
    };
    const load = vi
      .fn<() => Promise<HandlersOf<typeof templatesContract>>>()
      .mockRejectedValueOnce(new Error('module missing'))
      .mockResolvedValue(loaded);
    const handlers = lazySection(templatesContract, load);
    expect(Object.keys(handlers).sort()).toEqual(['deleteTemplate', 'listTemplates', 'saveTemplate']);
    await expect(handlers.listTemplates({})).rejects.toThrow('module missing');
    await handlers.listTemplates({});
    await handlers.listTemplates({});
    expect(load).toHaveBeenCalledTimes(2);
    expect(listTemplates).toHaveBeenCalledTimes(2);
  });

  it('loads a lazy function on its first call and passes its arguments', async () => {
    const twice = vi.fn(async (value: number) => value * 2);
    const load = vi.fn(async () => twice);
    const lazy = lazyFunction(load);
    expect(await lazy(2)).toBe(4);
    expect(await lazy(5)).toBe(10);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers calls made while the library opens once it is open, and fails them if it cannot open', async () => {
    const store = await fixture.open(await fixture.tempDir());
    let open: (handlers: ApiHandlers) => void = () => undefined;
    const waiting = handlersWhenReady(new Promise<ApiHandlers>((resolve) => (open = resolve)));
    const early = waiting.listBriefs({ trash: false, sort: 'updated', offset: 0 });
    open(createHandlers(store, { version: '1.2.3', shell: 'browser' }));
    expect(await early).toMatchObject({ briefs: [], total: 0, damaged: [] });

    const failed = Promise.reject(new BriefdeskError('conflict', 'This library is open in another Briefdesk.'));
    failed.catch(() => undefined);
    await expect(handlersWhenReady(failed).listBriefs({ trash: false, sort: 'updated', offset: 0 })).rejects.toThrow(
      'open in another Briefdesk',
    );
  });
});
