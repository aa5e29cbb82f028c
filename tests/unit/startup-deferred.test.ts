import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../shared/api/contract';
import { BriefdeskError } from '../../shared/model/errors';
import { createHandlers } from '../../main/services/handlers';
import { lazyFunction, lazyHandlers } from '../../main/services/lazy-handlers';
import { handlersWhenReady } from '../../main/web/handlers-when-ready';
import { call } from './handler-fixtures';
import { sampleContent, storeFixture } from './store-fixtures';

const fixture = storeFixture();

describe('work a shell defers past its start', () => {
  it('builds the search index once the list has been answered when the library opened without it', async () => {
    const dataDir = await fixture.tempDir();
    const writer = await fixture.open(dataDir);
    const brief = await writer.create();
    await writer.save(brief.id, sampleContent('Harbour tariffs rise'), 0);
    await writer.close();

    const store = await fixture.open(dataDir, { searchIndex: false });
    const handlers = createHandlers(store, { version: '1.2.3', shell: 'browser' });
    await store.search.ready();
    expect(store.search.buildMs).toBeNull();

    const listed = (await call(handlers, 'listBriefs', {})) as { briefs: { id: string }[] };
    expect(listed.briefs.map((row) => row.id)).toEqual([brief.id]);
    await store.search.ready();
    expect(store.search.buildMs).not.toBeNull();
    // A second listing does not start another build.
    await call(handlers, 'listBriefs', {});
    const found = (await call(handlers, 'searchBriefs', { query: 'tariffs', trash: false, limit: 10 })) as { total: number };
    expect(found.total).toBe(1);
  });

  it('loads a lazily implemented group of methods once, and again after a failed load', async () => {
    const listTemplates = vi.fn(async () => ({ templates: [] }));
    const load = vi
      .fn<() => Promise<Pick<ApiHandlers, 'listTemplates'>>>()
      .mockRejectedValueOnce(new Error('module missing'))
      .mockResolvedValue({ listTemplates } as unknown as Pick<ApiHandlers, 'listTemplates'>);
    const handlers = lazyHandlers(['listTemplates'], load);
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
    const early = waiting.listBriefs({ trash: false });
    open(createHandlers(store, { version: '1.2.3', shell: 'browser' }));
    expect(await early).toEqual({ briefs: [], damaged: [] });

    const failed = Promise.reject(new BriefdeskError('conflict', 'This library is open in another Briefdesk.'));
    failed.catch(() => undefined);
    await expect(handlersWhenReady(failed).listBriefs({ trash: false })).rejects.toThrow('open in another Briefdesk');
  });
});
