import { describe, expect, it } from 'vitest';
import { contract } from '../../../../../shared/api/contract';
import { dispatch } from '../../../../../shared/api/dispatch';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { searchableContent } from '../../search-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('the searchBriefs handler', () => {
  it('answers through dispatch with rows, scores and highlights that fit the contract', async () => {
    const { handlers, store } = await handlersOnNewLibrary(fixture);
    const brief = await store.createFrom(searchableContent({ headline: 'Glacier retreat measured', tags: ['climate'], status: 'review' }));
    const answer = contract.searchBriefs.output.parse(await call(handlers, 'searchBriefs', { query: 'glacier' }));
    expect(answer.total).toBe(1);
    expect(answer.results[0]).toMatchObject({ summary: { id: brief.id, status: 'review' }, headlineHighlights: [{ start: 0, end: 7 }] });
    const filtered = contract.searchBriefs.output.parse(await call(handlers, 'searchBriefs', { query: 'glacier', status: 'draft' }));
    expect(filtered).toMatchObject({ results: [], total: 0, totalExact: true, correctedQuery: null });
  });

  it('finds an imported brief', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    const text =
      'Fjord ferries go electric\n\nOperators replace diesel hulls with battery ships by autumn.\n\nCharging berths are being built at both ends of the crossing.';
    const report = (await call(handlers, 'importFile', { fileName: 'ferries.txt', dataBase64: base64(text) })) as { id: string };
    const answer = contract.searchBriefs.output.parse(await call(handlers, 'searchBriefs', { query: 'berths' }));
    expect(answer.results.map((hit) => hit.summary.id)).toEqual([report.id]);
  });

  it('refuses bad input with a clear message', async () => {
    const { handlers } = await handlersOnNewLibrary(fixture);
    await expectFailure(handlers, 'searchBriefs', { query: 'x', updatedAfter: 'last week' }, 'invalid_input');
    await expectFailure(handlers, 'searchBriefs', { query: 'x', status: 'archived' }, 'invalid_input');
    const result = await dispatch(handlers, 'searchBriefs', { query: 'x', limit: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('limit') } });
  });
});
