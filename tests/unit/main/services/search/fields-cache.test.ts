import { describe, expect, it } from 'vitest';
import type { BriefFields } from '../../../../../main/services/search/brief-fields';
import { FieldsCache } from '../../../../../main/services/search/fields-cache';

/** Fields with this body, every other field empty. */
function fieldsOf(body: string): BriefFields {
  const empty = '';
  return {
    headline: empty,
    standfirst: empty,
    section: empty,
    tags: empty,
    byline: empty,
    caption: empty,
    takeaways: empty,
    deskTitle: empty,
    deskText: empty,
    deskSignOff: empty,
    body,
  };
}

describe('FieldsCache', () => {
  it('keeps texts up to its capacity in characters, dropping the least recently used first', () => {
    const cache = new FieldsCache(30);
    cache.set(1, fieldsOf('a'.repeat(10)));
    cache.set(2, fieldsOf('b'.repeat(10)));
    cache.set(3, fieldsOf('c'.repeat(10)));
    // Using 1 makes 2 the least recently used.
    expect(cache.get(1)?.body).toBe('a'.repeat(10));
    cache.set(4, fieldsOf('d'.repeat(10)));
    expect(cache.get(2)).toBeUndefined();
    expect([1, 3, 4].map((doc) => cache.get(doc)?.body.length)).toEqual([10, 10, 10]);
    expect(cache.size).toBe(3);
  });

  it('replaces a document kept twice without counting it twice, and never keeps a text larger than its capacity', () => {
    const cache = new FieldsCache(25);
    cache.set(1, fieldsOf('a'.repeat(10)));
    cache.set(1, fieldsOf('z'.repeat(10)));
    cache.set(2, fieldsOf('b'.repeat(10)));
    expect(cache.get(1)?.body).toBe('z'.repeat(10));
    expect(cache.get(2)?.body).toBe('b'.repeat(10));
    cache.set(3, fieldsOf('c'.repeat(26)));
    expect(cache.get(3)).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
