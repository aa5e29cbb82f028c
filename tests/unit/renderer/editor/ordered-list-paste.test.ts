// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { convertOfferedList, dismissListOffer, listPasteKey } from '../../../../renderer/editor/ordered-list-paste';
import { docOf, para, textsOf, topLevel } from '../../support/body-editor-fixtures';
import { makeRendererEditor, posOf, typeText } from '../editor-fixtures';

const LIST = '<ol><li>First pasted point.</li><li>Second pasted point.</li><li>Third <b>pasted</b> point.</li></ol>';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});
const offer = (current: Editor) => listPasteKey.getState(current.state) ?? null;

describe('paste of a numbered list', () => {
  it('offers to convert a plain ordered list just pasted, at its position', () => {
    editor = makeRendererEditor(docOf(para('Intro.'), para()));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.view.pasteHTML(LIST);
    expect(topLevel(editor)).toContain('orderedList');
    expect(offer(editor)).toBe(posOf(editor, 'orderedList'));
  });

  it('converts the offered list into Key Takeaways (marks a takeaway allows stay) and withdraws the offer', () => {
    editor = makeRendererEditor(docOf(para('Intro.'), para()));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.view.pasteHTML(LIST);
    const pos = offer(editor);
    expect(pos).not.toBeNull();
    editor.commands.setTextSelection(1);
    expect(convertOfferedList(editor, pos ?? -1)).toBe(true);
    expect(topLevel(editor)).toContain('keyTakeaways');
    expect(textsOf(editor, 'takeaway')).toEqual(['First pasted point.', 'Second pasted point.', 'Third pasted point.']);
    expect(JSON.stringify(editor.getJSON())).toContain('"bold"');
    expect(offer(editor)).toBeNull();
  });

  it('withdraws the offer on the next edit, or when dismissed', () => {
    editor = makeRendererEditor(docOf(para('Intro.'), para()));
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    editor.view.pasteHTML(LIST);
    expect(offer(editor)).not.toBeNull();
    editor.commands.setTextSelection(3);
    expect(offer(editor)).not.toBeNull();
    typeText(editor, 'x');
    expect(offer(editor)).toBeNull();

    editor.view.pasteHTML(LIST);
    expect(offer(editor)).not.toBeNull();
    dismissListOffer(editor);
    expect(offer(editor)).toBeNull();
  });

  it('does not offer for a bullet list, a list with nested blocks, or a list inside an Editor’s Desk', () => {
    editor = makeRendererEditor(docOf(para()));
    editor.view.pasteHTML('<ul><li>One</li><li>Two</li></ul>');
    expect(offer(editor)).toBeNull();

    editor.commands.setContent(docOf(para()));
    editor.view.pasteHTML('<ol><li><p>One</p><p>More</p></li><li>Two</li></ol>');
    expect(offer(editor)).toBeNull();

    editor.commands.setContent(docOf({ type: 'editorsDesk', content: [para()] }));
    editor.commands.setTextSelection(2);
    editor.view.pasteHTML(LIST);
    expect(topLevel(editor)).toEqual(['editorsDesk']);
    expect(offer(editor)).toBeNull();
  });

  it('does not offer for typed text', () => {
    editor = makeRendererEditor(docOf(para()));
    typeText(editor, '1. ');
    expect(offer(editor)).toBeNull();
  });
});
