// @vitest-environment happy-dom
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildQuery, type FindOptions } from '../../../../shared/find/find-query';
import { collectMatches, type FindResults } from '../../../../shared/find/find-matches';
import type { BriefContent } from '../../../../shared/model/brief';
import { desk, doc, heading, para, takeaways } from '../../support/body-fixtures';
import { makeRendererEditor } from '../../renderer/editor-fixtures';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

type Header = Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>;
const header: Header = {
  headline: 'Oman hosts the talks',
  standfirst: 'Why Oman, and why now.',
  byline: 'Talks desk',
  hero: { asset: 'a'.repeat(64), alt: 'Muscat harbour at dusk', caption: 'Oman’s capital', credit: 'Photo: Oman News' },
};

const options = (search: string, more: Partial<FindOptions> = {}): FindOptions => ({
  search,
  replace: '',
  caseSensitive: false,
  wholeWord: false,
  regexp: false,
  ...more,
});

function find(search: string, more: Partial<FindOptions> = {}, content: Header = header): FindResults {
  editor ??= makeRendererEditor(
    doc(
      heading('Oman in the middle'),
      para('The talks in oman went on.'),
      takeaways('Omani mediators lead', 'Iran wants relief'),
      desk({ title: 'Why Oman matters', deskName: 'Gulf desk', series: 'Oman watch' }, para('Oman again.')),
      desk({ title: 'Synced Oman note', libraryRef: 'desk-1' }, para('Synced Oman text.')),
    ),
  );
  const built = buildQuery(options(search, more));
  if (!built.ok) throw new Error(built.error ?? 'no query');
  return collectMatches(built.query, content, editor.state);
}

const where = (results: FindResults): string[] => results.matches.map((match) => match.label);

describe('collectMatches', () => {
  it('finds matches in every header field, the body, takeaway items and every desk field, in reading order', () => {
    const results = find('oman');
    expect(where(results)).toEqual([
      'Headline',
      'Standfirst',
      'Hero image caption',
      'Hero image credit',
      'Body',
      'Body',
      'Key Takeaways',
      'Editor’s Desk desk title',
      'Editor’s Desk',
      'Editor’s Desk series',
      'Editor’s Desk desk title',
      'Editor’s Desk',
    ]);
    expect(results.emptyMatch).toBe(false);
  });

  it('marks matches in a synced desk block, and only those', () => {
    const synced = find('oman').matches.map((match) => match.synced);
    expect(synced).toEqual([false, false, false, false, false, false, false, false, false, false, true, true]);
  });

  it('match case, whole word and regular expressions narrow the matches', () => {
    expect(find('oman', { caseSensitive: true }).matches).toHaveLength(1);
    expect(find('Oman', { wholeWord: true }).matches.map((match) => match.label)).not.toContain('Key Takeaways');
    expect(find('Oman', { wholeWord: true }).matches).toHaveLength(11);
    expect(find('\\bO\\w+i\\b', { regexp: true }).matches.map((match) => match.label)).toEqual(['Key Takeaways']);
  });

  it('gives the offsets of a header match in its field text', () => {
    const [first] = find('hosts').matches;
    expect(first).toMatchObject({ place: { kind: 'header', field: 'headline' }, from: 5, to: 10 });
  });

  it('reports a pattern that matches empty text instead of looping', () => {
    expect(find('x*', { regexp: true }).emptyMatch).toBe(true);
  });

  it('searches no hero fields when the brief has no hero image', () => {
    expect(where(find('oman', {}, { ...header, hero: null }))).not.toContain('Hero image credit');
  });
});

describe('buildQuery', () => {
  it('reports an invalid pattern as a message, never throws', () => {
    const built = buildQuery(options('(unclosed', { regexp: true }));
    expect(built).toMatchObject({ ok: false });
    expect(built.ok ? '' : built.error).toMatch(/^Invalid pattern: .*unterminated group/i);
  });

  it('gives no query and no error for an empty search', () => {
    expect(buildQuery(options(''))).toEqual({ ok: false, error: null });
  });

  it('searches a literal backslash-n as typed, not a line break', () => {
    const built = buildQuery(options('a\\n'));
    expect(built.ok && built.query.literal).toBe(true);
  });
});
