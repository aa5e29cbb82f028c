import { Extension } from '@tiptap/core';
import type { BriefBlockViews } from '../../shared/editor/body-extensions';
import { EditorsDesk } from '../../shared/editor/nodes/editors-desk';
import { KeyTakeaways, Takeaway } from '../../shared/editor/nodes/key-takeaways';
import { EditorsDeskView } from './EditorsDeskView';
import { KeyTakeawaysView } from './KeyTakeawaysView';
import { chromeNodeView } from './node-view-events';
import { syncedDeskGuard } from './synced-desk-guard';
import { takeawayDragPlugin } from './takeaway-drag';
import { placeChanged, takeawayIndexPlugin } from './takeaway-index';
import { TakeawayView } from './TakeawayView';

/** The brief blocks with their editing views, for `bodyExtensions({ blockViews })`. */
export function briefBlockViews(): BriefBlockViews {
  return {
    keyTakeaways: KeyTakeaways.extend({
      addNodeView() {
        // The items go straight into an <ol>: region › list › items.
        return chromeNodeView(KeyTakeawaysView, { contentDOMElementTag: 'ol', className: 'key-takeaways-view' });
      },
    }),
    takeaway: Takeaway.extend({
      addNodeView() {
        return chromeNodeView(TakeawayView, {
          as: 'li',
          className: 'takeaway',
          // Re-render when the item changes or its number does (items before it came or went).
          update: ({ oldNode, newNode, oldDecorations, newDecorations, updateProps }) => {
            if (oldNode !== newNode || placeChanged(oldDecorations, newDecorations)) updateProps();
            return true;
          },
        });
      },
    }),
    editorsDesk: EditorsDesk.extend({
      addNodeView() {
        return chromeNodeView(EditorsDeskView, { className: 'editors-desk-view' });
      },
      addProseMirrorPlugins() {
        return [syncedDeskGuard(this.type)];
      },
    }),
  };
}

/** Editing behaviour of the blocks that is not a node view: item numbers, drag to reorder. */
export const BriefBlocksUi = Extension.create({
  name: 'briefBlocksUi',
  priority: 1000,
  addProseMirrorPlugins() {
    return [takeawayIndexPlugin(), takeawayDragPlugin()];
  },
});
