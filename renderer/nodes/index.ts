import { Extension } from '@tiptap/core';
import type { BriefBlockViews } from '../../shared/editor/body-extensions';
import { codeBlockViewPlugin } from './code-block/code-block-view';
import { editorsDeskViews } from './editors-desk/editors-desk-views';
import { footnoteViews } from './footnote/footnote-views';
import { keyTakeawaysViews } from './key-takeaways/key-takeaways-views';
import { takeawayDragPlugin } from './key-takeaways/takeaway-drag';
import { takeawayIndexPlugin } from './key-takeaways/takeaway-index';
import { currentCellPlugin } from './table/current-cell';

/** The brief blocks (and footnotes) with their editing views, for `bodyExtensions({ blockViews })`. */
export function briefBlockViews(): BriefBlockViews {
  return { ...keyTakeawaysViews(), ...editorsDeskViews(), ...footnoteViews() };
}

/** Editing behaviour of the blocks that is not a block's own view: item numbers, drag to reorder, the code block's language field, the table cell at the caret. */
export const BriefBlocksUi = Extension.create({
  name: 'briefBlocksUi',
  priority: 1000,
  addProseMirrorPlugins() {
    return [takeawayIndexPlugin(), takeawayDragPlugin(), codeBlockViewPlugin(), currentCellPlugin()];
  },
});
