import { parse } from '@wordpress/block-serialization-default-parser';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { appendFootnoteList, footnoteIds } from '../../../../../../main/services/publish/wordpress/footnote-blocks';
import { renderPostContent } from '../../../../../../main/services/publish/wordpress/post-content';
import { postFingerprint } from '../../../../../../main/services/publish/wordpress/wordpress-schemas';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const note = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'footnote', content });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });

/** A block as the block parser gives it. */
type ParsedBlock = ReturnType<typeof parse>[number];

/** Notes in the body, a takeaway and the Editor's Desk, one with a link and emphasis, one hostile, one repeated word for word. */
function bodyWith(first = 'Port filings, 2025.'): BodyDoc {
  return {
    type: 'doc',
    content: [
      paragraph(text('Connections tripled'), note(text(first)), text(' in two years.')),
      {
        type: 'keyTakeaways',
        content: [{ type: 'takeaway', content: [text('Queues grew'), note(text('Register'), { type: 'hardBreak' }, text('of requests'))] }],
      },
      paragraph(
        text('See the source'),
        note(
          text('Ministry data', [{ type: 'link', attrs: { href: 'https://example.org/data' } }]),
          text(', '),
          text('revised', [{ type: 'italic' }]),
          text(' <img src=x onerror=alert(1)>'),
          text(' trap', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
        ),
        text(' and again'),
        note(text('Port filings, 2025.')),
      ),
      {
        type: 'editorsDesk',
        attrs: { title: 'Analysis', deskName: '', series: '', publication: '', libraryRef: null },
        content: [paragraph(text('Readiness wins'), note(text('Draft rules')))],
      },
    ],
  };
}

/** Every block the block parser finds, nested ones included. */
function allBlocks(blocks: ParsedBlock[]): ParsedBlock[] {
  return blocks.flatMap((block) => [block, ...allBlocks(block.innerBlocks)]);
}

describe('notes as the block editor’s own footnotes', () => {
  it('writes references, the core/footnotes block and the notes for the meta, ids matching, in reading order', async () => {
    const body = bodyWith();
    const { content, footnotes } = await renderPostContent('brief-1', body, () => null, { footnotes: 'blocks' });
    if (footnotes === null) throw new Error('no notes for the meta');

    const blocks = allBlocks(parse(content));
    expect(blocks.filter((block) => block.blockName === 'core/footnotes')).toHaveLength(1);
    // The notes' block is the last thing in the post, after the Editor's Desk.
    const named = blocks.filter((block) => block.blockName !== null || block.innerHTML.trim() !== '');
    expect(named.at(-1)?.blockName).toBe('core/footnotes');

    const document = JSDOM.fragment(content);
    const references = Array.from(document.querySelectorAll('sup'));
    expect(references.map((sup) => sup.outerHTML)).toEqual(
      footnotes.map(
        (item, index) => `<sup data-fn="${item.id}" class="fn"><a href="#${item.id}" id="${item.id}-link">${index + 1}</a></sup>`,
      ),
    );
    expect(footnotes.map((item) => item.id)).toEqual(footnoteIds(body));
    expect(new Set(footnotes.map((item) => item.id)).size).toBe(5);
    expect(footnotes.every((item) => /^fn-[a-f0-9]{16}(?:-\d+)?$/.test(item.id))).toBe(true);
    // Body, takeaway, body (twice), then the desk: the export's numbering.
    expect(footnotes.map((item) => JSDOM.fragment(item.content).textContent)).toEqual([
      'Port filings, 2025.',
      'Registerof requests',
      'Ministry data, revised <img src=x onerror=alert(1)> trap',
      'Port filings, 2025.',
      'Draft rules',
    ]);
    expect(footnotes[2]?.content).toContain('<a rel="noopener noreferrer" href="https://example.org/data">Ministry data</a>');
    expect(footnotes[2]?.content).toContain('<em>revised</em>');
    expect(footnotes[1]?.content).toBe('Register<br>of requests');
    // Sanitized: the hostile text stays text, the javascript: link loses its address, no back link, no endnotes left.
    expect(footnotes[2]?.content).not.toMatch(/<img|javascript:/);
    expect(footnotes.some((item) => item.content.includes('↩'))).toBe(false);
    expect(content).not.toContain('footnote-ref');
    expect(content).not.toContain('class="footnotes"');
  });

  it('keeps each note’s id when the brief is published again, or other notes change around it', async () => {
    const first = await renderPostContent('brief-1', bodyWith(), () => null, { footnotes: 'blocks' });
    const again = await renderPostContent('brief-1', bodyWith(), () => null, { footnotes: 'blocks' });
    expect(again).toEqual(first);

    const edited = await renderPostContent('brief-1', bodyWith('Port filings, 2026.'), () => null, { footnotes: 'blocks' });
    const ids = (result: typeof first): string[] => (result.footnotes ?? []).map((item) => item.id);
    // The edited note has a new id; every other note keeps its own — the repeated one now stands alone.
    expect(ids(edited).slice(1, 3)).toEqual(ids(first).slice(1, 3));
    expect(ids(edited)[4]).toBe(ids(first)[4]);
    expect(ids(edited)[0]).not.toBe(ids(first)[0]);
    expect(ids(edited)[3]).toBe(ids(first)[0]);
  });

  it('gives linked endnotes in the content, and no meta, where the site has no footnotes', async () => {
    const { content, footnotes } = await renderPostContent('brief-1', bodyWith(), () => null, { footnotes: 'endnotes' });
    expect(footnotes).toBeNull();
    expect(allBlocks(parse(content)).some((block) => block.blockName === 'core/footnotes')).toBe(false);
    const document = JSDOM.fragment(content);
    expect(document.querySelectorAll('sup.footnote-ref a[href^="#fn-"]')).toHaveLength(5);
    expect(document.querySelectorAll('section.footnotes li[id^="fn-"]')).toHaveLength(5);
  });

  it('writes no footnotes block for a brief without notes', async () => {
    const { content, footnotes } = await renderPostContent(
      'brief-1',
      { type: 'doc', content: [paragraph(text('No sources.'))] },
      () => null,
      {
        footnotes: 'blocks',
      },
    );
    expect(footnotes).toEqual([]);
    expect(content).not.toContain('wp:footnotes');
  });

  it('reads a post’s notes meta back as the list the import takes in; a damaged meta adds nothing', () => {
    const { document } = new JSDOM('').window;
    const holder = document.createElement('div');
    expect(appendFootnoteList(holder, JSON.stringify([{ content: 'A <em>note</em>', id: 'fn-a' }]))).toBe(1);
    expect(holder.innerHTML).toBe('<ol class="wp-block-footnotes"><li id="fn-a">A <em>note</em></li></ol>');
    const empty = document.createElement('div');
    expect(appendFootnoteList(empty, '[{"content":')).toBe(0);
    expect(appendFootnoteList(empty, '')).toBe(0);
    expect(empty.innerHTML).toBe('');
  });

  it('counts the notes meta in the post’s fingerprint only where the post has notes there', () => {
    const post = { title: { raw: 'T' }, excerpt: { raw: 'E' }, content: { raw: 'C' } };
    const plain = postFingerprint(post);
    expect(postFingerprint({ ...post, meta: [] })).toBe(plain);
    expect(postFingerprint({ ...post, meta: { footnotes: '' } })).toBe(plain);
    const withNotes = postFingerprint({ ...post, meta: { footnotes: '[{"content":"a","id":"fn-a"}]' } });
    expect(withNotes).not.toBe(plain);
    expect(postFingerprint({ ...post, meta: { footnotes: '[{"content":"b","id":"fn-a"}]' } })).not.toBe(withNotes);
  });
});
