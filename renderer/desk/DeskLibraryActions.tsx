import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useContext, useState } from 'react';
import { EDITORS_DESK_BADGE, editorsDeskAttributes } from '../../shared/editor/nodes/editors-desk';
import type { DeskBlock } from '../../shared/model/desk-block';
import type { DeskBlockEntry } from './desk-block-cache';
import { deskBlockFieldsOf } from './desk-block-fields';
import { EditDeskBlockDialog } from './EditDeskBlockDialog';
import { SaveDeskBlockDialog } from './SaveDeskBlockDialog';
import { WorkbenchContext } from '../workbench/workbench-context';

export interface DeskLibraryActionsProps {
  editor: Editor;
  node: PmNode;
  getPos: () => number | undefined;
  /** What the library holds for a synced desk (from useSyncedDesk). */
  entry: DeskBlockEntry | null;
}

/**
 * The desk-library buttons of an Editor's Desk: "Save as desk block" on
 * a desk of the brief's own (it then becomes a synced instance), "Edit
 * original" on a synced one.
 */
export function DeskLibraryActions({ editor, node, getPos, entry }: DeskLibraryActionsProps) {
  const workbench = useContext(WorkbenchContext);
  const [dialog, setDialog] = useState<'none' | 'save' | 'edit'>('none');
  if (!workbench || !editor.isEditable) return null;
  const attrs = editorsDeskAttributes(node);

  function close(): void {
    setDialog('none');
  }

  function linkTo(block: DeskBlock): void {
    workbench?.deskBlocks.put(block);
    const pos = getPos();
    if (typeof pos === 'number')
      editor
        .chain()
        .setTextSelection(pos + 2)
        .updateEditorsDesk({ libraryRef: block.id })
        .run();
    setDialog('none');
    workbench?.notify({ text: `Saved “${block.name}” as a desk block; this desk now stays synced with it` });
  }

  function edited(block: DeskBlock): void {
    // The cache tells every desk synced to it (this one included) to take the new text.
    workbench?.deskBlocks.put(block);
    setDialog('none');
    workbench?.notify({ text: `Updated the desk block “${block.name}”` });
  }

  if (attrs.libraryRef === null) {
    return (
      <>
        <button
          type="button"
          className="block-text-button"
          aria-haspopup="dialog"
          title="Keep this desk in Desk blocks to reuse it in other briefs"
          onClick={() => setDialog('save')}
        >
          Save as desk block
        </button>
        {dialog === 'save' && (
          <SaveDeskBlockDialog
            fields={deskBlockFieldsOf(node, attrs.title.trim() || EDITORS_DESK_BADGE)}
            onSaved={linkTo}
            onClose={close}
          />
        )}
      </>
    );
  }

  if (entry?.status === 'missing') return null;
  const block = entry?.status === 'found' ? entry.block : null;
  return (
    <>
      <button
        type="button"
        className="block-text-button"
        aria-haspopup="dialog"
        disabled={!block}
        title="Change the library block: every brief that uses it shows the edit"
        onClick={() => setDialog('edit')}
      >
        Edit original
      </button>
      {dialog === 'edit' && block && <EditDeskBlockDialog block={block} onSaved={edited} onClose={close} />}
    </>
  );
}
