import { Fragment, Slice, type Node as PmNode, type NodeType } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Plugin key of the paste handling inside Key Takeaways items. */
export const takeawaysPasteKey = new PluginKey('takeawaysPaste');

/**
 * Re-shapes pasted content for a takeaway item: every textblock (paragraph,
 * heading, list item's paragraph, another takeaway) becomes one item with the
 * marks an item allows; other blocks (images, rules) are dropped. Returns null
 * when PM's own fitting is already right (inline content, a single textblock
 * open on both sides) or nothing textual was pasted.
 */
export function sliceAsTakeaways(slice: Slice, itemType: NodeType): Slice | null {
  const first = slice.content.firstChild;
  if (!first || first.isInline) return null;
  if (slice.content.childCount === 1 && first.isTextblock && slice.openStart > 0 && slice.openEnd > 0) return null;
  const items: PmNode[] = [];
  slice.content.descendants((node) => {
    if (!node.isTextblock) return true;
    const inline: PmNode[] = [];
    node.forEach((child) => {
      if (child.isInline) inline.push(child.mark(itemType.allowedMarks(child.marks)));
    });
    const content = Fragment.fromArray(inline);
    if (itemType.validContent(content)) items.push(itemType.create(null, content));
    return false;
  });
  if (items.length === 0) return null;
  return new Slice(Fragment.fromArray(items), 1, 1);
}

/** Paste handling that keeps pasted paragraphs and lists inside a Key Takeaways block, one item each. */
export function takeawaysPastePlugin(itemType: NodeType): Plugin {
  return new Plugin({
    key: takeawaysPasteKey,
    props: {
      handlePaste(view, _event, slice) {
        const { selection } = view.state;
        if (selection.$from.parent.type !== itemType || selection.$to.parent.type !== itemType) return false;
        const converted = sliceAsTakeaways(slice, itemType);
        if (!converted) return false;
        view.dispatch(view.state.tr.replaceSelection(converted).scrollIntoView().setMeta('uiEvent', 'paste'));
        return true;
      },
    },
  });
}
