import type { Editor } from '@tiptap/core';
import { useContext } from 'react';
import { WorkbenchContext } from '../../workbench/workbench-context';
import { removeBlockAt, restoreRemovedBlock } from './remove-block';

export interface RemoveBlockButtonProps {
  editor: Editor;
  getPos: () => number | undefined;
  /** What the block is called, for the tooltip and the message ("Key Takeaways"). */
  blockName: string;
}

/**
 * The small "Remove block" control in a block's header. Removing is never
 * silent: a message says "Key Takeaways removed" with Undo (F6 reaches it at
 * once; Ctrl/Cmd+Z in the text undoes it too).
 */
export function RemoveBlockButton({ editor, getPos, blockName }: RemoveBlockButtonProps) {
  const workbench = useContext(WorkbenchContext);
  return (
    <button
      type="button"
      className="block-remove"
      aria-label="Remove block"
      title={`Remove the ${blockName} block (Undo brings it back)`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        const removed = removeBlockAt(editor, getPos);
        if (!removed) return;
        workbench?.notify({
          text: `${blockName} removed`,
          action: { label: 'Undo', accessibleName: `Undo: bring back ${blockName}`, run: () => restoreRemovedBlock(editor, removed) },
        });
      }}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
}
