// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../../shared/editor/body-extensions';
import {
  Footnote,
  footnoteDefinitions,
  footnoteInlineText,
  footnoteLinks,
  footnoteNumbers,
  footnotesIn,
  renderEndnotes,
} from '../../../../../../shared/editor/nodes/footnote';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';
import { expectHtmlRoundTrip, expectMarkdownRoundTrip, nodeTestExtensions } from '../node-round-trip';

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const note = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'footnote', content });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'paragraph', content });
const doc = (...content: PmNodeJson[]): BodyDoc => ({ type: 'doc', content }) as BodyDoc;
const link = (href: string) => ({ type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer', class: null, title: null } });

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe('the footnote node', () => {
  it('keeps a note with emphasis, a link and a line break through HTML', () => {
    expectHtmlRoundTrip(
      nodeTestExtensions([Footnote]),
      doc(
        paragraph(
          text('Claim'),
          note(
            text('See '),
            text('the filing', [link('https://example.org/f')]),
            { type: 'hardBreak' },
            text('p. 3', [{ type: 'italic' }]),
          ),
          text('.'),
        ),
      ),
      '<p>Claim<span class="footnote" data-type="footnote">See <a rel="noopener noreferrer" href="https://example.org/f">the filing</a><br><em>p. 3</em></span>.</p>',
    );
  });

  it('keeps notes and their numbers through Markdown: [^n] references and definitions, a second line indented', async () => {
    await expectMarkdownRoundTrip(
      doc(
        paragraph(text('First'), note(text('One')), text(' and second'), note(text('Two '), text('emphasised', [{ type: 'italic' }]))),
        paragraph(text('Third'), note(text('Line one'), { type: 'hardBreak' }, text('line two'))),
      ),
      ['First[^1] and second[^2]', '', 'Third[^3]', '', '[^1]: One', '', '[^2]: Two *emphasised*', '', '[^3]: Line one\\', '    line two'],
    );
  });

  it('inserts an empty note at the end of the selection and selects it; not in a code block', () => {
    editor = new Editor({
      extensions: bodyExtensions(),
      content: doc(paragraph(text('Claim here')), { type: 'codeBlock', attrs: { language: null }, content: [text('x = 1')] }),
    });
    editor.commands.setTextSelection({ from: 1, to: 6 });
    expect(editor.commands.insertFootnote()).toBe(true);
    expect(editor.getJSON().content?.[0]).toEqual(paragraph(text('Claim'), { type: 'footnote' }, text(' here')));
    expect(editor.state.doc.nodeAt(editor.state.selection.from)?.type.name).toBe('footnote');
    const inCode = editor.state.doc.content.size - 2;
    editor.commands.setTextSelection(inCode);
    expect(editor.can().insertFootnote()).toBe(false);
    expect(editor.commands.insertFootnote('no')).toBe(false);
    expect(footnoteNumbers(editor.state.doc)).toHaveLength(1);
  });

  it('never holds another note, an image or a block: such content read into a note goes beside it, no word lost', () => {
    editor = new Editor({
      extensions: bodyExtensions(),
      content:
        '<p>A<span data-type="footnote">outer <span data-type="footnote">inner</span> <img src="https://example.org/x.png"> end</span></p>',
    });
    const notes = footnoteNumbers(editor.state.doc).map(({ node }) => node);
    expect(notes.map((found) => found.content.content.map((child) => child.type.name))).toEqual([['text'], ['text']]);
    expect(notes.map((found) => found.textContent)).toEqual(['outer', 'inner']);
    expect(editor.state.doc.textContent).toMatch(/^Aouterinner\s*end$/);
    expect(editor.state.doc.content.child(1).type.name).toBe('image');
  });
});

describe('footnote numbers and plain text', () => {
  const body = doc(
    { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('T'), note(text('in a takeaway'))] }] },
    paragraph(
      text('P'),
      note(text('See '), text('a', [link('https://example.org/a')]), text(' and '), text('a again', [link('https://example.org/a')])),
    ),
    {
      type: 'editorsDesk',
      attrs: { title: 'Analysis' },
      content: [paragraph(text('D'), note(text('two'), { type: 'hardBreak' }, text('lines')))],
    },
  );

  it('numbers notes in reading order across the blocks, never stored', () => {
    editor = new Editor({ extensions: bodyExtensions(), content: body });
    expect(footnoteNumbers(editor.state.doc).map(({ number, node }) => `${number}:${node.textContent}`)).toEqual([
      '1:in a takeaway',
      '2:See a and a again',
      '3:twolines',
    ]);
    expect(JSON.stringify(editor.getJSON())).not.toMatch(/"number"/);
  });

  it('gives each note an inline plain-text form and its links once', () => {
    const notes = footnotesIn(body);
    expect(notes.map(footnoteInlineText)).toEqual(['^[in a takeaway]', '^[See a and a again]', '^[two lines]']);
    expect(notes.map(footnoteLinks)).toEqual([[], ['https://example.org/a'], []]);
  });

  it('writes definitions with continuation lines indented', () => {
    const notes = footnoteNumbers(new Editor({ extensions: bodyExtensions(), content: body }).state.doc).map(({ node }) => node);
    expect(footnoteDefinitions(notes, (node) => node.textBetween(0, node.content.size, '', '\n'))).toBe(
      '[^1]: in a takeaway\n\n[^2]: See a and a again\n\n[^3]: two\n    lines',
    );
  });
});

describe('renderEndnotes', () => {
  it('turns notes into numbered references and a list of notes that link to each other', () => {
    const { document } = new JSDOM(
      '<div id="root"><p>A<span data-type="footnote">first <em>note</em></span> B<span data-type="footnote">second</span></p></div>',
    ).window;
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    expect(renderEndnotes(root, document, { text: 'Notes', lang: 'en' })).toBe(2);
    const refs = Array.from(root.querySelectorAll('p sup.footnote-ref > a[role="doc-noteref"]'));
    expect(refs.map((ref) => [ref.textContent, ref.getAttribute('href'), ref.id, ref.getAttribute('aria-label')])).toEqual([
      ['1', '#fn-1', 'fnref-1', 'Note 1'],
      ['2', '#fn-2', 'fnref-2', 'Note 2'],
    ]);
    const section = root.querySelector('section.footnotes[role="doc-endnotes"]');
    expect(section?.getAttribute('aria-labelledby')).toBe('brief-notes');
    expect(section?.querySelector('h2#brief-notes')?.getAttribute('lang')).toBe('en');
    const items = Array.from(section?.querySelectorAll('ol > li') ?? []);
    expect(
      items.map((item) => [
        item.id,
        item.querySelector('em')?.textContent ?? null,
        item.querySelector('a[role="doc-backlink"]')?.getAttribute('href'),
      ]),
    ).toEqual([
      ['fn-1', 'note', '#fnref-1'],
      ['fn-2', null, '#fnref-2'],
    ]);
    expect(root.querySelector('span[data-type="footnote"]')).toBeNull();
  });

  it('leaves a body without notes exactly as it was', () => {
    const { document } = new JSDOM('<div id="root"><p>No notes <sup>2</sup></p></div>').window;
    const root = document.getElementById('root');
    if (!root) throw new Error('no root');
    expect(renderEndnotes(root, document)).toBe(0);
    expect(root.innerHTML).toBe('<p>No notes <sup>2</sup></p>');
  });
});
