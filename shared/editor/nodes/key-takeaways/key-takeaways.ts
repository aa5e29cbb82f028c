import { mergeAttributes, Node } from '@tiptap/core';
import { DOMParser as PmDOMParser, Fragment, type Schema } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { insertTopLevelBlock } from '../../block-utils';
import { requireNodeType } from '../require-node-type';
import { takeawaysPastePlugin } from './takeaways-paste';
import {
  addItemAfter,
  createTakeawaysBlock,
  exitFromLastItem,
  applyListConversion,
  moveItem,
  planListConversion,
  removeItem,
  splitItem,
  takeawayContextAt,
  type TakeawayContext,
} from './key-takeaways-transforms';

/** Node name of the Key Takeaways block. */
export const KEY_TAKEAWAYS = 'keyTakeaways';
/** Node name of one item in it. */
export const TAKEAWAY = 'takeaway';

export interface KeyTakeawaysOptions {
  /**
   * Extra HTML attributes on the `<section>`.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
  /**
   * The visible heading of the block (rendered, never stored).
   * @default 'Key Takeaways'
   */
  title: string;
}

export interface TakeawayOptions {
  /**
   * Extra HTML attributes on each `<li>`.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    keyTakeaways: {
      /**
       * Inserts a Key Takeaways block at the selection (replacing an empty
       * paragraph, otherwise after the current top-level block), cursor in the
       * first item. One empty item when `items` is omitted.
       * @example editor.commands.insertKeyTakeaways(['First point.', 'Second point.'])
       */
      insertKeyTakeaways: (items?: string[]) => ReturnType;
      /** Adds an empty item after the current one, cursor in it. */
      addTakeaway: () => ReturnType;
      /** Moves the current item up one place; the cursor stays in it. */
      moveTakeawayUp: () => ReturnType;
      /** Moves the current item down one place; the cursor stays in it. */
      moveTakeawayDown: () => ReturnType;
      /** Removes the current item (the whole block when it is the only one). */
      removeTakeaway: () => ReturnType;
      /**
       * Turns the ordered list around the selection into a Key Takeaways block
       * when each of its items is a single paragraph (a list pasted from
       * another app). Marks a takeaway cannot carry are dropped.
       */
      convertOrderedListToTakeaways: () => ReturnType;
    };
  }
}

function moveCommand(tr: Transaction, direction: -1 | 1, dispatch: boolean): boolean {
  const cx = contextOf(tr);
  if (!cx) return false;
  const target = cx.index + direction;
  if (target < 0 || target >= cx.block.childCount) return false;
  if (dispatch) {
    moveItem(tr, cx, direction);
    closeHistory(tr).scrollIntoView();
  }
  return true;
}

function contextOf(state: EditorState | Transaction) {
  return takeawayContextAt(state.selection.$from, requireNodeType(state.doc.type.schema, TAKEAWAY));
}

/** A command on the item with the cursor (false outside one): `change` is applied as one undo step. */
function itemCommand(tr: Transaction, dispatch: boolean, change: (cx: TakeawayContext) => void): boolean {
  const cx = contextOf(tr);
  if (!cx) return false;
  if (dispatch) {
    change(cx);
    closeHistory(tr).scrollIntoView();
  }
  return true;
}

/**
 * One takeaway: a single sentence of inline text with bold, italic and links
 * only. Block content inside an item in parsed HTML (a heading, a paragraph)
 * is flattened to its text; paragraphs or a list pasted into an item become
 * one item each.
 */
export const Takeaway = Node.create<TakeawayOptions>({
  name: TAKEAWAY,
  content: 'inline*',
  marks: 'bold italic link',
  defining: true,

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    const getContent = (dom: globalThis.Node, schema: Schema): Fragment => {
      const type = requireNodeType(schema, TAKEAWAY);
      return PmDOMParser.fromSchema(schema).parse(dom, { topNode: type.create() }).content;
    };
    return [
      { tag: 'li[data-type="takeaway"]', priority: 60, getContent },
      { tag: 'li', context: `${KEY_TAKEAWAYS}/`, priority: 60, getContent },
    ];
  },

  addProseMirrorPlugins() {
    return [takeawaysPastePlugin(this.type)];
  },

  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-type': 'takeaway' }), 0];
  },
});

/**
 * The brief's Key Takeaways: a numbered list of one-sentence items that holds
 * together as a block. Rendered as
 * `<section class="key-takeaways" data-type="key-takeaways" aria-label="Key takeaways">
 * <h2 class="key-takeaways-title">Key Takeaways</h2><ol class="key-takeaways-list">…</ol></section>`.
 *
 * Keys inside an item: Enter splits (on an empty last item it leaves the
 * block), Backspace on an empty item removes it, Alt-ArrowUp/Down move it;
 * Mod-Shift-k inserts a block.
 */
export const KeyTakeaways = Node.create<KeyTakeawaysOptions>({
  name: KEY_TAKEAWAYS,
  group: 'block',
  content: `${TAKEAWAY}+`,
  defining: true,
  isolating: true,

  addOptions() {
    return { HTMLAttributes: {}, title: 'Key Takeaways' };
  },

  parseHTML() {
    return [
      {
        tag: 'section[data-type="key-takeaways"]',
        contentElement: (node: HTMLElement) => node.querySelector('ol.key-takeaways-list') ?? node.querySelector('ol') ?? node,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        class: 'key-takeaways',
        'data-type': 'key-takeaways',
        'aria-label': 'Key takeaways',
      }),
      ['h2', { class: 'key-takeaways-title' }, this.options.title],
      ['ol', { class: 'key-takeaways-list' }, 0],
    ];
  },

  addCommands() {
    return {
      insertKeyTakeaways:
        (items = []) =>
        ({ tr, state, dispatch }) => {
          const schema = state.schema;
          const block = createTakeawaysBlock(requireNodeType(schema, KEY_TAKEAWAYS), requireNodeType(schema, TAKEAWAY), items);
          if (dispatch) {
            const pos = insertTopLevelBlock(tr, block);
            const first = block.firstChild;
            const offset = first ? first.content.size : 0;
            tr.setSelection(TextSelection.create(tr.doc, pos + 2 + offset));
            closeHistory(tr).scrollIntoView();
          }
          return true;
        },

      addTakeaway:
        () =>
        ({ tr, dispatch }) =>
          itemCommand(tr, Boolean(dispatch), (cx) => addItemAfter(tr, cx, requireNodeType(tr.doc.type.schema, TAKEAWAY))),

      moveTakeawayUp:
        () =>
        ({ tr, dispatch }) =>
          moveCommand(tr, -1, Boolean(dispatch)),

      moveTakeawayDown:
        () =>
        ({ tr, dispatch }) =>
          moveCommand(tr, 1, Boolean(dispatch)),

      removeTakeaway:
        () =>
        ({ tr, dispatch }) =>
          itemCommand(tr, Boolean(dispatch), (cx) => removeItem(tr, cx)),

      convertOrderedListToTakeaways:
        () =>
        ({ tr, dispatch }) => {
          const schema = tr.doc.type.schema;
          const plan = planListConversion(tr, requireNodeType(schema, KEY_TAKEAWAYS), requireNodeType(schema, TAKEAWAY));
          if (!plan) return false;
          if (dispatch) {
            applyListConversion(tr, plan);
            closeHistory(tr).scrollIntoView();
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const editor = this.editor;
    return {
      Enter: () =>
        editor.commands.command(({ tr, dispatch }) => {
          const cx = contextOf(tr);
          if (!cx) return false;
          if (!dispatch) return true;
          const isLast = cx.index === cx.block.childCount - 1;
          if (tr.selection.empty && cx.item.content.size === 0 && isLast) {
            exitFromLastItem(tr, cx);
          } else {
            splitItem(tr, requireNodeType(tr.doc.type.schema, TAKEAWAY), editor.extensionManager.splittableMarks);
          }
          tr.scrollIntoView();
          return true;
        }),
      Backspace: () =>
        editor.commands.command(({ tr, dispatch }) => {
          const cx = contextOf(tr);
          if (!cx || !tr.selection.empty || tr.selection.$from.parentOffset > 0) return false;
          if (cx.item.content.size === 0) {
            if (dispatch) removeItem(tr, cx);
            return true;
          }
          // At the start of the first item there is nothing to join with: keep the block.
          return cx.index === 0;
        }),
      Delete: () => {
        const cx = contextOf(editor.state);
        const { selection } = editor.state;
        if (!cx || !selection.empty) return false;
        const atEnd = selection.$from.parentOffset === cx.item.content.size;
        // Deleting forward out of the last item would pull the next block in.
        return atEnd && cx.index === cx.block.childCount - 1;
      },
      'Alt-ArrowUp': () => editor.commands.moveTakeawayUp() || contextOf(editor.state) !== null,
      'Alt-ArrowDown': () => editor.commands.moveTakeawayDown() || contextOf(editor.state) !== null,
      'Mod-Shift-k': () => editor.commands.insertKeyTakeaways(),
    };
  },
});
