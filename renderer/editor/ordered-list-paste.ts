import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { KEY_TAKEAWAYS } from '../../shared/editor/nodes/key-takeaways';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';

/** Position of the numbered list a paste just made, while the offer to convert it stands. */
export const listPasteKey = new PluginKey<number | null>('orderedListPaste');

const DISMISS = 'dismiss';

/** An ordered list that can become Key Takeaways: every item a single paragraph. */
export function isConvertibleList(node: PmNode): boolean {
  if (node.type.name !== 'orderedList' || node.childCount === 0) return false;
  let ok = true;
  node.forEach((item) => {
    ok &&= item.childCount === 1 && item.firstChild?.type.name === 'paragraph';
  });
  return ok;
}

/** True when the list at `pos` could be replaced by a Key Takeaways block where it stands (not inside a desk, say). */
export function canBecomeTakeaways(doc: PmNode, pos: number): boolean {
  const blockType = doc.type.schema.nodes[KEY_TAKEAWAYS];
  const list = doc.nodeAt(pos);
  if (!blockType || !list || !isConvertibleList(list)) return false;
  const $pos = doc.resolve(pos);
  return $pos.parent.canReplaceWith($pos.index(), $pos.index() + 1, blockType);
}

/** The first convertible ordered list in the ranges a paste transaction changed, or null. */
export function pastedListPos(tr: Transaction): number | null {
  if (!tr.docChanged || tr.getMeta('uiEvent') !== 'paste') return null;
  let found: number | null = null;
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      if (found !== null) return;
      const from = rest.map(newStart, -1);
      const to = Math.min(rest.map(newEnd, 1), tr.doc.content.size);
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (found !== null) return false;
        if (node.type.name === 'orderedList') {
          if (canBecomeTakeaways(tr.doc, pos)) found = pos;
          return false;
        }
        return !node.isTextblock;
      });
    });
  });
  return found;
}

/**
 * The list offer after a transaction: a paste sets it; the analyst's next
 * edit (or a dismissal) withdraws it. Edits plugins append to the paste (a
 * trailing paragraph) only move it.
 */
export function nextListOffer(tr: Transaction, previous: number | null): number | null {
  const pasted = pastedListPos(tr);
  if (pasted !== null) return pasted;
  if (previous === null || tr.getMeta(listPasteKey) === DISMISS) return null;
  if (!tr.docChanged) return previous;
  if (!tr.getMeta('appendedTransaction')) return null;
  const mapped = tr.mapping.map(previous, 1);
  return canBecomeTakeaways(tr.doc, mapped) ? mapped : null;
}

/** Withdraws the offer. */
export function dismissListOffer(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(listPasteKey, DISMISS));
}

/** Turns the offered list into Key Takeaways (the cursor stays in place when it is in the list). */
export function convertOfferedList(editor: Editor, listPos: number): boolean {
  const list = editor.state.doc.nodeAt(listPos);
  if (!list) return false;
  const { from } = editor.state.selection;
  const inList = from > listPos && from < listPos + list.nodeSize;
  const chain = editor.chain().focus();
  // Inside the first item's paragraph: list › item › paragraph › text.
  if (!inList) chain.setTextSelection(listPos + 3);
  return chain.convertOrderedListToTakeaways().run();
}

/**
 * Notices a paste that brought a plain numbered list (from another app) so
 * the editor can offer to turn it into a Key Takeaways block.
 */
export const OrderedListPasteOffer = Extension.create({
  name: 'orderedListPasteOffer',
  addProseMirrorPlugins() {
    return [
      new Plugin<number | null>({
        key: listPasteKey,
        state: {
          init: () => null,
          apply: (tr, previous) => nextListOffer(tr, previous),
        },
      }),
    ];
  },
});
