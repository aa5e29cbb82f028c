// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { finalIndex, moveTakeawayTo, stepTakeaway } from '../../../../../renderer/nodes/key-takeaways/move-takeaway';
import { editsSyncedDesk } from '../../../../../renderer/nodes/editors-desk/synced-desk-guard';
import { insertionIndex } from '../../../../../renderer/nodes/key-takeaways/takeaway-drag';
import { editsTextOnly, takeawayIndexKey, takeawayPlaceOf } from '../../../../../renderer/nodes/key-takeaways/takeaway-index';
import { itemCountLabel, takeawaysAdvice } from '../../../../../renderer/nodes/key-takeaways/takeaways-advice';
import { docOf, para, takeaways, textsOf } from '../../../support/body-editor-fixtures';
import { makeRendererEditor, posOf, typeText } from '../../editor-fixtures';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe('moving takeaways', () => {
  it('moves an item to an insertion point, cursor at the end of the moved item, one undo step', () => {
    editor = makeRendererEditor(docOf(para('x'), takeaways('A', 'B', 'C', 'D')));
    const current = editor;
    const blockPos = posOf(current, 'keyTakeaways');
    expect(current.commands.command(({ tr }) => moveTakeawayTo(tr, blockPos, 3, 0))).toBe(true);
    expect(textsOf(current, 'takeaway')).toEqual(['D', 'A', 'B', 'C']);
    expect(current.state.selection.$from.parent.textContent).toBe('D');
    expect(current.commands.command(({ tr }) => moveTakeawayTo(tr, blockPos, 0, 4))).toBe(true);
    expect(textsOf(current, 'takeaway')).toEqual(['A', 'B', 'C', 'D']);
    current.commands.undo();
    expect(textsOf(current, 'takeaway')).toEqual(['D', 'A', 'B', 'C']);
  });

  it('refuses moves that change nothing or point outside the block', () => {
    editor = makeRendererEditor(docOf(takeaways('A', 'B')));
    const current = editor;
    const blockPos = posOf(current, 'keyTakeaways');
    expect(current.commands.command(({ tr }) => moveTakeawayTo(tr, blockPos, 0, 1))).toBe(false);
    expect(current.commands.command(({ tr }) => moveTakeawayTo(tr, blockPos, 0, 3))).toBe(false);
    expect(current.commands.command(({ tr }) => stepTakeaway(tr, blockPos, 0, -1))).toBe(false);
    expect(current.commands.command(({ tr }) => stepTakeaway(tr, blockPos + 1, 0, 1))).toBe(false);
    expect(current.commands.command(({ tr }) => stepTakeaway(tr, blockPos, 0, 1))).toBe(true);
    expect(textsOf(current, 'takeaway')).toEqual(['B', 'A']);
  });

  it('maps drop insertion points to final places', () => {
    expect(finalIndex(0, 3)).toBe(2);
    expect(finalIndex(3, 0)).toBe(0);
    expect(finalIndex(1, 1)).toBe(1);
  });

  it('finds the insertion point from the items’ vertical middles', () => {
    const rects = [
      { top: 0, bottom: 40 },
      { top: 40, bottom: 80 },
      { top: 80, bottom: 120 },
    ];
    expect(insertionIndex(rects, 5)).toBe(0);
    expect(insertionIndex(rects, 30)).toBe(1);
    expect(insertionIndex(rects, 61)).toBe(2);
    expect(insertionIndex(rects, 119)).toBe(3);
  });
});

describe('item numbers', () => {
  it('gives every item its place in its block, updated as items come and go', () => {
    editor = makeRendererEditor(docOf(takeaways('A', 'B'), takeaways('C')));
    const places = (current: Editor) =>
      (takeawayIndexKey.getState(current.state)?.find() ?? []).map((decoration) => takeawayPlaceOf([decoration]));
    expect(places(editor)).toEqual([
      { index: 0, count: 2 },
      { index: 1, count: 2 },
      { index: 0, count: 1 },
    ]);
    editor.commands.setTextSelection(posOf(editor, 'takeaway', 0) + 2);
    editor.commands.addTakeaway();
    expect(places(editor).map((place) => place?.index)).toEqual([0, 1, 2, 0]);
  });

  it('keeps every place right while text is typed, deleted and formatted, then after items come and go', () => {
    editor = makeRendererEditor(docOf(para('Intro'), takeaways('A', 'B'), para('Middle'), takeaways('C')));
    const places = (current: Editor) =>
      (takeawayIndexKey.getState(current.state)?.find() ?? []).map((decoration) => ({
        at: decoration.from,
        type: current.state.doc.nodeAt(decoration.from)?.type.name,
        place: takeawayPlaceOf([decoration]),
      }));
    const expected = (current: Editor) => {
      const items: { at: number; type: string; place: { index: number; count: number } }[] = [];
      current.state.doc.descendants((node, pos) => {
        if (node.type.name !== 'keyTakeaways') return true;
        node.forEach((_item, offset, index) =>
          items.push({ at: pos + 1 + offset, type: 'takeaway', place: { index, count: node.childCount } }),
        );
        return false;
      });
      return items;
    };
    editor.commands.setTextSelection(3);
    typeText(editor, 'duction, longer');
    expect(places(editor)).toEqual(expected(editor));
    editor.commands.setTextSelection(posOf(editor, 'takeaway', 1) + 2);
    typeText(editor, ' more');
    editor.commands.deleteRange({ from: posOf(editor, 'takeaway', 1) + 1, to: posOf(editor, 'takeaway', 1) + 3 });
    editor.commands.setTextSelection({ from: 2, to: 6 });
    editor.commands.toggleBold();
    expect(places(editor)).toEqual(expected(editor));
    editor.commands.setTextSelection(posOf(editor, 'takeaway', 2) + 2);
    editor.commands.addTakeaway();
    editor.commands.deleteRange({ from: posOf(editor, 'takeaway', 0), to: posOf(editor, 'takeaway', 1) });
    expect(places(editor)).toEqual(expected(editor));
    expect(places(editor).map((entry) => entry.place)).toEqual([
      { index: 0, count: 1 },
      { index: 0, count: 2 },
      { index: 1, count: 2 },
    ]);
  });

  it('tells text edits within one line from changes to blocks', () => {
    editor = makeRendererEditor(docOf(para('One'), takeaways('A', 'B')));
    const inLine = editor.state.tr.insertText('x', 2);
    expect(editsTextOnly(inLine)).toBe(true);
    expect(editsTextOnly(editor.state.tr.delete(2, 3))).toBe(true);
    expect(editsTextOnly(editor.state.tr.split(2))).toBe(false);
    const acrossBlocks = editor.state.tr.delete(2, posOf(editor, 'takeaway', 0) + 2);
    expect(editsTextOnly(acrossBlocks)).toBe(false);
    expect(editsTextOnly(editor.state.tr.insert(0, editor.state.schema.nodes.paragraph!.create()))).toBe(false);
  });
});

describe('advice shown on a block', () => {
  const long = 'x'.repeat(201);

  it('flags empty items only once the analyst has left a block that has text', () => {
    expect(takeawaysAdvice(['A', '', 'C'], false).warnings).toEqual(['Item 2 is empty.']);
    expect(takeawaysAdvice(['A', '', 'C'], true).warnings).toEqual([]);
    expect(takeawaysAdvice(['', '', ''], false).warnings).toEqual([]);
  });

  it('always flags the count and over-long items', () => {
    expect(takeawaysAdvice(['A'], true).warnings).toEqual(['Key Takeaways usually has 3–7 items; this one has 1.']);
    expect(takeawaysAdvice(['A', 'B', long], true).warnings).toHaveLength(1);
  });

  it('labels the count', () => {
    expect(itemCountLabel(1)).toBe('1 item');
    expect(itemCountLabel(5)).toBe('5 items');
  });
});

describe('synced Editor’s Desk', () => {
  const synced = { type: 'editorsDesk', attrs: { title: 'T', libraryRef: 'desk-1' }, content: [para('Library text.')] };

  it('keeps its body read-only but lets its attributes change and the block go', () => {
    editor = makeRendererEditor(docOf(para('x'), synced, para('y')));
    const current = editor;
    const deskPos = posOf(current, 'editorsDesk');
    current.commands.insertContentAt(deskPos + 3, 'EDIT ');
    expect(current.state.doc.textContent).toContain('Library text.');
    expect(current.state.doc.textContent).not.toContain('EDIT');

    current.commands.setTextSelection(deskPos + 2);
    expect(current.commands.updateEditorsDesk({ title: 'New' })).toBe(true);
    expect(current.state.doc.nodeAt(deskPos)?.attrs.title).toBe('New');

    const tr = current.state.tr.delete(deskPos, deskPos + (current.state.doc.nodeAt(deskPos)?.nodeSize ?? 0));
    expect(editsSyncedDesk(tr, current.schema.nodes.editorsDesk ?? current.schema.topNodeType)).toBe(false);
    expect(current.commands.removeEditorsDesk()).toBe(true);
    expect(current.state.doc.textContent).not.toContain('Library text.');
  });

  it('becomes editable once detached', () => {
    editor = makeRendererEditor(docOf(synced));
    const current = editor;
    current.commands.setTextSelection(2);
    current.commands.updateEditorsDesk({ libraryRef: null });
    current.commands.insertContentAt(3, 'Mine. ');
    expect(current.state.doc.textContent).toContain('Mine.');
  });
});
