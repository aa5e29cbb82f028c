import { Plugin } from '@tiptap/pm/state';
import { NodeSelection } from '@tiptap/pm/state';
import type { BriefBlockViews } from '../../../shared/editor/body-extensions';
import { FOOTNOTE, Footnote } from '../../../shared/editor/nodes/footnote';
import { footnoteNumbersPlugin } from './footnote-numbers-plugin';
import { FootnoteView, footnoteViewOf } from './footnote-view';

/** Enter on a selected note opens it for writing. */
function openNoteOnEnter(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        const { selection } = view.state;
        if (event.key !== 'Enter' || !(selection instanceof NodeSelection) || selection.node.type.name !== FOOTNOTE) return false;
        const note = footnoteViewOf(view.nodeDOM(selection.from));
        if (!note) return false;
        event.preventDefault();
        note.focusNote();
        return true;
      },
    },
  });
}

/** The footnote with its editing view (reference, popover), its numbering, and Enter to write a selected note. */
export function footnoteViews(): Pick<BriefBlockViews, 'footnote'> {
  return {
    footnote: Footnote.extend({
      addNodeView() {
        return ({ node, view, getPos, decorations }) => new FootnoteView(node, view, getPos, decorations);
      },
      addProseMirrorPlugins() {
        return [footnoteNumbersPlugin(this.type), openNoteOnEnter()];
      },
    }),
  };
}
