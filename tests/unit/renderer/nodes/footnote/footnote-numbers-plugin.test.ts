// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor, type JSONContent } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { NodeSelection } from '@tiptap/pm/state';
import { bodyExtensions } from '../../../../../shared/editor/body-extensions';
import { footnoteNumbers } from '../../../../../shared/editor/nodes/footnote';
import type { PmNodeJson } from '../../../../../shared/model/brief';
import { liveFootnotes } from '../../../../../renderer/nodes/footnote/footnote-numbers-plugin';
import { footnoteViews } from '../../../../../renderer/nodes/footnote/footnote-views';
import { cursorAtText, docOf, press, text } from '../../../support/body-editor-fixtures';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

/** An editor as the app builds it for footnotes: the body schema, the note's view and numbering, undo. */
function open(content: JSONContent): Editor {
  editor = new Editor({ extensions: [...bodyExtensions({ blockViews: footnoteViews() }), UndoRedo], content });
  return editor;
}

const note = (value: string): PmNodeJson => ({ type: 'footnote', content: [text(value)] });
const p = (...content: (string | PmNodeJson)[]): PmNodeJson => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});

/** "number:text" of each note, as the numbering plugin holds them; checked against a fresh count of the document. */
function numbered(current: Editor): string[] {
  const live = liveFootnotes(current.state).map(({ number, node }) => `${number}:${node.textContent}`);
  const fresh = footnoteNumbers(current.state.doc).map(({ number, node }) => `${number}:${node.textContent}`);
  expect(live).toEqual(fresh);
  return live;
}

/** The numbers the references show in the editor's DOM. */
const shownNumbers = (current: Editor): string[] =>
  Array.from(current.view.dom.querySelectorAll('sup.footnote-ref-view .footnote-number')).map((element) => element.textContent ?? '');

/** Range of the top-level block `index` (from, to). */
function blockRange(current: Editor, index: number): { from: number; to: number } {
  let from = 0;
  for (let i = 0; i < index; i += 1) from += current.state.doc.child(i).nodeSize;
  return { from, to: from + current.state.doc.child(index).nodeSize };
}

describe('footnote numbers in the editor', () => {
  it('numbers the notes in reading order, in the data and on the references', () => {
    const current = open(docOf(p('Alpha', note('A'), ' and', note('B')), p('Gamma', note('C'))));
    expect(numbered(current)).toEqual(['1:A', '2:B', '3:C']);
    expect(shownNumbers(current)).toEqual(['1', '2', '3']);
  });

  it('renumbers when a note is inserted before others, and undo takes it back', () => {
    const current = open(docOf(p('Alpha', note('A')), p('Gamma', note('C'))));
    cursorAtText(current, 'Alpha', 2);
    expect(current.commands.insertFootnote('New')).toBe(true);
    expect(numbered(current)).toEqual(['1:New', '2:A', '3:C']);
    expect(shownNumbers(current)).toEqual(['1', '2', '3']);
    expect(current.state.doc.nodeAt(current.state.selection.from)?.textContent).toBe('New');
    current.commands.undo();
    expect(numbered(current)).toEqual(['1:A', '2:C']);
    current.commands.redo();
    expect(numbered(current)).toEqual(['1:New', '2:A', '3:C']);
  });

  it('renumbers when a paragraph holding a note moves above another (cut and paste as one step)', () => {
    const current = open(docOf(p('Alpha', note('A')), p('Beta', note('B')), p('Gamma', note('C'))));
    const last = blockRange(current, 2);
    const moved = current.state.doc.slice(last.from, last.to);
    current.view.dispatch(current.state.tr.delete(last.from, last.to).replace(0, 0, moved));
    expect(numbered(current)).toEqual(['1:C', '2:A', '3:B']);
    expect(shownNumbers(current)).toEqual(['1', '2', '3']);
    current.commands.undo();
    expect(numbered(current)).toEqual(['1:A', '2:B', '3:C']);
  });

  it('renumbers when a note is cut (deleted with its text) and when the text is pasted back', () => {
    const current = open(docOf(p('Alpha', note('A')), p('Beta', note('B'), ' end'), p('Gamma', note('C'))));
    const middle = blockRange(current, 1);
    current.view.dispatch(current.state.tr.delete(middle.from + 1, middle.to - 1));
    expect(numbered(current)).toEqual(['1:A', '2:C']);
    cursorAtText(current, 'Alpha', 0);
    current.view.pasteHTML('<p>Pasted <span data-type="footnote">P1</span> and <span data-type="footnote">P2</span></p>');
    expect(numbered(current)).toEqual(['1:P1', '2:P2', '3:A', '4:C']);
    expect(shownNumbers(current)).toEqual(['1', '2', '3', '4']);
  });

  it('renumbers when the reference is deleted with Backspace, and keeps numbers while text around notes is typed', () => {
    const current = open(docOf(p('Alpha', note('A'), ' Beta', note('B'), ' Gamma', note('C'))));
    const first = footnoteNumbers(current.state.doc)[0];
    if (!first) throw new Error('no note');
    current.view.dispatch(current.state.tr.setSelection(NodeSelection.create(current.state.doc, first.pos)));
    expect(press(current, 'Backspace')).toBe(true);
    expect(numbered(current)).toEqual(['1:B', '2:C']);
    expect(current.state.doc.textContent).toBe('Alpha BetaB GammaC');
    cursorAtText(current, 'Alpha', 0);
    current.view.dispatch(current.state.tr.insertText('Typed before the notes. '));
    expect(numbered(current)).toEqual(['1:B', '2:C']);
    expect(shownNumbers(current)).toEqual(['1', '2']);
  });

  it('counts notes inside Key Takeaways and the Editor’s Desk in reading order', () => {
    const current = open(
      docOf({ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('Claim'), note('T')] }] }, p('Body', note('P')), {
        type: 'editorsDesk',
        attrs: { title: 'Analysis', deskName: '', series: '', publication: '', libraryRef: null },
        content: [p('Desk', note('D'))],
      }),
    );
    expect(numbered(current)).toEqual(['1:T', '2:P', '3:D']);
  });

  it('writes a note through its own editor as changes of the brief: one history with the text, numbers follow', () => {
    const current = open(docOf(p('Alpha', note('A'), ' Beta', note('B'))));
    const second = footnoteNumbers(current.state.doc)[1];
    if (!second) throw new Error('no note');
    current.view.dispatch(current.state.tr.setSelection(NodeSelection.create(current.state.doc, second.pos)));
    const area = current.view.dom.querySelector('.footnote-popover [role="textbox"]');
    if (!(area instanceof HTMLElement)) throw new Error('the note did not open');
    expect(area.getAttribute('aria-label')).toBe('Note 2');
    // Enter on the selected reference puts the keyboard at the end of the note.
    expect(press(current, 'Enter')).toBe(true);
    expect(current.state.doc.nodeAt(second.pos)?.type.name).toBe('footnote');
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    expect(current.state.doc.nodeAt(second.pos)?.toJSON()).toEqual({ type: 'footnote', content: [text('B'), { type: 'hardBreak' }] });
    current.commands.undo();
    expect(current.state.doc.nodeAt(second.pos)?.toJSON()).toEqual(note('B'));
    expect(numbered(current)).toEqual(['1:A', '2:B']);
    // Escape leaves the note: the popover closes, the caret stands after the reference.
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(current.view.dom.querySelector('.footnote-popover')).toBeNull();
    expect(current.state.selection.from).toBe(second.pos + second.node.nodeSize);
  });
});
