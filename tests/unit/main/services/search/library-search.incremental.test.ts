import { describe, expect, it, vi } from 'vitest';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { searchableContent } from '../../search-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function idsFound(store: LibraryStore, query: string, trash = false): Promise<string[]> {
  const { results } = await store.search.search({ query, trash, limit: 100 });
  return results.map((hit) => hit.summary.id).sort();
}

describe('the search index follows the library', () => {
  it('follows create, save, duplicate, trash, restore and purge', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    expect(await idsFound(store, 'strategic')).toEqual([brief.id]); // the template's desk title

    await store.save(brief.id, searchableContent({ headline: 'Cobalt supply', body: 'Refiners stockpile ore.' }), 0);
    expect(await idsFound(store, 'stockpile')).toEqual([brief.id]);
    await store.save(brief.id, searchableContent({ headline: 'Cobalt supply', body: 'Refiners sell ore.' }), 1);
    expect(await idsFound(store, 'stockpile')).toEqual([]);
    expect(await idsFound(store, 'sell')).toEqual([brief.id]);

    const copy = await store.duplicate(brief.id);
    expect(await idsFound(store, 'cobalt')).toEqual([brief.id, copy.id].sort());

    await store.trash(copy.id);
    expect(await idsFound(store, 'cobalt')).toEqual([brief.id]);
    expect(await idsFound(store, 'cobalt', true)).toEqual([copy.id]);
    await store.restore(copy.id);
    expect(await idsFound(store, 'cobalt')).toEqual([brief.id, copy.id].sort());

    await store.trash(copy.id);
    await store.purge(copy.id);
    expect(await idsFound(store, 'cobalt', true)).toEqual([]);
    expect(await idsFound(store, 'cobalt')).toEqual([brief.id]);
  });

  it('applies a save to the index once the store is idle, and a search right away still sees it', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.createFrom(searchableContent({ headline: 'Lithium note', body: 'Brine ponds expand.' }));
    await store.search.ready();
    await store.save(brief.id, searchableContent({ headline: 'Lithium note', body: 'Hard rock mines expand.' }), 0);
    expect(await idsFound(store, 'brine')).toEqual([]);
    expect(await idsFound(store, 'rock')).toEqual([brief.id]);

    await store.save(brief.id, searchableContent({ headline: 'Lithium note', body: 'Clay deposits.' }), 1);
    await vi.waitFor(() => expect(store.search.pendingCount).toBe(0)); // applied without a search once the store is idle
    expect(await idsFound(store, 'clay')).toEqual([brief.id]);
  });

  it('is built from the brief files when a library is opened again', async () => {
    const dir = await fixture.tempDir();
    const first = await fixture.open(dir);
    const live = await first.createFrom(searchableContent({ headline: 'Tidal energy trial', takeaways: ['Turbines survived storms'] }));
    const binned = await first.createFrom(searchableContent({ headline: 'Tidal barrage dropped' }));
    await first.trash(binned.id);
    await fixture.close(first);

    const second = await fixture.open(dir);
    expect(await idsFound(second, 'turbines')).toEqual([live.id]);
    expect(await idsFound(second, 'tidal', true)).toEqual([binned.id]);
    await second.search.ready();
    expect(second.search.buildMs).not.toBeNull();
  });

  it('keeps a save made while the index is being built', async () => {
    const dir = await fixture.tempDir();
    const first = await fixture.open(dir);
    const ids: string[] = [];
    for (let index = 0; index < 80; index += 1) {
      ids.push((await first.createFrom(searchableContent({ headline: `Quarterly note ${index}`, body: 'Old wording.' }))).id);
    }
    await fixture.close(first);

    const second = await fixture.open(dir);
    const last = ids.at(-1)!;
    // Saved before the build (which starts after the open returns) reaches this brief's file.
    await second.save(last, searchableContent({ headline: 'Quarterly note rewritten', body: 'Fresh wording.' }), 0);
    expect(await idsFound(second, 'fresh')).toEqual([last]);
    expect((await idsFound(second, 'old')).length).toBe(79);
  });
});
