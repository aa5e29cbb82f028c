import { describe, expect, it } from 'vitest';
import type { LibraryFindOptions, LibraryMatch, ReplaceJobStatus } from '../../../../../shared/api/contract/replace';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { LibraryReplace } from '../../../../../main/services/replace/library-replace';
import { findInLibrary, SLOW_PROBLEM } from '../../../../../main/services/replace/library-search';
import { plainTextOf } from '../../../../../shared/model/word-count';
import { contentWithBody, desk, harbourDesk, heading, para, takeaways } from '../../../support/body-fixtures';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

function options(search: string, replace: string, extra: Partial<LibraryFindOptions> = {}): LibraryFindOptions {
  return { search, replace, caseSensitive: false, wholeWord: false, regexp: false, ...extra };
}

async function library(): Promise<LibraryStore> {
  return fixture.open(await fixture.tempDir());
}

function picksOf(matches: readonly LibraryMatch[]) {
  return matches.map(({ source, id, index, match }) => ({ source, id, index, match }));
}

async function replaceAll(
  store: LibraryStore,
  opts: LibraryFindOptions,
  matches: readonly LibraryMatch[],
  seam?: ConstructorParameters<typeof LibraryReplace>[1],
): Promise<ReplaceJobStatus> {
  const replace = new LibraryReplace(store, seam);
  const { jobId, finished } = replace.start(opts, picksOf(matches));
  await finished;
  return replace.status(jobId);
}

describe('findInLibrary', () => {
  it('finds matches in every field kind of every brief, with labels and context', async () => {
    const store = await library();
    const content = contentWithBody(
      'Harbour dues rise',
      takeaways('Harbour fees go up', 'Ships wait longer', 'Ports compete'),
      heading('The harbour question'),
      para('Every harbour in the region is affected.'),
      desk({ title: 'Harbour view', deskName: 'Harbour desk' }, para('The harbour board meets.')),
    );
    const a = await store.createFrom({ ...content, standfirst: 'A harbour story', byline: 'By Harbour Staff' });
    await store.createFrom(sampleContent('Nothing here', 'No match at all.'));
    const found = await findInLibrary(store, options('harbour', 'port'));
    expect(found.problem).toBeNull();
    expect(found.briefsSearched).toBe(2);
    expect(found.matches.map((match) => match.label)).toEqual([
      'Headline',
      'Standfirst',
      'Byline',
      'Key Takeaways',
      'Body',
      'Body',
      'Editor’s Desk desk title',
      'Editor’s Desk',
      'Editor’s Desk desk name',
    ]);
    expect(found.matches.every((match) => match.id === a.id && match.title === 'Harbour dues rise')).toBe(true);
    const body = found.matches[5];
    expect(body).toMatchObject({ before: 'Every ', match: 'harbour', after: ' in the region is affected.', replacement: 'port' });
  });

  it('applies match case, whole word and regular expressions with $1 groups', async () => {
    const store = await library();
    await store.createFrom(sampleContent('Rates and Ratesetters', 'rates rates Rates ratesetting'));
    expect((await findInLibrary(store, options('Rates', 'x', { caseSensitive: true }))).matches.map((m) => m.match)).toEqual([
      'Rates',
      'Rates',
      'Rates',
    ]);
    expect((await findInLibrary(store, options('rates', 'x', { wholeWord: true }))).matches).toHaveLength(4);
    const regex = await findInLibrary(store, options('(r)ates(\\w+)', '$2-$1', { regexp: true }));
    expect(regex.matches.map((m) => `${m.match}→${m.replacement}`)).toEqual(['Ratesetters→etters-R', 'ratesetting→etting-r']);
  });

  it('reports an invalid, empty-matching or too slow pattern instead of searching', async () => {
    const store = await library();
    await store.createFrom(sampleContent('Slow', `${'a'.repeat(40)}!`));
    expect((await findInLibrary(store, options('(', '', { regexp: true }))).problem).toMatch(/^Invalid pattern/);
    expect((await findInLibrary(store, options('x*', '', { regexp: true }))).problem).toMatch(/empty text/);
    expect((await findInLibrary(store, options('(a+)+$', '', { regexp: true }))).problem).toBe(SLOW_PROBLEM);
  });

  it('flags a replacement that would empty a takeaway item or the headline', async () => {
    const store = await library();
    await store.createFrom(contentWithBody('Tariffs', takeaways('Tariffs', 'Tariffs rise', 'Trade slows')));
    const found = await findInLibrary(store, options('tariffs', ''));
    expect(found.matches.map((m) => m.empties)).toEqual(['Headline', 'Key Takeaways item', null]);
  });
});

describe('LibraryReplace', () => {
  it('replaces the picked matches only, takes a revision of each changed brief first, and counts', async () => {
    const store = await library();
    const a = await store.createFrom(sampleContent('Grid outlook', 'The grid is tight. The grid holds.'));
    const b = await store.createFrom(sampleContent('Grid prices', 'Grid prices climb.'));
    const c = await store.createFrom(sampleContent('Untouched', 'Nothing to see.'));
    const found = await findInLibrary(store, options('grid', 'network'));
    const unticked = found.matches.find((m) => m.id === a.id && m.label === 'Body');
    const status = await replaceAll(
      store,
      options('grid', 'network'),
      found.matches.filter((m) => m !== unticked),
    );
    expect(status).toMatchObject({ state: 'done', briefsChanged: 2, replacements: 4, total: 2, processed: 2 });
    expect(plainTextOf((await store.get(a.id)).body)).toBe('The grid is tight. The network holds.');
    expect((await store.get(a.id)).headline).toBe('network outlook');
    expect((await store.get(b.id)).headline).toBe('network prices');
    const [revision] = await store.revisions.list(a.id);
    expect(revision?.kind).toBe('before-replace');
    const kept = await store.revisions.get(a.id, revision?.id ?? '');
    expect(kept.content.headline).toBe('Grid outlook');
    await store.revisions.restore(a.id, revision?.id ?? '');
    expect((await store.get(a.id)).headline).toBe('Grid outlook');
    expect(await store.revisions.list(c.id)).toEqual([]);
  });

  it('stops on Cancel: processed briefs changed and restorable, the rest untouched', async () => {
    const store = await library();
    const ids: string[] = [];
    for (let n = 0; n < 4; n += 1) ids.push((await store.createFrom(sampleContent(`Brief ${n}`, 'coal coal'))).id);
    const found = await findInLibrary(store, options('coal', 'gas'));
    let replace: LibraryReplace | null = null;
    let jobId = '';
    replace = new LibraryReplace(store, {
      afterEach: (progress) => {
        if (progress.processed === 2) replace?.cancel(jobId);
      },
    });
    const started = replace.start(options('coal', 'gas'), picksOf(found.matches));
    jobId = started.jobId;
    await started.finished;
    const status = replace.status(jobId);
    expect(status).toMatchObject({ state: 'cancelled', processed: 2, briefsChanged: 2, replacements: 4 });
    const texts = await Promise.all(ids.map(async (id) => plainTextOf((await store.get(id)).body)));
    expect(texts.filter((text) => text === 'gas gas')).toHaveLength(2);
    expect(texts.filter((text) => text === 'coal coal')).toHaveLength(2);
    for (const id of status.changedBriefIds) expect((await store.revisions.list(id))[0]?.kind).toBe('before-replace');
  });

  it('leaves synced desk copies alone and changes the desk library original only when its row is picked', async () => {
    const store = await library();
    const block = await store.deskLibrary.save(harbourDesk({ content: [para('Sequencing wins deals.')] }));
    const synced = desk({ libraryRef: block.id, title: block.title }, para('Sequencing wins deals.'));
    const brief = await store.createFrom(contentWithBody('Sequencing matters', synced));
    const found = await findInLibrary(store, options('sequencing', 'ordering'));
    expect(found.syncedCopies).toBe(2);
    const briefRows = found.matches.filter((m) => m.source === 'brief');
    const deskRows = found.matches.filter((m) => m.source === 'desk');
    expect(briefRows.map((m) => m.label)).toEqual(['Headline']);
    expect(deskRows.map((m) => m.label)).toEqual(['Editor’s Desk desk title', 'Editor’s Desk']);

    const briefOnly = await replaceAll(store, options('sequencing', 'ordering'), briefRows);
    expect(briefOnly.desksChanged).toBe(0);
    expect(store.deskLibrary.get(block.id).title).toBe('Why sequencing wins');

    const withDesk = await replaceAll(store, options('sequencing', 'ordering'), deskRows);
    expect(withDesk).toMatchObject({ desksChanged: 1, replacements: 2, briefsChanged: 0 });
    const changed = store.deskLibrary.get(block.id);
    expect(changed.title).toBe('Why ordering wins');
    expect(plainTextOf({ type: 'doc', content: changed.content })).toBe('ordering wins deals.');
    expect((await store.get(brief.id)).headline).toBe('ordering matters');
  });

  it('skips a match whose text changed since the preview, and never blanks the headline', async () => {
    const store = await library();
    const a = await store.createFrom(contentWithBody('Levy', takeaways('levy', 'Levy on imports', 'Trade')));
    const found = await findInLibrary(store, options('levy', ''));
    await store.save(
      a.id,
      { ...(await store.get(a.id)), body: contentWithBody('Levy', takeaways('tax', 'Levy on imports', 'Trade')).body },
      0,
    );
    const status = await replaceAll(store, options('levy', ''), found.matches);
    const after = await store.get(a.id);
    expect(after.headline).toBe('Levy');
    // The preview's 2nd and 3rd matches ("levy", "Levy") now read "Levy" and nothing: both skipped, the brief as edited.
    expect(status.notes).toEqual([
      '“Levy”: changed since the preview — 2 matches skipped.',
      '“Levy”: 1 match skipped — a required field would be blank.',
    ]);
    expect(plainTextOf(after.body)).toBe('tax\nLevy on imports\nTrade');
  });

  it('stops before changing anything when a brief edited since the preview makes the pattern too slow', async () => {
    const store = await library();
    const a = await store.createFrom(sampleContent('Quotas', 'quota ab'));
    const pattern = options('(a+)+b', 'x', { regexp: true });
    const found = await findInLibrary(store, pattern);
    expect(found.problem).toBeNull();
    const edited = await store.save(a.id, { ...(await store.get(a.id)), standfirst: `${'a'.repeat(40)}!` }, 0);
    const status = await replaceAll(store, pattern, found.matches);
    expect(status).toMatchObject({ state: 'failed', error: SLOW_PROBLEM, briefsChanged: 0 });
    expect((await store.get(a.id)).revision).toBe(edited.revision);
  });
});
