import type { Editor } from '@tiptap/core';
import { removeBlockAt } from './remove-block';

export interface RemoveBlockButtonProps {
  editor: Editor;
  getPos: () => number | undefined;
  /** What the block is called, for the tooltip ("Key Takeaways"). */
  blockName: string;
}

/** The small "Remove block" control in a block's header (undo brings the block back). */
export function RemoveBlockButton({ editor, getPos, blockName }: RemoveBlockButtonProps) {
  return (
    <button
      type="button"
      className="block-remove"
      aria-label="Remove block"
      title={`Remove the ${blockName} block (undo brings it back)`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => removeBlockAt(editor, getPos)}
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
}
