import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { NEW_TABLE } from '../../shared/editor/nodes/table';
import { filterSlashItems, SLASH_QUERY, type SlashItem, type SlashItemId } from './slash-items';

/** The slash menu's state: open while the paragraph holds "/query" and the cursor is at its end. */
export interface SlashMenuState {
  open: boolean;
  /** Start and end of the "/query" text. */
  from: number;
  to: number;
  query: string;
  /** The highlighted option. */
  index: number;
}

const CLOSED: SlashMenuState = { open: false, from: 0, to: 0, query: '', index: 0 };

export const slashMenuKey = new PluginKey<SlashMenuState>('slashMenu');

/** Id of the menu's listbox and prefix of its options' ids (the editor points at them). */
export const SLASH_LISTBOX_ID = 'body-slash-menu';
export const slashOptionId = (id: SlashItemId): string => `${SLASH_LISTBOX_ID}-${id}`;

type SlashMeta = { type: 'move'; by: number } | { type: 'close' };

function isSlashMeta(value: unknown): value is SlashMeta {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/** The "/query" a paragraph consists of, with the cursor at its end; null otherwise. */
export function slashQueryAt(state: EditorState): { from: number; to: number; query: string } | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  const parent = $from.parent;
  if (parent.type.name !== 'paragraph' || $from.parentOffset !== parent.content.size) return null;
  const match = SLASH_QUERY.exec(parent.textContent);
  if (!match || parent.childCount !== 1) return null;
  return { from: $from.start(), to: $from.end(), query: match[1] ?? '' };
}

/** The next menu state after a transaction (pure: the plugin's `apply`). */
export function nextSlashState(tr: Transaction, previous: SlashMenuState, state: EditorState): SlashMenuState {
  const meta: unknown = tr.getMeta(slashMenuKey);
  if (isSlashMeta(meta) && meta.type === 'close') return CLOSED;
  const found = slashQueryAt(state);
  if (!found) return CLOSED;
  const items = filterSlashItems(found.query);
  if (items.length === 0) return CLOSED;
  // It opens when a slash is typed into an empty paragraph, and stays open while that text is edited.
  const continuing = previous.open && tr.mapping.map(previous.from) === found.from;
  const opening = !previous.open && tr.docChanged && found.query === '' && tr.getMeta('uiEvent') !== 'paste';
  if (!continuing && !opening) return CLOSED;
  let index = continuing && found.query === previous.query ? previous.index : 0;
  if (isSlashMeta(meta) && meta.type === 'move') index = (index + meta.by + items.length) % items.length;
  return { open: true, from: found.from, to: found.to, query: found.query, index: Math.min(index, items.length - 1) };
}

/** The options the menu shows for a state. */
export function slashItemsOf(state: SlashMenuState): SlashItem[] {
  return state.open ? filterSlashItems(state.query) : [];
}

/**
 * Replaces the "/query" text with the chosen block. The slash text goes in a
 * step kept out of the undo history, so one Undo gives back the line as it
 * was before the slash (not "/desk"); the history's earlier steps (the typing
 * of the slash text) are mapped over it and come to nothing.
 */
export function runSlashItem(editor: Editor, id: SlashItemId): boolean {
  const menu = slashMenuKey.getState(editor.state);
  if (!menu?.open) return false;
  editor.view.dispatch(editor.state.tr.delete(menu.from, menu.to).setMeta('addToHistory', false));
  const chain = editor.chain().focus();
  if (id === 'code') return chain.setCodeBlock().run();
  if (id === 'footnote') return chain.insertFootnote().run();
  if (id === 'table') return chain.insertTable(NEW_TABLE).run();
  return id === 'takeaways' ? chain.insertKeyTakeaways().run() : chain.insertEditorsDesk().run();
}

/** Closes the menu, leaving the typed text as it is. */
export function closeSlashMenu(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(slashMenuKey, { type: 'close' } satisfies SlashMeta));
}

/**
 * "/" at the start of an empty paragraph opens a menu of the brief blocks;
 * typing filters it ("/ta" → Key takeaways), arrows move, Enter or Tab
 * inserts (the slash text goes), Escape closes. The menu itself is a React
 * component reading this plugin's state.
 */
export const SlashMenu = Extension.create({
  name: 'slashMenu',
  priority: 1000,

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin<SlashMenuState>({
        key: slashMenuKey,
        state: {
          init: () => CLOSED,
          apply: (tr, previous, _old, state) => nextSlashState(tr, previous, state),
        },
        props: {
          handleKeyDown(view, event) {
            const menu = slashMenuKey.getState(view.state);
            if (!menu?.open || event.altKey || event.ctrlKey || event.metaKey) return false;
            const move = (by: number): boolean => {
              view.dispatch(view.state.tr.setMeta(slashMenuKey, { type: 'move', by } satisfies SlashMeta));
              return true;
            };
            if (event.key === 'ArrowDown') return move(1);
            if (event.key === 'ArrowUp') return move(-1);
            if (event.key === 'Escape') {
              closeSlashMenu(editor);
              return true;
            }
            if (event.key === 'Enter' || event.key === 'Tab') {
              const item = slashItemsOf(menu)[menu.index];
              return item ? runSlashItem(editor, item.id) : false;
            }
            return false;
          },
          attributes(state): Record<string, string> {
            const menu = slashMenuKey.getState(state);
            const item = menu ? slashItemsOf(menu)[menu.index] : undefined;
            if (!item) return {};
            return { 'aria-controls': SLASH_LISTBOX_ID, 'aria-activedescendant': slashOptionId(item.id), 'aria-autocomplete': 'list' };
          },
        },
      }),
    ];
  },
});
