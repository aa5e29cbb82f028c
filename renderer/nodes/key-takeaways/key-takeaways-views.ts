import type { BriefBlockViews } from '../../../shared/editor/body-extensions';
import { KeyTakeaways, Takeaway } from '../../../shared/editor/nodes/key-takeaways';
import { chromeNodeView } from '../block-chrome/chrome-node-view';
import { KeyTakeawaysView } from './KeyTakeawaysView';
import { placeChanged } from './takeaway-index';
import { TakeawayView } from './TakeawayView';

/** Key Takeaways and its items with their editing views. */
export function keyTakeawaysViews(): Pick<BriefBlockViews, 'keyTakeaways' | 'takeaway'> {
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
  };
}
