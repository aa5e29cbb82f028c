// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { buildOutline, cursorPosFor, findOutlineNode } from '../../../../renderer/outline/outline-model';
import { setTakeawayText } from '../../../../renderer/outline/outline-edits';
import { docOf, para, takeaways, text, textsOf } from '../../support/body-editor-fixtures';
import { makeRendererEditor, posOf } from '../editor-fixtures';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const heading = (level: number, value: string) => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const desk = (title: string) => ({ type: 'editorsDesk', attrs: { title }, content: [para('Analysis.')] });

describe('buildOutline', () => {
  it('lists headings, takeaways blocks with their items and desks, in document order', () => {
    editor = makeRendererEditor(
      docOf(heading(2, 'Background'), para('Text.'), takeaways('One.', 'Two.'), heading(3, 'Detail'), desk('Strategic Analysis'), desk('')),
    );
    expect(buildOutline(editor.state.doc)).toEqual([
      { kind: 'heading', key: 'heading-0', ordinal: 0, level: 2, text: 'Background' },
      {
        kind: 'takeaways',
        key: 'takeaways-0',
        ordinal: 0,
        items: [
          { text: 'One.', plain: true },
          { text: 'Two.', plain: true },
        ],
      },
      { kind: 'heading', key: 'heading-1', ordinal: 1, level: 3, text: 'Detail' },
      { kind: 'desk', key: 'desk-0', ordinal: 0, title: 'Strategic Analysis' },
      { kind: 'desk', key: 'desk-1', ordinal: 1, title: 'Strategic Analysis' },
    ]);
  });

  it('marks an item with formatting as not plain, and does not change when text elsewhere changes', () => {
    editor = makeRendererEditor(
      docOf(para('Intro'), { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('Bold', [{ type: 'bold' }])] }] }),
    );
    const before = buildOutline(editor.state.doc);
    expect(before[0]).toMatchObject({ kind: 'takeaways', items: [{ text: 'Bold', plain: false }] });
    editor.commands.insertContentAt(1, 'More ');
    expect(buildOutline(editor.state.doc)).toEqual(before);
  });
});

describe('finding and editing outline entries', () => {
  it('finds the n-th entry of a kind and where the cursor goes', () => {
    editor = makeRendererEditor(docOf(para('x'), takeaways('A.', 'Bee.'), desk('T'), takeaways('C.')));
    const second = findOutlineNode(editor.state.doc, 'takeaways', 1);
    expect(second?.pos).toBe(posOf(editor, 'keyTakeaways', 1));
    const first = findOutlineNode(editor.state.doc, 'takeaways', 0);
    if (!first) throw new Error('no block');
    const pos = cursorPosFor('takeaways', first.pos, first.node, 1);
    expect(editor.state.doc.resolve(pos).parent.textContent).toBe('Bee.');
    expect(editor.state.doc.resolve(pos).parentOffset).toBe(4);
    const deskNode = findOutlineNode(editor.state.doc, 'desk', 0);
    if (!deskNode) throw new Error('no desk');
    expect(editor.state.doc.resolve(cursorPosFor('desk', deskNode.pos, deskNode.node)).parent.textContent).toBe('Analysis.');
    expect(findOutlineNode(editor.state.doc, 'heading', 0)).toBeNull();
  });

  it('rewrites a plain item as plain text, one line, and refuses an item with formatting', () => {
    editor = makeRendererEditor(
      docOf({
        type: 'keyTakeaways',
        content: [
          { type: 'takeaway', content: [text('Plain')] },
          { type: 'takeaway', content: [text('Bold', [{ type: 'bold' }])] },
        ],
      }),
    );
    const blockPos = posOf(editor, 'keyTakeaways');
    const current = editor;
    expect(current.commands.command(({ tr }) => setTakeawayText(tr, blockPos, 0, 'New\ntext'))).toBe(true);
    expect(current.commands.command(({ tr }) => setTakeawayText(tr, blockPos, 1, 'Lost'))).toBe(false);
    expect(textsOf(current, 'takeaway')).toEqual(['New text', 'Bold']);
    expect(current.commands.command(({ tr }) => setTakeawayText(tr, blockPos, 0, ''))).toBe(true);
    expect(textsOf(current, 'takeaway')).toEqual(['', 'Bold']);
  });
});
