import { describe, expect, it } from 'vitest';
import { compare } from '../../../../bench/corpus/compare';
import { type Counts, keptOf, wordsOf } from '../../../../bench/corpus/counts';
import type { CorpusDocument } from '../../../../bench/corpus/document';

const document = (over: Partial<CorpusDocument> = {}): CorpusDocument => ({
  name: 'page.html',
  format: 'html',
  bytes: new Uint8Array(),
  reference: { bytes: new Uint8Array(), from: 'html' },
  baseUrl: 'https://news.example.com/world/story.html',
  notes: 0,
  chrome: [],
  ...over,
});

const counts = (over: Partial<Counts> = {}): Counts => ({ words: [], headings: [], notes: [], code: [], links: [], anchors: [], ...over });

describe('the corpus comparison', () => {
  it('counts words as a multiset: a word present twice must arrive twice', () => {
    expect(keptOf(['grid', 'grid', 'queue'], ['grid', 'queue'])).toBe(2);
    expect(wordsOf('“Grid,” queues — (2025)!')).toEqual(['grid', 'queues', '2025']);
  });

  it('keeps heading levels when the whole outline moves by one step, and counts a heading that jumped apart', () => {
    const reference = counts({
      headings: [
        { level: 2, text: 'a' },
        { level: 3, text: 'b' },
        { level: 4, text: 'c' },
      ],
    });
    const shifted = compare(document(), reference, counts({ headings: reference.headings.map((h) => ({ ...h, level: h.level + 1 })) }), []);
    expect(shifted.levelsKept).toBe(3);
    const flattened = compare(
      document(),
      reference,
      counts({
        headings: [
          { level: 2, text: 'a' },
          { level: 3, text: 'b' },
          { level: 3, text: 'c' },
        ],
      }),
      [],
    );
    expect(flattened.levelsKept).toBe(2);
  });

  it('resolves relative links against the page, accepts a renamed in-page anchor that still has its heading, and leaves note links out', () => {
    const reference = counts({ links: ['../data.html', '#part-1', '#fn1', '#fnref1', 'https://x.example.org/'] });
    const kept = compare(
      document(),
      reference,
      counts({ links: ['https://news.example.com/data.html', '#first-part', 'https://x.example.org/'], anchors: ['first-part'] }),
      [],
    );
    expect([kept.links, kept.linksKept]).toEqual([3, 3]);
    const dangling = compare(document(), reference, counts({ links: ['https://news.example.com/data.html', '#nowhere'] }), [
      '1 link is relative to a site Briefdesk does not know',
    ]);
    expect([dangling.linksKept, dangling.linksReported]).toEqual([1, 2]);
  });

  it('compares code verbatim: a tab turned into spaces is a loss', () => {
    const reference = counts({ code: ['\tindented', 'a  b'] });
    expect(compare(document(), reference, counts({ code: ['    indented', 'a  b'] }), []).codeKept).toBe(1);
  });

  it('counts the page chrome that came through', () => {
    const result = compare(
      document({ chrome: ['Ads by Google', 'Most read'] }),
      counts(),
      counts({ words: wordsOf('The story. Ads by Google') }),
      [],
    );
    expect([result.chrome, result.chromeLeftOut]).toEqual([2, 1]);
  });
});
