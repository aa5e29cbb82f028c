import { describe, expect, it, vi } from 'vitest';
import { LibrarySearch, type SearchSource } from '../../../../../main/services/search/library-search';
import { BRIEF_SCHEMA_VERSION, type Brief, type BriefSummary } from '../../../../../shared/model/brief';
import { searchableContent, type SearchableParts } from '../../search-fixtures';

const AT = '2025-03-01T09:00:00.000Z';

function briefOf(id: string, parts: SearchableParts): Brief {
  return {
    schemaVersion: BRIEF_SCHEMA_VERSION,
    id,
    revision: 0,
    createdAt: AT,
    updatedAt: AT,
    trashedAt: null,
    ...searchableContent(parts),
  };
}

const summaryOf = (brief: Brief): BriefSummary => ({
  id: brief.id,
  headline: brief.headline,
  section: brief.section,
  status: brief.status,
  tags: brief.tags,
  wordCount: 0,
  createdAt: brief.createdAt,
  updatedAt: brief.updatedAt,
  trashedAt: brief.trashedAt,
});

/** A library of briefs in memory, as the store offers it to the search. */
function memorySource(briefs: Brief[], state = { writing: false }): SearchSource & { briefs: Map<string, Brief>; reads: number } {
  const byId = new Map(briefs.map((brief) => [brief.id, brief]));
  const source = {
    briefs: byId,
    reads: 0,
    row: (id: string) => {
      const brief = byId.get(id);
      return brief ? summaryOf(brief) : undefined;
    },
    summary: (id: string) => {
      const brief = byId.get(id);
      return brief ? summaryOf(brief) : undefined;
    },
    summaries: () => [...byId.values()].map(summaryOf),
    writing: () => state.writing,
    readBrief: async (id: string) => {
      source.reads += 1;
      return byId.get(id) ?? null;
    },
  };
  return source;
}

const ids = async (search: LibrarySearch, query: string): Promise<string[]> =>
  (await search.search({ query, trash: false, limit: 100 })).results.map((hit) => hit.summary.id).sort();

describe('the search index: deferred updates and the background build', () => {
  it('applies a put or remove made just before a search to that search', async () => {
    const first = briefOf('first', { headline: 'Copper smelters', body: 'Output fell.' });
    const source = memorySource([first]);
    const search = new LibrarySearch(source);
    search.start();
    await search.ready();

    const edited = briefOf('first', { headline: 'Copper smelters', body: 'Output rose.' });
    source.briefs.set('first', edited);
    search.put(edited);
    expect(search.pendingCount).toBe(1); // not indexed yet
    expect(await ids(search, 'rose')).toEqual(['first']);
    expect(await ids(search, 'fell')).toEqual([]);

    search.remove('first');
    source.briefs.delete('first');
    expect(await ids(search, 'copper')).toEqual([]);
  });

  it('applies pending changes without a search once the library is not writing', async () => {
    const state = { writing: false };
    const search = new LibrarySearch(memorySource([], state));
    search.start();
    await search.ready();
    search.put(briefOf('late', { headline: 'Nickel' }));
    expect(search.pendingCount).toBe(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(search.pendingCount).toBe(0);

    state.writing = true;
    search.put(briefOf('later', { headline: 'Zinc' }));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(search.pendingCount).toBe(1); // waits while the library writes
    state.writing = false;
    await vi.waitFor(() => expect(search.pendingCount).toBe(0));
  });

  it('waits while the library writes, then finishes the build', async () => {
    const state = { writing: true };
    const briefs = Array.from({ length: 20 }, (_, index) => briefOf(`brief-${index}`, { headline: `Tin note ${index}` }));
    const source = memorySource(briefs, state);
    const search = new LibrarySearch(source);
    search.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(source.reads).toBe(0); // gave way to the writes
    state.writing = false;
    await search.ready();
    expect(source.reads).toBe(20);
    expect((await ids(search, 'tin')).length).toBe(20);
  });
});
