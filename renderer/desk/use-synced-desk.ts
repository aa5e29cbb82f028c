import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { useContext, useEffect } from 'react';
import { editorsDeskAttributes } from '../../shared/editor/editors-desk';
import type { DeskBlockEntry } from './desk-block-cache';
import { refreshSyncedDesk } from './refresh-synced-desk';
import { useDeskBlock } from './use-desk-block';
import { WorkbenchContext } from '../workbench/workbench-context';

/**
 * For an Editor's Desk node view: the library block a synced desk follows
 * (null when the desk is not synced or there is no library here), with the
 * desk kept up to date with it — when shown, and after "Edit original".
 */
export function useSyncedDesk(editor: Editor, node: PmNode, getPos: () => number | undefined): DeskBlockEntry | null {
  const workbench = useContext(WorkbenchContext);
  const ref = editorsDeskAttributes(node).libraryRef;
  const entry = useDeskBlock(workbench?.deskBlocks ?? null, ref);

  useEffect(() => {
    if (ref === null || entry?.status !== 'found') return;
    const pos = getPos();
    if (typeof pos === 'number') refreshSyncedDesk(editor, pos, ref, entry.block);
  }, [editor, entry, ref, node, getPos]);

  return entry;
}
