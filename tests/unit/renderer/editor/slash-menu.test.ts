// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { filterSlashItems } from '../../../../renderer/editor/slash-items';
import { closeSlashMenu, runSlashItem, slashItemsOf, slashMenuKey } from '../../../../renderer/editor/slash-menu';
import { cursorAtText, docOf, para, press, textsOf, topLevel } from '../../support/body-editor-fixtures';
import { makeRendererEditor, typeText } from '../editor-fixtures';

let editor: Editor | undefined;
const open = (...content: Parameters<typeof docOf>): Editor => {
  editor = makeRendererEditor(docOf(...content));
  return editor;
};
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const menu = (current: Editor) => slashMenuKey.getState(current.state);
const labels = (current: Editor): string[] => {
  const state = menu(current);
  return state ? slashItemsOf(state).map((item) => item.label) : [];
};

describe('filterSlashItems', () => {
  it('offers every block, the code block and the footnote for a bare slash', () => {
    expect(filterSlashItems('').map((item) => item.id)).toEqual(['takeaways', 'desk', 'code', 'footnote', 'table']);
  });

  it('narrows by the start of a keyword or of one of its words, any case, apostrophes ignored', () => {
    expect(filterSlashItems('ta').map((item) => item.id)).toEqual(['takeaways', 'table']);
    expect(filterSlashItems('tab').map((item) => item.id)).toEqual(['table']);
    expect(filterSlashItems('grid').map((item) => item.id)).toEqual(['table']);
    expect(filterSlashItems('KEY').map((item) => item.id)).toEqual(['takeaways']);
    expect(filterSlashItems('d').map((item) => item.id)).toEqual(['desk']);
    expect(filterSlashItems('editors').map((item) => item.id)).toEqual(['desk']);
    expect(filterSlashItems('editor’s d').map((item) => item.id)).toEqual(['desk']);
    expect(filterSlashItems('pre').map((item) => item.id)).toEqual(['code']);
    expect(filterSlashItems('sour').map((item) => item.id)).toEqual(['footnote']);
  });

  it('offers nothing for text that matches no block', () => {
    expect(filterSlashItems('zzz')).toEqual([]);
  });
});

describe('slash menu plugin', () => {
  it('opens when "/" is typed into an empty paragraph and filters as the analyst types', () => {
    const current = open(para('Intro.'), para());
    current.commands.setTextSelection(current.state.doc.content.size - 1);
    typeText(current, '/');
    expect(menu(current)?.open).toBe(true);
    expect(labels(current)).toEqual(['Key takeaways', "Editor's desk", 'Code block', 'Footnote', 'Table']);
    typeText(current, 'ta');
    expect(labels(current)).toEqual(['Key takeaways', 'Table']);
    typeText(current, 'k');
    expect(labels(current)).toEqual(['Key takeaways']);
    typeText(current, 'xx');
    expect(menu(current)?.open).toBe(false);
  });

  it('does not open for a slash typed after text, nor for a paragraph that merely holds "/ta"', () => {
    const current = open(para('Ratio'), para('/ta'));
    cursorAtText(current, 'Ratio', 5);
    typeText(current, '/');
    expect(menu(current)?.open).toBe(false);
    cursorAtText(current, '/ta', 3);
    expect(menu(current)?.open).toBe(false);
  });

  it('Enter inserts the highlighted block and removes the slash text; arrows move the highlight', () => {
    const current = open(para('Intro.'), para());
    current.commands.setTextSelection(current.state.doc.content.size - 1);
    typeText(current, '/');
    expect(press(current, 'ArrowDown')).toBe(true);
    expect(menu(current)?.index).toBe(1);
    expect(press(current, 'Enter')).toBe(true);
    expect(topLevel(current)).toEqual(['paragraph', 'editorsDesk']);
    expect(current.state.doc.textContent).toBe('Intro.');
    expect(menu(current)?.open).toBe(false);
  });

  it('Escape closes the menu and keeps the text; it stays closed while that text is edited', () => {
    const current = open(para());
    typeText(current, '/');
    expect(press(current, 'Escape')).toBe(true);
    expect(menu(current)?.open).toBe(false);
    typeText(current, 'ta');
    expect(menu(current)?.open).toBe(false);
    expect(textsOf(current, 'paragraph')).toEqual(['/ta']);
    press(current, 'Enter');
    expect(topLevel(current)).toEqual(['paragraph', 'paragraph']);
  });

  it('runSlashItem (a click on an option) inserts Key Takeaways in place of the slash paragraph', () => {
    const current = open(para());
    typeText(current, '/tak');
    expect(menu(current)?.open).toBe(false);
    closeSlashMenu(current);
    current.commands.setContent(docOf(para()));
    typeText(current, '/');
    typeText(current, 'k');
    expect(runSlashItem(current, 'takeaways')).toBe(true);
    expect(topLevel(current)[0]).toBe('keyTakeaways');
    expect(current.state.selection.$from.parent.type.name).toBe('takeaway');
  });

  it('runSlashItem inserts a code block, or a footnote selected for writing, in place of the slash text', () => {
    const code = open(para());
    typeText(code, '/');
    typeText(code, 'co');
    expect(runSlashItem(code, 'code')).toBe(true);
    expect(code.getJSON().content).toEqual([{ type: 'codeBlock', attrs: { language: null } }]);
    code.destroy();

    const note = open(para());
    typeText(note, '/');
    typeText(note, 'no');
    expect(runSlashItem(note, 'footnote')).toBe(true);
    expect(note.getJSON().content).toEqual([{ type: 'paragraph', content: [{ type: 'footnote' }] }]);
    expect(note.state.selection.from).toBe(1);
    expect(note.state.doc.nodeAt(note.state.selection.from)?.type.name).toBe('footnote');
    note.destroy();

    const table = open(para('Shares:'), para());
    table.commands.setTextSelection(table.state.doc.content.size - 1);
    typeText(table, '/');
    typeText(table, 'table');
    expect(runSlashItem(table, 'table')).toBe(true);
    expect(topLevel(table)).toEqual(['paragraph', 'table']);
    const rows: string[][] = [];
    table.state.doc.child(1).forEach((row) => rows.push(Array.from({ length: row.childCount }, (_, index) => row.child(index).type.name)));
    expect(rows).toEqual([
      ['tableHeader', 'tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell', 'tableCell'],
      ['tableCell', 'tableCell', 'tableCell'],
    ]);
    expect(table.state.selection.$from.node(-1).type.name).toBe('tableHeader');
    table.destroy();
  });

  it.each(['takeaways', 'desk', 'code', 'footnote'] as const)(
    'one undo after the %s command gives back the line as it was before the slash, with no slash text',
    (id) => {
      const current = open(para('Intro.'), para());
      current.commands.setTextSelection(current.state.doc.content.size - 1);
      const pause = (): void => current.view.dispatch(closeHistory(current.state.tr));
      // Typed with pauses between (each its own undo step), the hardest case.
      typeText(current, '/');
      pause();
      typeText(
        current,
        filterSlashItems('')
          .find((item) => item.id === id)
          ?.keywords[0]?.slice(0, 2) ?? '',
      );
      pause();
      expect(runSlashItem(current, id)).toBe(true);
      const inserted = current.getJSON();
      expect(current.commands.undo()).toBe(true);
      expect(current.getJSON()).toEqual(docOf(para('Intro.'), para()));
      expect(current.state.doc.textContent).toBe('Intro.');
      expect(current.commands.redo()).toBe(true);
      expect(current.getJSON()).toEqual(inserted);
    },
  );
});
