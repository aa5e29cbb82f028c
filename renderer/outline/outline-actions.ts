import type { Editor } from '@tiptap/core';
import { stepTakeaway } from '../nodes/key-takeaways/move-takeaway';
import { focusTextAt } from '../editor/focus-text-at';
import { cursorPosFor, findOutlineNode, type OutlineKind } from './outline-model';
import { setTakeawayText } from './outline-edits';

/** Scrolls to an outline entry (an item of it when given) and puts the cursor there. */
export function jumpTo(editor: Editor, kind: OutlineKind, ordinal: number, item?: number): void {
  const target = findOutlineNode(editor.state.doc, kind, ordinal);
  if (!target) return;
  focusTextAt(editor, cursorPosFor(kind, target.pos, target.node, item));
  const dom = editor.view.nodeDOM(target.pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
}

/** Moves item `index` of the `ordinal`-th takeaways block up (-1) or down (1). */
export function moveOutlineTakeaway(editor: Editor, ordinal: number, index: number, direction: -1 | 1): boolean {
  return editor.commands.command(({ tr }) => {
    const target = findOutlineNode(tr.doc, 'takeaways', ordinal);
    return target ? stepTakeaway(tr, target.pos, index, direction) : false;
  });
}

/** Rewrites item `index` of the `ordinal`-th takeaways block as plain text (the focus stays in the outline). */
export function editOutlineTakeaway(editor: Editor, ordinal: number, index: number, text: string): boolean {
  return editor.commands.command(({ tr }) => {
    const target = findOutlineNode(tr.doc, 'takeaways', ordinal);
    return target ? setTakeawayText(tr, target.pos, index, text) : false;
  });
}
