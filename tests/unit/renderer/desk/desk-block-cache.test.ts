import { describe, expect, it } from 'vitest';
import type { BriefSummary } from '../../../../shared/model/brief';
import type { DeskBlock } from '../../../../shared/model/desk-block';
import { BriefdeskError } from '../../../../shared/model/errors';
import { DeskBlockCache } from '../../../../renderer/desk/desk-block-cache';
import { deskExcerpt } from '../../../../renderer/desk/desk-excerpt';
import { usageLines, usageWarning } from '../../../../renderer/desk/usage-warning';
import { para } from '../../support/body-fixtures';

function block(id: string, text: string): DeskBlock {
  return {
    id,
    name: `Block ${id}`,
    title: 'Why sequencing wins',
    deskName: '',
    series: '',
    publication: '',
    content: [para(text)],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function summary(id: string, headline: string, trashedAt: string | null = null): BriefSummary {
  return {
    id,
    headline,
    section: '',
    status: 'draft',
    tags: [],
    wordCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    trashedAt,
  };
}

/** A promise with its resolve/reject in hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('deskExcerpt', () => {
  it('takes the first words across paragraphs and lists, with an ellipsis when there is more', () => {
    const content = [
      para('Ports matter because'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('sequencing wins.')] }] },
    ];
    expect(deskExcerpt(content)).toBe('Ports matter because sequencing wins.');
    expect(deskExcerpt(content, 3)).toBe('Ports matter because…');
  });

  it('is empty for a block without text', () => {
    expect(deskExcerpt([para()])).toBe('');
  });
});

describe('usage warning', () => {
  it('says what deleting does, by count', () => {
    expect(usageWarning(0)).toBe('No brief uses this block.');
    expect(usageWarning(1)).toBe('Used in 1 brief. Deleting detaches its copy — its text stays.');
    expect(usageWarning(3)).toBe('Used in 3 briefs. Deleting detaches their copies — their text stays.');
  });

  it('lists the briefs, untitled ones and those in the Trash marked', () => {
    expect(usageLines([summary('a', 'Muscat talks'), summary('b', ' '), summary('c', 'Old', '2026-01-02T00:00:00.000Z')])).toEqual([
      'Muscat talks',
      'Untitled brief',
      'Old (in the Trash)',
    ]);
  });
});

describe('DeskBlockCache', () => {
  it('loads a block once per request and tells listeners', async () => {
    let calls = 0;
    const cache = new DeskBlockCache(async (id) => {
      calls += 1;
      return block(id, 'text');
    });
    let notified = 0;
    const stop = cache.subscribe(() => {
      notified += 1;
    });
    expect(cache.entry('one').status).toBe('loading');
    await Promise.all([cache.refresh('one'), cache.refresh('one')]);
    expect(calls).toBe(1);
    expect(notified).toBe(1);
    const entry = cache.entry('one');
    expect(entry.status === 'found' && entry.block.id).toBe('one');
    stop();
    await cache.refresh('one');
    expect(notified).toBe(1);
  });

  it('marks a block the library does not have as missing, other failures as errors', async () => {
    const cache = new DeskBlockCache(async (id) => {
      if (id === 'gone') throw new BriefdeskError('not_found', 'No such block');
      throw new BriefdeskError('io', 'Disk trouble');
    });
    expect((await cache.refresh('gone')).status).toBe('missing');
    expect(await cache.refresh('other')).toEqual({ status: 'error', message: 'Disk trouble' });
  });

  it('keeps a newer value (saved or deleted meanwhile) over the answer of a request that ran during it', async () => {
    const answer = deferred<DeskBlock>();
    const cache = new DeskBlockCache(() => answer.promise);
    const request = cache.refresh('one');
    cache.put(block('one', 'edited'));
    answer.resolve(block('one', 'stale'));
    await request;
    const entry = cache.entry('one');
    expect(entry.status === 'found' && deskExcerpt(entry.block.content)).toBe('edited');

    const second = deferred<DeskBlock>();
    const other = new DeskBlockCache(() => second.promise);
    const pending = other.refresh('two');
    other.forget('two');
    second.resolve(block('two', 'still here?'));
    await pending;
    expect(other.entry('two').status).toBe('missing');
  });
});
