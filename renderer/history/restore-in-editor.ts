import type { Workbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { exactTime } from '../format/relative-time';

/** What restoring needs from the app. */
export type RestoreWorkbench = Pick<Workbench, 'flushOpen' | 'briefsRewritten' | 'notify'> & {
  api: Pick<Workbench['api'], 'restoreRevision'>;
};

/** Thrown when the pending edits could not be saved first: nothing was restored. */
export const UNSAVED_BEFORE_RESTORE = 'your latest changes could not be saved first, so nothing was restored';

/**
 * Make a revision the open brief's content, the way the app loads a brief
 * rewritten on disk: first the pending edits are saved (so the
 * 'before-restore' revision holds them), then restoreRevision, then the
 * brief is loaded into the editor again — with the new revision number, so
 * autosave goes on without a conflict. A toast says what happened and
 * offers "Undo restore". Returns the id of the revision that undoes it.
 * Throws (nothing restored) when the save or the restore fails.
 */
export async function restoreInEditor(
  workbench: RestoreWorkbench,
  briefId: string,
  revision: { id: string; createdAt: string },
): Promise<{ undoRevisionId: string }> {
  if (!(await workbench.flushOpen())) throw new Error(UNSAVED_BEFORE_RESTORE);
  const { undoRevisionId } = await workbench.api.restoreRevision({ id: briefId, revisionId: revision.id });
  workbench.briefsRewritten([briefId]);
  workbench.notify({
    text: `Restored the version of ${exactTime(revision.createdAt)}.`,
    action: { label: 'Undo restore', run: () => void undoRestore(workbench, briefId, undoRevisionId) },
  });
  return { undoRevisionId };
}

/**
 * "Undo restore": edits made since the restore are saved first, then the
 * 'before-restore' revision is restored and the brief loaded again. Never
 * throws: the outcome is told in a toast.
 */
export async function undoRestore(workbench: RestoreWorkbench, briefId: string, undoRevisionId: string): Promise<void> {
  try {
    if (!(await workbench.flushOpen())) throw new Error('your latest changes could not be saved first');
    await workbench.api.restoreRevision({ id: briefId, revisionId: undoRevisionId });
    workbench.briefsRewritten([briefId]);
    workbench.notify({ text: 'Undid the restore: the brief is back as it was.' });
  } catch (failure) {
    workbench.notify({
      text: `Couldn’t undo the restore — ${errorMessage(failure)}. The brief as it was is kept in History under “Before restore”.`,
    });
  }
}
