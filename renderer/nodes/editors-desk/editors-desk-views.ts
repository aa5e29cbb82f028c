import type { BriefBlockViews } from '../../../shared/editor/body-extensions';
import { EditorsDesk } from '../../../shared/editor/nodes/editors-desk';
import { chromeNodeView } from '../block-chrome/chrome-node-view';
import { EditorsDeskView } from './EditorsDeskView';
import { syncedDeskGuard } from './synced-desk-guard';

/** The Editor's Desk with its editing view and the guard that keeps synced desks read-only. */
export function editorsDeskViews(): Pick<BriefBlockViews, 'editorsDesk'> {
  return {
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
