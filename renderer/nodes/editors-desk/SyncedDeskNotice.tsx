import { useContext } from 'react';
import type { DeskBlockEntry } from '../../desk/desk-block-cache';
import { WorkbenchContext } from '../../workbench/workbench-context';

export interface SyncedDeskNoticeProps {
  /** The desk's library id. */
  libraryRef: string;
  entry: DeskBlockEntry | null;
  onDetach: () => void;
}

/**
 * Under a synced desk's header when its library block cannot be shown: the
 * block was deleted (the last known text stays, and can be detached), or
 * the library could not be read (retry). Nothing while all is well.
 */
export function SyncedDeskNotice({ libraryRef, entry, onDetach }: SyncedDeskNoticeProps) {
  const workbench = useContext(WorkbenchContext);
  if (entry?.status === 'missing') {
    return (
      <div className="desk-library-notice" role="status" contentEditable={false}>
        <p>This desk block was deleted from the library. Its last known text is kept below.</p>
        <button type="button" className="button button-small" onClick={onDetach}>
          Detach
        </button>
      </div>
    );
  }
  if (entry?.status === 'error') {
    return (
      <div className="desk-library-notice is-error" role="status" contentEditable={false}>
        <p>Couldn’t read this block from Desk blocks ({entry.message}). The last known text is shown.</p>
        <button type="button" className="button button-small" onClick={() => void workbench?.deskBlocks.refresh(libraryRef)}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}
