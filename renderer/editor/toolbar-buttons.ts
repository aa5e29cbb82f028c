import type { Editor } from '@tiptap/react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { ToolbarIconName } from './ToolbarIcon';
import { NEW_TABLE, TABLE } from '../../shared/editor/nodes/table';
import { findParentNode } from '@tiptap/core';

/** What a button can do besides commands of the editor: the dialogs and the file picker the body owns. */
export interface ToolbarActions {
  onLink: () => void;
  onInsertImage: () => void;
  onEditImageAlt: () => void;
}

/** A shortcut: its key with Mod and the modifiers beside it (for the tooltip and aria-keyshortcuts). */
export interface ToolbarShortcut {
  key: string;
  alt?: boolean;
  shift?: boolean;
}

/** One button of the formatting toolbar. Adding a button is adding one of these to TOOLBAR_GROUPS. */
export interface ToolbarButtonSpec {
  /** Unique; also the key of its state. */
  id: string;
  /** Its accessible name and tooltip. */
  label: string;
  icon: ToolbarIconName;
  shortcut?: ToolbarShortcut;
  /** A toggle: whether it is on at the cursor (`aria-pressed`). */
  active?: (editor: Editor) => boolean;
  /** Whether it is shown at all (the table's buttons only while the caret is in a table). @default always */
  visible?: (editor: Editor) => boolean;
  /** Whether it can act now (disabled otherwise); `can` is `editor.can()`, built once per paint for every button. */
  enabled?: (editor: Editor, can: ReturnType<Editor['can']>) => boolean;
  run: (editor: Editor, actions: ToolbarActions) => void;
}

const chain = (editor: Editor) => editor.chain().focus();

const inTable = (editor: Editor): boolean => editor.isActive(TABLE);

/** Whether the first row of the table at the caret is a header row. */
function hasHeaderRow(editor: Editor): boolean {
  const table = findParentNode((node) => node.type.name === TABLE)(editor.state.selection);
  const first = table?.node.firstChild;
  if (!first || first.childCount === 0) return false;
  let header = true;
  first.forEach((cell) => {
    if (cell.type.name !== 'tableHeader') header = false;
  });
  return header;
}

/** The table's edits. */
const TABLE_EDITS: readonly Omit<ToolbarButtonSpec, 'visible'>[] = [
  {
    id: 'addRowBefore',
    label: 'Add row above',
    icon: 'addRowBefore',
    enabled: (_editor, can) => can.addRowBefore(),
    run: (editor) => chain(editor).addRowBefore().run(),
  },
  {
    id: 'addRowAfter',
    label: 'Add row below',
    icon: 'addRowAfter',
    enabled: (_editor, can) => can.addRowAfter(),
    run: (editor) => chain(editor).addRowAfter().run(),
  },
  {
    id: 'addColumnBefore',
    label: 'Add column left',
    icon: 'addColumnBefore',
    enabled: (_editor, can) => can.addColumnBefore(),
    run: (editor) => chain(editor).addColumnBefore().run(),
  },
  {
    id: 'addColumnAfter',
    label: 'Add column right',
    icon: 'addColumnAfter',
    enabled: (_editor, can) => can.addColumnAfter(),
    run: (editor) => chain(editor).addColumnAfter().run(),
  },
  {
    id: 'deleteRow',
    label: 'Delete row',
    icon: 'deleteRow',
    enabled: (_editor, can) => can.deleteRow(),
    run: (editor) => chain(editor).deleteRow().run(),
  },
  {
    id: 'deleteColumn',
    label: 'Delete column',
    icon: 'deleteColumn',
    enabled: (_editor, can) => can.deleteColumn(),
    run: (editor) => chain(editor).deleteColumn().run(),
  },
  {
    id: 'toggleHeaderRow',
    label: 'Header row',
    icon: 'headerRow',
    active: hasHeaderRow,
    enabled: (_editor, can) => can.toggleHeaderRow(),
    run: (editor) => chain(editor).toggleHeaderRow().run(),
  },
  {
    id: 'deleteTable',
    label: 'Delete table',
    icon: 'deleteTable',
    enabled: (_editor, can) => can.deleteTable(),
    run: (editor) => chain(editor).deleteTable().run(),
  },
];

/** The table's buttons: shown while the caret is in a table. */
const TABLE_BUTTONS: readonly ToolbarButtonSpec[] = TABLE_EDITS.map((button) => ({ ...button, visible: inTable }));

/** The toolbar's buttons in groups, in their order on screen. */
export const TOOLBAR_GROUPS: readonly (readonly ToolbarButtonSpec[])[] = [
  [
    {
      id: 'bold',
      label: 'Bold',
      icon: 'bold',
      shortcut: { key: 'B' },
      active: (editor) => editor.isActive('bold'),
      run: (editor) => chain(editor).toggleBold().run(),
    },
    {
      id: 'italic',
      label: 'Italic',
      icon: 'italic',
      shortcut: { key: 'I' },
      active: (editor) => editor.isActive('italic'),
      run: (editor) => chain(editor).toggleItalic().run(),
    },
    {
      id: 'link',
      label: 'Link',
      icon: 'link',
      shortcut: { key: 'K' },
      active: (editor) => editor.isActive('link'),
      run: (_editor, actions) => actions.onLink(),
    },
  ],
  [
    {
      id: 'heading2',
      label: 'Heading 2',
      icon: 'heading2',
      shortcut: { key: '2', alt: true },
      active: (editor) => editor.isActive('heading', { level: 2 }),
      run: (editor) => chain(editor).toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'heading3',
      label: 'Heading 3',
      icon: 'heading3',
      shortcut: { key: '3', alt: true },
      active: (editor) => editor.isActive('heading', { level: 3 }),
      run: (editor) => chain(editor).toggleHeading({ level: 3 }).run(),
    },
    {
      id: 'bulletList',
      label: 'Bullet list',
      icon: 'bulletList',
      shortcut: { key: '8', shift: true },
      active: (editor) => editor.isActive('bulletList'),
      run: (editor) => chain(editor).toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: 'Numbered list',
      icon: 'orderedList',
      shortcut: { key: '7', shift: true },
      active: (editor) => editor.isActive('orderedList'),
      run: (editor) => chain(editor).toggleOrderedList().run(),
    },
    {
      id: 'blockquote',
      label: 'Block quote',
      icon: 'quote',
      shortcut: { key: 'B', shift: true },
      active: (editor) => editor.isActive('blockquote'),
      run: (editor) => chain(editor).toggleBlockquote().run(),
    },
  ],
  [
    {
      id: 'insertTakeaways',
      label: 'Insert key takeaways',
      icon: 'takeaways',
      shortcut: { key: 'K', shift: true },
      enabled: (_editor, can) => can.insertKeyTakeaways(),
      run: (editor) => chain(editor).insertKeyTakeaways().run(),
    },
    {
      id: 'insertDesk',
      label: "Insert editor's desk",
      icon: 'desk',
      shortcut: { key: 'E', shift: true },
      enabled: (_editor, can) => can.insertEditorsDesk(),
      run: (editor) => chain(editor).insertEditorsDesk().run(),
    },
    {
      id: 'makeTakeaways',
      label: 'Make key takeaways',
      icon: 'makeTakeaways',
      enabled: (_editor, can) => can.convertOrderedListToTakeaways(),
      run: (editor) => chain(editor).convertOrderedListToTakeaways().run(),
    },
  ],
  [
    {
      id: 'insertFootnote',
      label: 'Footnote',
      icon: 'footnote',
      shortcut: { key: 'R', alt: true },
      enabled: (_editor, can) => can.insertFootnote(),
      run: (editor) => chain(editor).insertFootnote().run(),
    },
    { id: 'insertImage', label: 'Insert image', icon: 'image', run: (_editor, actions) => actions.onInsertImage() },
    {
      id: 'editImageAlt',
      label: 'Edit image alt text',
      icon: 'alt',
      enabled: (editor) => editor.isActive('image'),
      run: (_editor, actions) => actions.onEditImageAlt(),
    },
    {
      id: 'insertTable',
      label: 'Table',
      icon: 'table',
      // One table at a time: a table inside a cell is read and kept, never made here.
      enabled: (editor, can) => !inTable(editor) && can.insertTable(NEW_TABLE),
      run: (editor) => chain(editor).insertTable(NEW_TABLE).run(),
    },
  ],
  TABLE_BUTTONS,
  [
    {
      id: 'undo',
      label: 'Undo',
      icon: 'undo',
      shortcut: { key: 'Z' },
      // Exactly what `can().undo()` answers, read from the history without building a command.
      enabled: (editor) => Number(undoDepth(editor.state)) > 0,
      run: (editor) => chain(editor).undo().run(),
    },
    {
      id: 'redo',
      label: 'Redo',
      icon: 'redo',
      shortcut: { key: 'Z', shift: true },
      enabled: (editor) => Number(redoDepth(editor.state)) > 0,
      run: (editor) => chain(editor).redo().run(),
    },
  ],
];

/** The toolbar's state at the cursor, flat (compared key by key): `<id>.on` for toggles, `<id>.off` when disabled, `<id>.hidden` when not shown. */
export type ToolbarState = Record<string, boolean>;

/** Reads every button's state once; `editor.can()` (which builds every command) is built only once for all of them. */
export function readToolbarState(editor: Editor): ToolbarState {
  const can = editor.can();
  const state: ToolbarState = {};
  for (const group of TOOLBAR_GROUPS) {
    for (const button of group) {
      if (button.visible && !button.visible(editor)) {
        state[`${button.id}.hidden`] = true;
        continue;
      }
      if (button.active) state[`${button.id}.on`] = button.active(editor);
      if (button.enabled) state[`${button.id}.off`] = !button.enabled(editor, can);
    }
  }
  return state;
}
