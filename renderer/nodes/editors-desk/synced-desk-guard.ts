import type { NodeType } from '@tiptap/pm/model';
import { insideSyncedDesk } from '../../../shared/find/synced-desk-range';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';

/** Meta that lets a transaction change a synced desk's content (refreshing it from the library). */
export const SYNCED_DESK_UPDATE = 'syncedDeskUpdate';

export const syncedDeskGuardKey = new PluginKey('syncedDeskGuard');

/** True when a step of `tr` edits inside a synced desk (changing its attributes or removing it whole is fine). */
export function editsSyncedDesk(tr: Transaction, deskType: NodeType): boolean {
  return tr.steps.some((step, index) => {
    const doc = tr.docs[index];
    if (!doc) return false;
    let hit = false;
    step.getMap().forEach((from, to) => {
      hit ||= insideSyncedDesk(doc, from, to, deskType);
    });
    return hit;
  });
}

/**
 * A synced Editor's Desk shows the library's copy: its body is read-only in
 * the brief. Its body is not editable in the DOM; this also stops key
 * commands, paste and drops from changing it.
 */
export function syncedDeskGuard(deskType: NodeType): Plugin {
  return new Plugin({
    key: syncedDeskGuardKey,
    filterTransaction: (tr) => !tr.docChanged || tr.getMeta(SYNCED_DESK_UPDATE) === true || !editsSyncedDesk(tr, deskType),
  });
}
