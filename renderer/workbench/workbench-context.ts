import type { Editor } from '@tiptap/react';
import { createContext, useContext } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { ToastMessage } from '../ui/Toast';
import type { DeskBlockCache } from '../desk/desk-block-cache';

/**
 * What the template and desk-library features need from the app, wherever
 * they are shown (sidebar, action bar, the Editor's Desk node views inside
 * the body editor).
 */
export interface Workbench {
  api: BriefdeskApi;
  /** The desk-library blocks synced desks show. */
  deskBlocks: DeskBlockCache;
  /** Id of the brief in the editor, if one is open. */
  openBriefId: string | null;
  /** Saves the open brief now; false when that failed. */
  flushOpen: () => Promise<boolean>;
  /** The open brief's body editor, once it is shown: where desk blocks are inserted. */
  activeEditor: Editor | null;
  setActiveEditor: (editor: Editor | null) => void;
  openDeskLibrary: () => void;
  /** Briefs the library rewrote on disk (a deleted block's copies detached): the open one among them is loaded again. */
  briefsRewritten: (ids: readonly string[]) => void;
  notify: (message: Omit<ToastMessage, 'id'>) => void;
}

export const WorkbenchContext = createContext<Workbench | null>(null);

/** The workbench; only inside <WorkbenchContext>. */
export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench is used outside <WorkbenchContext>.');
  return workbench;
}
