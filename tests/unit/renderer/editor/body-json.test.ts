// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { bodyDocOf } from '../../../../renderer/editor/body-json';
import { docWordCount } from '../../../../renderer/editor/doc-word-count';
import { countWords } from '../../../../shared/model/word-count';
import type { PmNodeJson } from '../../../../shared/model/brief';
import { docOf, para, takeaways } from '../../support/body-editor-fixtures';
import { makeRendererEditor, posOf, typeText } from '../editor-fixtures';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const link = {
  type: 'link',
  attrs: { href: 'https://example.org/report', target: null, rel: 'noopener noreferrer', class: null, title: null },
};

/** A body with marks, attributes, line breaks, lists, an image and both brief blocks. */
const richBody = (): PmNodeJson =>
  docOf(
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Where the talks stand' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Ministers meet in Lis' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'bon on' },
        { type: 'hardBreak' },
        { type: 'text', marks: [link], text: 'the report, 10,000 words' },
      ],
    },
    takeaways('Grid capacity is short.', '', '我们明天开会 and ภาษาไทยง่ายนิดเดียว'),
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [para('Port access'), para('Rail')] }],
    },
    { type: 'editorsDesk', attrs: { title: 'Strategic Analysis' }, content: [para('What this means.'), para('What to watch.')] },
    { type: 'image', attrs: { src: `asset:${'a'.repeat(64)}.png`, alt: 'A crane', title: null, width: null, height: null } },
    para(),
  );

/** The body as `toJSON` gives it (as plain JSON), the reference the incremental versions must match. */
const reference = (current: Editor): PmNodeJson =>
  JSON.parse(JSON.stringify({ type: 'doc', content: current.state.doc.toJSON().content ?? [] }));

describe('the body as JSON, built incrementally', () => {
  it('is exactly the document’s JSON, key order included', () => {
    editor = makeRendererEditor(richBody());
    const body = bodyDocOf(editor.state.doc);
    expect(body).toStrictEqual(reference(editor));
    expect(JSON.stringify(body)).toBe(JSON.stringify(reference(editor)));
  });

  it('stays exact after edits, converting only the changed blocks again, and cannot be changed', () => {
    editor = makeRendererEditor(richBody());
    const before = bodyDocOf(editor.state.doc);
    editor.commands.setTextSelection(posOf(editor, 'takeaway', 1) + 1);
    typeText(editor, 'Freight is steady.');
    const after = bodyDocOf(editor.state.doc);
    expect(after).toStrictEqual(reference(editor));
    expect(after.content?.[0]).toBe(before.content?.[0]);
    expect(after.content?.[1]).toBe(before.content?.[1]);
    expect(after.content?.[2]).not.toBe(before.content?.[2]);
    expect(after.content?.[2]?.content?.[0]).toBe(before.content?.[2]?.content?.[0]);
    expect(Object.isFrozen(after.content?.[1])).toBe(true);
    expect(() => {
      after.content?.[1]?.content?.push({ type: 'text', text: 'x' });
    }).toThrow();
    // The earlier body is untouched.
    expect(before.content?.[2]?.content?.[1]).toStrictEqual({ type: 'takeaway' });
  });
});

describe('the word count, counted incrementally', () => {
  it('matches countWords of the JSON, marks, line breaks and unspaced scripts included', () => {
    editor = makeRendererEditor(richBody());
    expect(docWordCount(editor.state.doc)).toBe(countWords(reference(editor)));
    expect(docWordCount(editor.state.doc)).toBeGreaterThan(20);
  });

  it('follows typing, splitting and deleting', () => {
    editor = makeRendererEditor(richBody());
    editor.commands.setTextSelection(4);
    typeText(editor, 'new words here ');
    expect(docWordCount(editor.state.doc)).toBe(countWords(reference(editor)));
    editor.commands.splitBlock();
    expect(docWordCount(editor.state.doc)).toBe(countWords(reference(editor)));
    editor.commands.deleteRange({ from: 1, to: posOf(editor, 'keyTakeaways') });
    expect(docWordCount(editor.state.doc)).toBe(countWords(reference(editor)));
    editor.commands.clearContent();
    expect(docWordCount(editor.state.doc)).toBe(0);
  });
});
